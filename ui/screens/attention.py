"""Needs attention: applications the agency refused with reasons per field (opened straight at the
failing question) and households changed both here and at the agency."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.catalog import load_catalog
from kiosk.localformat import colon, format_count
from kiosk.states.application import ApplicationState
from ui import widgets
from ui.screens.base import Screen
from ui.screens.household import clear_box


class AttentionScreen(Screen):
    name = "attention"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.state = widgets.Badge()
        self.items = QVBoxLayout()
        self.items.setSpacing(12)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.state)
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
        ws = self.ctx.workspace

        def load() -> tuple[list, list[str]]:
            views = [ws.application(a.id) for a in ws.applications(state=ApplicationState.REJECTED)]
            return views, ws.conflicted_households()

        self.run(load, done=self._loaded)

    def _loaded(self, pair) -> None:  # noqa: ANN001
        self.rejected, self.conflicts = pair
        self._show()

    def _show(self) -> None:
        clear_box(self.items)
        if self.rejected is None:
            return
        total = len(self.rejected) + len(self.conflicts)
        self.state.set_state("warn" if total else "ok", self.tr("%1 item(s) to fix").replace("%1", format_count(total, self.ctx.lang)) if total
                             else self.tr("Nothing needs attention"))
        catalog, lang = load_catalog(), self.ctx.lang
        for view in self.rejected:
            service = catalog.service(view.service_code)
            errors = (view.problems or {}).get("errors") or []
            reasons = [f"{(service.field(e.get('field')) and service.field(e.get('field')).label.get(lang)) or e.get('field') or ''}{colon(lang)}"
                       f"{e.get('message') or e.get('code')}" for e in errors] or [(view.problems or {}).get("title") or ""]
            first = next((e.get("field") for e in errors if service.field(e.get("field") or "")), None)
            card = widgets.Card(f"✖ {service.name(lang)} · {view.person_name or ''}\n" + "\n".join(reasons) + "\n" +
                                self.tr("Fix and send again"))
            card.clicked.connect(lambda _c=False, i=view.id, f=first: self.ctx.navigate("wizard", application_id=i, field=f))
            self.items.addWidget(card)
        for number in self.conflicts:
            card = widgets.Card("▲ " + self.tr("Household %1 was changed here and at the agency").replace("%1", number)
                                + "\n" + self.tr("Choose which value to keep"))
            card.clicked.connect(lambda _c=False, n=number: self.ctx.navigate("conflict", household_no=n))
            self.items.addWidget(card)

    def clear(self) -> None:
        super().clear()
        self.rejected, self.conflicts = None, []
        self.state.clear()
        self._show()
