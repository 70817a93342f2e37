"""A citizen checks an application at the kiosk by scanning the receipt: only a scan from this
session counts, it is removed once read, and no file dialog ever opens on the kiosk."""

import os
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from kiosk.documents.issue import DocumentKind
from ui.selftest import settle


def _receipt_pdf(kiosk, application_id):
    made = []
    kiosk.ctx.background.run(kiosk.ctx.workspace.issue_document, application_id, DocumentKind.RECEIPT, done=made.append)
    settle(kiosk)
    return made[0]


def test_a_scanned_receipt_shows_its_state_and_leaves_the_scanner(officer_app, qtbot, tmp_path, monkeypatch):
    kiosk = officer_app
    receipt = _receipt_pdf(kiosk, kiosk.fixtures["submitted"])
    scans = tmp_path / "scans"
    scans.mkdir()
    monkeypatch.setenv("KIOSK_SCAN_DIR", str(scans))
    kiosk.ctx.mode = "kiosk"
    nav = kiosk.window.nav
    nav.home()
    nav.go("status")
    settle(kiosk)
    status = nav.screen("status")
    status.clear()  # a new citizen session starts now
    dialogs_before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)}

    earlier = scans / "left-by-someone-else.pdf"
    earlier.write_bytes(receipt)
    an_hour_ago = time.time() - 3600
    os.utime(earlier, (an_hour_ago, an_hour_ago))
    qtbot.mouseClick(status.scan_button, Qt.LeftButton)
    settle(kiosk)
    assert kiosk.fixtures["tracking_no"] not in status.result.text()  # an earlier citizen's scan is not used
    assert "掃描器" in status.result.accessibleName()  # how to scan, in the session's language (zh-TW)

    mine = scans / "scan-0001.pdf"
    mine.write_bytes(receipt)
    qtbot.mouseClick(status.scan_button, Qt.LeftButton)
    settle(kiosk)
    assert kiosk.fixtures["tracking_no"] in status.result.text()
    assert not mine.exists()  # the citizen's receipt does not stay on the kiosk
    dialogs_after = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)}
    assert dialogs_after <= dialogs_before  # no file dialog opened on the kiosk


def test_a_tracking_number_typed_on_the_code_keypad_look_alikes_and_mistakes(officer_app, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from kiosk.applications.codes import LOOK_ALIKES

    kiosk = officer_app
    kiosk.ctx.mode = "kiosk"
    nav = kiosk.window.nav
    nav.home()
    nav.go("status")
    settle(kiosk)
    status = nav.screen("status")
    keys = status.keypad.keys
    assert not {"I", "L", "O"} & set(keys)  # no key to mistake for 1 or 0
    assert all(b.height() >= 64 and b.width() >= 64 for b in keys.values())
    from kiosk.applications.codes import CHECK_SYMBOLS
    from ui.keypad import CLEAR

    for chunk in (CHECK_SYMBOLS[:20], CHECK_SYMBOLS[20:]):  # every key types its own character
        qtbot.mouseClick(keys[CLEAR], Qt.LeftButton)
        for ch in chunk:
            qtbot.mouseClick(keys[ch], Qt.LeftButton)
        assert status.number.text() == chunk
    qtbot.mouseClick(keys[CLEAR], Qt.LeftButton)
    announced: list[str] = []
    kiosk.ctx.announcer.announced.connect(announced.append)

    number = kiosk.fixtures["tracking_no"]
    body = number.replace("-", "")
    twin = next((i for i, ch in enumerate(body[:8]) if ch in LOOK_ALIKES), None)
    typed = body if twin is None else body[:twin] + LOOK_ALIKES[body[twin]] + body[twin + 1:]
    mistyped = typed[:8] + ("*" if typed[8] != "*" else "~")  # a wrong check symbol
    for key in mistyped:
        qtbot.mouseClick(keys[key], Qt.LeftButton)
    qtbot.mouseClick(status.check_button, Qt.LeftButton)
    settle(kiosk)
    message = status.number_error.accessibleName()
    assert status.number_error.isVisible() and message and status.number.accessibleDescription() == message
    assert message in announced and QApplication.focusWidget() is status.number
    assert not status.result.text() and kiosk.errors.shown == []
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())

    qtbot.mouseClick(keys["←"], Qt.LeftButton)
    qtbot.mouseClick(keys[typed[8]], Qt.LeftButton)
    qtbot.mouseClick(status.check_button, Qt.LeftButton)
    settle(kiosk)
    assert number in status.result.text()  # found, the look-alike read as meant
    assert not status.number_error.isVisible() and not status.number.accessibleDescription()


def test_a_change_of_language_says_the_answer_the_error_and_the_keys_anew(officer_app, qtbot):
    """A citizen who picks Vietnamese after a try in Chinese sees nothing left in Chinese."""
    from ui.keypad import BACKSPACE, CLEAR

    kiosk = officer_app
    kiosk.ctx.mode = "kiosk"
    nav = kiosk.window.nav
    nav.home()
    nav.go("status")
    settle(kiosk)
    status = nav.screen("status")
    status.clear()
    status.number.setText("7KQ2-M9XD-3")  # no such application
    qtbot.mouseClick(status.check_button, Qt.LeftButton)
    settle(kiosk)
    assert "查無此編號" in status.number_error.accessibleName()
    kiosk.ctx.languages.set_language("vi")
    settle(kiosk)
    said = [status.number_error.text(), status.number.accessibleDescription(), status.next_steps.text(),
            status.keypad.keys[BACKSPACE].accessibleName(), status.keypad.keys[CLEAR].accessibleName()]
    assert all(said) and not any("\u4e00" <= ch <= "\u9fff" for text in said for ch in text), said

    status.number.setText(kiosk.fixtures["tracking_no"])
    qtbot.mouseClick(status.check_button, Qt.LeftButton)
    settle(kiosk)
    vietnamese = status.result.accessibleName()
    kiosk.ctx.languages.set_language("en")
    settle(kiosk)
    assert kiosk.fixtures["tracking_no"] in status.result.text() and status.result.accessibleName() != vietnamese
    assert status.number_error.isHidden() and not status.number.accessibleDescription()
    kiosk.ctx.languages.set_language("zh-TW")
