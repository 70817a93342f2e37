"""Every application on this device with its state in words and the agency's reasons."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.catalog import load_catalog
from kiosk.changes import Changes
from kiosk.localformat import colon, format_count
from kiosk.states.application import EDITABLE
from ui import widgets, words
from ui.errors import explain
from ui.list_state import ListState
from ui.screens.base import Screen
from ui.screens.household import clear_box
from ui.service_card import headline

SHOWN = 50


class ApplicationsScreen(Screen):
    name = "applications"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.count = widgets.Badge()
        self.items = QVBoxLayout()
        self.items.setSpacing(12)
        self.list_state = ListState()
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.count)
        self.layout_.addWidget(self.list_state)
        self.layout_.addLayout(self.items)
        self.layout_.addStretch(1)
        self.applications: list | None = None
        self.household_no: str | None = None

    def title(self) -> str:
        return self.tr("Applications")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self._show()

    def enter(self, household_no: str | None = None, **_params) -> None:  # noqa: ANN003
        changes = self.take_changes()
        if self.applications is None or household_no != self.household_no or changes:
            self.household_no = household_no
            self._load()

    def concerns(self, changes: Changes) -> bool:
        """Any application: one it lists, or a new one it may list."""
        return self.applications is not None and changes.any_application()

    def redraw(self, changes: Changes) -> None:
        self._load()

    def _load(self) -> None:
        self.list_state.clear()
        self.run(self.ctx.workspace.applications, self.household_no, done=self._loaded, failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.applications = None
        self._show()
        self.count.clear()
        self.list_state.show_failed(lambda: explain(exc, self.ctx.lang), self._load)

    def _loaded(self, applications: list) -> None:
        self.applications = applications
        self._show()

    def _show(self) -> None:
        clear_box(self.items)
        if self.applications is None:
            return
        if not self.applications:
            self.count.clear()
            self.list_state.show_empty(
                "files", lambda: self.tr("No application has been started on this device yet. Applications start from a household."),
                                       lambda: self.tr("Find a household"), lambda: self.ctx.navigate("search"))
            return
        self.list_state.clear()
        self.count.set_state("info", lambda: self.tr("%1 application(s)").replace("%1", format_count(len(self.applications), self.ctx.lang)))
        catalog, lang = load_catalog(), self.ctx.lang
        for a in self.applications[:SHOWN]:
            kind, state = words.application_state(a.state, a.decision)
            reason = (a.decision or {}).get("reason") or ""
            who = " ".join(part for part in (a.person_name, a.masked_id) if part)
            number = self.tr("Tracking number") + colon(lang) + a.tracking_no if a.tracking_no else ""
            card = widgets.Card(f"{catalog.service(a.service_code).name(lang)}\n{headline(who, number)}"
                                + (f"\n{reason}" if reason else ""))
            card.set_chip(kind, state)
            editable = a.state in EDITABLE
            card.clicked.connect(lambda _c=False, i=a.id, e=editable: self.ctx.navigate("wizard" if e else "receipt",
                                                                                         application_id=i))
            self.items.addWidget(card)

    def clear(self) -> None:
        super().clear()
        self.applications = None
        self.count.clear()
        self.list_state.clear()
        self._show()
