"""Household search: type-ahead over the store's full-text index; results show masked IDs only."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout

from kiosk.changes import Changes
from kiosk.localformat import format_count
from ui import widgets
from ui.errors import explain
from ui.list_state import ListState
from ui.screens.base import Screen
from ui.screens.household import clear_box
from ui.turns import TurnDrawer

DEBOUNCE_MS = 150


class SearchScreen(Screen):
    name = "search"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.query_label = widgets.field_label()
        self.query = widgets.line_edit(self.query_label)
        self.query.setMaxLength(64)
        self.count = widgets.Badge()
        self.results = QVBoxLayout()
        self.results.setSpacing(12)
        self.list_state = ListState()
        for w in (self.heading, self.query_label, self.query, self.count, self.list_state):
            self.layout_.addWidget(w)
        self.layout_.addLayout(self.results)
        self.layout_.addStretch(1)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self._open_first)
        self.hits: list = []
        self._drawer = TurnDrawer(self)  # the hits' cards, a few ms of them per event-loop turn
        self.problem: BaseException | None = None  # the last search failed: said until the next one
        self._asked = ""

    def title(self) -> str:
        return self.tr("Find a household")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.query_label.setText(self.tr("&Name, ID number or its last 4 digits, phone, address or household number"))
        self.query.setAccessibleName(self.tr("Search households"))
        self.query.setPlaceholderText(self.tr("for example 秀英 or 0912"))
        self._show()

    def first_focus(self):  # noqa: ANN201
        return self.query

    def concerns(self, changes: Changes) -> bool:
        """Results list households: one shown may have changed, or a new one may match."""
        return bool(self._asked) and changes.any_household()

    def redraw(self, changes: Changes) -> None:
        self._search()

    def _search(self) -> None:
        text = self.query.text().strip()
        self._asked, self.problem = text, None
        if not text:
            self.hits = []
            self._show()
            return
        self.run(self.ctx.workspace.search, text, done=lambda hits, asked=text: self._found(asked, hits),
                 failed=lambda exc, asked=text: self._failed(asked, exc))

    def _failed(self, asked: str, exc: BaseException) -> None:
        if asked != self._asked:
            return
        self.hits, self.problem = [], exc
        self._show()
        self.ctx.announcer.announce(self.list_state.sentence.text(), self.list_state)

    def _found(self, asked: str, hits: list) -> None:
        if asked != self._asked:
            return  # a newer query is on its way
        self.hits = hits
        self._show()
        if self.list_state.kind:
            self.ctx.announcer.announce(self.list_state.sentence.text(), self.list_state)
        else:
            self.ctx.announcer.announce(self.count.text(), self.count)

    @property
    def drawing(self) -> bool:
        return self._drawer.active or super().drawing

    def _show(self) -> None:
        self._drawer.cancel()
        clear_box(self.results)
        self.list_state.clear()
        if self.problem is not None:
            self.count.clear()
            problem = self.problem
            self.list_state.show_failed(lambda: explain(problem, self.ctx.lang), self._search)
            return
        if not self._asked:
            self.count.clear()
            return
        if not self.hits:
            self.count.clear()
            self.list_state.show_empty("search", lambda: self.tr("No household matches. Check the spelling or try part of the name."),
                                       lambda: self.tr("Clear the search"), self._start_again)
            return
        self.count.set_state("ok", lambda: self.tr("%1 household(s) found").replace("%1", format_count(len(self.hits), self.ctx.lang)))
        waiting = iter(self.hits)
        self._drawer.start(lambda: self._add_card(waiting))

    def _add_card(self, waiting) -> bool:  # noqa: ANN001 - an iterator of hits
        """The next hit's card; whether there may be more."""
        hit = next(waiting, None)
        if hit is None:
            return False
        who = hit.matched_name or hit.head_name
        card = widgets.Card(f"{who}  {hit.masked_id or ''}\n{hit.address or ''}\n"
                            f"{self.tr('Household')} {hit.household_no}")
        card.clicked.connect(lambda _c=False, no=hit.household_no: self.ctx.navigate("household", household_no=no))
        self.results.addWidget(card)
        return True

    def _start_again(self) -> None:
        self.query.clear()
        self.query.setFocus()

    def _open_first(self) -> None:
        if self.hits:
            self.ctx.navigate("household", household_no=self.hits[0].household_no)

    def clear(self) -> None:
        super().clear()
        self.query.clear()
        self.hits = []
        self._asked, self.problem = "", None
        self._show()
