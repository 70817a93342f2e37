"""The hub's background assessment lets a burst of arrivals finish before it takes the write lock
for a batch of decisions, and stops between batches when more arrive."""

from __future__ import annotations

import threading
import time

from sync.hub import auth, decisions
from sync.hub.background import ArrivalGate

SETTLE_S = 0.3


def run_worker(monkeypatch, arrival_during_first_batch: bool) -> list[float]:
    """Times at which batches of a long backlog (4 full batches) were started."""
    started: list[float] = []
    finished = threading.Event()

    def assess(_db, _on, wait=True):
        started.append(time.monotonic())
        if len(started) == 1 and arrival_during_first_batch:
            worker.poke()
        if len(started) == 4:
            finished.set()
            return 0
        return decisions.BATCH

    monkeypatch.setattr(decisions, "assess_received", assess)
    monkeypatch.setattr(auth, "purge_nonces", lambda _db: None)
    worker = decisions.DecisionWorker(db=None, interval_s=60, settle_s=SETTLE_S)
    worker.start()
    try:
        worker.poke()
        assert finished.wait(10)
    finally:
        worker.stop()
    return started


def test_new_arrivals_interrupt_a_run_of_decision_batches(monkeypatch):
    started = run_worker(monkeypatch, arrival_during_first_batch=True)
    assert started[1] - started[0] >= SETTLE_S  # the arrival settled before the next batch
    assert started[3] - started[1] < SETTLE_S  # then the backlog went on without pauses


def test_a_quiet_backlog_is_decided_batch_after_batch(monkeypatch):
    started = run_worker(monkeypatch, arrival_during_first_batch=False)
    assert started[3] - started[0] < SETTLE_S


def test_a_steady_stream_of_arrivals_is_decided_only_once_it_stops(monkeypatch):
    """An upload at ~50 requests/s pokes the worker every 20 ms; no decision may take the hub's
    CPU until the stream has been quiet for a settle period, however long it lasts (up to the cap)."""
    started: list[float] = []
    monkeypatch.setattr(decisions, "assess_received", lambda _db, _on, wait=True: started.append(time.monotonic()) or 0)
    monkeypatch.setattr(auth, "purge_nonces", lambda _db: None)
    settle_s = 1.0
    worker = decisions.DecisionWorker(db=None, interval_s=60, settle_s=settle_s, max_settle_s=30)
    worker.start()
    try:
        stream_ends = time.monotonic() + 2.0  # 100 pokes: more than 60 s / settle_s of them
        while time.monotonic() < stream_ends:
            worker.poke()
            time.sleep(0.02)
        deadline = time.monotonic() + 5
        while not started and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        worker.stop()
    assert started, "the stream was never decided"
    assert started[0] >= stream_ends + settle_s * 0.9


class WatchedEvent(threading.Event):
    """An event that tells when someone has started waiting on it."""

    def __init__(self) -> None:
        super().__init__()
        self.waited = threading.Event()

    def wait(self, timeout: float | None = None) -> bool:
        self.waited.set()
        return super().wait(timeout)


def test_stopping_does_not_wait_for_arrivals_to_settle(monkeypatch):
    """stop() pokes the worker; it used to take that poke for an arrival and wait settle_s (1 s by
    default) before ending, so every hub shutdown (and every test hub) took a second longer."""
    monkeypatch.setattr(decisions, "assess_received", lambda _db, _on, wait=True: 0)
    monkeypatch.setattr(auth, "purge_nonces", lambda _db: None)
    worker = decisions.DecisionWorker(db=None, interval_s=60, settle_s=60)  # longer than stop()'s 10 s wait
    worker._wake = WatchedEvent()
    worker.start()
    assert worker._wake.waited.wait(10)  # asleep until poked: the stop below is what wakes it
    worker.stop()
    assert not worker._thread.is_alive(), "the worker was still settling when stop() gave up waiting"


def test_no_decisions_while_a_revision_request_is_being_received(monkeypatch):
    """Under load one request can outlast the settle period without a poke: the worker waits for
    the requests being received, not only for pokes, then decides."""
    started: list[float] = []
    decided = threading.Event()
    monkeypatch.setattr(decisions, "assess_received",
                        lambda _db, _on, wait=True: started.append(time.monotonic()) or decided.set() or 0)
    monkeypatch.setattr(auth, "purge_nonces", lambda _db: None)
    gate = ArrivalGate()
    worker = decisions.DecisionWorker(db=None, interval_s=60, settle_s=SETTLE_S, arrivals=gate)
    worker.start()
    try:
        with gate.receiving():
            worker.poke()  # an earlier request's arrival
            assert not decided.wait(SETTLE_S * 4), "decided while a request was being received"
            received_at = time.monotonic()
        worker.poke()  # the slow request's own arrival, as the app pokes when it ends
        assert decided.wait(10)
    finally:
        worker.stop()
    assert started[0] >= received_at
