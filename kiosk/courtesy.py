"""Worker threads give way to the UI thread for the GIL now and then.

A worker that runs many short SQL statements (or socket reads) drops the GIL around each one and
takes it straight back before a waiting thread has even woken up. CPython only forces a hand-over
when the holder keeps it a whole switch interval, so to the waiting Qt thread such a worker looks
as if it never lets go: during a page of the sync download the window froze 30-85 ms at a time
whatever the switch interval or thread priorities (measured, tests/ui/test_sync_responsiveness.py).
A short sleep after every few milliseconds of continuous work lets it in.

Off unless a process with a latency-sensitive thread turns it on (the Qt app does); command-line
sync and the benchmarks run at full speed.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

IDLE_GAP_S = 0.002  # calls further apart than this: the thread was waiting, a new busy streak starts


@dataclass(frozen=True)
class Policy:
    busy_s: float  # continuous work allowed before giving way
    pause_s: float  # how long to give way


_policy: Policy | None = None
_streak = threading.local()
_sleep: Callable[[float], None] = time.sleep
_clock: Callable[[], float] = time.perf_counter


def enable(busy_s: float = 0.004, pause_s: float = 0.0005) -> None:
    global _policy
    _policy = Policy(busy_s, pause_s)


def disable() -> None:
    global _policy
    _policy = None


def enabled() -> bool:
    return _policy is not None


def background_thread() -> None:
    """Mark the calling worker thread as batch work for the OS scheduler (Linux SCHED_BATCH: same
    share of the CPU, but waking it never preempts the running thread). Without it, each time the
    UI thread handed over the GIL or queued a job, the woken worker took its core and the UI thread
    sat runnable for up to 10 ms (perf sched, tests/ui/test_sync_responsiveness.py)."""
    if _policy is None or threading.current_thread() is threading.main_thread() or getattr(_streak, "batch", False):
        return
    _streak.batch = True
    if hasattr(os, "SCHED_BATCH"):
        try:
            os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))  # 0: this thread on Linux
        except OSError:  # a sandbox may forbid it; the thread then just keeps the default policy
            pass


def give_way(*_ignored: object) -> None:
    """Call between units of work (every SQL statement, every request). Sleeps briefly when this
    thread has been busy `busy_s` without a break; never on the UI (main) thread."""
    policy = _policy
    if policy is None or threading.current_thread() is threading.main_thread():
        return
    background_thread()
    now = _clock()
    last = getattr(_streak, "last", None)
    if last is None or now - last > IDLE_GAP_S:
        _streak.start = now
    elif now - _streak.start >= policy.busy_s:
        _sleep(policy.pause_s)
        now = _clock()
        _streak.start = now
    _streak.last = now
