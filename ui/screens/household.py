"""A household: members with their dates, what each may receive and why, reminders, applications."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.catalog import load_catalog
from kiosk.changes import Changes
from kiosk.households.facts import fact_words
from kiosk.i18n import tr
from kiosk.localformat import format_date
from kiosk.states.application import EDITABLE, SETTLED
from ui import widgets, words
from ui.screens.base import Screen
from ui.subscription_list import SubscriptionList
from ui.service_card import ServiceCard, headline


def clear_box(box: QVBoxLayout) -> None:
    while box.count():
        item = box.takeAt(0)
        if item.widget():
            item.widget().hide()  # gone from screen (and from the audit) now, deleted later
            item.widget().deleteLater()
        elif item.layout():
            clear_box(item.layout())


class HouseholdScreen(Screen):
    name = "household"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.address = widgets.body()
        self.state = widgets.Badge()
        self.conflict_button = widgets.button("")
        self.members_heading = widgets.heading(level=2)
        self.members = QVBoxLayout()
        self.services_heading = widgets.heading(level=2)
        self.services = QVBoxLayout()
        self.reminders_heading = widgets.heading(level=2)
        self.reminders = QVBoxLayout()
        self.apps_heading = widgets.heading(level=2)
        self.apps = QVBoxLayout()
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.address)
        self.layout_.addWidget(self.state)
        self.layout_.addWidget(self.conflict_button)
        for head, box in ((self.members_heading, self.members), (self.services_heading, self.services),
                          (self.reminders_heading, self.reminders), (self.apps_heading, self.apps)):
            box.setSpacing(12)
            self.layout_.addWidget(head)
            self.layout_.addLayout(box)
        self.subscriptions = SubscriptionList(self)  # news and reminders the household opted in to
        self.layout_.addWidget(self.subscriptions)
        self.layout_.addStretch(1)
        self.conflict_button.clicked.connect(
            lambda: self.ctx.navigate("conflict", household_no=self.facts.household_no) if self.facts else None)
        self.facts = None
        self.loaded_no = ""  # the household shown (or loading): entering it again asks nothing
        self.result: dict | None = None
        self.applications: list = []

    def title(self) -> str:
        return self.facts.head_name if self.facts else self.tr("Household")

    def retranslate(self) -> None:
        self.members_heading.setText(self.tr("People in the household"))
        self.services_heading.setText(self.tr("Services"))
        self.reminders_heading.setText(self.tr("Reminders"))
        self.apps_heading.setText(self.tr("Applications"))
        widgets.rename(self.conflict_button, "▲ " + self.tr("Resolve changed fields"))
        self._show()

    def enter(self, household_no: str = "", **_params) -> None:  # noqa: ANN003
        if not household_no:
            return
        changes = self.take_changes()
        if household_no != self.loaded_no:
            self._load(household_no)
        elif changes:
            self.redraw(changes)

    def _load(self, household_no: str) -> None:
        if self.facts is None or self.facts.household_no != household_no:
            self.facts, self.result, self.applications = None, None, []
            self._show()
        self.loaded_no = household_no
        ws = self.ctx.workspace
        self.run(ws.household, household_no, done=self._facts_ready, failed=self._facts_failed)
        self._load_applications()
        self.run(lambda: ws.eligibility(household_no).to_json(), done=self._rules_ready, lane="work")
        self.subscriptions.show_for(household_no)

    def _load_applications(self) -> None:
        self.run(self.ctx.workspace.applications, self.loaded_no, done=self._apps_ready)

    def concerns(self, changes: Changes) -> bool:
        """Its record, or any application or subscription: one it lists, or a new one that may be its own."""
        return bool(self.loaded_no) and (changes.household(self.loaded_no) or bool(changes.applications)
                                         or bool(changes.subscriptions))

    def redraw(self, changes: Changes) -> None:
        if changes.household(self.loaded_no):
            self._load(self.loaded_no)
            return
        if changes.applications:
            self._load_applications()
        if changes.subscriptions:
            self.subscriptions.show_for(self.loaded_no)

    def _facts_ready(self, facts) -> None:  # noqa: ANN001
        self.facts = facts
        self._show()

    def _facts_failed(self, exc: BaseException) -> None:
        self.loaded_no = ""  # entering again tries again
        self.ctx.background.unhandled.emit(exc)

    def _rules_ready(self, result: dict) -> None:
        self.result = result
        self._show()

    def _apps_ready(self, applications: list) -> None:
        self.applications = applications
        self._show()

    def _show(self) -> None:
        for box in (self.members, self.services, self.reminders, self.apps):
            clear_box(box)
        facts = self.facts
        self.conflict_button.setVisible(bool(facts and facts.conflict and self.ctx.mode == "officer"))
        if facts is None:
            self.heading.setText(self.tr("Household"))
            self.address.clear()
            self.state.set_state("info", lambda: self.tr("Loading…"))
            return
        self.heading.setText(f"{facts.head_name}（{self.tr('Household')} {facts.household_no}）")
        self.address.setText(facts.address if self.ctx.mode == "officer" else facts.address.split("號")[0])
        self.state.set_state("warn" if facts.conflict else "ok",
                             self.tr("Changed here and at the agency: please check") if facts.conflict
                             else self.tr("Up to date on this device"))
        for m in facts.members:
            born = format_date(m.birth_date, self.ctx.lang) if m.birth_date else "-"
            ident = m.masked_id if self.ctx.masked else m.id_no
            age = self.tr("%1 years old").replace("%1", str(m.age)) if m.age is not None else ""
            tags = ("、" if self.ctx.lang == "zh-TW" else ", ").join(fact_words(m.facts, self.ctx.lang))
            self.members.addWidget(widgets.body(f"• {m.name}（{words.relation(m.relation)}）{ident}　{born}　{age}"
                                                + (f"\n   {tags}" if tags else "")))
        if facts.foreign_caregiver:
            self.members.addWidget(widgets.body("• " + tr("facts.foreign_caregiver", self.ctx.lang)))
        self._show_services()
        self._show_applications()

    def _show_services(self) -> None:
        if self.result is None:
            self.services.addWidget(widgets.body(self.tr("Checking which services apply…"), role="muted"))
            return
        catalog, lang = load_catalog(), self.ctx.lang
        names = {m.id_no: m.name for m in self.facts.members}
        applied = {a.service_code for a in self.applications if a.state not in SETTLED}
        shown = [s for s in self.result["services"] if s["eligible"] or s["receiving"]]
        if not shown:
            self.services.addWidget(widgets.body(self.tr("No service found for this household today.")))
        for s in sorted(shown, key=lambda s: (s["receiving"], s["service"])):
            self.services.addWidget(self._service_card(s, catalog.service(s["service"]), names, applied))
        for r in self.result["reminders"]:
            who = names.get(r.get("person"), "")
            kind = words.reminder(r["kind"])
            service = catalog.service(r["service"]).name(lang) if r.get("service") else ""
            due = format_date(r["due"], lang)
            self.reminders.addWidget(widgets.body(f"※ {due}  {service} {who} ({kind})"))

    def _service_card(self, s: dict, service, names: dict, applied: set) -> ServiceCard:  # noqa: ANN001 - a catalogue Service
        """Verdict and amount first, the one or two deciding reasons, every condition behind "Why?"."""
        lang = self.ctx.lang
        summary = (s.get("summary") or {}).get(lang) or {"verdict": "", "amount": "", "reasons": []}
        who = names.get(s["person"], "") if s["person"] else self.tr("whole household")
        verdict = self.tr("Receiving") if s["receiving"] else summary["verdict"]
        amount = summary["amount"] if service.benefit_kind != "quota" or not s["receiving"] else ""
        can_start = not s["receiving"] and s["service"] not in applied
        card = ServiceCard("receiving" if s["receiving"] else "ok", headline(service.name(lang), who),
                           headline(verdict, amount), summary["reasons"], s["details"].get(lang, []),
                           self.tr("Start an application") if can_start else "", "file-plus", summary.get("note", ""))
        card.acted.connect(lambda code=s["service"], person=s["person"]: self._apply(code, person))
        return card

    def _show_applications(self) -> None:
        catalog, lang = load_catalog(), self.ctx.lang
        if not self.applications:
            self.apps.addWidget(widgets.body(self.tr("No applications yet."), role="muted"))
        for a in self.applications:
            kind, state = words.application_state(a.state, a.decision)
            reason = (a.decision or {}).get("reason") or ""
            text = f"{catalog.service(a.service_code).name(lang)} · {a.person_name or ''}\n{a.tracking_no or ''}"
            card = widgets.Card(text + (f"\n{reason}" if reason else ""))
            card.set_chip(kind, state)
            card.clicked.connect(lambda _c=False, app_id=a.id, st=a.state: self._open_application(app_id, st))
            self.apps.addWidget(card)

    def _apply(self, code: str, person: str | None) -> None:
        lang = self.ctx.lang
        self.run(self.ctx.workspace.start_application, self.facts.household_no, code, person, lang,
                 done=lambda view: self.ctx.navigate("wizard", application_id=view.id))

    def _open_application(self, application_id: str, state: str) -> None:
        if state in EDITABLE:
            self.ctx.navigate("wizard", application_id=application_id)
        else:
            self.ctx.navigate("receipt", application_id=application_id)

    def clear(self) -> None:
        super().clear()
        self.facts, self.result, self.applications = None, None, []
        self.loaded_no = ""
        self.subscriptions.clear()
        self._show()
