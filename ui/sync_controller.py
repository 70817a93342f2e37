"""Runs sync cycles in the worker process and keeps what the indicator and the sync screen show.
The status (a few counts) is asked in-process: a short query."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk.changes import EVERYTHING
from sync.client.session import SyncSession
from ui.change_events import SYNC
from ui.context import AppContext
from ui.worker_client import WorkerClient

if TYPE_CHECKING:
    from sync.client.engine import CycleReport, Progress
    from sync.client.status import SyncStatus

AUTO_SYNC_MS = 10 * 60 * 1000  # every ten minutes when there is something to send or a hub to ask
PROGRESS_MS = 100  # the screen follows progress at most this often: 1,000 uploads must not mean 1,000 repaints
CYCLE_MAX_S = 120


class SyncController(QObject):
    progress = Signal(object)  # sync.client.engine.Progress, as the worker process reports it
    changed = Signal()  # started, finished, status: everything shown may differ
    progressed = Signal()  # only the progress moved: the bar follows, nothing else is redrawn

    def __init__(self, ctx: AppContext, session: SyncSession, worker: WorkerClient) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session
        self.worker = worker
        self.status: SyncStatus | None = None
        self.running = False
        self.last_report: CycleReport | None = None
        self.last_error = ""
        self.status_problem: BaseException | None = None  # reading the sync state from the store failed
        self.phase: Progress | None = None
        self.progress.connect(self._on_progress)
        self.timer = QTimer(self, interval=AUTO_SYNC_MS)
        self.timer.timeout.connect(self.sync_now)
        self.repaint = QTimer(self, interval=PROGRESS_MS, singleShot=True)
        self.repaint.timeout.connect(self.progressed.emit)  # not `changed`: moving the bar redraws nothing else

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.ctx.background.forget(self)  # a cycle's late report is not shown
        self.status = None
        self.running = False

    def refresh(self) -> None:
        if self.ctx.workspace is None:
            return
        self.ctx.background.run(self.session.status, done=self._status_ready, failed=self._status_failed)

    def _status_ready(self, status: SyncStatus) -> None:
        self.status, self.status_problem = status, None
        self.changed.emit()

    def _status_failed(self, exc: BaseException) -> None:
        self.status, self.status_problem = None, exc
        self.changed.emit()

    def sync_now(self) -> bool:
        if self.running or self.ctx.workspace is None or not (self.status and self.status.enrolled):
            return False
        self.running = True
        self.last_error = ""
        self.changed.emit()
        self.worker.sync_cycle(CYCLE_MAX_S, self.ctx.hub_url, owner=self, done=self._done, failed=self._failed,
                               progress=self.progress.emit)
        return True

    def _done(self, report: CycleReport) -> None:
        self.running = False
        self.last_report = report
        self.phase = None
        self.refresh()
        self.ctx.changes.announce(report.changes, SYNC)
        if report.audit_refused:
            self.ctx.announcer.announce(self.audit_warning())
        elif report.complete:
            self.ctx.announcer.announce(QCoreApplication.translate("Sync", "Sync finished: everything is sent and up to date."))
        else:
            self.ctx.announcer.announce(self.reason(report.stopped) or QCoreApplication.translate("Sync", "Sync stopped before the end; it will retry."))

    def _failed(self, exc: BaseException) -> None:
        from kiosk.i18n import UserError

        self.running = False
        self.phase = None
        self.ctx.changes.announce(EVERYTHING, SYNC)  # a cycle that failed may have written part of its work
        self.last_error = exc.message(self.ctx.lang) if isinstance(exc, UserError) else QCoreApplication.translate("Sync", "The hub could not be reached.")
        self.changed.emit()
        self.ctx.announcer.announce(self.last_error)

    def _on_progress(self, event: Progress) -> None:
        self.phase = event
        if not self.repaint.isActive():
            self.repaint.start()

    @staticmethod
    def reason(stopped: str | None) -> str:
        return {"network": QCoreApplication.translate("Sync", "Offline or the hub is unreachable: applications wait safely on this device."),
                "auth": QCoreApplication.translate("Sync", "The officer must log in to the hub again (enrol this device again)."),
                "upgrade": QCoreApplication.translate("Sync", "This app is too old for the hub: please update it."),
                "tls": QCoreApplication.translate("Sync", "The hub's security certificate is not trusted."),
                "forbidden": QCoreApplication.translate("Sync", "The hub refused this device."),
                "deadline": QCoreApplication.translate("Sync", "Sync took too long and will continue later."),
                "wiped": QCoreApplication.translate("Sync", "The agency wiped this device.")}.get(stopped or "", "")

    def audit_warning(self) -> str:
        """The hub refused this device's audit anchor in the last sync: words for the security officer."""
        if self.last_report is None or not self.last_report.audit_refused:
            return ""
        from kiosk.i18n import tr as core_text  # not `tr`: lupdate would take the key for a UI string

        return core_text("sync.report.audit_refused", self.ctx.lang)

    def subscriptions_note(self) -> str:
        """Subscriptions the hub could not take yet (an older hub): kept on this device, said plainly."""
        waiting = self.last_report.counts["subscriptions_waiting"] if self.last_report is not None else 0
        if not waiting:
            return ""
        from kiosk.i18n import tr as core_text  # not `tr`: lupdate would take the key for a UI string

        return core_text("sync.report.subscriptions_waiting", self.ctx.lang, count=waiting)

    def update_text(self) -> tuple[str, str] | None:
        """(state kind, words) for a newer release the hub announced, or None. The app only says so."""
        notice = self.status.update if self.status is not None else None
        if notice is None:
            return None
        from kiosk.i18n import tr as core_text  # not `tr`: lupdate would take the key for a UI string

        lang = self.ctx.lang
        words = core_text("update.required" if notice.required else "update.available", lang,
                          version=notice.manifest.version, current=notice.current)
        note = notice.manifest.note(lang)
        return ("warn" if notice.required else "info"), (f"{words}\n{note}" if note else words)

    def indicator_text(self) -> tuple[str, str]:
        if self.running:
            return "↻ " + QCoreApplication.translate("Sync", "Syncing…"), QCoreApplication.translate("Sync", "Sync is running")
        status = self.status
        if status is None:
            return "↻ " + QCoreApplication.translate("Sync", "Sync"), ""
        if not status.enrolled:
            return "▲ " + QCoreApplication.translate("Sync", "No hub"), QCoreApplication.translate("Sync", "This device is not enrolled with an agency hub")
        box = status.outbox
        pending = box.pending + box.sending
        problems = box.rejected + box.conflicts
        if problems:
            text = "▲ " + QCoreApplication.translate("Sync", "%1 to check").replace("%1", str(problems))
        elif pending:
            text = "↑ " + QCoreApplication.translate("Sync", "%1 waiting").replace("%1", str(pending))
        else:
            text = "✔ " + QCoreApplication.translate("Sync", "Synced")
        last = status.last_sync_at.strftime("%m-%d %H:%M") if status.last_sync_at else QCoreApplication.translate("Sync", "never")
        return text, QCoreApplication.translate("Sync", "Last complete sync: %1").replace("%1", last)
