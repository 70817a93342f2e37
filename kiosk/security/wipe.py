"""Crypto-erase of this device's store (a wipe command from the hub, or too many wrong PINs):
the key file that wraps the data key is overwritten and removed first, so whatever of the
encrypted files survives deletion can no longer be read by anyone."""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

from kiosk.db.store import DB_NAME, KEY_NAME


def _shred(path: Path) -> None:
    try:
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            handle.write(secrets.token_bytes(max(size, 64)))
            handle.flush()
            os.fsync(handle.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)


def crypto_wipe(folder: Path) -> None:
    folder = Path(folder)
    _shred(folder / KEY_NAME)
    for path in folder.glob(f"{DB_NAME}*"):
        path.unlink(missing_ok=True)
    shutil.rmtree(folder / "blobs", ignore_errors=True)
    (folder / "trusted-devices.json").unlink(missing_ok=True)
