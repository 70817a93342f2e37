"""The scanner's drop folder: where a flatbed or document camera saves what it scans.

A scan is a citizen's document in plain form, outside our encrypted store, so it is taken once:
read, then removed from the folder. Only scans made since a given moment count, so a kiosk
never hands one citizen's forgotten scan to the next.
"""

from __future__ import annotations

import os
from pathlib import Path

SCAN_TYPES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".pdf")


def scanner_folder() -> Path:
    return Path(os.environ.get("KIOSK_SCAN_DIR") or Path.home() / "Scans")


def newest_scan(folder: Path, since: float = 0.0) -> Path | None:
    """The most recent scan saved at or after `since` (a time.time() value), if any."""
    if not folder.is_dir():
        return None
    scans = []
    for path in folder.iterdir():
        if path.suffix.lower() in SCAN_TYPES and path.is_file():
            modified = path.stat().st_mtime
            if modified >= since:
                scans.append((modified, path))
    return max(scans)[1] if scans else None


def take_scan(path: Path) -> bytes:
    """The scan's bytes; the file leaves the scanner folder."""
    data = path.read_bytes()
    path.unlink(missing_ok=True)
    return data
