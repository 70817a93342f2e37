"""Delivery kill trials (issue 23): `kiosk-hub deliver` killed with SIGKILL at named points (after
the claim, after the agency stored a case but before the hub noted it, after the agency decided
but before the hub recorded it, ...) and at random moments, with the agency sometimes answering
500 or 429 and a caseworker deciding cases meanwhile. After each trial the hub heals (the same
worker, run to quiet); then every accepted revision is at the agency exactly once and every
agency decision is the hub's decision."""

from __future__ import annotations

import os
import signal
import time
from collections import Counter

import pytest
from sqlalchemy import select

from sync.hub import schema
from sync.hub.delivery.fhir_connector import FhirConnector, decision_of
from sync.hub.delivery.outbox import listing
from sync.hub.delivery.worker import CRASH_POINTS, run_once
from sync.hub.routing import load
from tests.forked_cli import run_command
from tests.sync.agency_live import LiveAgency, routing_file
from tests.sync.conftest import LiveHub, adults, submit
from tests.sync.hub_template import hub_database
from tests.sync.invariants import parametrize_chunks, record_trials
from tests.sync.test_agency_delivery import FAST, _decide_on_page

def pytest_generate_tests(metafunc) -> None:
    """A quarter of --chaos-trials: 25 in make test (one chunk, about 35 s), 250 in make chaos;
    the device's own 100 kill and 100 fault trials keep make test's time for themselves."""
    parametrize_chunks(metafunc, share=0.25)


def run_child(hub: LiveHub, routing: str, crash_at: str | None, kill_after: float | None) -> int:
    env = dict(os.environ, PYTHONUTF8="1")
    env.pop("KIOSK_CRASH_AT", None)
    if crash_at:
        env["KIOSK_CRASH_AT"] = crash_at
    return run_command("sync.hub.cli", ["deliver", "--db", hub.db_url, "--routing", routing, "--retry-base-s", "0.05",
                                        "--poll-s", "0.5", "--lease-s", "0.3", "--timeout-s", "5"], env, kill_after)


def heal(hub: LiveHub, agency: LiveAgency, routing: str) -> dict[str, int]:
    """Deliver and poll until the hub agrees with the agency, then count what went wrong."""
    table, connector = load(routing), FhirConnector(5.0)
    deadline = time.monotonic() + 60
    try:
        while True:
            run_once(hub.db, table, connector, FAST)
            verdict = verdict_of(hub, agency)
            if not verdict["unconverged"] or time.monotonic() > deadline:
                return verdict
            time.sleep(0.1)
    finally:
        connector.close()


def verdict_of(hub: LiveHub, agency: LiveAgency) -> dict[str, int]:
    with hub.db.read() as conn:
        accepted = {(r.application_id, r.revision) for r in conn.execute(
            select(schema.revision.c.application_id, schema.revision.c.revision)
            .where(schema.revision.c.status == "accepted"))}
        decisions = {r.id: r.status for r in conn.execute(select(schema.application.c.id, schema.application.c.status))}
    cases = agency.state.store.cases()
    keys = Counter(c.task_key for c in cases)
    at_agency = {tuple(k.rsplit("/", 1)) for k in keys}
    at_agency = {(a, int(r)) for a, r in at_agency}
    unconverged = 0
    for case in cases:
        decided = decision_of(case.task)
        if decided and decisions.get(case.task_key.rsplit("/", 1)[0]) != decided[0]:
            unconverged += 1
    lost = len(accepted - at_agency)
    return {"lost": lost, "duplicated": sum(n - 1 for n in keys.values()), "unconverged": unconverged + lost,
            "corrupt": len(at_agency - accepted)}


def hub_and_device(tmp_path, routing: str, hub_documents: list[dict]):
    """A hub that only receives (the child processes deliver) and an enrolled, synced device."""
    from tests.sync.conftest import enroll_device

    hub = LiveHub(hub_database(tmp_path, hub_documents), background_decisions=False)
    hub.settings = {"routing": routing, "deliveries": False}
    hub.start()
    device = enroll_device(hub, tmp_path / "device")
    assert device.sync().complete
    return hub, device


@pytest.mark.chaos
def test_delivery_kill_trials(chunk, trials, tmp_path, hub_documents, request):
    agency = LiveAgency(tmp_path / "agency.db").start()
    routing = str(routing_file(tmp_path, agency.url + "/fhir", ("S03",), city="*"))  # every household
    hub, device = hub_and_device(tmp_path, routing, hub_documents)
    people = adults(device.store, 40)
    rng = __import__("random").Random(500 + chunk)
    totals = Counter()
    failures = []
    killed = 0
    try:
        for trial in range(trials):
            if people and rng.random() < 0.6:
                for _ in range(min(len(people), rng.choice((1, 2)))):  # two at once can share a batch
                    number, person = people.pop()
                    submit(device.store, number, "S03", person)
                assert device.sync().complete
            undecided = [c for c in agency.state.store.cases() if c.task["status"] == "requested"]
            if undecided and rng.random() < 0.5:
                _decide_on_page(agency, rng.choice(undecided).id, rng.choice(["approve", "reject", "need-documents"]), "")
            if rng.random() < 0.3:
                agency.state.faults.extend(rng.choice([[500], [429], [503, 503]]))
            # one transaction per request, or FHIR batches of them (the agency stores a batch in one commit)
            routing_file(tmp_path, agency.url + "/fhir", ("S03",), city="*", batch=rng.choice((1, 3)))
            if rng.random() < 0.7:
                status = run_child(hub, routing, rng.choice(CRASH_POINTS), None)
            else:
                status = run_child(hub, routing, None, rng.uniform(0.3, 2.0))
            killed += status in (137, -signal.SIGKILL)
            agency.state.faults.clear()
            verdict = heal(hub, agency, routing)
            totals.update(verdict)
            if any(verdict.values()):
                stuck = [(d["state"], d["attempts"], d["last_error"]) for d in listing(hub.db)
                         if d["state"] not in ("delivered", "decided", "superseded")]
                failures.append(f"trial {trial}: {verdict} {stuck}")
                break
    finally:
        record_trials(request.config, "delivery kill trials", trials,
                      {k: totals[k] for k in ("lost", "duplicated", "unconverged", "corrupt")})
        device.store.close()
        hub.close()
        delivered = len(agency.state.store.cases())
        agency.stop()
    assert not failures, failures[:3]
    assert delivered, "the trials delivered nothing"
    assert killed or trials < 10, "no trial killed the delivering hub"
