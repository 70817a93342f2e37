"""Bulk work the officer starts from the window, done by the worker process (ui/worker_client.py):
importing a household file and saving a batch of documents as PDF files. While it runs a progress
dialog (not modal: the window keeps working) shows how far it got and offers Stop; the summary is
announced when it ends. Lock drops both the dialog and whatever the worker still had to say."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from kiosk.changes import EVERYTHING
from kiosk.i18n import tr as core_text  # not `tr`: lupdate would take the key for a UI string
from ui.change_events import SYNC

if TYPE_CHECKING:
    from kiosk.worker.messages import JobProgress
    from ui.context import AppContext
    from ui.worker_client import WorkerClient


class BulkJobs(QObject):
    """One bulk job at a time: `import_file(...)`, `save_documents(...)`; `stop()` at lock."""

    finished = Signal(dict)  # the worker's answer (kiosk/worker/bulk.py), once announced

    def __init__(self, ctx: AppContext, worker: WorkerClient, window: QWidget | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.worker = worker
        self.window = window
        self.job = 0  # the running job's number, 0 when none
        self.dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self.job != 0

    def import_file(self, path: Path, file_format: str = "auto", encoding: str = "utf-8") -> bool:
        """False when another bulk job is still running."""
        if self.running:
            return False
        self._show(core_text("bulk.import.reading", self.ctx.lang))
        self.job = self.worker.import_households(path, file_format, encoding, self.ctx.lang, owner=self,
                                                 done=self._ended(self._import_summary, stored=True), failed=self._import_failed,
                                                 progress=self._moved)
        return True

    def save_documents(self, application_ids: list[str], kind: str, folder: Path, fmt: str = "a4") -> bool:
        if self.running:
            return False
        self._show(core_text("bulk.documents.rendering", self.ctx.lang, done=0, total=len(application_ids)))
        self.job = self.worker.issue_documents(application_ids, kind, folder, fmt, owner=self,
                                               done=self._ended(self._documents_summary), failed=self._failed,
                                               progress=self._moved)
        return True

    def cancel(self) -> None:
        if self.running:
            self.worker.cancel(self.job)

    def stop(self) -> None:
        """Lock: the dialog goes at once and nothing the job says later is shown or spoken."""
        self.ctx.background.forget(self)
        self.job = 0
        self._close()

    # -- progress and the end ------------------------------------------------------------------------
    def _show(self, text: str) -> None:
        dialog = QProgressDialog(text, core_text("bulk.stop", self.ctx.lang), 0, 0, self.window)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.dialog = dialog

    def _moved(self, progress: JobProgress) -> None:
        if self.dialog is None:
            return
        key = {"read": "bulk.import.reading", "store": "bulk.import.storing"}.get(progress.phase,
                                                                                 "bulk.documents.rendering")
        self.dialog.setLabelText(core_text(key, self.ctx.lang, done=progress.done, total=progress.total or 0))
        self.dialog.setRange(0, progress.total or 0)  # 0 to 0: busy, without a count
        self.dialog.setValue(progress.done)

    def _ended(self, summary: Callable[[dict[str, Any]], str], stored: bool = False) -> Callable[[dict[str, Any]], None]:
        def done(answer: dict[str, Any]) -> None:
            self.job = 0
            self._close()
            if stored:  # households came in (or some chunks, if stopped): the screens showing the store redraw
                self.ctx.changes.announce(EVERYTHING, SYNC)
            self.ctx.announcer.announce(summary(answer))
            self.finished.emit(answer)
        return done

    def _import_failed(self, exc: BaseException) -> None:
        self.ctx.changes.announce(EVERYTHING, SYNC)  # the chunks before the failure are stored
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self.job = 0
        self._close()
        self.ctx.background.unhandled.emit(exc)  # the app's error dialog says it, in plain words

    def _close(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    def _import_summary(self, answer: dict[str, Any]) -> str:
        key = "bulk.import.cancelled" if answer["cancelled"] else "bulk.import.done"
        return core_text(key, self.ctx.lang, created=answer["created"], updated=answer["updated"],
                         rejected=answer["rejected"])

    def _documents_summary(self, answer: dict[str, Any]) -> str:
        if answer["cancelled"]:
            return core_text("bulk.documents.cancelled", self.ctx.lang, count=len(answer["written"]))
        return core_text("bulk.documents.done", self.ctx.lang, count=len(answer["written"]))
