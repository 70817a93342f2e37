"""Review in plain language before submitting: every answer, the documents and the consent."""

from __future__ import annotations

from kiosk.catalog import load_catalog
from kiosk.localformat import colon, format_count, format_date
from ui import widgets
from ui.screens.base import Screen


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
        self.summary = widgets.body()
        self.missing = widgets.Badge()
        self.missing.setWordWrap(True)
        self.edit_button = widgets.button("")
        self.submit_button = widgets.button("", role="primary")
        for w in (self.heading, self.summary, self.missing):
            self.layout_.addWidget(w)
        self.layout_.addLayout(widgets.row(self.edit_button, self.submit_button))
        self.layout_.addStretch(1)
        self.edit_button.clicked.connect(lambda: self.ctx.navigate("wizard", application_id=self.view.id))
        self.submit_button.clicked.connect(self._submit)
        self.view = None

    def title(self) -> str:
        return self.tr("Check before sending")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        widgets.rename(self.edit_button, "◀ " + self.tr("Change an answer"))
        widgets.rename(self.submit_button, self.tr("Submit the application") + " ✔")
        if self.view is not None:
            self._show()

    def enter(self, application_id: str = "", **_params) -> None:  # noqa: ANN003
        if application_id:
            self.run(self.ctx.workspace.application, application_id, done=self._opened)

    def _opened(self, view) -> None:  # noqa: ANN001
        self.view = view
        self._show()
        self.ctx.speak(self.summary.text(), automatic=True)

    def first_focus(self):  # noqa: ANN201
        return self.submit_button

    def _show(self) -> None:
        lang, view = self.ctx.lang, self.view
        service = load_catalog().service(view.service_code)
        lines = [self.tr("You are applying for: %1").replace("%1", service.name(lang))]
        if view.person_name:
            lines.append(self.tr("For: %1").replace("%1", view.person_name))
        for field in service.fields:
            lines.append(f"• {field.label.get(lang, field.key)}{colon(lang)}{shown_value(field, view.values.get(field.key), lang)}")
        lines.append(self.tr("Documents: %1").replace("%1", format_count(len(view.attachments), self.ctx.lang)))
        consent = view.consents[-1] if view.consents else None
        lines.append(self.tr("Consent given by %1").replace("%1", consent.given_by) if consent else self.tr("No consent yet"))
        self.summary.setText("\n".join(lines))
        missing = [service.field(k).label.get(lang, k) for k in view.missing if service.field(k)]
        problems = missing + ([] if consent else [self.tr("consent")])
        self.missing.setVisible(bool(problems))
        if problems:
            self.missing.set_state("warn", self.tr("Still needed before sending:") + " " + "、".join(problems))
        self.submit_button.setEnabled(not problems)

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
        self.summary.clear()
        self.missing.clear()
