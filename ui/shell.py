"""The main window: a top bar (back, home, read aloud, settings, lock), the screens, and a bottom
bar (announcements, language, sync state). Kiosk mode is full screen without window chrome."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from ui import i18n, theme, widgets
from ui.context import AppContext
from ui.navigation import Navigator
from ui.wrapped import WrappedLabel


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main_window")
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.top = QHBoxLayout()
        self.top.setContentsMargins(16, 8, 16, 8)
        self.top.setSpacing(theme.SPACING_PX)
        self.back_button = widgets.button("")
        self.home_button = widgets.button("")
        self.read_button = widgets.button("")
        self.settings_button = widgets.button("")
        self.lock_button = widgets.button("", role="quiet")  # leaving is never the screen's main action
        # The four wrap onto a second line rather than squeeze their words (vi at 200 % is wider
        # than the screen); leaving stays alone at the right.
        moves = QWidget()
        moves.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        moves_row = widgets.row(self.back_button, self.home_button, self.read_button, self.settings_button)
        moves.setLayout(moves_row)
        self.top.addWidget(moves, 1)
        self.top.addWidget(self.lock_button, 0, Qt.AlignTop)
        outer.addLayout(self.top)
        outer.addWidget(widgets.separator())
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        outer.addWidget(widgets.separator())
        bottom = QHBoxLayout()
        bottom.setContentsMargins(16, 8, 16, 8)
        bottom.setSpacing(theme.SPACING_PX)
        self.status = WrappedLabel()
        self.status.setAccessibleName("status")
        self._fresh_announcement = False
        self.language_label = QLabel()
        self.language = widgets.combo(self.language_label)
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        self.sync_indicator = widgets.button("")
        # Announcements get a line of their own, full width: squeezed beside the language box, a
        # long one at 200 % became a column of single words that pushed the screen off the window.
        self.status.hide()
        status_row = QHBoxLayout()
        status_row.setContentsMargins(16, 8, 16, 0)
        status_row.addWidget(self.status)
        outer.addLayout(status_row)
        bottom.addStretch(1)
        bottom.addWidget(self.language_label)
        bottom.addWidget(self.language)
        bottom.addWidget(self.sync_indicator)
        outer.addLayout(bottom)
        self.setCentralWidget(central)
        self.ring = widgets.FocusRing(self)

        self.nav = Navigator(ctx, self.stack)
        ctx.navigation.requested.connect(lambda name, params: self.nav.go(name, **params))
        self.nav.changed.connect(self._on_screen)
        self.back_button.clicked.connect(self.nav.back)
        self.home_button.clicked.connect(self.nav.home)
        self.read_button.clicked.connect(self.read_screen)
        self.settings_button.clicked.connect(lambda: self.nav.go("settings"))
        self.lock_button.clicked.connect(self.request_lock)
        self.sync_indicator.clicked.connect(lambda: self.nav.go("sync"))
        self.language.currentIndexChanged.connect(self._language_chosen)
        ctx.announcer.announced.connect(self._announce)
        QShortcut(QKeySequence("F1"), self, self.read_screen)
        QShortcut(QKeySequence(Qt.ALT | Qt.Key_Left), self, self.nav.back)
        self.lock_handler = None  # set by the app: closes the store in the background
        self.retranslate()
        self._on_screen("")

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        widgets.rename(self.back_button, "◀ " + self.tr("Back"), self.tr("Go to the previous screen (Alt+Left)"))
        widgets.rename(self.home_button, self.tr("Home"))
        widgets.rename(self.read_button, self.tr("Read aloud"), self.tr("Read this screen aloud (F1)"))
        widgets.rename(self.settings_button, self.tr("Settings"), self.tr("Language, text size, colours and voice"))
        widgets.rename(self.lock_button, (self.tr("End session") if self.ctx.mode == "kiosk" else self.tr("Lock")))
        self.language_label.setText(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.sync_language_combo()  # the language may have been chosen on the settings screen
        self.setWindowTitle(self.tr("Kiosk: e-services delivered home"))
        self.forget()  # an announcement in the previous language would be read wrongly
        self.refresh_sync_indicator()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            self.status.setAccessibleName("status")  # clear() kept the old language's announcement here
        super().changeEvent(event)

    def refresh_sync_indicator(self) -> None:
        sync = self.ctx.sync
        visible = self.ctx.mode != "kiosk" and not self.nav.locked if hasattr(self, "nav") else False
        self.sync_indicator.setVisible(bool(visible and sync))
        if sync:
            text, description = sync.indicator_text()
            widgets.rename(self.sync_indicator, text, description)

    def _on_screen(self, name: str) -> None:
        # An announcement goes with the screen change it led to ("Consent recorded" on the next
        # screen), never further: it must not linger over unrelated screens.
        if not self._fresh_announcement:
            self.forget()
        self._fresh_announcement = False
        locked = self.nav.locked
        self.back_button.setVisible(not locked and len(self.nav.history) > 1)
        self.home_button.setVisible(not locked and name not in ("home", "welcome"))
        self.lock_button.setVisible(not locked)
        self.settings_button.setVisible(name != "settings")
        self.refresh_sync_indicator()
        screen = self.nav.screens.get(name)
        if screen is not None and screen.title():
            self.setWindowTitle(screen.title())
            if not screen.reads_itself:
                self.ctx.speak(screen.spoken_parts(), automatic=True)

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and code != self.ctx.languages.current:
            self.ctx.languages.set_language(code)
            self.ctx.prefs.set("language", code)

    def sync_language_combo(self) -> None:
        index = self.language.findData(self.ctx.languages.current)
        if index >= 0:
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    def _announce(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))
        self._fresh_announcement = True
        self.ctx.speak(text, automatic=True)

    def forget(self) -> None:
        """Nothing of the last person stays in the window's own bars (lock, end of a kiosk session)."""
        self.status.clear()
        self.status.hide()
        self.status.setAccessibleName("status")
        self._fresh_announcement = False

    # -- actions --------------------------------------------------------------------------------
    def read_screen(self) -> None:
        screen = self.nav.screens.get(self.nav.current)
        if screen is not None:
            self.ctx.speaker.say(screen.spoken_parts(), self.ctx.languages.current)

    def request_lock(self) -> None:
        if self.lock_handler:
            self.lock_handler()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.ctx.mode == "kiosk" and event.spontaneous():
            event.ignore()  # citizens cannot close the kiosk; staff stop it from the OS session
            return
        super().closeEvent(event)
