"""Sync for an open workspace: the status (the window asks it in-process, a few counts) and one
cycle (run by the worker process, sync/client/worker.py). The window holds this session, never the
store behind it (tests/test_layering.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.workspace import Workspace
    from sync.client.engine import CycleReport, Progress, SyncOptions
    from sync.client.status import SyncStatus


class SyncSession:
    def __init__(self, workspace: Workspace, hub_url: str | None = None) -> None:
        """`hub_url` overrides the enrolled hub's address (tests, a hub that moved)."""
        self._store = workspace.store
        self.hub_url = hub_url

    def status(self) -> SyncStatus:
        from sync.client.status import status

        return status(self._store)

    def run_cycle(self, options: SyncOptions, progress: Callable[[Progress], None] | None = None) -> CycleReport:
        """One sync cycle (blocking: for a worker thread)."""
        from sync.client.config import client_for
        from sync.client.engine import SyncEngine

        client, _config = client_for(self._store, self.hub_url)
        try:
            return SyncEngine(self._store, client, options, progress=progress).run_cycle()
        finally:
            client.close()
