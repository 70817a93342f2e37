"""Importing a household file and saving a batch of PDF documents from the window run in its worker
process (ui/bulk_jobs.py): the window's own copies are made to fail, the event loop never freezes
(a generous ceiling: tests/ui/stall.py), the progress dialog moves and offers Stop, the summary is
announced. Locked mid-job, the dialog goes at once and nothing the job says later is shown or spoken."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk.i18n import tr
from tests.sync.test_worker_bulk_jobs import household_file
from tests.sync.test_worker_bulk_jobs import households_in as households_in_store
from tests.sync.test_worker_process import gone
from tests.ui.stall import FREEZE_CEILING_MS, StallMeter
from ui.selftest import settle

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
HOUSEHOLDS = 3000


def households_in(kiosk) -> int:
    return households_in_store(kiosk.ctx.workspace.store)


def in_process_forbidden(monkeypatch) -> None:
    """The window's own import and rendering fail: only the worker process can do the work."""
    from kiosk.documents import issue
    from kiosk.households import csv_io, importer

    def refuse(*_args, **_kwargs):
        raise AssertionError("bulk work ran in the window process")

    for module, name in ((importer, "store_documents"), (importer, "checked_documents"), (csv_io, "checked_csv"),
                         (issue, "issue_document")):
        monkeypatch.setattr(module, name, refuse)


def worker_ready(kiosk, qtbot) -> int:
    qtbot.waitUntil(lambda: kiosk.ctx.worker.pid is not None, timeout=60000)
    return kiosk.ctx.worker.pid


def listen(kiosk) -> tuple[list[str], list[bool]]:
    announced, spoken = [], []
    kiosk.ctx.announcer.announced.connect(announced.append)
    kiosk.ctx.speaker.speaking.connect(spoken.append)
    return announced, spoken


def application_ids(kiosk, copies: int = 1) -> list[str]:
    ids = [summary.id for summary in kiosk.ctx.workspace.applications() if summary.tracking_no]
    assert ids
    return ids * copies


def test_a_household_file_imports_in_the_worker_with_progress_and_the_window_never_freezes(officer_app, qtbot,
                                                                                          tmp_path, monkeypatch):
    kiosk = officer_app
    path = household_file(tmp_path, HOUSEHOLDS)
    before = households_in(kiosk)
    in_process_forbidden(monkeypatch)
    worker_ready(kiosk, qtbot)
    announced, _ = listen(kiosk)
    bulk = kiosk.ctx.bulk
    finished, changes = [], []
    bulk.finished.connect(finished.append)
    kiosk.ctx.changes_made.connect(lambda made, _origin: changes.append(made))
    seen = set()
    meter = StallMeter()
    meter.start()
    assert bulk.import_file(path)
    assert not bulk.import_file(path)  # one bulk job at a time
    while not finished:
        if bulk.dialog is not None:
            assert bulk.dialog.isVisible()
            seen.add((bulk.dialog.value(), bulk.dialog.maximum()))
        qtbot.wait(5)
        assert meter.clock.elapsed() < 300_000, "the import never finished"
    meter.stop()
    answer = finished[0]
    assert not answer["cancelled"]
    assert answer["created"] + answer["updated"] > 0
    assert households_in(kiosk) == before + answer["created"]
    assert any(maximum > 0 and 0 < value < maximum for value, maximum in seen), "the progress never moved"
    assert bulk.dialog is None and not bulk.running
    assert any(made.everything for made in changes), "the screens were not told the store changed"
    assert announced[-1] == tr("bulk.import.done", "zh-TW", created=answer["created"], updated=answer["updated"],
                               rejected=answer["rejected"])
    assert meter.longest_ms <= FREEZE_CEILING_MS, f"the event loop froze for {meter.longest_ms:.0f} ms"


def test_stop_in_the_progress_dialog_cancels_the_import_at_its_next_chunk(officer_app, qtbot, tmp_path):
    kiosk = officer_app
    path = household_file(tmp_path, HOUSEHOLDS)
    before = households_in(kiosk)
    worker_ready(kiosk, qtbot)
    announced, _ = listen(kiosk)
    bulk = kiosk.ctx.bulk
    finished = []
    bulk.finished.connect(finished.append)
    assert bulk.import_file(path)
    qtbot.waitUntil(lambda: bulk.dialog is not None and bulk.dialog.maximum() > 0, timeout=120000)  # storing
    qtbot.mouseClick(bulk.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # its Stop button
    qtbot.waitUntil(lambda: bool(finished), timeout=120000)
    answer = finished[0]
    assert answer["cancelled"] and answer["created"] + answer["updated"] < HOUSEHOLDS
    assert households_in(kiosk) == before + answer["created"]
    assert announced[-1] == tr("bulk.import.cancelled", "zh-TW", created=answer["created"], updated=answer["updated"],
                               rejected=answer["rejected"])


def test_a_batch_of_receipts_is_saved_as_pdf_files_by_the_worker(officer_app, qtbot, tmp_path, monkeypatch):
    kiosk = officer_app
    ids = application_ids(kiosk)
    in_process_forbidden(monkeypatch)
    worker_ready(kiosk, qtbot)
    announced, _ = listen(kiosk)
    finished = []
    kiosk.ctx.bulk.finished.connect(finished.append)
    out = tmp_path / "receipts"
    out.mkdir()
    assert kiosk.ctx.bulk.save_documents(ids, "receipt", out)
    qtbot.waitUntil(lambda: bool(finished), timeout=120000)
    written = finished[0]["written"]
    assert len(written) == len(ids) and sorted(p.name for p in out.iterdir()) == sorted(written)
    assert all((out / name).read_bytes().startswith(b"%PDF") for name in written)
    assert announced[-1] == tr("bulk.documents.done", "zh-TW", count=len(ids))


def locked_mid_job(kiosk, qtbot, start) -> None:
    """Starts a bulk job, locks once the worker reports progress, and checks nothing of it surfaces."""
    pid = worker_ready(kiosk, qtbot)
    announced, spoken = listen(kiosk)
    errors_before = len(kiosk.errors.shown)
    bulk = kiosk.ctx.bulk
    finished = []
    bulk.finished.connect(finished.append)
    assert start(bulk)
    qtbot.waitUntil(lambda: bulk.dialog is not None and bulk.dialog.maximum() > 0, timeout=120000)  # mid-job
    dialog = bulk.dialog
    kiosk.lock()
    assert bulk.dialog is None and not dialog.isVisible()
    assert kiosk.ctx.bulk is None and kiosk.ctx.worker is None
    qtbot.waitUntil(lambda: gone(pid, timeout_s=0), timeout=60000)
    qtbot.wait(500)
    settle(kiosk)
    assert finished == []
    assert announced == [] and True not in spoken
    assert len(kiosk.errors.shown) == errors_before


def test_an_import_locked_mid_job_shows_and_says_nothing_afterwards(officer_app, qtbot, tmp_path):
    path = household_file(tmp_path, HOUSEHOLDS)
    locked_mid_job(officer_app, qtbot, lambda bulk: bulk.import_file(path))


def test_a_pdf_batch_locked_mid_job_shows_and_says_nothing_afterwards(officer_app, qtbot, tmp_path):
    out = tmp_path / "receipts"
    out.mkdir()
    ids = application_ids(officer_app, copies=40)
    locked_mid_job(officer_app, qtbot, lambda bulk: bulk.save_documents(ids, "receipt", out))


def test_a_late_answer_for_a_stopped_job_is_dropped_while_the_worker_lives_on(officer_app, qtbot, tmp_path):
    """What lock does to the dialog, without ending the worker: its answer arrives and is dropped."""
    kiosk = officer_app
    worker_ready(kiosk, qtbot)
    announced, spoken = listen(kiosk)
    out = tmp_path / "receipts"
    out.mkdir()
    bulk = kiosk.ctx.bulk
    finished = []
    bulk.finished.connect(finished.append)
    assert bulk.save_documents(application_ids(kiosk, copies=3), "receipt", out)
    assert kiosk.ctx.worker.busy == 1
    bulk.stop()
    qtbot.waitUntil(lambda: kiosk.ctx.worker.busy == 0, timeout=120000)  # the answer came...
    settle(kiosk)
    assert finished == [] and announced == [] and True not in spoken  # ...and was dropped
    assert any(out.iterdir())  # the worker did the work: only its answer went unheard
