"""On arrival the keyboard starts at the top of the page, never on the page's scroll area (whose
focus ring showed around the scrollbar strip only, so nothing looked focused); Tab then goes down
the page as it reads (WCAG 2.4.3), also through controls that loaded after the page was built."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from kiosk.households.importer import iter_documents
from ui.selftest import settle


def _household_no(kiosk) -> str:
    return next(iter_documents(kiosk.ctx.workspace.store))["household_no"]


def test_screens_without_a_question_start_the_keyboard_at_their_heading(officer_app):
    kiosk = officer_app
    nav = kiosk.window.nav
    kiosk.window.activateWindow()
    household = {"household_no": _household_no(kiosk)}
    for name, params in (("household", household), ("applications", {}), ("attention", {}), ("household", household)):
        kiosk.ctx.navigate(name, **params)
        settle(kiosk)
        screen = nav.screen(name)
        focused = QApplication.focusWidget()
        assert focused is not None, name
        assert not isinstance(focused, QAbstractScrollArea), f"{name}: the page's scroll area took the focus"
        assert screen.isAncestorOf(focused), f"{name}: focus stayed on {type(focused).__name__} outside the page"
        assert focused.property("heading") == 1, f"{name}: focus went to {type(focused).__name__}, not the heading"


def test_tab_goes_down_the_household_page_through_the_cards_that_loaded_later(officer_app, qtbot):
    kiosk = officer_app
    nav = kiosk.window.nav
    kiosk.window.activateWindow()
    kiosk.ctx.navigate("household", household_no=_household_no(kiosk))
    settle(kiosk)
    screen = nav.screen("household")
    tops = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        focused = QApplication.focusWidget()
        if not screen.isAncestorOf(focused):
            break
        tops.append(focused.mapTo(screen, QPoint(0, focused.height() // 2)).y())
    assert len(tops) >= 3, "Tab should reach the household's service cards and its subscription button"
    assert tops == sorted(tops), f"Tab went back up the page: {tops}"
