"""The officer imports a household file from Settings → Household data: the button goes through
ctx.bulk (the worker process, never the window's own importer), progress and the summary are
shown and announced, and a second import while one runs is refused in words. Saving the day's
receipts goes the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.i18n import tr
from tests.ui.test_bulk_jobs_ui import households_in, in_process_forbidden, listen, worker_ready
from tests.sync.test_worker_bulk_jobs import household_file
from ui.selftest import settle


def settings_choosing(kiosk, qtbot, monkeypatch, chosen) -> tuple:
    """The settings screen, its file dialogs answering `chosen`, only the worker able to do the work:
    (screen, what is announced, the bulk jobs' answers)."""
    import ui.screens.settings

    screen = kiosk.window.nav.go("settings")
    settle(kiosk)
    monkeypatch.setattr(ui.screens.settings, "chosen_path", lambda dialog: (dialog.deleteLater(), str(chosen))[1])
    in_process_forbidden(monkeypatch)
    worker_ready(kiosk, qtbot)
    announced, _ = listen(kiosk)
    finished: list = []
    kiosk.ctx.bulk.finished.connect(finished.append)
    return screen, announced, finished


def test_import_households_from_settings_runs_in_the_worker(officer_app, qtbot, tmp_path, monkeypatch):
    kiosk = officer_app
    path = household_file(tmp_path, 300)
    before = households_in(kiosk)
    screen, announced, finished = settings_choosing(kiosk, qtbot, monkeypatch, path)
    assert screen.cards["data"].isVisible() and screen.import_button.accessibleName() == "從檔案匯入住戶…"
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert kiosk.ctx.bulk.running and kiosk.ctx.bulk.dialog is not None
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)  # one bulk job at a time
    assert "仍在進行" in screen.data_message.text()
    screen.grab().save(str(tmp_path / "settings-import.png"))
    qtbot.waitUntil(lambda: bool(finished), timeout=300000)
    answer = finished[0]
    assert households_in(kiosk) == before + answer["created"] and answer["created"] > 0
    assert announced[-1] == tr("bulk.import.done", "zh-TW", created=answer["created"], updated=answer["updated"],
                               rejected=answer["rejected"])


def test_saving_todays_receipts_makes_them_in_the_worker(officer_app, qtbot, tmp_path, monkeypatch):
    kiosk = officer_app
    ws = kiosk.ctx.workspace
    today = ws.submitted_on(ws.today)
    assert today, "the district has applications submitted today"
    folder = tmp_path / "receipts"
    folder.mkdir()
    screen, announced, finished = settings_choosing(kiosk, qtbot, monkeypatch, folder)
    assert screen.receipts_button.accessibleName() == "將今天的收據存成 PDF…"
    qtbot.mouseClick(screen.receipts_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(finished), timeout=300000)
    assert not finished[0]["cancelled"]
    assert len(list(folder.glob("receipt-*.pdf"))) == len(today)
    assert announced[-1] == tr("bulk.documents.done", "zh-TW", count=len(today))


def test_a_day_without_submissions_says_there_is_no_receipt(officer_app, monkeypatch, tmp_path):
    from datetime import date

    from kiosk.workspace import Workspace

    kiosk = officer_app
    monkeypatch.setattr(Workspace, "today", property(lambda _self: date(2001, 1, 1)))
    screen = kiosk.window.nav.go("settings")
    settle(kiosk)
    screen.save_receipts(tmp_path)
    settle(kiosk)
    assert not kiosk.ctx.bulk.running and "沒有" in screen.data_message.text()
