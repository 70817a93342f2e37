"""The whole home visit on screen, once by keyboard alone and once by mouse: find the household,
open an eligible service, answer every question, consent, attach a scan, submit, print the receipt
to PDF, sync to a real hub on loopback, the hub decides, and the decision shows on the household."""

from __future__ import annotations

import subprocess
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kiosk.demo.applications import DEMO_ANSWERS
from tests.ui.hands import Hands
from tests.ui.hub import enter_store_and_hub
from ui import words
from ui.answer_controls import Choices, DateAnswer, Text
from ui.service_card import ServiceCard

ASCII_ANSWERS = {**DEMO_ANSWERS, "bank_account": "700-00012345678", "email": "visit@example.tw",
                 "carer_name": "Chen Chia-hao", "carer_id": None, "event_date": None}


def answer(hands: Hands, wizard) -> None:
    """Give the current question an answer unless the household record already did."""
    control, key = wizard.control, wizard.fields[wizard.index].key
    wanted = ASCII_ANSWERS.get(key)
    if isinstance(control, Choices):
        if control.value() is not None:
            return
        wanted = {"是": True, "否": False}.get(wanted, wanted)
        buttons = control.group.buttons()
        chosen = next((b for b in buttons if b.property("answer") == wanted), buttons[0])
        hands.press(chosen)
    elif isinstance(control, DateAnswer):
        if control.value() is None:
            if hands.how == "keyboard":
                hands.type(control.edit, "113/10/01")
            else:
                picker = control.picker
                for value in (2020, 2024, 10, 1):  # decade, year, month, day
                    hands.press(picker.button_for(value))
    elif isinstance(control, Text):
        if not control.value():
            hands.type(control.edit, str(wanted) if wanted else "1")


def sync_now(hands: Hands, kiosk) -> None:
    hands.press(kiosk.window.sync_indicator)
    screen = kiosk.window.nav.screen("sync")
    assert kiosk.window.nav.current == "sync"
    hands.press(screen.sync_button)
    deadline = time.monotonic() + 120
    while kiosk.ctx.sync.running:
        assert time.monotonic() < deadline, "sync never finished"
        hands.qtbot.wait(20)
    hands.idle()
    assert kiosk.ctx.sync.last_report is not None and kiosk.ctx.sync.last_report.complete, kiosk.ctx.sync.last_error


@pytest.mark.parametrize("how", ["keyboard", "mouse"])
def test_a_whole_home_visit_from_search_to_the_agency_decision(officer_app, qtbot, tmp_path, monkeypatch, how):
    kiosk = officer_app
    nav = kiosk.window.nav
    hands = Hands(qtbot, kiosk, how)
    hub = enter_store_and_hub(kiosk, tmp_path)
    household_no = kiosk.fixtures["household_no"]
    try:
        # Find the household from home.
        nav.home()
        hands.idle()
        hands.press(nav.screen("home").search_button)
        search = nav.screen("search")
        hands.type(search.query, household_no)
        qtbot.waitUntil(lambda: [h.household_no for h in search.hits] == [household_no], timeout=10000)
        hands.idle()  # new result cards are shown on the next turn of the event loop
        if how == "keyboard":
            qtbot.keyClick(search.query, Qt.Key_Return)
        else:
            hands.press(search.results.itemAt(0).widget())
        hands.idle()
        household = nav.screen("household")
        assert nav.current == "household" and household.facts.household_no == household_no

        # Open the first eligible service and answer every question.
        cards = [household.services.itemAt(i).widget() for i in range(household.services.count())]
        offered = [c for c in cards if isinstance(c, ServiceCard) and c.action is not None]
        assert offered, "the household screen offers no service to apply for"
        whole = household.tr("whole household")  # a person's own service: the record prefills who applies
        hands.press(next((c for c in offered if f"· {whole}" not in c.title.text()), offered[0]).action)
        wizard = nav.screen("wizard")
        assert nav.current == "wizard"
        asked = 0
        while nav.current == "wizard":
            asked += 1
            assert asked <= 40, "the wizard never ends"
            before = (wizard.index, nav.current)
            answer(hands, wizard)
            if (wizard.index, nav.current) == before:  # a choice answers and moves on by itself
                hands.press(wizard.next_button)
                assert not wizard.error.isVisible(), wizard.error.text()
                assert (wizard.index, nav.current) != before
        assert wizard.saved.text(), "no 'draft saved' was shown"

        # Consent: signed with the mouse, or (keyboard only) a fingerprint before two witnesses.
        consent = nav.screen("consent")
        assert nav.current == "consent"
        if how == "keyboard":
            hands.press(consent.method_buttons["fingerprint"])
            hands.type(consent.witnesses[0], "Lin Mei-hua")
            hands.type(consent.witnesses[1], "Wang Da-wei")
        else:
            hands.sign(consent.pad)
            assert not consent.pad.empty
        if consent.health.isVisible():
            hands.press(consent.health)
        hands.press(consent.next_button)

        # A scan from the scanner's folder.
        attachments = nav.screen("attachments")
        assert nav.current == "attachments", consent.error.text()
        scans = tmp_path / "scans"
        scans.mkdir()
        from kiosk.applications.signatures import paper_photo, synthetic_signature

        (scans / "id-card.png").write_bytes(paper_photo(synthetic_signature(7, 900, 300), 900, 300))
        monkeypatch.setenv("KIOSK_SCAN_DIR", str(scans))
        hands.press(attachments.scan_button)
        assert len(kiosk.ctx.workspace.application(attachments.view.id).attachments) >= 1
        assert not (scans / "id-card.png").exists()  # sealed in the encrypted store, gone from the folder
        hands.press(attachments.next_button)

        # Review and submit: the receipt appears at once.
        review = nav.screen("review")
        assert nav.current == "review"
        assert review.submit_button.isEnabled(), review.missing.text()
        hands.press(review.submit_button)
        receipt = nav.screen("receipt")
        assert nav.current == "receipt", review.missing.text()
        tracking_no = receipt.data.tracking_no

        # Print (A4 through Qt's printing, to a PDF file) and save the signed receipt PDF.
        printed = tmp_path / "printed.pdf"
        assert receipt.print_receipt("a4", printed)
        signed = tmp_path / "signed.pdf"
        asked = []
        monkeypatch.setattr("ui.screens.receipt.chosen_path", lambda dialog: (asked.append(dialog), str(signed))[1])
        hands.press(receipt.save_pdf)
        assert asked and asked[0].acceptMode() == QFileDialog.AcceptSave  # the person chose where to save
        for pdf in (printed, signed):
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            assert tracking_no in text.replace(" ", ""), pdf.name

        # Sync: up to the hub, which decides; the decision comes back down.
        application_id = receipt.view.id
        sync_now(hands, kiosk)
        from sync.hub.decisions import decide

        at_hub = [r for r in hub.revisions() if r["application_id"] == application_id]
        assert at_hub, "the application never reached the hub"
        if at_hub[-1]["status"] == "review":  # the rules could not settle it alone: a caseworker decides
            decide(hub.db, application_id, "approve", "符合資格，核准 / eligible, approved")
        sync_now(hands, kiosk)
        decided = kiosk.ctx.workspace.application(application_id)
        assert decided.state == "decided", decided.state

        # The decision, in words, on the household screen.
        nav.go("household", household_no=household_no)
        hands.idle()
        _kind, decision_words = words.application_state(decided.state, decided.decision)
        texts = [household.apps.itemAt(i).widget().accessibleName() for i in range(household.apps.count())]
        assert any(tracking_no in t and decision_words in t for t in texts), texts
    finally:
        hub.close()
