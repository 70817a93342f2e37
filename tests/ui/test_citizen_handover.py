"""Two citizens in a row at a self-service kiosk: whatever the first one saw, set or was about to
hear is gone for the second, whether the first pressed "End session" or just walked away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget

from ui.selftest import settle


def every_text(window: QWidget) -> set[str]:
    """Every text of every widget of the window, shown or hidden, and what screen readers get."""
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # as the event loop would have by now
    texts = set()
    for w in [window, *window.findChildren(QWidget)]:
        candidates = [w.accessibleName(), w.accessibleDescription(), w.toolTip(), w.windowTitle()]
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            candidates.append(w.text())
        if isinstance(w, QLineEdit):
            candidates.append(w.placeholderText())
        if isinstance(w, QComboBox):
            candidates.append(w.currentText())
        texts |= {t for t in candidates if t}
    return texts


def end_session(kiosk, qtbot, how: str) -> None:
    nav = kiosk.window.nav
    if how == "end button":
        qtbot.mouseClick(kiosk.window.lock_button, Qt.LeftButton)
    else:  # the citizen walks away: asked "are you still there?", no answer
        kiosk.idle.seconds = lambda: 0.2
        kiosk.idle.arm()
        qtbot.waitUntil(lambda: kiosk.still_there is not None and kiosk.still_there.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: nav.current == "welcome" and not kiosk.still_there.isVisible(), timeout=8000)
        kiosk.idle.seconds = lambda: 3600
        kiosk.idle.arm()
    settle(kiosk)


def look_around(kiosk) -> None:
    """Someone who only looks: every screen a citizen can reach, nothing typed or chosen."""
    nav = kiosk.window.nav
    for name in ("welcome", "helper", "settings", "status"):  # ends away from welcome, where no time-out runs
        nav.go(name)
        settle(kiosk)


def first_citizen(kiosk, qtbot) -> str:
    """Vietnamese, large text, high contrast; checks an application, then asks the helper."""
    window, nav = kiosk.window, kiosk.window.nav
    window.language.setCurrentIndex(window.language.findData("vi"))
    nav.go("settings")
    settings = nav.screen("settings")
    for group, key, value in ((settings.size_buttons, "scale", 200), (settings.theme_buttons, "theme", "high_contrast")):
        qtbot.mouseClick(next(b for b in group.buttons() if b.property(key) == value), Qt.LeftButton)
    nav.go("status")
    status = nav.screen("status")
    number = kiosk.fixtures["tracking_no"]
    for key in number.replace("-", ""):
        qtbot.mouseClick(status.keypad.keys[key], Qt.LeftButton)
    qtbot.mouseClick(status.check_button, Qt.LeftButton)
    settle(kiosk)
    assert number in status.result.text() and number in window.status.text(), (status.number.text(), status.number_error.text())
    nav.go("helper")
    helper = nav.screen("helper")
    for _ in range(5):
        qtbot.mouseClick(helper.group.buttons()[0], Qt.LeftButton)
        settle(kiosk)
    assert helper.found is not None
    assert kiosk.ctx.languages.current == "vi" and kiosk.ctx.prefs.get("scale") == 200
    return number


@pytest.mark.parametrize("how", ["end button", "time-out"])
def test_the_next_citizen_sees_and_hears_nothing_of_the_last(kiosk_app, qtbot, how):
    kiosk = kiosk_app
    window, nav = kiosk.window, kiosk.window.nav
    font_size = QApplication.font().pointSizeF()
    look_around(kiosk)
    end_session(kiosk, qtbot, how)
    look_around(kiosk)
    fresh = every_text(window)  # the kiosk as a citizen finds it, every screen built and seen

    number = first_citizen(kiosk, qtbot)
    saved = QSettings(str(kiosk.ctx.data_dir / "ui.ini"), QSettings.IniFormat)  # should the kiosk restart now
    assert saved.value("language", "zh-TW") == "zh-TW" and int(saved.value("scale", 100)) == 100
    stopped_at = []  # how much had been said when speech was last stopped (the session's end)
    stop = kiosk.ctx.speaker.stop
    kiosk.ctx.speaker.stop = lambda: (stopped_at.append(len(kiosk.spoken)), stop())
    end_session(kiosk, qtbot, how)
    look_around(kiosk)  # the second citizen goes everywhere the first went
    said_after = kiosk.spoken[stopped_at[-1]:]

    left_over = every_text(window) - fresh
    assert left_over == set(), [(x, where(window, x)) for x in left_over]
    assert not any(number in text for text in every_text(window))
    assert window.status.text() == ""
    assert kiosk.ctx.languages.current == "zh-TW" and window.language.currentData() == "zh-TW"
    assert (kiosk.ctx.prefs.get("scale"), kiosk.ctx.prefs.get("theme")) == (100, "normal")
    assert QApplication.font().pointSizeF() == font_size
    assert nav.history[0] == ("welcome", {})
    assert kiosk.ctx.speaker._jobs.empty()  # nothing queued to be read
    assert not any(number in str(text) or lang == "vi" for text, lang in said_after), [(str(t), lang) for t, lang in said_after]


def where(window, text):
    out = []
    for w in [window, *window.findChildren(QWidget)]:
        for name in ("accessibleName", "accessibleDescription", "toolTip", "windowTitle", "text"):
            f = getattr(w, name, None)
            if f and f() == text:
                out.append((type(w).__name__, w.objectName(), name))
    return out


def test_locking_forgets_the_bottom_bar_and_what_was_to_be_read(officer_app, qtbot, monkeypatch):
    kiosk = officer_app
    window = kiosk.window
    number = kiosk.fixtures["tracking_no"]
    kiosk.ctx.announcer.announce(f"✔ {number}：approved")
    assert window.status.isVisible() and number in window.status.text()
    stopped = []
    stop = kiosk.ctx.speaker.stop
    monkeypatch.setattr(kiosk.ctx.speaker, "stop", lambda: (stopped.append(True), stop()))
    qtbot.mouseClick(window.lock_button, Qt.LeftButton)
    settle(kiosk)
    assert window.nav.locked
    assert not window.status.isVisible() and not any(number in text for text in every_text(window))
    assert stopped and kiosk.ctx.speaker._jobs.empty()  # reading stopped, nothing left queued
