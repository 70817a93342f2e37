"""The conflict screen redraws from change events: a newer agency version arriving while the
officer chooses redraws the choices with a notice beside them, and choices made against the old
version are refused, never applied; entering again with nothing changed asks the store nothing."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from kiosk.changes import of_households
from tests.applications.test_conflict_outdated import newer_agency_version
from tests.ui.test_change_events import count_calls
from ui.change_events import SYNC
from ui.selftest import settle


def choice_texts(screen) -> list[str]:
    return [b.text() for group in screen.groups.values() for b in group.buttons()]


def choose(screen, side: str) -> None:
    for group in screen.groups.values():
        next(b for b in group.buttons() if b.property("side") == side).setChecked(True)


def test_a_newer_agency_version_redraws_the_choices_with_a_notice(officer_app, qtbot, tmp_path):
    kiosk = officer_app
    number, ws = kiosk.fixtures["conflict"], kiosk.ctx.workspace
    screen = kiosk.window.nav.go("conflict", household_no=number)
    settle(kiosk)
    assert screen.groups and not screen.changed_meanwhile.isVisible()
    shown = screen.conflict.etag
    newer_agency_version(ws.store, "02-2999-1234", number)  # as the worker's sync writes it
    kiosk.ctx.changes.announce(of_households(number), SYNC)
    settle(kiosk)
    assert screen.conflict.etag != shown
    assert screen.changed_meanwhile.isVisible() and screen.changed_meanwhile.accessibleName()
    assert "這一戶" in screen.changed_meanwhile.accessibleName()  # translated
    assert any("02-2999-1234" in text for text in choice_texts(screen)), "the agency's newest value is offered"
    screen.grab().save(str(tmp_path / "conflict-changed.png"))
    choose(screen, "theirs")
    qtbot.mouseClick(screen.save_button, Qt.LeftButton)
    settle(kiosk)
    assert kiosk.window.nav.current == "household"
    assert ws.conflict(number) is None and ws.household(number).phone == "02-2999-1234"


def test_choices_saved_against_an_old_version_are_refused_and_redrawn(officer_app, qtbot):
    kiosk = officer_app
    number, ws = kiosk.fixtures["conflict"], kiosk.ctx.workspace
    screen = kiosk.window.nav.go("conflict", household_no=number)
    settle(kiosk)
    mine = screen.conflict.fields[0]["mine"]
    ws.changes.unsubscribe(kiosk.ctx.changes._written)  # the change event has not arrived yet
    newer_agency_version(ws.store, "02-2999-5678", number)
    choose(screen, "theirs")
    qtbot.mouseClick(screen.save_button, Qt.LeftButton)
    settle(kiosk)
    assert kiosk.window.nav.current == "conflict"
    assert "您的選擇尚未套用" in screen.message.text()
    assert screen.changed_meanwhile.isVisible()
    assert any("02-2999-5678" in text for text in choice_texts(screen))
    still = ws.conflict(number)
    assert still is not None and still.fields[0]["mine"] == mine, "nothing was applied"


def test_entering_the_conflict_again_with_nothing_changed_asks_nothing(officer_app, monkeypatch):
    kiosk = officer_app
    nav, number = kiosk.window.nav, kiosk.fixtures["conflict"]
    calls = count_calls(monkeypatch, kiosk.ctx.workspace, "conflict")
    screen = nav.go("conflict", household_no=number)
    settle(kiosk)
    nav.go("search")
    nav.go("conflict", household_no=number)
    settle(kiosk)
    assert calls == Counter(conflict=1) and screen.groups
    kiosk.ctx.changes.announce(of_households("someone-else"), SYNC)
    settle(kiosk)
    assert calls == Counter(conflict=1)
    nav.go("search")
    kiosk.ctx.changes.announce(of_households(number), SYNC)
    settle(kiosk)
    assert calls == Counter(conflict=1)  # off screen: only marked
    nav.go("conflict", household_no=number)
    settle(kiosk)
    assert calls == Counter(conflict=2) and not screen.changed_meanwhile.isVisible()
