"""Whose turn it is to write, between the processes that share one store file (the window and its
worker process).

SQLite lets one writer in at a time, and a writer that finds the store busy sleeps and tries again
(1, 2, 5 ... 100 ms). A worker committing short transactions back to back takes the lock again
before the sleeping window wakes, so chunked commits alone still left an autosave waiting for the
whole job (measured: 2.5 s behind forty 50 ms transactions). So the window says it wants to write:
it holds a shared lock on a file beside the store from before its BEGIN until its commit, and the
worker, before each of its transactions, waits until no window holds it. The window then waits at
most for the one worker transaction already running.

Where fcntl is missing (Windows) the turns are not kept and SQLite's busy timeout alone applies.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class WriteTurns:
    """`with turns.turn():` around one write transaction. `yields` for the worker process."""

    def __init__(self, store_path: Path, *, yields: bool) -> None:
        self.path = Path(f"{store_path}-turns")
        self.yields = yields
        self._fd: int | None = None

    def _file(self) -> int:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        return self._fd

    @contextmanager
    def turn(self) -> Iterator[None]:
        if fcntl is None:
            yield
            return
        fd = self._file()
        if self.yields:  # wait for every window write that is waiting or running, then go
            fcntl.flock(fd, fcntl.LOCK_EX)
            fcntl.flock(fd, fcntl.LOCK_UN)
            yield
            return
        fcntl.flock(fd, fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)
