"""R3/R4/R10 of the test plan: sessions over a faulty network (resets, cut requests, responses
lost after the hub committed, truncated and delayed answers, captive portals) with hub-side
faults (503/429 with Retry-After, slow commits, 20% of submissions refused, restarts, expired
cursors) and both sides editing households. After each session's faults stop, at most three
healthy cycles must bring everything to the invariant: nothing lost, nothing twice, converged."""

from __future__ import annotations

import pytest

from tests.sync.conftest import enroll_device
from tests.sync.invariants import TrialTally, parametrize_chunks
from tests.sync.proxy import FAULTS, FaultPlan
from tests.sync.scenario import Scenario

pytest_generate_tests = parametrize_chunks


@pytest.mark.chaos
def test_network_fault_sessions(chunk, trials, hub, proxy, tmp_path, request):
    sessions = trials  # the sessions of this chunk
    device = enroll_device(hub, tmp_path / "device")
    assert device.sync().complete
    scenario = Scenario(device, seed=chunk)
    tally = TrialTally()
    for session in range(sessions):
        rng = scenario.rng
        scenario.officer_works()
        scenario.hub_works()
        scenario.hub_faults()
        if rng.random() < 0.05:
            hub.restart()
        if rng.random() < 0.05:
            from sync.hub.admin import expire_cursors

            expire_cursors(hub.db)
        proxy.set_plan(FaultPlan(rate=rng.uniform(0.2, 0.7), faults=FAULTS, delay_s=0.2, rng=rng))
        device.sync(proxy.url, max_seconds=2.0, read_timeout=1.0)
        proxy.set_plan(FaultPlan())
        verdict = scenario.heal()
        tally.add(f"session {session}", verdict)
    tally.report(request.config, "network-fault sessions", sessions)
    device.store.close()
    assert not tally.failures, tally.failures[:3]
    assert scenario.submitted > 0 and sum(proxy.injected.values()) > sessions
