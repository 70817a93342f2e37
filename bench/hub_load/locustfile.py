"""Locust: a county's devices and its citizens against one hub (`make bench-hub` runs it through
bench/hub_load/run.py, which sets up the hub, the plan and the environment below).

A device enrols with its own code, downloads its village's snapshot, then, on a fixed schedule (a
task every KIOSK_LOAD_PACING_S, starting at a random point of the first period: a county's devices
sync on a rhythm, they do not hammer, and a slow answer does not lower what they offer; 0: no pause
at all, a saturation run): sends
batches of new application revisions (30 KB signed-form photo inline), pulls the changes feed,
edits a household's notes, sends one revision alone (a v1.0 device), and renews its officer token.
Its requests go through the device's own transport (sync.client.transport.HubClient: Ed25519
signature, Content-Digest, the officer's token) and batches through the engine's own batch code
(sync.client.upload.send_batch), so the hub sees what real devices send. A batch or item that gets
no answer is sent again with the same idempotency keys, as the engine does.

A citizen looks up an application a device got a receipt for on the status page (/s/), one in ten
with a wrong birth date, from an address of its own (the hub trusts the loopback proxy's hop).

  KIOSK_LOAD_PLAN      the plan file (bench/hub_load/workload.py)
  KIOSK_LOAD_OUT       where the acknowledged revisions and the figures are written when the run ends
  KIOSK_LOAD_DEVICES, KIOSK_LOAD_CITIZENS, KIOSK_LOAD_BATCH, KIOSK_LOAD_PACING_S
  KIOSK_LOAD_CITIZEN_HOST  where citizens find the status page (its own process; default: the hub's host)
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import time
import uuid
from collections import Counter
from pathlib import Path

import requests
from locust import User, events, task
from locust.exception import StopUser

from bench.hub_load import workload
from sync import protocol
from sync.client import transport, upload
from sync.client.outbox import Lease

PLAN = workload.read_plan(Path(os.environ["KIOSK_LOAD_PLAN"])) if os.environ.get("KIOSK_LOAD_PLAN") else None
DEVICES = int(os.environ.get("KIOSK_LOAD_DEVICES", "20"))
CITIZENS = int(os.environ.get("KIOSK_LOAD_CITIZENS", "10"))
BATCH = int(os.environ.get("KIOSK_LOAD_BATCH", "25"))
PACING_S = float(os.environ.get("KIOSK_LOAD_PACING_S", "0"))
CITIZEN_HOST = os.environ.get("KIOSK_LOAD_CITIZEN_HOST")
WRONG_BIRTH_SHARE = 0.1
LOOKUPS_PER_ADDRESS = 50  # under the status page's 60 per address in 10 minutes
WRONG_PER_NUMBER = 8  # under its 10 failed lookups per tracking number (one citizen web process counts them all)
EDIT_CONFLICT = (409, 412)  # a household edit both sides made: an answer, not an error

ACKED: list[tuple[str, int, str]] = []  # (application_id, revision, digest) with a receipt
LOOKUPS: list[tuple[str, str]] = []  # (tracking number, birth date) citizens may look up
ITEMS: Counter = Counter()  # batch items and single revisions by outcome
SERVER_MS: list[float] = []  # the status page's own time per lookup (Server-Timing)
WRONG_BY_NUMBER: Counter = Counter()  # wrong birth dates typed per tracking number
RUN: dict[str, float] = {}
_device_numbers = itertools.count()
_citizen_numbers = itertools.count()
_REVISION_PATH = re.compile(r"^/v1/applications/[^/]+/revisions/\d+$")


def request_name(method: str, path: str) -> str:
    path = path.split("?")[0]
    if _REVISION_PATH.match(path):
        path = "/v1/applications/{id}/revisions/{n}"
    elif path.startswith("/v1/households/"):
        path = "/v1/households/{no}"
    return f"{method} {path}"


class HubAnswerError(Exception):
    pass


class TimedHubClient(transport.HubClient):
    """The device's transport, each request reported to locust under its route's name."""

    def __init__(self, environment, *args, **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.environment = environment

    def send(self, method: str, path: str, **kwargs) -> requests.Response:  # noqa: ANN003
        name = request_name(method, path)
        started = time.perf_counter()
        try:
            response = super().send(method, path, **kwargs)
        except Exception as exc:  # reported, then raised to the transport as ever
            self.environment.events.request.fire(request_type=method, name=name, exception=exc, context={},
                                                 response_time=(time.perf_counter() - started) * 1000,
                                                 response_length=0)
            raise
        failed = response.status_code >= 400 and not (method == "PATCH" and response.status_code in EDIT_CONFLICT)
        self.environment.events.request.fire(
            request_type=method, name=name, context={}, response_time=(time.perf_counter() - started) * 1000,
            response_length=len(response.content),
            exception=HubAnswerError(f"HTTP {response.status_code} {response.text[:80]}") if failed else None)
        return response


def _item(revision: workload.Revision, op_id: str) -> tuple[Lease, upload.PreparedRevision]:
    path = f"/v1/applications/{revision.application_id}/revisions/1"
    return (Lease(op_id, "application_revision", revision.application_id, op_id, 0),
            upload.PreparedRevision(path, revision.body, revision.digest, revision.application_id, ()))


class Device(User):
    fixed_count = DEVICES

    def wait_time(self) -> float:
        """Until this device's next slot on its schedule (none when it is behind: it catches up)."""
        if PACING_S <= 0:
            return 0.0
        now = time.monotonic()
        if not hasattr(self, "next_start"):
            self.next_start = now + self.rng.uniform(0, PACING_S)
        else:
            self.next_start += PACING_S
        return max(0.0, self.next_start - now)

    def on_start(self) -> None:
        number = next(_device_numbers)
        if PLAN is None or number >= len(PLAN["devices"]):
            raise StopUser()
        entry = PLAN["devices"][number]
        self.rng = random.Random(number)
        self.key = workload.new_device_key()
        self.client = TimedHubClient(self.environment, self.host, self.key)
        self.officer = f"負載測試員{number:03d}"
        mine = [d for i, d in enumerate(PLAN["scopes"][entry["scope"]]) if i % entry["slots"] == entry["slot"]]
        self.applicants = workload.applicants(mine)
        self.households = {d["household_no"]: None for d in mine}  # number -> (version, notes) once known
        self.signatures = workload.signatures(number % 7, count=3)
        self.unanswered: list[tuple[workload.Revision, str]] = []  # sent, no answer yet: resent with the same key
        body = protocol.canonical_body({"code": entry["code"], "public_key": protocol.b64(self.key.public_key),
                                        "label": f"load-{number}"})
        response = self.client.send("POST", "/v1/devices/enroll", body=body, token=False,
                                    headers={"X-Forwarded-For": f"10.200.{number // 250}.{number % 250 + 1}"})
        if response.status_code != 201:
            raise StopUser()
        enrolled = response.json()
        self.client.device_id, self.client.refresh_token = enrolled["device_id"], enrolled["refresh_token"]
        self.cursor = self.snapshot()

    def on_stop(self) -> None:
        if not hasattr(self, "client"):
            return
        if self.unanswered:  # what the run's end cut off: sent once more, as the next sync would
            self._send_batch([])
        self.client.close()

    def snapshot(self) -> str | None:
        response = self.client.send("GET", protocol.SNAPSHOT_PATH)
        if response.status_code != 200:
            return None
        for line in response.text.splitlines():
            entry = json.loads(line)
            if entry.get("id") in self.households:
                self.households[entry["id"]] = (entry["version"], entry["data"].get("notes"))
        return response.headers.get(protocol.SNAPSHOT_CURSOR_HEADER)

    def _revision(self) -> workload.Revision:
        return workload.make_revision(self.key, self.rng.choice(self.applicants), self.rng.choice(self.signatures),
                                      self.officer, self.rng)

    def _settle(self, revision: workload.Revision, op_id: str, result: transport.Result) -> None:
        """A receipt is kept (for the exactly-once check and the citizens); no answer: sent again later."""
        if result.kind == transport.RETRY:
            ITEMS["retried"] += 1
            return  # stays unanswered
        self.unanswered.remove((revision, op_id))
        if result.ok:
            ITEMS["replayed" if result.replayed else "accepted"] += 1
            ACKED.append((revision.application_id, 1, revision.digest))
            LOOKUPS.append((revision.tracking_no, revision.birth_date))
        else:
            ITEMS[f"refused_{result.status}_{result.code}"] += 1

    @task(workload.TASK_WEIGHTS["upload_batch"])
    def upload_batch(self) -> None:
        self._send_batch([(self._revision(), str(uuid.uuid4())) for _ in range(BATCH - len(self.unanswered[:BATCH]))])

    def _send_batch(self, new: list[tuple[workload.Revision, str]]) -> None:
        sending = self.unanswered[:BATCH] + new
        self.unanswered += new  # until answered: a request the run's end cuts off is not forgotten
        outcome = upload.send_batch(self.client, [_item(revision, op_id) for revision, op_id in sending])
        if outcome is None:
            ITEMS["hub_without_batches"] += len(sending)
            return
        for (revision, op_id), result in zip(sending, outcome[1]):
            self._settle(revision, op_id, result)

    @task(workload.TASK_WEIGHTS["upload_one"])
    def upload_one(self) -> None:
        revision, op_id = self.unanswered[0] if self.unanswered else (self._revision(), str(uuid.uuid4()))
        if not self.unanswered:
            self.unanswered.append((revision, op_id))
        result = self.client.call("PUT", f"/v1/applications/{revision.application_id}/revisions/1",
                                  body=revision.body, idempotency_key=op_id)
        receipt = result.body.get("receipt") if result.ok and isinstance(result.body, dict) else None
        if result.ok and (not isinstance(receipt, dict) or receipt.get("payload_digest") != revision.digest):
            result = transport.Result(transport.RETRY, result.status, error="answer without a matching receipt")
        self._settle(revision, op_id, result)

    @task(workload.TASK_WEIGHTS["pull"])
    def pull(self) -> None:
        for _ in range(5):  # a bounded catch-up; the rest comes next time
            params = {"limit": 500, **({"cursor": self.cursor} if self.cursor else {})}
            result = self.client.call("GET", "/v1/changes", params=params)
            if result.kind == transport.GONE:
                self.cursor = self.snapshot()
                return
            if not result.ok:
                return
            for change in result.body["changes"]:
                if change["type"] == "household" and change["id"] in self.households and change["data"]:
                    self.households[change["id"]] = (change["version"], change["data"].get("notes"))
            self.cursor = result.body["next_cursor"]
            if not result.body["has_more"]:
                return

    @task(workload.TASK_WEIGHTS["edit_household"])
    def edit_household(self) -> None:
        known = [(number, state) for number, state in self.households.items() if state is not None]
        if not known:
            return
        number, (version, notes) = self.rng.choice(known)
        new_notes = f"訪視紀錄 {self.rng.randrange(10 ** 6)}"
        result = self.client.call("PATCH", f"/v1/households/{number}",
                                  json_body={"changes": {"notes": new_notes}, "base": {"notes": notes}},
                                  headers={"If-Match": f'"v{version}"'}, idempotency_key=str(uuid.uuid4()))
        if result.ok:
            self.households[number] = (result.body["version"], new_notes)
        elif result.kind == transport.CONFLICT:
            self.households[number] = None  # the feed brings the hub's version
            ITEMS["edit_conflicts"] += 1

    @task(workload.TASK_WEIGHTS["refresh_token"])
    def refresh_token(self) -> None:
        self.client.forget_token()
        try:
            self.client.access_token()
        except transport.TokenError:
            pass  # reported by the timed send


class Citizen(User):
    fixed_count = CITIZENS

    def wait_time(self) -> float:
        # nothing to look up until a device holds a receipt: look again soon, not 3-6 s later (on a
        # busy machine the first receipts came late enough that a short run saw no lookup at all)
        return random.uniform(3.0, 6.0) if LOOKUPS else 0.2

    def on_start(self) -> None:
        self.number = next(_citizen_numbers)
        self.session = requests.Session()
        self.session.trust_env = False
        self.lookups = 0
        self.rng = random.Random(10_000 + self.number)

    def on_stop(self) -> None:
        self.session.close()

    @task
    def look_up(self) -> None:
        if not LOOKUPS:
            return
        tracking, birth = self.rng.choice(LOOKUPS)
        year, month, day = (int(part) for part in birth.split("-"))
        wrong = self.rng.random() < WRONG_BIRTH_SHARE and WRONG_BY_NUMBER[tracking] < WRONG_PER_NUMBER
        if wrong:  # another day of the same month: a valid date (a year back made 29 February invalid, a 400)
            WRONG_BY_NUMBER[tracking] += 1
            day = day % 28 + 1
        typed = f"{year - 1911}/{month}/{day}" if self.rng.random() < 0.5 else f"{year:04d}-{month:02d}-{day:02d}"
        address = f"10.{100 + self.number // 250}.{self.number % 250}.{self.lookups // LOOKUPS_PER_ADDRESS % 250 + 1}"
        self.lookups += 1
        started = time.perf_counter()
        exception = None
        try:
            response = self.session.post((CITIZEN_HOST or self.host) + "/s/", data={"tracking": tracking, "birth": typed},
                                         headers={"X-Forwarded-For": address}, timeout=30)
        except requests.RequestException as exc:
            exception, length = exc, 0
        else:
            length = len(response.content)
            if response.status_code != (404 if wrong else 200):  # a wrong birth date reads as an unknown number
                exception = HubAnswerError(f"HTTP {response.status_code}")
            timing = response.headers.get("server-timing", "")
            if "dur=" in timing:
                SERVER_MS.append(float(timing.split("dur=")[1].split(";")[0].split(",")[0]))
        self.environment.events.request.fire(request_type="POST", name="POST /s/ (status page)", context={},
                                             response_time=(time.perf_counter() - started) * 1000,
                                             response_length=length, exception=exception)


@events.test_start.add_listener
def _started(**_kwargs) -> None:  # noqa: ANN003
    RUN["started"] = time.time()


@events.test_stop.add_listener
def _stopped(environment, **_kwargs) -> None:  # noqa: ANN001, ANN003
    RUN["stopped"] = time.time()
    out = os.environ.get("KIOSK_LOAD_OUT")
    if not out:
        return
    stats = environment.runner.stats
    requests_by_name = {}
    for entry in sorted(stats.entries.values(), key=lambda e: e.name):
        requests_by_name[entry.name] = {
            "requests": entry.num_requests, "failures": entry.num_failures,
            "p50_ms": entry.get_response_time_percentile(0.5), "p95_ms": entry.get_response_time_percentile(0.95),
            "p99_ms": entry.get_response_time_percentile(0.99), "max_ms": round(entry.max_response_time or 0, 1)}
    total = stats.total
    Path(out).write_text(json.dumps({
        "seconds": round(RUN["stopped"] - RUN.get("started", RUN["stopped"]), 1),
        "requests": total.num_requests, "failures": total.num_failures,
        "all": {"p50_ms": total.get_response_time_percentile(0.5), "p95_ms": total.get_response_time_percentile(0.95),
                "p99_ms": total.get_response_time_percentile(0.99)},
        "by_request": requests_by_name,
        "errors": [{"request": e.name, "error": str(e.error)[:200], "occurrences": e.occurrences}
                   for e in stats.errors.values()],
        "items": dict(ITEMS), "acknowledged": ACKED, "status_server_ms": SERVER_MS,
        "devices_started": next(_device_numbers), "citizens_started": next(_citizen_numbers),
    }, ensure_ascii=False), encoding="utf-8")

