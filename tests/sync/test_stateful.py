"""R6 of the test plan: random histories (hypothesis state machine) of officers submitting and
editing, agencies editing and refusing, faulty networks, dead senders, hub restarts, expired
cursors and new epochs. After any history, healing must reach the invariant."""

from __future__ import annotations

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, seed, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from kiosk.db.base import utcnow
from kiosk.db.sync_state import OutboxItem
from tests.sync.conftest import LiveHub, enroll_device
from tests.sync.hub_template import hub_database
from tests.sync.invariants import parametrize_chunks
from tests.sync.proxy import FAULTS, FaultPlan, FaultProxy
from tests.sync.scenario import Scenario


class SyncHistories(RuleBasedStateMachine):
    documents: list[dict] = []

    @initialize(seed=st.integers(0, 10_000))
    def start(self, seed: int) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="kiosk-stateful-"))
        self.hub = LiveHub(hub_database(self.folder, self.documents))
        self.hub.start()
        self.proxy = FaultProxy(self.hub.port).start()
        self.device = enroll_device(self.hub, self.folder / "device")
        assert self.device.sync().complete
        self.scenario = Scenario(self.device, seed)

    @rule()
    def officer_submits_and_edits(self) -> None:
        self.scenario.officer_works()

    @rule()
    def officer_edits_a_household(self) -> None:
        self.scenario.edit_household()

    @rule()
    def agency_edits_a_household(self) -> None:
        self.scenario.hub_works()

    @rule(rate=st.sampled_from([0.0, 0.2, 1.0]))
    def agency_refuses(self, rate: float) -> None:
        self.hub.faults(reject_rate=rate)

    @rule(rate=st.floats(0.0, 0.8), seed=st.integers(0, 1000))
    def sync_over_a_bad_network(self, rate: float, seed: int) -> None:
        import random

        self.proxy.set_plan(FaultPlan(rate=rate, faults=FAULTS, delay_s=0.2, rng=random.Random(seed)))
        self.device.sync(self.proxy.url, max_seconds=1.5, read_timeout=1.0)
        self.proxy.set_plan(FaultPlan())

    @rule()
    def sync(self) -> None:
        self.device.sync(max_seconds=10)

    @rule()
    def sender_dies_mid_request(self) -> None:
        with self.device.store.write() as session:
            for item in session.execute(select(OutboxItem).where(OutboxItem.state == "pending")).scalars():
                item.state, item.lease_until = "sending", utcnow() + timedelta(minutes=2)

    @rule()
    def hub_restarts(self) -> None:
        self.hub.restart()

    @rule()
    def cursors_expire(self) -> None:
        from sync.hub.admin import expire_cursors

        expire_cursors(self.hub.db)

    @rule()
    def new_epoch(self) -> None:
        from sync.hub.admin import new_epoch

        new_epoch(self.hub.db)

    @rule()
    def heal_and_check(self) -> None:
        verdict = self.scenario.heal()
        assert verdict.ok, str(verdict)

    @invariant()
    def store_is_sound(self) -> None:
        if hasattr(self, "device"):
            assert self.device.store.integrity_problems() == []

    def teardown(self) -> None:
        if not hasattr(self, "device"):
            return
        try:
            verdict = self.scenario.heal()
            assert verdict.ok, str(verdict)
        finally:
            self.device.store.close()
            self.proxy.stop()
            self.hub.close()
            shutil.rmtree(self.folder, ignore_errors=True)


pytest_generate_tests = parametrize_chunks


@pytest.mark.chaos
def test_random_sync_histories(chunk, trials, hub_documents):
    """One chunk of histories (about one per 12 trials), each chunk its own seed: make chaos's
    1,000 trials become 40 tests that each end well inside the per-test timeout."""
    SyncHistories.documents = hub_documents
    histories = seed(chunk)(type(f"SyncHistories{chunk}", (SyncHistories,), {}))
    run_state_machine_as_test(histories, settings=settings(
        max_examples=max(2, trials // 12), stateful_step_count=12, deadline=None, database=None,
        suppress_health_check=list(HealthCheck)))
