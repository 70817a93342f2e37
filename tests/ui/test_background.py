"""The background helper: results come back on the Qt thread, failures too."""

from __future__ import annotations

import threading

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
