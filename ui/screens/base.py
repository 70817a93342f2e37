"""The screen base class: translated, speakable, forgets what it showed when asked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollArea, QWidget

from ui import widgets
from ui.context import AppContext


class Screen(QWidget):
    name = ""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName(self.name)
        self.layout_ = widgets.column(self)
        self.build()
        self.retranslate()

    # -- to override ------------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError  # abstract: every subclass defines it (ABCMeta clashes with Qt's metaclass)

    def retranslate(self) -> None:
        """Set every text again (called at start and on each language change)."""

    def enter(self, **params: Any) -> None:
        """Shown with these parameters."""

    def clear(self) -> None:
        """Forget personal data on screen (lock, kiosk session end)."""

    def title(self) -> str:
        return ""

    def first_focus(self) -> QWidget | None:
        return None

    # -- shared -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def speakable_text(self) -> str:
        """What "read this screen" says: the title, then visible texts in reading order."""
        parts = [self.title()]
        for widget in self.findChildren(QWidget):
            if not widget.isVisibleTo(self) or isinstance(widget, QScrollArea):
                continue
            if isinstance(widget, QLabel) and widget.text() and not widget.buddy():
                parts.append(widget.text())
            elif isinstance(widget, QAbstractButton) and widget.text():
                parts.append(widget.text().replace("&", ""))
            elif isinstance(widget, QLineEdit):
                parts.append(widget.accessibleName())
        seen, spoken = set(), []
        for part in parts:
            plain = _plain(part)
            if plain and plain not in seen:
                seen.add(plain)
                spoken.append(plain)
        return "。 ".join(spoken) if self.ctx.languages.current == "zh-TW" else ". ".join(spoken)

    def scroll_to_top(self) -> None:
        """Show the screen from its title (the navigator puts every screen in a scroll area)."""
        area = self.parentWidget().parentWidget() if self.parentWidget() else None
        if isinstance(area, QScrollArea):
            area.verticalScrollBar().setValue(0)

    def run(self, fn, *args, done=None, failed=None, lane: str = "db") -> None:  # noqa: ANN001
        self.ctx.background.run(fn, *args, done=done, failed=failed, lane=lane)


def _plain(text: str) -> str:
    import re

    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").strip()
