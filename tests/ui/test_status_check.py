"""A citizen checks an application at the kiosk by scanning the receipt: only a scan from this
session counts, it is removed once read, and no file dialog ever opens on the kiosk."""

import os
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from ui.selftest import settle


def _receipt_pdf(kiosk, application_id):  # noqa: ANN001, ANN202
    made = []
    kiosk.ctx.background.run(kiosk.ctx.workspace.receipt_pdf, application_id, done=made.append)
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
