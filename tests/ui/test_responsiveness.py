"""The event loop never freezes while search, the store-wide rules scan and speech run in the
background, together and apart (a guard with a generous ceiling: tests/ui/stall.py). Apart, the
benchmark can tell which of them costs the window its smoothness: the issue's (b) scan and
(c) search + speech; (a) the sync is tests/ui/test_sync_responsiveness.py."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui import stall_causes
from tests.ui.stall import FREEZE_CEILING_MS, StallMeter, report_figures

pytestmark = pytest.mark.stall
QUERIES = ("0912", "0933", "1234", "0988", "5678")  # QTest types ASCII only: phones and ID tails


def wait_until(qtbot, kiosk, condition, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        qtbot.wait(5)


def measure(kiosk, qtbot, scenario: str, search: bool, scan: bool, speech: bool) -> None:
    """Five rounds of what a person does, one action at a time, with the loop's stalls measured."""
    from ui.selftest import settle

    nav = kiosk.window.nav
    for name in ("search", "home"):  # screens are built on first visit; that is measured by the cold-start bench
        nav.go(name)
    settle(kiosk)
    spoken = []
    kiosk.ctx.speaker.speaking.connect(spoken.append)
    causes = stall_causes.maybe_start()
    meter = StallMeter()
    meter.start()
    started = time.monotonic()

    search_screen = nav.screen("search")
    home = nav.screen("home")
    found = 0
    # One user action at a time, as a person gives them: the event loop runs between two key presses.
    # Sent back to back, eight actions would add up to one long pause that no person could cause.
    def act(action, *args) -> None:
        action(*args)
        QApplication.processEvents()

    for query in QUERIES:
        if search:
            act(nav.go, "search")
            act(search_screen.query.clear)
            for key in query:
                act(qtbot.keyClicks, search_screen.query, key)  # type-ahead search on the database lane
        if scan:
            act(home.clear)  # forget the plan, so going home scans every household again (work lane)
        act(nav.go, "home")
        if speech:
            act(kiosk.ctx.speaker.say, home.spoken_parts(), "zh-TW")
            act(qtbot.keyClick, kiosk.window, Qt.Key_F1)  # and "read this screen" from the keyboard
        wait_until(qtbot, kiosk, lambda: kiosk.ctx.background.busy == 0 and not search_screen.timer.isActive()
                   and (not speech or (spoken and spoken[-1] is False)) and home.visits and not home.drawing)
        found += len(search_screen.hits)
    meter.stop()
    stall_causes.report(scenario, causes, meter.gaps())

    assert not speech or True in spoken, "speech never started"
    assert not search or found > 0
    assert len(home.visits) > 0
    print(f"{scenario}: longest stall {meter.longest_ms:.1f} ms over {meter.ticks} ticks in {time.monotonic() - started:.1f} s")
    assert meter.ticks > 50
    report_figures(scenario, meter)
    assert meter.longest_ms <= FREEZE_CEILING_MS, f"the event loop froze for {meter.longest_ms:.0f} ms"


def test_search_rules_scan_and_speech_together_never_stall_the_event_loop(officer_app, qtbot):
    measure(officer_app, qtbot, "search_rules_scan_and_speech", search=True, scan=True, speech=True)


def test_the_store_wide_rules_scan_never_stalls_the_event_loop(officer_app, qtbot):
    measure(officer_app, qtbot, "rules_scan", search=False, scan=True, speech=False)


def test_search_and_speech_never_stall_the_event_loop(officer_app, qtbot):
    measure(officer_app, qtbot, "search_and_speech", search=True, scan=False, speech=True)


def test_the_guard_fails_a_frozen_window(qtbot):
    from PySide6.QtCore import QTimer

    meter = StallMeter()
    meter.start()
    QTimer.singleShot(20, lambda: time.sleep(0.3))  # what a page of rules on the Qt thread would do
    qtbot.wait(500)
    meter.stop()
    assert meter.longest_ms > FREEZE_CEILING_MS
