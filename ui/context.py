"""What every screen shares: the background helper, speech, languages, preferences, the open workspace."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal, SignalInstance

if TYPE_CHECKING:
    from kiosk.workspace import Workspace
    from ui.background import Background
    from ui.bulk_jobs import BulkJobs
    from ui.change_events import ChangeEvents
    from ui.i18n import Languages
    from ui.speech import Speakable, Speaker
    from ui.sync_controller import SyncController
    from ui.widgets import Announcer
    from ui.worker_client import WorkerClient

MODES = ("officer", "volunteer", "kiosk")
AUTO_LOCK_DEFAULT_MIN, AUTO_LOCK_MAX_MIN = 5, 15


class Preferences:
    """Display and voice preferences (nothing personal), kept in an ini file in the data folder."""

    DEFAULTS: dict[str, Any] = {"language": "zh-TW", "scale": 100, "theme": "normal", "speak_automatically": False,
                                "rate": 150, "volume": 100, "auto_lock_min": AUTO_LOCK_DEFAULT_MIN,
                                "vietnamese_voice": "north"}
    # A citizen at a kiosk may not see the screen well, nor know there is a settings screen.
    KIOSK_DEFAULTS: dict[str, Any] = {"speak_automatically": True}

    def __init__(self, folder: Path | None, mode: str = "officer") -> None:
        self._settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat) if folder else None
        self._memory: dict[str, Any] = {}
        self.defaults = {**self.DEFAULTS, **(self.KIOSK_DEFAULTS if mode == "kiosk" else {})}
        self.saving = True  # off while citizens use a kiosk: their choices last one session, never the file

    def get(self, key: str) -> Any:
        default = self.defaults[key]
        raw = self._memory.get(key, self._settings.value(key, default) if self._settings else default)
        if isinstance(default, bool):
            return raw in (True, "true", "1", 1)
        value = type(default)(raw)
        if key == "auto_lock_min":
            value = min(max(1, value), AUTO_LOCK_MAX_MIN)
        return value

    def set(self, key: str, value: Any) -> None:
        self._memory[key] = value
        if self._settings is not None and self.saving:
            self._settings.setValue(key, value)


class NavigationRequests(QObject):
    """A screen asks for another screen (name, parameters); the main window, built after the
    context, listens. So the context needs no function patched in once the window exists."""

    requested = Signal(str, object)


@dataclass
class AppContext:
    background: Background
    speaker: Speaker
    languages: Languages
    announcer: Announcer
    navigation: NavigationRequests
    changes: ChangeEvents  # `changes_made(Changes, origin)` after every write and sync cycle
    prefs: Preferences
    mode: str
    data_dir: Path
    apply_display: Callable[[], None]  # re-applies theme and text size
    hub_url: str | None = None
    today: date | None = None  # a fixed date for the rules and ages (tests, the tour); None: the clock's
    workspace: Workspace | None = None  # while unlocked
    sync: SyncController | None = None  # while an officer's workspace is unlocked
    worker: WorkerClient | None = None  # the worker process for heavy work, while unlocked (not in kiosk mode)
    bulk: BulkJobs | None = None  # imports and batches of documents in the worker, while `worker` is there

    @property
    def changes_made(self) -> SignalInstance:
        return self.changes.changes_made

    def navigate(self, name: str, **params: Any) -> None:
        self.navigation.requested.emit(name, params)

    @property
    def lang(self) -> str:
        return self.languages.core_language

    @property
    def masked(self) -> bool:
        """Volunteers and citizens never see a full ID number."""
        return self.mode != "officer"

    def speak(self, what: Speakable | None, *, automatic: bool = False) -> None:
        """Say a text or a screen's parts (kiosk.speech_text.Part); `automatic` ones only when the
        citizen or officer wants everything read out."""
        if what and (not automatic or self.prefs.get("speak_automatically")):
            self.speaker.say(what, self.languages.current)
