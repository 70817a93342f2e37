"""Screens that open where a person starts reading, and results that say what to do next."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from ui.selftest import settle


def test_the_consent_screen_opens_at_its_title(officer_app):
    kiosk = officer_app
    kiosk.ctx.prefs.set("scale", 200)  # a notice far longer than the screen
    kiosk.apply_display()
    nav = kiosk.window.nav
    nav.go("consent", application_id=kiosk.fixtures["draft"])
    settle(kiosk)
    consent = nav.screen("consent")
    area = consent.parentWidget().parentWidget()
    assert area.verticalScrollBar().maximum() > 0  # there is something to scroll
    consent.next_button.setFocus()  # the last person went down to sign, then left
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    nav.go("household", household_no=kiosk.fixtures["household_no"])
    settle(kiosk)
    nav.go("consent", application_id=kiosk.fixtures["draft"])
    settle(kiosk)
    assert area.verticalScrollBar().value() == 0
    assert not consent.heading.visibleRegion().isEmpty()


def test_helper_results_end_with_next_steps(officer_app, qtbot, tmp_path):
    kiosk = officer_app
    kiosk.ctx.mode = "kiosk"
    nav = kiosk.window.nav
    nav.home()
    nav.go("helper")
    helper = nav.screen("helper")
    assert not helper.print_button.isVisible()  # no next steps before there are results
    for choice in (2, 0, 0, 0, 1):  # 65 to 84, alone, no certificate, low income, not through marriage
        qtbot.mouseClick(helper.group.buttons()[choice], Qt.LeftButton)
        settle(kiosk)
    assert helper.found, "the helper found nothing for a low-income senior living alone"
    for step in (helper.next_heading, helper.print_button, helper.officer_note, helper.start_over_button):
        assert step.isVisible() and step.height() >= 32
    assert "1957" in helper.officer_note.text()

    pdf = tmp_path / "summary.pdf"
    assert helper.print_summary(pdf)
    printed = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    from kiosk.catalog import load_catalog

    first = load_catalog().service(helper.found[0]["service"]).name(kiosk.ctx.lang)
    assert first in printed and "1957" in printed
    assert helper.printed.isVisible()

    qtbot.mouseClick(helper.start_over_button, Qt.LeftButton)
    assert helper.step == 0 and helper.answers == {} and not helper.print_button.isVisible()
    assert not helper.printed.isVisible() and len(helper.group.buttons()) == 4  # the first question again
