"""The citizen's status page under load: 200 clients at once, each from its own address (behind a
trusted proxy, as a public hub runs), looking up applications on a `kiosk-hub serve` process
(SQLite, one worker) that holds 10,000 of them. One lookup in ten has a wrong birth date.

Reported, p50/p95:
  server_time   the hub's own time for a lookup (its Server-Timing header): rate limits, parsing,
                the database and the rendered page, from when one of the page's lookup threads
                takes the request; goal (issue 24): p95 <= 50 ms
  client_wait   what each client waited in all: the HTTP layer and the queue for those threads
                too, on the same two cores as the 200 client threads (so mostly queueing)"""

from __future__ import annotations

import json
import random
import tempfile
import threading
import time
import uuid
from datetime import date
from pathlib import Path

import requests

from bench.common import BENCH_DAY, summary, write_result
from sync.hub.process import HubProcess

SCOPE = "bench-scope"
APPLICATIONS = 10_000
CLIENTS = 200
LOOKUPS_PER_CLIENT = 10  # 2,000 in all; under the per-address (60) and per-number (10) limits
WRONG_BIRTH_SHARE = 0.1


def _hub_with_applications(path: Path) -> list[tuple[str, date]]:
    """A hub database with APPLICATIONS received applications and their lookup keys, as a device's
    revisions leave them; (tracking number, birth date) of each."""
    from kiosk.applications.codes import new_tracking_number
    from kiosk.demo.generator import generate
    from sync.hub import schema, status_keys
    from sync.hub.db import HubDatabase, utcnow
    from sync.hub.households import import_documents

    db = HubDatabase(f"sqlite:///{path}")
    db.create()
    documents = generate(APPLICATIONS, seed=11, as_of=BENCH_DAY)
    import_documents(db, documents, SCOPE)
    now, cases = utcnow(), []
    applications, revisions, keys = [], [], []
    with db.read() as conn:
        secret = status_keys.hub_key(conn)
    for document in documents:
        head = next(m for m in document["members"] if m["relation"] == "head")
        app_id, tracking = str(uuid.uuid4()), new_tracking_number()
        birth = date.fromisoformat(head["birth_date"])
        applications.append({"id": app_id, "device_id": "bench", "scope": SCOPE, "household_no": document["household_no"],
                             "service": "S03", "person": head["id_no"], "agency": "bench", "latest_revision": 1,
                             "status": "received", "updated_at": now})
        body = {"application_id": app_id, "revision": 1, "service": "S03", "tracking_no": tracking,
                "attachments": [{"name": "form.jpg", "sha256": "0" * 64, "size": 1, "document_code": "id_card"}]}
        revisions.append({"application_id": app_id, "revision": 1, "digest": "0" * 64, "body": json.dumps(body),
                          "status": "accepted", "device_id": "bench", "received_at": now})
        keys.append((status_keys.lookup_key(secret, tracking, birth), app_id))
        cases.append((tracking, birth))
    with db.write() as conn:
        conn.execute(schema.application.insert(), applications)
        conn.execute(schema.revision.insert(), revisions)
        status_keys.store(conn, keys)
    db.dispose()
    return cases


def _client(url: str, address: str, lookups: list[tuple[str, str]], start: threading.Barrier,
            server_ms: list[float], waited_ms: list[float], statuses: list[int]) -> None:
    session = requests.Session()
    start.wait()
    for tracking, birth in lookups:
        began = time.perf_counter()
        answer = session.post(url + "/s/", data={"tracking": tracking, "birth": birth},
                              headers={"X-Forwarded-For": address}, timeout=60)
        waited_ms.append((time.perf_counter() - began) * 1000)
        statuses.append(answer.status_code)
        timing = answer.headers.get("server-timing", "")
        if "dur=" in timing:
            server_ms.append(float(timing.split("dur=")[1]))
    session.close()


def run(households: int = 0) -> dict:  # noqa: ARG001 - the district size does not apply here
    rng = random.Random(5)
    with tempfile.TemporaryDirectory(prefix="status-bench-") as work:
        cases = _hub_with_applications(Path(work) / "hub.db")
        hub = HubProcess(Path(work) / "hub.db", SCOPE, decisions="off", extra_args=("--trusted-proxy", "127.0.0.1"))
        try:
            picked = rng.sample(cases, CLIENTS * LOOKUPS_PER_CLIENT)
            plans = [[(t, b.replace(year=b.year - 1).isoformat() if rng.random() < WRONG_BIRTH_SHARE else
                       f"{b.year - 1911}/{b.month}/{b.day}") for t, b in picked[i::CLIENTS]] for i in range(CLIENTS)]
            server_ms: list[float] = []
            waited_ms: list[float] = []
            statuses: list[int] = []
            start = threading.Barrier(CLIENTS + 1)
            threads = [threading.Thread(target=_client, args=(hub.url, f"10.{i // 250}.{i % 250}.1", plan, start,
                                                              server_ms, waited_ms, statuses))
                       for i, plan in enumerate(plans)]
            for thread in threads:
                thread.start()
            start.wait()
            began = time.perf_counter()
            for thread in threads:
                thread.join()
            elapsed = time.perf_counter() - began
        finally:
            hub.stop()
    result = {"applications": APPLICATIONS, "clients": CLIENTS, "lookups": len(statuses),
              "answers": {str(code): statuses.count(code) for code in sorted(set(statuses))},
              "server_time": summary(server_ms), "client_wait": summary(waited_ms),
              "lookups_per_s": round(len(statuses) / elapsed, 1), "goal_p95_server_ms": 50}
    write_result("status_page", result)
    print(f"  server p95 {result['server_time']['p95_ms']} ms (p50 {result['server_time']['p50_ms']}), "
          f"client wait p95 {result['client_wait']['p95_ms']} ms, {result['lookups_per_s']} lookups/s, "
          f"answers {result['answers']}")
    return result
