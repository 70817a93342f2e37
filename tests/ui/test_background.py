"""The background helper: results come back on the Qt thread, and workers give way to it."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from ui.background import Background


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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread niceness is a Linux notion")
def test_workers_run_at_the_windows_priority_and_give_way_for_the_gil(qtbot, qapp):
    """A lower priority let a preempted worker keep the Qt thread waiting for the GIL; workers
    share the window's priority and give way on their own instead (kiosk/courtesy.py)."""
    from kiosk import courtesy
    from ui.app import qt_application

    qt_application()
    assert courtesy.enabled()  # the Qt app turns it on for its workers
    background = Background()
    niceness = []
    for lane in ("db", "work"):
        background.run(lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()),
                       done=niceness.append, lane=lane)
    qtbot.waitUntil(lambda: len(niceness) == 2, timeout=5000)
    base = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert niceness == [base] * 2
