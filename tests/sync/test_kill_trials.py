"""R1 of the test plan: `kiosk sync` killed with SIGKILL, at named crash points (os._exit where
the point is reached: after the lease, before sending, after the hub committed but before the
answer is read, between answer and commit, mid page apply, ...) and at random moments. After
each kill the next process recovers (leases taken back, nothing resent twice on the hub, the
cursor never ahead of the data) and at most three cycles bring everything to the invariant."""

from __future__ import annotations

import os
import signal

import pytest

from sync.client.crash import ENV, POINTS
from tests.conftest import TEST_PIN
from tests.forked_cli import run_command
from tests.sync.conftest import enroll_device
from tests.sync.invariants import ChildLength, TrialTally, parametrize_chunks
from tests.sync.scenario import Scenario

pytest_generate_tests = parametrize_chunks


def run_child(folder, crash_at: str | None, kill_after: float | None) -> int:
    env = dict(os.environ, KIOSK_PIN=TEST_PIN, PYTHONUTF8="1")
    env.pop(ENV, None)
    if crash_at:
        env[ENV] = crash_at
    return run_command("kiosk.cli.main", ["sync", "--quiet", "--max-seconds", "20", "--data-dir", str(folder)],
                       env, kill_after)


@pytest.mark.chaos
def test_kill_trials(chunk, trials, hub, tmp_path, request):
    device = enroll_device(hub, tmp_path / "device")
    assert device.sync().complete
    scenario = Scenario(device, seed=100 + chunk, subscriptions=True)
    tally = TrialTally()
    killed, length = 0, ChildLength(0.3)
    for trial in range(trials):
        rng = scenario.rng
        scenario.officer_works()
        scenario.hub_works()
        if rng.random() < 0.7:
            status = length.run(lambda: run_child(device.store.folder, rng.choice(POINTS), None))
        else:  # a child takes 0.1-0.3 s on a quiet machine, longer on a busy one
            status = length.run(lambda: run_child(device.store.folder, None, length.kill_after(rng)))
        killed += status in (137, -signal.SIGKILL)
        verdict = scenario.heal()
        tally.add(f"trial {trial}", verdict)
    tally.report(request.config, "kill trials", trials)
    device.store.close()
    assert not tally.failures, tally.failures[:3]
    assert killed >= trials // 2, f"only {killed} of {trials} children were actually killed"
