"""Needs attention: applications the agency refused with reasons per field (opened straight at the
failing question) and households changed both here and at the agency."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.catalog import load_catalog
from kiosk.changes import Changes
from kiosk.localformat import colon, format_count
from kiosk.states.application import ApplicationState
from ui import widgets, words
from ui.errors import explain
from ui.list_state import ListState
from ui.screens.base import Screen
from ui.screens.household import clear_box
from ui.service_card import MAX_REASONS, ServiceCard, headline


class AttentionScreen(Screen):
    name = "attention"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.state = widgets.Badge()
        self.items = QVBoxLayout()
        self.items.setSpacing(12)
        self.list_state = ListState()
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.state)
        self.layout_.addWidget(self.list_state)
        self.layout_.addLayout(self.items)
        self.layout_.addStretch(1)
        self.rejected: list | None = None
        self.conflicts: list[str] = []

    def title(self) -> str:
        return self.tr("Needs attention")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self._show()

    def enter(self, **_params) -> None:  # noqa: ANN003
        if self.take_changes() or self.rejected is None:
            self._load()

    def concerns(self, changes: Changes) -> bool:
        """An application may have been refused, a household may wait for a choice (or no longer)."""
        return self.rejected is not None and (changes.any_application() or changes.any_household())

    def redraw(self, changes: Changes) -> None:
        self._load()

    def _load(self) -> None:
        ws = self.ctx.workspace

        def load() -> tuple[list, list[str]]:
            views = [ws.application(a.id) for a in ws.applications(state=ApplicationState.REJECTED)]
            return views, ws.conflicted_households()

        self.list_state.clear()
        self.run(load, done=self._loaded, failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.rejected, self.conflicts = None, []
        self._show()
        self.state.clear()
        self.list_state.show_failed(lambda: explain(exc, self.ctx.lang), self._load)

    def _loaded(self, pair) -> None:  # noqa: ANN001
        self.rejected, self.conflicts = pair
        self._show()

    def _show(self) -> None:
        clear_box(self.items)
        if self.rejected is None:
            return
        total = len(self.rejected) + len(self.conflicts)
        if not total:
            self.state.clear()
            self.list_state.show_empty(
                "circle-check", lambda: self.tr("Nothing needs attention: no application was refused and no household waits for a choice."),
                                       lambda: self.tr("Back to today's visits"), lambda: self.ctx.navigate("home"))
            return
        self.list_state.clear()
        self.state.set_state("warn", self.tr("%1 item(s) to fix").replace("%1", format_count(total, self.ctx.lang)))
        catalog = load_catalog()
        for view in self.rejected:
            self.items.addWidget(self._refused_card(view, catalog.service(view.service_code)))
        for number in self.conflicts:
            card = ServiceCard("warn", self.tr("Household %1 was changed here and at the agency").replace("%1", number),
                               "", action=self.tr("Choose which value to keep"))
            card.acted.connect(lambda n=number: self.ctx.navigate("conflict", household_no=n))
            self.items.addWidget(card)

    def _refused_card(self, view, service) -> ServiceCard:  # noqa: ANN001 - an application view, its catalogue Service
        """What the agency refused, field by field: the first two on the card, all of them behind "Why?"."""
        lang = self.ctx.lang
        errors = (view.problems or {}).get("errors") or []
        reasons = [f"{self._field_name(service, e.get('field'))}{colon(lang)}{e.get('message') or e.get('code')}"
                   for e in errors] or [(view.problems or {}).get("title") or ""]
        first = next((e.get("field") for e in errors if service.field(e.get("field") or "")), None)
        card = ServiceCard("error", headline(service.name(lang), view.person_name or ""),
                           words.application_state(view.state, None)[1], reasons,
                           reasons if len(reasons) > MAX_REASONS else [], self.tr("Fix and send again"))
        card.acted.connect(lambda i=view.id, f=first: self.ctx.navigate("wizard", application_id=i, field=f))
        return card

    def _field_name(self, service, key: str | None) -> str:  # noqa: ANN001 - a catalogue Service
        field = service.field(key) if key else None
        return (field and field.label.get(self.ctx.lang)) or key or ""

    def clear(self) -> None:
        super().clear()
        self.rejected, self.conflicts = None, []
        self.state.clear()
        self.list_state.clear()
        self._show()
