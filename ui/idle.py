"""Inactivity: officers' devices lock themselves; a kiosk warns, waits, then forgets the citizen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QWindow

INPUT_EVENTS = {QEvent.MouseButtonPress, QEvent.KeyPress, QEvent.TouchBegin, QEvent.Wheel, QEvent.MouseMove}
KIOSK_IDLE_S = 90
KIOSK_ANSWER_S = 30  # at least 20 s to answer "are you still there?"


class IdleWatcher(QObject):
    """Calls `on_idle` after `seconds()` without input; any input restarts the count.

    It filters the top-level QWindows, where the platform delivers every mouse, key and touch
    event first, not the whole application: an application-wide Python filter runs Python for
    every timer, paint and queued signal, and each of those waits for the GIL while a worker
    computes (the event loop stalled 60-70 ms that way during a rules scan with speech)."""

    def __init__(self, seconds: Callable[[], float], on_idle: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self.on_idle = on_idle
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._fire)
        self.enabled = False
        QGuiApplication.instance().focusWindowChanged.connect(self.watch)  # dialogs opened later

    def watch(self, window: QWindow | None) -> None:
        # Installing the same filter again only moves it (Qt's rule), so no "already watched" mark:
        # a mark on the window was shared with every other watcher and hid it from this one.
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self.enabled and event.type() in INPUT_EVENTS:
            self.timer.start(int(self.seconds() * 1000))
        return False

    def arm(self) -> None:
        for window in QGuiApplication.topLevelWindows():
            self.watch(window)
        self.enabled = True
        self.timer.start(int(self.seconds() * 1000))

    def disarm(self) -> None:
        self.enabled = False
        self.timer.stop()

    def _fire(self) -> None:
        if self.enabled:
            self.on_idle()
