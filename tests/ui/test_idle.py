"""Inactivity on screen: an officer's device locks itself and hides personal data; a kiosk asks
"are you still there?" aloud, waits, then forgets the citizen. Input arrives the way a platform
delivers it (to the top-level window), so typing and touching keep a session alive."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from ui.selftest import settle, visible_texts


def touch_and_type(kiosk, qtbot, seconds: float) -> None:
    """Keep using the app for `seconds`: a key and a tap through the window every 100 ms."""
    window = kiosk.window.windowHandle()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QTest.keyClick(window, Qt.Key_Shift)
        QTest.mouseClick(window, Qt.LeftButton, Qt.NoModifier, QPoint(5, 5))
        qtbot.wait(100)


def test_an_idle_officer_device_locks_and_hides_personal_data(officer_app, qtbot, monkeypatch):
    kiosk = officer_app
    nav = kiosk.window.nav
    assert kiosk.ctx.prefs.get("auto_lock_min") == 5  # the default the issue asks for
    household_no = kiosk.fixtures["household_no"]
    nav.go("household", household_no=household_no)
    settle(kiosk)
    assert any(household_no in text for text in visible_texts(kiosk.window))
    # One idle period is ten input intervals long, so a loaded CI machine that delays one tick
    # cannot make a busy officer look idle (0.4 s flaked under `pytest -n 2`).
    monkeypatch.setattr(kiosk.idle, "seconds", lambda: 1.0)
    kiosk.idle.arm()
    touch_and_type(kiosk, qtbot, 2.5)  # two and a half idle periods long, but never idle
    assert not nav.locked and kiosk.ctx.workspace is not None
    qtbot.waitUntil(lambda: nav.locked, timeout=4000)
    settle(kiosk)
    assert kiosk.ctx.workspace is None and nav.current == "unlock"
    assert not any(household_no in text for text in visible_texts(kiosk.window))


def test_a_kiosk_asks_aloud_then_forgets_the_citizen(officer_app, qtbot, monkeypatch):
    import ui.app

    kiosk = officer_app
    nav = kiosk.window.nav
    kiosk.ctx.mode = "kiosk"
    nav.home()
    nav.go("helper")
    settle(kiosk)
    spoken = []
    monkeypatch.setattr(kiosk.ctx.speaker, "say", lambda text, lang: spoken.append(text))
    monkeypatch.setattr(ui.app, "KIOSK_ANSWER_S", 2)
    monkeypatch.setattr(kiosk.idle, "seconds", lambda: 0.3)
    kiosk.idle.arm()

    qtbot.waitUntil(lambda: kiosk.still_there is not None and kiosk.still_there.isVisible(), timeout=3000)
    assert spoken and ("?" in spoken[-1] or "？" in spoken[-1])
    assert kiosk.still_there.continue_button.height() >= 128  # a big Continue
    qtbot.mouseClick(kiosk.still_there.continue_button, Qt.LeftButton)
    assert not kiosk.still_there.isVisible() and nav.current == "helper"  # answered: nothing lost

    qtbot.waitUntil(lambda: kiosk.still_there.isVisible(), timeout=3000)  # idle again, no answer this time
    qtbot.waitUntil(lambda: nav.current == "welcome", timeout=5000)
    assert not kiosk.still_there.isVisible()
