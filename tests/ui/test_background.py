"""The background helper: results come back on the Qt thread, and workers yield the CPU to it."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from ui.background import WORKER_NICE, Background


def test_results_come_back_on_the_qt_thread(qtbot):
    background = Background()
    seen = []
    background.run(lambda a, b: (a + b, threading.get_ident()), 2, 3,
                   done=lambda r: seen.append((r, threading.get_ident())), lane="work")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    (total, worker), where = seen[0]
    assert total == 5 and worker != where == threading.main_thread().ident
    failures = []
    background.run(lambda: 1 / 0, failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ZeroDivisionError) and background.busy == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread niceness is how Linux does it")
def test_workers_run_at_a_lower_priority_than_the_window(qtbot):
    background = Background()
    niceness = []
    for lane in ("db", "work"):
        background.run(lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()),
                       done=niceness.append, lane=lane)
    qtbot.waitUntil(lambda: len(niceness) == 2, timeout=5000)
    base = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert niceness == [min(base + WORKER_NICE, 19)] * 2
