"""Navigation as a small state machine: which screens each mode may reach, locked or not.

Screens are built on first visit, so start-up builds only the unlock screen.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget

from ui.context import AppContext
from ui.screens.base import Screen

SCREENS = {  # name: module:class
    "unlock": "unlock:UnlockScreen", "home": "home:HomeScreen", "search": "search:SearchScreen",
    "household": "household:HouseholdScreen", "settings": "settings:SettingsScreen",
    "welcome": "welcome:WelcomeScreen", "helper": "helper:HelperScreen", "status": "status_check:StatusScreen",
    "wizard": "wizard:WizardScreen", "consent": "consent:ConsentScreen", "attachments": "attachments:AttachmentsScreen",
    "review": "review:ReviewScreen", "receipt": "receipt:ReceiptScreen", "applications": "applications:ApplicationsScreen",
    "sync": "sync_screen:SyncScreen", "attention": "attention:AttentionScreen", "conflict": "conflict:ConflictScreen",
    "subscribe": "subscribe:SubscribeScreen",
}
OFFICE = {"home", "search", "household", "settings", "wizard", "consent", "attachments", "review", "receipt",
          "applications", "sync", "attention", "conflict", "subscribe"}
REACHABLE = {"officer": OFFICE, "volunteer": OFFICE - {"conflict"}, "kiosk": {"welcome", "helper", "status", "settings", "subscribe"}}
START = {"officer": "home", "volunteer": "home", "kiosk": "welcome"}


class NotAllowed(Exception):
    pass


class Navigator(QObject):
    changed = Signal(str)

    def __init__(self, ctx: AppContext, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self.ctx = ctx
        self.stack = stack
        self.screens: dict[str, Screen] = {}
        self.history: list[tuple[str, dict]] = []
        self.locked = True

    @property
    def current(self) -> str:
        return self.history[-1][0] if self.history else ""

    def allowed(self, name: str) -> bool:
        if name == "unlock":
            return True
        return not self.locked and name in REACHABLE[self.ctx.mode]

    def screen(self, name: str) -> Screen:
        if name not in self.screens:
            module, cls = SCREENS[name].split(":")
            screen = getattr(importlib.import_module(f"ui.screens.{module}"), cls)(self.ctx)
            self.screens[name] = screen
            scroller = QScrollArea()  # 200 % text scrolls instead of clipping
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.NoFrame)
            # focus belongs to the page's controls: a focused scroll area had its ring drawn around
            # the scrollbar strip only (the page covers the rest), which looked like nothing had focus
            scroller.setFocusPolicy(Qt.NoFocus)
            scroller.setWidget(screen)
            self.stack.addWidget(scroller)
        return self.screens[name]

    def go(self, name: str, *, replace: bool = False, **params: Any) -> Screen:
        if not self.allowed(name):
            raise NotAllowed(name)
        screen = self.screen(name)
        if replace and self.history:
            self.history.pop()
        if not self.history or self.history[-1][0] != name or params:
            self.history.append((name, params))
        del self.history[:-30]
        self.stack.setCurrentWidget(screen.parentWidget().parentWidget())
        screen.enter(**params)
        screen.scroll_to_top()  # every screen opens at its title, not where the last person left it
        target = screen.first_focus()
        if target is not None:
            target.setFocus()
        self.changed.emit(name)
        return screen

    def back(self) -> None:
        if len(self.history) > 1:
            self.history.pop()
            name, params = self.history.pop()
            self.go(name, **params)

    def home(self) -> None:
        self.history.clear()
        self.go(START[self.ctx.mode])

    def unlocked(self) -> None:
        self.locked = False
        self.home()

    def lock(self) -> None:
        """Forget everything on screen and return to the unlock screen."""
        self.locked = True
        for screen in self.screens.values():
            screen.clear()
        self.history.clear()
        self.go("unlock")
