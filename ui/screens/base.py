"""The screen base class: translated, speakable, forgets what it showed when asked, and redraws
from change events: a change that concerns what it shows redraws it at once if it is on screen,
or at its next `enter()` if not; entering again with nothing changed asks the store nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from kiosk.changes import NOTHING, Changes
from kiosk.speech_text import Part
from ui import reading_order, widgets
from ui.context import AppContext
from ui.page_header import APPLICATION_STEPS, PageHeader
from ui.spoken_parts import spoken_parts


class Screen(QWidget):
    name = ""
    reads_itself = False  # speaks its own page once its data has loaded, rather than on arrival
    ignores_own_writes = False  # its jobs' writes return what they wrote: their change events are no news

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName(self.name)
        self.layout_ = widgets.column(self)
        self.pending_changes = NOTHING  # what changed since the screen last drew, of what it shows
        self._redraw_soon = QTimer(self, singleShot=True, interval=0)  # a burst of changes: one redraw
        self._redraw_soon.timeout.connect(self._redraw_if_shown)
        self._order_tabs_soon = QTimer(self, singleShot=True, interval=0)  # once laid out, after a burst of changes
        self._order_tabs_soon.timeout.connect(self._order_tabs_once_drawn)
        ctx.changes_made.connect(self._changed)
        self.header = PageHeader()  # the agency's name on every screen, the step inside an application
        self.layout_.addWidget(self.header)
        if self.name in APPLICATION_STEPS:
            self.header.set_step(APPLICATION_STEPS.index(self.name) + 1)
        self.build()
        self.retranslate()

    # -- to override ------------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError  # abstract: every subclass defines it (ABCMeta clashes with Qt's metaclass)

    def retranslate(self) -> None:
        """Set every text again (called at start and on each language change)."""

    def enter(self, **params: Any) -> None:
        """Shown with these parameters. Overrides load only what is not shown yet, and redraw
        what changed meanwhile (`take_changes()`)."""
        changes = self.take_changes()
        if changes:
            self.redraw(changes)

    def concerns(self, changes: Changes) -> bool:
        """Whether these changes touch what the screen shows (then it redraws)."""
        return False

    def redraw(self, changes: Changes) -> None:
        """Load again what these changes touched."""

    def clear(self) -> None:
        """Forget personal data on screen (lock, kiosk session end). Overrides call this first: it
        drops the results of jobs still running for this screen, so they cannot refill it."""
        self.ctx.background.forget(self)
        self.pending_changes = NOTHING
        self._redraw_soon.stop()

    def title(self) -> str:
        return ""

    @property
    def drawing(self) -> bool:
        """Whether this screen is still drawing over later event-loop turns (the home plan's cards,
        search hits) or has yet to put its tab order right."""
        return self._order_tabs_soon.isActive()

    def first_focus(self) -> QWidget | None:
        """Where the keyboard starts on arrival: by default the page's heading, read first, with
        Tab going on down the page from there (screens with a question or a field say which instead).
        Never the page's scroll area, whose focus ring showed only around its scrollbar."""
        heading = next((label for label in self.findChildren(QLabel)
                        if label.property("heading") == 1 and label.isVisibleTo(self)), None)
        if heading is not None:
            return heading
        return next((w for w in reading_order.order_tabs(self) if reading_order.takes_tab(w)), None)

    # -- shared -----------------------------------------------------------------------------
    def take_changes(self) -> Changes:
        changes, self.pending_changes = self.pending_changes, NOTHING
        return changes

    def _changed(self, changes: Changes, origin: object) -> None:
        if self.ctx.workspace is None or (self.ignores_own_writes and origin is self) or not self.concerns(changes):
            return
        self.pending_changes |= changes
        self._redraw_soon.start()

    def _redraw_if_shown(self) -> None:
        """Not on screen: it stays stale, and its next enter() redraws it."""
        if self.pending_changes and self.isVisible() and self.ctx.workspace is not None:
            self.redraw(self.take_changes())

    def _order_tabs_once_drawn(self) -> None:
        """Not while cards are still being drawn over later turns: each pass walks every control of
        the page, and the home plan drew one per card. The last card's layout asks again."""
        if not self.drawing:
            reading_order.order_tabs(self)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.LayoutRequest:  # controls came, went or moved
            self._order_tabs_soon.start()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def spoken_parts(self) -> list[Part]:
        """What "read this screen" says: the title, the question, the answer, then the actions."""
        return spoken_parts(self, self.title(), self.ctx.lang)

    def read_page(self) -> None:
        """Read the page aloud when automatic reading is on, if it is the page on screen (a
        language change retranslates hidden screens too)."""
        if self.isVisible():
            self.ctx.speak(self.spoken_parts(), automatic=True)

    def scroll_to_top(self) -> None:
        """Show the screen from its title (the navigator puts every screen in a scroll area)."""
        area = self.parentWidget().parentWidget() if self.parentWidget() else None
        if isinstance(area, QScrollArea):
            area.verticalScrollBar().setValue(0)

    def run(self, fn: Callable[..., Any], *args: Any, done: Callable[[Any], None] | None = None,
            failed: Callable[[BaseException], None] | None = None, lane: str = "db") -> None:
        """A background job owned by this screen: its result is dropped once the screen is cleared."""
        self.ctx.background.run(fn, *args, owner=self, done=done, failed=failed, lane=lane)
