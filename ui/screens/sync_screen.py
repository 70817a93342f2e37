"""Sync: progress while it runs, the last complete sync, what waits and why, and "sync now"."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar

from ui import widgets
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
        self.update_note = widgets.Badge()
        self.update_note.setWordWrap(True)
        self.sync_button = widgets.button("", role="primary")
        self.attention_button = widgets.button("")
        for w in (self.heading, self.state, self.bar, self.details, self.update_note):
            self.layout_.addWidget(w)
        self.layout_.addLayout(widgets.row(self.sync_button, self.attention_button))
        self.layout_.addStretch(1)
        self.sync_button.clicked.connect(self._sync_now)
        self.attention_button.clicked.connect(lambda: self.ctx.navigate("attention"))
        self._connected = None

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
        if sync is not None and self._connected is not sync:
            sync.changed.connect(self._show)
            self._connected = sync
        if sync is not None:
            sync.refresh()
        self._show()

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
            phase = sync.phase
            self.state.set_state("info", self.tr("Syncing…"))
            # setValue repaints at once; only when the bar would visibly move (whole percent)
            if phase is not None and phase.total:
                if self.bar.maximum() != phase.total:
                    self.bar.setRange(0, phase.total)
                if abs(min(phase.done, phase.total) - self.bar.value()) * 100 >= phase.total or phase.done >= phase.total:
                    self.bar.setValue(min(phase.done, phase.total))
            elif self.bar.maximum() != 0:
                self.bar.setRange(0, 0)
            self.bar.show()
            return
        self.bar.hide()
        if status is None:
            return
        if not status.enrolled:
            self.state.set_state("warn", self.tr("This device is not connected to an agency hub yet. IT enrols it with a one-time code."))
            self.details.clear()
            return
        box = status.outbox
        last = status.last_sync_at.strftime("%Y-%m-%d %H:%M") if status.last_sync_at else self.tr("never")
        lines = [self.tr("Last complete sync: %1").replace("%1", last),
                 self.tr("Waiting to be sent: %1").replace("%1", str(box.pending + box.sending))]
        if box.rejected or box.conflicts:
            lines.append(self.tr("Needs attention: %1").replace("%1", str(box.rejected + box.conflicts)))
        why = sync.last_error or SyncController.reason(sync.last_report.stopped if sync.last_report else None)
        if why:
            lines.append(self.tr("Why: %1").replace("%1", why))
        self.details.setText("\n".join(lines))
        ok = box.drained and not (box.rejected or box.conflicts) and not why
        self.state.set_state("ok" if ok else "warn", self.tr("Everything is sent") if ok else self.tr("Something is waiting"))

    def clear(self) -> None:
        self.details.clear()
        self.state.clear()
        widgets.show_state(self.update_note, None)
