"""Home: today's visit plan from the e-housekeeper, ranked, with the reason for each visit."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.changes import Changes
from kiosk.localformat import format_count, format_money
from ui import icons, widgets
from ui.errors import explain
from ui.list_state import ListState
from ui.screens.base import Screen
from ui.screens.household import clear_box
from ui.service_card import MAX_REASONS, ServiceCard
from ui.turns import TurnDrawer

PLAN_SIZE = 8


class HomeScreen(Screen):
    name = "home"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.search_button = widgets.button("", role="primary")
        self.applications_button = widgets.button("")
        self.attention_button = widgets.button("")
        self.update_note = widgets.Badge()  # a newer release announced by the hub
        self.update_note.setWordWrap(True)
        self.update_note.hide()
        self.plan_heading = widgets.heading(level=2)
        self.plan_state = widgets.Badge()
        self.plan_box = QVBoxLayout()
        self.plan_box.setSpacing(12)
        self.list_state = ListState()
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.update_note)
        self.layout_.addLayout(widgets.row(self.search_button, self.applications_button, self.attention_button))
        self.layout_.addWidget(self.plan_heading)
        self.layout_.addWidget(self.plan_state)
        self.layout_.addWidget(self.list_state)
        self.layout_.addLayout(self.plan_box)
        self.layout_.addStretch(1)
        for b, name in ((self.search_button, "search"), (self.applications_button, "files"),
                        (self.attention_button, "alert-triangle")):
            icons.set_icon(b, name)
        self.search_button.clicked.connect(lambda: self.ctx.navigate("search"))
        self.applications_button.clicked.connect(lambda: self.ctx.navigate("applications"))
        self.attention_button.clicked.connect(lambda: self.ctx.navigate("attention"))
        self.visits: list | None = None  # None: not known yet (being checked, or the check failed)
        self.cards: list[ServiceCard] = []  # refilled on each rebuild; made anew only after clear()
        self._drawer = TurnDrawer(self)  # the cards still missing, a few ms of them per event-loop turn
        self._loaded_for = None
        self._sync_connected = None

    def title(self) -> str:
        return self.tr("Today's visits")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        widgets.rename(self.search_button, self.tr("Find a household"))
        widgets.rename(self.applications_button, self.tr("Applications"))
        widgets.rename(self.attention_button, self.tr("Needs attention"))  # the icon is its warning sign
        self.plan_heading.setText(self.tr("Who to visit first, and why"))
        self._show_update()
        self._show_plan()

    def first_focus(self):  # noqa: ANN201
        return self.search_button

    def enter(self, **_params) -> None:  # noqa: ANN003
        sync = self.ctx.sync
        if sync is not None and self._sync_connected is not sync:
            sync.changed.connect(self._show_update)
            self._sync_connected = sync
        self._show_update()
        changes = self.take_changes()
        if self._loaded_for is not self.ctx.workspace or changes:
            self._loaded_for = self.ctx.workspace
            self._load_plan()

    def concerns(self, changes: Changes) -> bool:
        """The plan is the store-wide scan of households: any household changed may enter or leave it."""
        return self._loaded_for is not None and changes.any_household()

    def redraw(self, changes: Changes) -> None:
        self._load_plan()

    def _load_plan(self) -> None:
        self.visits = None
        self.list_state.clear()
        self._show_plan()
        self.plan_state.show()
        self.plan_state.set_state("info", lambda: self.tr("Checking every household against the service rules…"))
        if self.ctx.worker is not None:  # the store-wide scan runs in the worker process
            self.ctx.worker.visit_plan(PLAN_SIZE, self.ctx.workspace.today, owner=self, done=self._plan_ready,
                                       failed=self._plan_failed)

    def _plan_failed(self, exc: BaseException) -> None:
        self.visits = None
        self._show_plan()
        self.plan_state.hide()
        self.list_state.show_failed(lambda: explain(exc, self.ctx.lang), self._load_plan)
        self.ctx.announcer.announce(self.list_state.sentence.text(), self.list_state)

    def _show_update(self) -> None:
        sync = self.ctx.sync
        widgets.show_state(self.update_note, sync.update_text() if sync is not None else None)

    def _plan_ready(self, visits: list) -> None:
        self.visits = visits
        self._show_plan()
        ready = self.tr("Visit plan ready: %1 household(s)").replace("%1", format_count(len(visits), self.ctx.lang))
        self.ctx.announcer.announce(ready, self.plan_state)

    def _show_plan(self) -> None:
        """The plan's cards, refilled rather than made anew: a rebuild (a new scan, a new language)
        then costs the Qt thread a few ms. Cards still missing (the first plan, or after clear())
        are made by a time budget per event-loop turn: eight at once held the window ~100 ms on a
        busy machine."""
        self._drawer.cancel()
        visits = self.visits or []
        for card in self.cards[len(visits):]:
            card.hide()
        if self.visits is None:
            return
        if not self.visits:
            self.plan_state.hide()
            self.list_state.show_empty("circle-check", lambda: self.tr("No household needs a visit now: the service rules found nothing unclaimed."),
                                       lambda: self.tr("Find a household"), lambda: self.ctx.navigate("search"))
            return
        self.list_state.clear()
        self.plan_state.show()
        count = len(self.visits)  # said again after a language change, when the plan may be gone
        self.plan_state.set_state("ok", lambda: self.tr("%1 household(s) to visit").replace("%1", format_count(count, self.ctx.lang)))
        open_words = self.tr("Open the household")
        for rank, card in enumerate(self.cards[:count], 1):
            widgets.rename(card.action, open_words)
            self._fill(card, rank)
        if count > len(self.cards):
            self._drawer.start(self._add_card)

    @property
    def drawing(self) -> bool:
        return (bool(self.visits) and len(self.cards) < len(self.visits)) or super().drawing

    def _card_content(self, rank: int) -> tuple:
        visit, lang = self.visits[rank - 1], self.ctx.lang
        money = self.tr("%1 a month unclaimed").replace("%1", format_money(visit.unclaimed_monthly, lang))
        reasons = list(visit.reasons.get(lang, ())) or [visit.reason.get(lang, visit.reason.get("en", ""))]
        return ("ok" if visit.unclaimed_monthly else "info", f"{rank}. {visit.head_name}（{visit.household_no}）",
                money, reasons, reasons if len(reasons) > MAX_REASONS else [])

    def _fill(self, card: ServiceCard, rank: int) -> None:
        card.fill(*self._card_content(rank))
        self._show_card(card, rank)

    def _show_card(self, card: ServiceCard, rank: int) -> None:
        card.household_no = self.visits[rank - 1].household_no
        card.show()

    def _add_card(self) -> bool:
        """The next missing card; whether more are missing."""
        if not self.visits or len(self.cards) >= len(self.visits):
            return False
        rank = len(self.cards) + 1
        card = ServiceCard(*self._card_content(rank), action=self.tr("Open the household"), action_icon="home")
        card.acted.connect(lambda c=card: self.ctx.navigate("household", household_no=c.household_no))
        self.plan_box.addWidget(card)
        self.cards.append(card)
        self._show_card(card, rank)
        return len(self.cards) < len(self.visits)

    def clear(self) -> None:
        super().clear()
        self.update_note.hide()
        self.visits = None
        self._loaded_for = None
        self.list_state.clear()
        clear_box(self.plan_box)  # nothing of these households stays behind, not even hidden
        self.cards = []
        self._drawer.cancel()
