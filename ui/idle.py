"""Inactivity: officers' devices lock themselves; a kiosk warns, waits, then forgets the citizen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

INPUT_EVENTS = {QEvent.MouseButtonPress, QEvent.KeyPress, QEvent.TouchBegin, QEvent.Wheel, QEvent.MouseMove}
KIOSK_IDLE_S = 90
KIOSK_ANSWER_S = 30  # at least 20 s to answer "are you still there?"


class IdleWatcher(QObject):
    """Calls `on_idle` after `seconds()` without input; any input restarts the count."""

    def __init__(self, seconds: Callable[[], float], on_idle: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self.on_idle = on_idle
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._fire)
        self.enabled = False

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self.enabled and event.type() in INPUT_EVENTS:
            self.timer.start(int(self.seconds() * 1000))
        return False

    def arm(self) -> None:
        self.enabled = True
        self.timer.start(int(self.seconds() * 1000))

    def disarm(self) -> None:
        self.enabled = False
        self.timer.stop()

    def _fire(self) -> None:
        if self.enabled:
            self.on_idle()
