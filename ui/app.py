"""Start-up and the app's life: unlock, lock, kiosk sessions. Only what the unlock screen needs is
imported before it is shown; the store, the rules and speech load afterwards."""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QStyleFactory

from ui import fonts, i18n, theme
from ui.background import Background
from ui.change_events import ChangeEvents
from ui.context import AppContext, NavigationRequests, Preferences
from ui.errors import ErrorHandler, setup_logging
from ui.idle import KIOSK_ANSWER_S, KIOSK_IDLE_S, IdleWatcher
from ui.shell import MainWindow
from ui.speech import Speaker
from ui.widgets import Announcer, KioskStyle

if TYPE_CHECKING:
    from kiosk.workspace import Workspace

PROCESS_START = time.perf_counter()
CITIZEN_SETTINGS = ("language", "scale", "theme", "speak_automatically", "rate", "volume", "vietnamese_voice")  # a citizen may change these


class KioskApp(QObject):
    """Owns the window and the context; handles unlock, lock and the kiosk's citizen sessions."""

    def __init__(self, *, data_dir: Path, mode: str = "officer", lang: str | None = None, hub_url: str | None = None,
                 crash_dialog: bool = True, today: date | None = None, kiosk_fullscreen: bool = True) -> None:
        super().__init__()
        self.app = QApplication.instance()
        data_dir.mkdir(parents=True, exist_ok=True)
        prefs = Preferences(data_dir, mode)
        languages = i18n.Languages()
        languages.set_language(lang or prefs.get("language"))
        self.ctx = AppContext(background=Background(self), speaker=Speaker(self), languages=languages,
                              announcer=Announcer(self), navigation=NavigationRequests(self),
                              changes=ChangeEvents(self), prefs=prefs, mode=mode,
                              data_dir=data_dir, apply_display=self.apply_display, hub_url=hub_url, today=today)
        self.ctx.speaker.voice.rate = prefs.get("rate")
        self.ctx.speaker.voice.volume = prefs.get("volume") / 100
        self.ctx.speaker.voice.vietnamese_region = prefs.get("vietnamese_voice")
        self.apply_display()
        self.window = MainWindow(self.ctx)
        self.window.lock_handler = self.lock if mode != "kiosk" else self.end_citizen_session
        self.window.sync_language_combo()
        self.errors = ErrorHandler(lambda: self.window, lambda: self.ctx.lang, crash_dialog)
        self.ctx.background.unhandled.connect(self.errors.report)
        self.ctx.speaker.note.connect(self._voice_note)
        self.ctx.speaker.failed.connect(self.ctx.announcer.announce)
        self.unlock_screen = self.window.nav.go("unlock")
        self.unlock_screen.unlock_requested.connect(self.unlock)
        self.idle = IdleWatcher(self._idle_seconds, self._idle, self)
        self.still_there = None
        self.kiosk_settings: dict = {}  # what staff left the kiosk with: each citizen starts from it
        if mode == "kiosk" and kiosk_fullscreen:
            from PySide6.QtCore import Qt

            self.window.setWindowFlags(Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint)
            self.window.showFullScreen()
        else:
            self.window.resize(1280, 800)
            self.window.show()
        self._first_paint = FirstPaint(self.unlock_screen, self._after_first_paint)

    # -- display ------------------------------------------------------------------------------
    def apply_display(self) -> None:
        theme.apply(self.app, self.ctx.prefs.get("theme"), self.ctx.prefs.get("scale"))

    def _voice_note(self, lang: str) -> None:
        from PySide6.QtCore import QCoreApplication

        text = (QCoreApplication.translate("App", "No voice for this language is installed; another voice reads instead.")
                if lang else QCoreApplication.translate("App", "Speech is not available on this computer."))
        self.ctx.announcer.announce(text)

    def _after_first_paint(self) -> None:
        setup_logging(self.ctx.data_dir / "logs")

        def warm() -> None:  # the store, the rules engine and the catalog: ready before the PIN is typed
            import kiosk.workspace  # noqa: F401
            import sync.client.config
            import sync.client.engine  # noqa: F401
            from kiosk.catalog import load_catalog
            from kiosk.rules import warm_up

            load_catalog()
            warm_up()

        self.ctx.background.run(warm, lane="work")

    # -- unlock and lock ------------------------------------------------------------------------
    def unlock(self, pin: str) -> None:
        def open_store():  # noqa: ANN202
            from kiosk.workspace import Workspace

            return Workspace.unlock(self.ctx.data_dir, pin, today=self.ctx.today)

        self.ctx.background.run(open_store, done=self._unlocked, failed=self._unlock_failed)

    def _unlocked(self, workspace: Workspace) -> None:
        from sync.client.session import SyncSession
        from ui.bulk_jobs import BulkJobs
        from ui.sync_controller import SyncController
        from ui.worker_client import WorkerClient

        self.ctx.workspace = workspace
        self.ctx.changes.follow(workspace)
        if self.ctx.mode == "kiosk":
            self.kiosk_settings = {key: self.ctx.prefs.get(key) for key in CITIZEN_SETTINGS}
            self.kiosk_settings["language"] = self.ctx.languages.current
            self.ctx.prefs.saving = False  # a citizen's language or text size is not the kiosk's next default
        if self.ctx.mode != "kiosk":  # a citizen's session never runs a sync or a district-wide scan
            self.ctx.worker = WorkerClient(self.ctx.data_dir, workspace.worker_key, self.ctx.background, self)
            self.ctx.worker.unhandled.connect(self.errors.report)
            self.ctx.sync = SyncController(self.ctx, SyncSession(workspace, self.ctx.hub_url), self.ctx.worker)
            self.ctx.sync.changed.connect(self.window.refresh_sync_indicator)
            self.ctx.sync.start()
            self.ctx.bulk = BulkJobs(self.ctx, self.ctx.worker, self.window)
        self.window.nav.unlocked()
        self.window.refresh_sync_indicator()
        self.idle.arm()

    def _unlock_failed(self, exc: BaseException) -> None:
        from ui.errors import explain

        self.unlock_screen.show_error(lambda: explain(exc, self.ctx.lang))

    def lock(self) -> None:
        """Hide every personal detail at once, then close the store once queued work is done; results
        of work started before the lock are dropped (they would refill screens or speak)."""
        self.ctx.background.forget()
        self.idle.disarm()
        if self.ctx.sync:
            self.ctx.sync.stop()
            self.ctx.sync = None
        if self.ctx.bulk:
            self.ctx.bulk.stop()
            self.ctx.bulk = None
        if self.ctx.worker:
            self.ctx.worker.close()
            self.ctx.worker.deleteLater()
            self.ctx.worker = None
        workspace, self.ctx.workspace = self.ctx.workspace, None
        self.ctx.changes.follow(None)
        self.ctx.speaker.stop()
        self.window.nav.lock()
        self.window.forget()
        self.window.refresh_sync_indicator()
        if workspace is not None:
            self.ctx.background.run(workspace.lock)

    # -- kiosk sessions -------------------------------------------------------------------------
    def _idle_seconds(self) -> float:
        if self.ctx.mode == "kiosk":
            return KIOSK_IDLE_S
        return self.ctx.prefs.get("auto_lock_min") * 60

    def _idle(self) -> None:
        if self.ctx.mode != "kiosk":
            self.lock()
            return
        if self.window.nav.current in ("welcome", "unlock"):
            self.idle.arm()
            return
        from ui.still_there import StillThere

        if self.still_there is None:
            self.still_there = StillThere(self.window, self.ctx, KIOSK_ANSWER_S)
            self.still_there.continued.connect(self.idle.arm)
            self.still_there.expired.connect(self.end_citizen_session)
        self.still_there.start()

    def end_citizen_session(self) -> None:
        """Forget everything the citizen saw, set or was about to hear; back to the welcome screen
        in the kiosk's own language, text size, colours and voice."""
        if self.still_there is not None:
            self.still_there.reset()
        self.ctx.speaker.stop()
        for screen in self.window.nav.screens.values():
            if screen.name != "unlock":
                screen.clear()
        self.window.forget()
        self._restore_kiosk_settings()
        self.window.nav.home()
        self.idle.arm()

    def _restore_kiosk_settings(self) -> None:
        if not self.kiosk_settings:
            return
        for key, value in self.kiosk_settings.items():
            self.ctx.prefs.set(key, value)
        self.ctx.languages.set_language(self.kiosk_settings["language"])
        self.ctx.speaker.voice.rate = self.kiosk_settings["rate"]
        self.ctx.speaker.voice.volume = self.kiosk_settings["volume"] / 100
        self.ctx.speaker.voice.vietnamese_region = self.kiosk_settings["vietnamese_voice"]
        self.apply_display()
        self.window.sync_language_combo()


def qt_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setStyle(KioskStyle(QStyleFactory.create("Fusion")))
    app.setApplicationName("Kiosk")
    families = fonts.register()
    app.setFont(fonts.ui_font(families, theme.BODY_PT))
    return app


class FirstPaint(QObject):
    """Calls `then` once, as soon as the widget has been painted for the first time."""

    def __init__(self, widget, then) -> None:  # noqa: ANN001
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Paint and self.then is not None:
            then, self.then = self.then, None
            watched.removeEventFilter(self)  # no Python call for every later event of the window
            QTimer.singleShot(0, then)  # after this paint event has been handled
        return False


def run_gui(data_dir: Path, mode: str, lang: str | None, hub_url: str | None, crash_dialog: bool,
            startup_probe: bool = False) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux") \
            and not os.environ.get("QT_QPA_PLATFORM"):
        print("Kiosk needs a display. Without one, run the tour instead (every screen offscreen, PNGs and an "
              "accessibility report): .venv/bin/kiosk --self-test --screenshots DIR; or start it under a virtual "
              "display: xvfb-run .venv/bin/kiosk", file=sys.stderr)
        return 2
    app = qt_application()
    kiosk = KioskApp(data_dir=data_dir, mode=mode, lang=lang, hub_url=hub_url, crash_dialog=crash_dialog)
    kiosk.errors.install()
    if startup_probe:  # for the benchmark: say when the unlock screen has been painted, then quit
        def report() -> None:
            print(f"startup_s={time.perf_counter() - PROCESS_START:.4f}", flush=True)
            app.quit()

        probe = FirstPaint(kiosk.unlock_screen, report)  # noqa: F841 - kept alive until exec() returns
    code = app.exec()
    kiosk.ctx.speaker.shutdown()
    kiosk.ctx.background.wait(10000)
    if kiosk.ctx.worker is not None:
        kiosk.ctx.worker.close(wait=True)
    if kiosk.ctx.workspace is not None:
        kiosk.ctx.workspace.lock()
    return code
