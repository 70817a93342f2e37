"""Worker threads give way for the GIL after a few milliseconds of continuous work, and only then."""

from __future__ import annotations

import threading

import pytest

from kiosk import courtesy


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def fake(monkeypatch):
    fake = FakeTime()
    monkeypatch.setattr(courtesy, "_clock", fake.clock)
    monkeypatch.setattr(courtesy, "_sleep", fake.sleep)
    monkeypatch.setattr(courtesy, "_policy", None)  # a Qt test in this process may have turned it on
    return fake


def in_worker(fn) -> None:
    errors = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 - re-raised on the test thread
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]


def test_a_busy_worker_pauses_once_per_budget(fake):
    courtesy.enable(busy_s=0.004, pause_s=0.0005)

    def work() -> None:
        for _ in range(40):  # 40 statements, 0.5 ms apart: 20 ms of continuous work
            courtesy.give_way()
            fake.now += 0.0005

    in_worker(work)
    assert fake.slept == [0.0005] * 4  # after 4, 8, 12 and 16 ms of work (plus the pauses)


def test_a_thread_that_waited_in_between_starts_a_new_streak(fake):
    courtesy.enable(busy_s=0.004, pause_s=0.0005)

    def work() -> None:
        for _ in range(20):  # one statement every 3 ms: it spends its time waiting, not working
            courtesy.give_way()
            fake.now += 0.003

    in_worker(work)
    assert fake.slept == []


def test_off_by_default_and_never_on_the_ui_thread(fake):
    def work() -> None:
        for _ in range(100):
            courtesy.give_way()
            fake.now += 0.001

    in_worker(work)  # disabled: command-line sync and benchmarks run at full speed
    courtesy.enable()
    work()  # the main thread is the one the pauses are for
    assert fake.slept == []


@pytest.mark.skipif(not hasattr(threading, "get_native_id") or not hasattr(__import__("os"), "SCHED_BATCH"),
                    reason="SCHED_BATCH is Linux-only; elsewhere background_thread() is a no-op")
def test_worker_threads_become_batch_work_and_the_ui_thread_never_does(fake):
    import os

    def policy_after_marking() -> list[int]:
        seen = []
        in_worker(lambda: (courtesy.background_thread(), seen.append(os.sched_getscheduler(0))))
        return seen

    assert policy_after_marking() == [os.SCHED_OTHER]  # off: command-line sync keeps the default
    courtesy.enable()
    assert policy_after_marking() == [os.SCHED_BATCH]
    seen = []
    in_worker(lambda: (courtesy.give_way(), seen.append(os.sched_getscheduler(0))))
    assert seen == [os.SCHED_BATCH]  # a worker that only runs SQL or requests is marked on its first call
    courtesy.background_thread()
    assert os.sched_getscheduler(0) == os.SCHED_OTHER  # the main thread keeps waking promptly
