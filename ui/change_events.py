"""The app's one change signal (Anki's operation_did_execute): `changes_made(Changes, origin)`,
emitted on the Qt thread after every workspace write and every sync cycle of the worker.

`origin` is who caused it: the screen whose background job wrote, "sync" for a worker cycle, or
None (a write from outside a screen's job). Screens listen in one place (ui/screens/base.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal

from ui.background import current_owner

if TYPE_CHECKING:
    from kiosk.changes import Changes
    from kiosk.workspace import Workspace

SYNC = "sync"


class ChangeEvents(QObject):
    changes_made = Signal(object, object)  # kiosk.changes.Changes, origin
    _arrived = Signal(object, object)  # from another thread: handed to the Qt thread first

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self.changes_made.emit, Qt.ConnectionType.QueuedConnection)
        self._workspace: Workspace | None = None

    def announce(self, changes: Changes, origin: object = None) -> None:
        """From any thread; nothing is said for no change."""
        if not changes:
            return
        if QThread.currentThread() == self.thread():
            self.changes_made.emit(changes, origin)
        else:
            self._arrived.emit(changes, origin)

    def follow(self, workspace: Workspace | None) -> None:
        """Listen to this workspace's writes (at unlock), to none (at lock)."""
        if self._workspace is not None:
            self._workspace.changes.unsubscribe(self._written)
        self._workspace = workspace
        if workspace is not None:
            workspace.changes.subscribe(self._written)

    def _written(self, changes: Changes) -> None:
        self.announce(changes, current_owner())
