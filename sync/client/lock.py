"""One sync engine per store at a time (the app's worker or a `kiosk sync`), so a starting engine
knows every leased outbox item belongs to a process that died and can take it back at once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kiosk.i18n import UserError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds (a test mypy understands)
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


class SyncBusy(UserError):
    pass


class SyncLock:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / "sync.lock"
        self._fd: int | None = None

    def __enter__(self) -> "SyncLock":
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise SyncBusy("sync.busy")
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing releases the lock
            self._fd = None
