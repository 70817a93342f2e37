"""Sync: progress while it runs, the last complete sync, what waits and why, and "sync now"."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar

from kiosk.changes import Changes
from kiosk.localformat import format_count, format_datetime
from ui import widgets
from ui.errors import explain
from ui.list_state import ListState
from ui.screens.base import Screen
from ui.sync_controller import SyncController


class SyncScreen(Screen):
    name = "sync"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.state = widgets.Badge()
        self.state.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setMinimumHeight(40)
        self.details = widgets.body()
        self.list_state = ListState()
        self.update_note = widgets.Badge()
        self.update_note.setWordWrap(True)
        self.sync_button = widgets.button("", role="primary")
        self.attention_button = widgets.button("")
        for w in (self.heading, self.state, self.bar, self.list_state, self.details, self.update_note):
            self.layout_.addWidget(w)
        self.layout_.addLayout(widgets.row(self.sync_button, self.attention_button))
        self.layout_.addStretch(1)
        self.sync_button.clicked.connect(self._sync_now)
        self.attention_button.clicked.connect(lambda: self.ctx.navigate("attention"))
        self._connected = None
        self._shown_step = None  # (total, whole percent) the bar shows

    def title(self) -> str:
        return self.tr("Sync with the agency")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        widgets.rename(self.sync_button, "↻ " + self.tr("Sync now"))
        widgets.rename(self.attention_button, "▲ " + self.tr("Needs attention"))
        self.bar.setAccessibleName(self.tr("Sync progress"))
        self._show()

    def enter(self, **_params) -> None:  # noqa: ANN003
        sync = self.ctx.sync
        changes = self.take_changes()
        if sync is not None and self._connected is not sync:  # a new unlock: its record is not asked yet
            sync.changed.connect(self._show)
            sync.progressed.connect(self._show_progress)
            self._connected = sync
            sync.refresh()
        elif changes:
            self.redraw(changes)
        self._show()

    def concerns(self, changes: Changes) -> bool:
        """Any write may change what waits to be sent."""
        return self.ctx.sync is not None and bool(changes)

    def redraw(self, changes: Changes) -> None:
        if self.ctx.sync is not None:
            self.ctx.sync.refresh()  # its answer arrives through sync.changed

    def first_focus(self):  # noqa: ANN201
        return self.sync_button

    def _sync_now(self) -> None:
        if self.ctx.sync is not None and not self.ctx.sync.sync_now():
            self._show()

    def _show(self) -> None:
        sync = self.ctx.sync
        if sync is None:
            self.clear()
            return
        status = sync.status
        widgets.show_state(self.update_note, sync.update_text())
        self.sync_button.setEnabled(not sync.running and bool(status and status.enrolled))
        if sync.running:
            self.state.set_state("info", lambda: self.tr("Syncing…"))
            self._shown_step = None
            self._show_progress()
            self.bar.show()
            return
        self.bar.hide()
        self.list_state.clear()
        if sync.status_problem is not None:
            problem = sync.status_problem
            self.state.clear()
            self.details.clear()
            self.list_state.show_failed(lambda: explain(problem, self.ctx.lang), sync.refresh)
            return
        if status is None:
            return
        if not status.enrolled:
            self.state.clear()
            self.list_state.show_empty(
                "history", lambda: self.tr("This device is not connected to an agency hub yet. IT enrols it with a one-time code."))
            self.details.clear()
            return
        box = status.outbox
        last = format_datetime(status.last_sync_at, self.ctx.lang) if status.last_sync_at else self.tr("never")
        lines = [self.tr("Last complete sync: %1").replace("%1", last),
                 self.tr("Waiting to be sent: %1").replace("%1", format_count(box.pending + box.sending, self.ctx.lang))]
        if box.rejected or box.conflicts:
            lines.append(self.tr("Needs attention: %1").replace("%1", format_count(box.rejected + box.conflicts, self.ctx.lang)))
        if sync.subscriptions_note():  # an older hub: the citizens' subscriptions wait here
            lines.append(sync.subscriptions_note())
        why = sync.last_error or sync.audit_warning() or \
            SyncController.reason(sync.last_report.stopped if sync.last_report else None)
        if why:
            lines.append(self.tr("Why: %1").replace("%1", why))
        self.details.setText("\n".join(lines))
        ok = box.drained and not (box.rejected or box.conflicts) and not why
        self.state.set_state("ok" if ok else "warn", self.tr("Everything is sent") if ok else self.tr("Something is waiting"))

    def _show_progress(self) -> None:
        """Move the bar, and only when it would visibly move (whole percent): setValue repaints at
        once, and each call from here into Qt costs a GIL hand-over while the sync works."""
        sync = self.ctx.sync
        phase = sync.phase if sync is not None and sync.running else None
        total = (phase.total or 0) if phase is not None else 0  # 0: busy, no known total
        done = min(phase.done, total) if total else 0
        step = (total, done * 100 // total if total else 0)
        if step == self._shown_step:
            return
        if self._shown_step is None or self._shown_step[0] != total:
            self.bar.setRange(0, total)
        self.bar.setValue(done)
        self._shown_step = step

    def clear(self) -> None:
        super().clear()
        self.details.clear()
        self.state.clear()
        self.list_state.clear()
        widgets.show_state(self.update_note, None)
