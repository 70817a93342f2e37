"""The wizard and the attachments screen redraw from change events like the household screen:
entering the same application again with nothing changed asks the store nothing, a write to it
from elsewhere redraws the open screen (another application's does not), and their own saves,
which return the application as written, are not loaded twice."""

from __future__ import annotations

from collections import Counter

from kiosk.changes import Changes
from tests.ui.test_change_events import count_calls
from ui.change_events import SYNC
from ui.selftest import settle


def test_the_wizard_asks_again_only_when_its_application_changed(officer_app, monkeypatch):
    kiosk = officer_app
    nav, ws, draft = kiosk.window.nav, kiosk.ctx.workspace, kiosk.fixtures["draft"]
    calls = count_calls(monkeypatch, ws, "application")
    screen = nav.go("wizard", application_id=draft)
    settle(kiosk)
    last = screen.fields[-1].key
    nav.go("search")
    nav.go("wizard", application_id=draft, field=last)
    settle(kiosk)
    assert calls == Counter(application=1) and screen.fields[screen.index].key == last
    kiosk.ctx.changes.announce(Changes(applications=frozenset({"another"})), SYNC)
    settle(kiosk)
    assert calls == Counter(application=1)
    ws.set_field(draft, "bank_account", "700-00012345678", "zh-TW")  # written elsewhere: announced, origin None
    settle(kiosk)
    assert calls == Counter(application=2) and screen.fields[screen.index].key == last, "redrawn at the same question"


def test_the_wizards_own_save_is_not_loaded_again(officer_app, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    kiosk = officer_app
    nav, ws, draft = kiosk.window.nav, kiosk.ctx.workspace, kiosk.fixtures["draft"]
    screen = nav.go("wizard", application_id=draft)
    settle(kiosk)
    nav.go("wizard", application_id=draft, field=screen.fields[-1].key)
    calls = count_calls(monkeypatch, ws, "application", "set_field")
    qtbot.mouseClick(screen.back_button, Qt.LeftButton)  # saves the answer shown, even unfinished
    settle(kiosk)
    assert calls["set_field"] == 1 and calls["application"] == 0
    assert screen.index == len(screen.fields) - 2


def test_the_attachments_screen_asks_again_only_when_its_application_changed(officer_app, monkeypatch, tmp_path):
    kiosk = officer_app
    nav, ws, draft = kiosk.window.nav, kiosk.ctx.workspace, kiosk.fixtures["draft"]
    calls = count_calls(monkeypatch, ws, "application")
    screen = nav.go("attachments", application_id=draft)
    settle(kiosk)
    nav.go("search")
    nav.go("attachments", application_id=draft)
    settle(kiosk)
    assert calls == Counter(application=1) and screen.view.id == draft
    nav.go("search")
    kiosk.ctx.changes.announce(Changes(applications=frozenset({draft})), SYNC)  # off screen: only marked
    settle(kiosk)
    assert calls == Counter(application=1)
    nav.go("attachments", application_id=draft)
    settle(kiosk)
    assert calls == Counter(application=2)
    screen.grab().save(str(tmp_path / "attachments.png"))
