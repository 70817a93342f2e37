"""Agency-fault sessions (issue 23): the hub delivers while the agency misbehaves — 500/502/503,
429 with Retry-After, answers slower than the hub waits (the agency stores the case after the hub
gave up, so the hub sends it again), and now and then a 400 that dead-letters a delivery until the
operator re-drives it — with a caseworker deciding cases meanwhile. After each session every
released revision is at the agency exactly once and every agency decision is the hub's.

Cheap like the kill trials (tests/sync/delivery_trials.py): a copy of the template hub database
per chunk, one or a few deliveries released per session, one agency served for the session."""

from __future__ import annotations

import random
import time
from collections import Counter

import pytest

from sync.hub.delivery import DeliveryPolicy
from sync.hub.delivery.fhir_connector import FhirConnector
from tests.sync.agency_live import routing_file
from tests.sync.delivery_trials import (caseworker_may_decide, deliver_until_agreed, fresh_chunk, parametrize_trials,
                                        release, stuck, verdict_of)
from tests.sync.invariants import record_trials

TIMEOUT_S = 0.15
SLOW_S = 0.25  # longer than the hub waits: it times out while the agency goes on to store the case
FAULTS = (500, 502, 503, 429, SLOW_S, SLOW_S, 400)
POLICY = DeliveryPolicy(max_attempts=40, base_s=0.01, cap_s=0.05, timeout_s=TIMEOUT_S, lease_s=10.0, poll_s=3600.0,
                        concurrency=4)

pytest_generate_tests = parametrize_trials


@pytest.mark.chaos
def test_agency_fault_sessions(chunk, trials, tmp_path, delivery_template, trial_agency, request):
    agency = trial_agency
    db = fresh_chunk(agency, delivery_template, tmp_path)
    rng = random.Random(2300 + chunk)
    totals, failures, faulted = Counter(), [], 0
    connector = FhirConnector(TIMEOUT_S)
    try:
        for session in range(trials):
            released = release(db, rng.choice((0, 1, 1, 2, 3)))
            caseworker_may_decide(agency, rng)
            # faults only when something will be sent to use them up
            plan = [rng.choice(FAULTS) for _ in range(rng.randrange(1, 4))] if released else []
            faulted += len(plan)
            agency.state.faults.extend(plan)
            routing = str(routing_file(tmp_path, agency.url + "/fhir", ("S03",), city="*", batch=rng.choice((1, 3))))
            verdict = deliver_until_agreed(db, agency, routing, connector, POLICY, redrive_dead=True)
            totals.update(verdict)
            if any(verdict.values()):
                failures.append(f"session {session} {plan}: {verdict} {stuck(db, agency.state.store.cases())}")
                break
        time.sleep(SLOW_S)  # a slow answer still under way stores nothing new: its case is there already
        late = verdict_of(db, agency.state.store.cases())
        if any(late.values()) and not failures:
            failures.append(f"after the last session: {late}")
    finally:
        connector.close()
        record_trials(request.config, "agency-fault sessions", trials,
                      {k: totals[k] for k in ("lost", "duplicated", "unconverged", "corrupt")})
        delivered = len(agency.state.store.cases())
        db.dispose()
    assert not failures, failures[:3]
    assert delivered and faulted, "the sessions delivered nothing, or the agency never misbehaved"
