"""Review in plain language before submitting, as GOV.UK's summary cards: the applicant, the answers,
the documents and the consent, each a card of label/value rows whose "Change" goes back to its step."""

from __future__ import annotations

from kiosk.catalog import load_catalog
from kiosk.localformat import format_count, format_date
from ui import widgets
from ui.screens.base import Screen
from ui.section_card import SectionCard


def shown_value(field, value, lang: str) -> str:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    if value is None or value == "":
        return "—"
    if field.type == "boolean":
        return QCoreApplication.translate("Answer", "Yes" if value else "No")
    if field.type == "choice":
        choice = next((c for c in field.choices if c.value == value), None)
        return choice.label.get(lang, choice.label.get("en", value)) if choice else str(value)
    if field.type == "date":
        return format_date(value, lang, with_roc=True)
    return str(value)


class ReviewScreen(Screen):
    name = "review"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.service = widgets.body()
        self.cards = {section: SectionCard() for section in ("applicant", "answers", "documents", "consent")}
        self.change_buttons = {section: card.add_action() for section, card in self.cards.items()}
        self.missing = widgets.Badge()
        self.missing.setWordWrap(True)
        self.submit_button = widgets.button("", role="primary")
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.service)
        for card in self.cards.values():
            self.layout_.addWidget(card)
        self.layout_.addWidget(self.missing)
        self.layout_.addLayout(widgets.row(self.submit_button))
        self.layout_.addStretch(1)
        for section, b in self.change_buttons.items():
            b.clicked.connect(lambda _c=False, s=section: self._change(s))
        self.submit_button.clicked.connect(self._submit)
        self.view = None
        self._first_field: dict[str, str | None] = {}  # where each card's Change lands in the wizard

    def title(self) -> str:
        return self.tr("Check before sending")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        for section, card in self.cards.items():
            card.set_title({"applicant": self.tr("About the applicant"), "answers": self.tr("Answers"),
                            "documents": self.tr("Documents"), "consent": self.tr("Consent")}[section])
            card.set_action_text("◀ " + self.tr("Change"))
        widgets.rename(self.submit_button, self.tr("Submit the application") + " ✔")
        if self.view is not None:
            self._show()

    def enter(self, application_id: str = "", **_params) -> None:  # noqa: ANN003
        if application_id:
            self.run(self.ctx.workspace.application, application_id, done=self._opened)

    def _opened(self, view) -> None:  # noqa: ANN001
        self.view = view
        self._show()
        self.ctx.speak(self.spoken_summary(), automatic=True)

    def spoken_summary(self) -> str:
        return "\n".join([self.service.text(), *(card.spoken() for card in self.cards.values())])

    def first_focus(self):  # noqa: ANN201
        return self.submit_button

    def _show(self) -> None:
        lang, view = self.ctx.lang, self.view
        service = load_catalog().service(view.service_code)
        self.service.setText(self.tr("You are applying for: %1").replace("%1", service.name(lang)))
        # The facts the household record filled in are the applicant's; the rest are the answers.
        applicant = [f for f in service.fields if f.prefill]
        answers = [f for f in service.fields if not f.prefill]
        person = [(self.tr("Applicant"), view.person_name)] if view.person_name else []

        def answered(field) -> str:  # noqa: ANN001 - in words: a lone "—" is no answer to read aloud
            value = view.values.get(field.key)
            return self.tr("Not answered yet") if value in (None, "") else shown_value(field, value, lang)

        def rows(fields: list) -> list[tuple[str, str]]:
            return [(f.label.get(lang, f.key), answered(f)) for f in fields]

        def first(fields: list) -> str | None:  # the first unanswered question of the card, else its first
            keys = [f.key for f in fields]
            return next((k for k in keys if k in view.missing), keys[0] if keys else None)

        self._first_field = {"applicant": first(applicant) or first(answers), "answers": first(answers)}
        self.cards["applicant"].set_rows(person + rows(applicant))
        self.cards["answers"].set_rows(rows(answers))
        self.cards["answers"].setVisible(bool(answers))
        self.cards["documents"].set_rows([(self.tr("Documents attached"),
                                           self.tr("%1 file(s)").replace("%1", format_count(len(view.attachments), lang))),
                                          *((self.tr("File"), a.name) for a in view.attachments)])
        consent = view.consents[-1] if view.consents else None
        self.cards["consent"].set_rows([(self.tr("Consent given by"), consent.given_by) if consent
                                        else (self.tr("Consent"), self.tr("No consent yet"))])
        missing = [service.field(k).label.get(lang, k) for k in view.missing if service.field(k)]
        problems = missing + ([] if consent else [self.tr("consent")])
        self.missing.setVisible(bool(problems))
        if problems:
            self.missing.set_state("warn", self.tr("Still needed before sending:") + " " + "、".join(problems))
        self.submit_button.setEnabled(not problems)

    def _change(self, section: str) -> None:
        """Back to the step this card shows: its first open question, the consent or the documents."""
        if self.view is None:
            return
        if section in ("applicant", "answers"):
            self.ctx.navigate("wizard", application_id=self.view.id, field=self._first_field.get(section))
        else:
            self.ctx.navigate("attachments" if section == "documents" else "consent", application_id=self.view.id)

    def _submit(self) -> None:
        self.submit_button.setEnabled(False)

        def sent(view) -> None:  # noqa: ANN001
            self.ctx.announcer.announce(self.tr("Application submitted. It will be sent at the next sync."))
            if self.ctx.sync:
                self.ctx.sync.refresh()
            self.ctx.navigate("receipt", application_id=view.id)

        def refused(exc: BaseException) -> None:
            from ui.errors import explain

            self.submit_button.setEnabled(True)
            self.missing.show()
            self.missing.set_state("error", explain(exc, self.ctx.lang))
            self.ctx.announcer.announce(self.missing.text(), self.missing)

        self.run(self.ctx.workspace.submit, self.view.id, done=sent, failed=refused)

    def clear(self) -> None:
        super().clear()
        self.view = None
        self.service.clear()
        for card in self.cards.values():
            card.set_rows([])
        self.missing.clear()
