"""Delivery kill trials (issue 23): `kiosk-hub deliver` killed with SIGKILL at named points (after
the claim, after the agency stored a case but before the hub noted it, after the agency decided
but before the hub recorded it, ...) and at random moments, with the agency sometimes answering
500 or 429 and a caseworker deciding cases meanwhile. After each trial the hub heals (the same
worker, run to quiet); then every released revision is at the agency exactly once and every
agency decision is the hub's decision.

A trial is cheap (tests/sync/delivery_trials.py): the hub database is a copy of a template of
accepted revisions, each trial releases one or two of them, the delivering process is forked from
a warm server (tests/sync/deliverer.py) and the agency is served once for the session."""

from __future__ import annotations

import random
import signal
from collections import Counter
from dataclasses import replace

import pytest

from sync.hub.db import HubDatabase
from sync.hub.delivery.fhir_connector import FhirConnector
from sync.hub.delivery.worker import CRASH_POINTS
from tests.sync import deliverer
from tests.sync.agency_live import routing_file
from tests.sync.delivery_trials import (caseworker_may_decide, deliver_until_agreed, fresh_chunk, parametrize_trials,
                                        release, stuck)
from tests.sync.invariants import ChildLength, record_trials
from tests.sync.test_agency_delivery import FAST

HEALING = replace(FAST, poll_s=3600.0)  # a Task is asked again when the agency decided (time_passes)

pytest_generate_tests = parametrize_trials


def run_child(db: HubDatabase, routing: str, crash_at: str | None, kill_after: float | None) -> int | None:
    return deliverer.run_child(str(db.engine.url), routing, crash_at, kill_after)


@pytest.mark.chaos
def test_delivery_kill_trials(chunk, trials, tmp_path, delivery_template, trial_agency, request):
    agency = trial_agency
    db = fresh_chunk(agency, delivery_template, tmp_path)
    rng = random.Random(500 + chunk)
    totals, failures, killed, length = Counter(), [], 0, ChildLength(0.2)
    connector = FhirConnector(5.0)
    try:
        for trial in range(trials):
            if rng.random() < 0.6:
                release(db, rng.choice((1, 2)))  # two at once can share a batch
            caseworker_may_decide(agency, rng)
            if rng.random() < 0.3:
                agency.state.faults.extend(rng.choice([[500], [429], [503, 503]]))
            # one transaction per request, or FHIR batches of them (the agency stores a batch in one commit)
            routing = str(routing_file(tmp_path, agency.url + "/fhir", ("S03",), city="*", batch=rng.choice((1, 3))))
            if rng.random() < 0.7:
                status = length.run(lambda: run_child(db, routing, rng.choice(CRASH_POINTS), None))
            else:
                status = length.run(lambda: run_child(db, routing, None, length.kill_after(rng)))
            killed += status in (137, -signal.SIGKILL)
            agency.state.faults.clear()
            verdict = deliver_until_agreed(db, agency, routing, connector, HEALING)  # the hub heals
            totals.update(verdict)
            if any(verdict.values()):
                failures.append(f"trial {trial}: {verdict} {stuck(db, agency.state.store.cases())}")
                break
    finally:
        connector.close()
        record_trials(request.config, "delivery kill trials", trials,
                      {k: totals[k] for k in ("lost", "duplicated", "unconverged", "corrupt")})
        delivered = len(agency.state.store.cases())
        db.dispose()
    assert not failures, failures[:3]
    assert delivered, "the trials delivered nothing"
    assert killed or trials < 10, "no trial killed the delivering hub"
