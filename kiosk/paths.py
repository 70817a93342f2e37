"""Where things live: bundled resources, the officer's data folder and the log folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Kiosk"
APP_AUTHOR = "TW-eService"


def resources_root() -> Path:
    override = os.environ.get("KIOSK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder bundle
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The encrypted store's folder: --data-dir, else KIOSK_DATA_DIR, else the platform's."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("KIOSK_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir(data: Path | None = None) -> Path:
    env = os.environ.get("KIOSK_LOG_DIR")
    if env:
        return Path(env)
    if data is not None or os.environ.get("KIOSK_DATA_DIR"):
        return (data or data_dir()) / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, APP_AUTHOR))
