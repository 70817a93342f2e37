"""福利小幫手: a citizen answers a few large, spoken questions and sees which services they may
qualify for. The answers become a synthetic household in memory only: nothing is stored."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QButtonGroup, QVBoxLayout

from kiosk.catalog import load_catalog
from ui import widgets
from ui.errors import explain
from ui.list_state import ListState
from ui.screens.base import Screen
from ui.screens.household import clear_box
from ui.service_card import ServiceCard, headline
from kiosk.rocdate import taiwan_today


class HelperScreen(Screen):
    name = "helper"
    reads_itself = True

    def build(self) -> None:
        self.heading = widgets.heading()
        self.progress = widgets.body(role="muted")
        self.question = widgets.heading(level=2)
        self.answers_box = QVBoxLayout()
        self.answers_box.setSpacing(12)
        self.back_button = widgets.button("")
        self.results = QVBoxLayout()
        self.results.setSpacing(12)
        self.list_state = ListState()
        self.next_heading = widgets.heading(level=2)
        self.print_button = widgets.button("", role="primary")
        self.officer_note = widgets.body()
        self.start_over_button = widgets.button("")
        self.printed = widgets.Badge()
        self.printed.setWordWrap(True)
        for w in (self.heading, self.progress, self.question):
            self.layout_.addWidget(w)
        self.layout_.addLayout(self.answers_box)
        self.layout_.addLayout(widgets.row(self.back_button))
        self.layout_.addWidget(self.list_state)
        self.layout_.addLayout(self.results)
        self.layout_.addWidget(self.next_heading)
        self.layout_.addLayout(widgets.row(self.print_button))
        self.layout_.addWidget(self.officer_note)
        self.layout_.addLayout(widgets.row(self.start_over_button))
        self.layout_.addWidget(self.printed)
        self.layout_.addStretch(1)
        self.back_button.clicked.connect(self._back)
        self.print_button.clicked.connect(lambda: self.print_summary())
        self.start_over_button.clicked.connect(self._start_over)
        self.group = QButtonGroup(self)
        self.step = 0
        self.answers: dict[str, str] = {}
        self.found: list[dict] | None = None
        self.problem: BaseException | None = None  # the rules could not be run on the answers

    def questions(self) -> list[tuple[str, str, list[tuple[str, str]]]]:
        return [
            ("age", self.tr("How old are you?"), [("under_55", self.tr("Under 55")), ("55_64", self.tr("55 to 64")),
                                                  ("65_84", self.tr("65 to 84")), ("85", self.tr("85 or older"))]),
            ("alone", self.tr("Do you live alone?"), [("yes", self.tr("Yes")), ("no", self.tr("No"))]),
            ("disability", self.tr("Do you have a disability certificate?"),
             [("none", self.tr("No")), ("mild", self.tr("Yes, mild")), ("moderate", self.tr("Yes, moderate")),
              ("severe", self.tr("Yes, severe or very severe"))]),
            ("income", self.tr("Is your household's monthly income per person below NT$20,000?"),
             [("low", self.tr("Yes")), ("not_low", self.tr("No")), ("unknown", self.tr("I don't know"))]),
            ("immigrant", self.tr("Did you come to Taiwan through marriage?"), [("yes", self.tr("Yes")), ("no", self.tr("No"))]),
        ]

    def title(self) -> str:
        return self.tr("Welfare helper")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        widgets.rename(self.back_button, "◀ " + self.tr("Previous question"))
        self.next_heading.setText(self.tr("What to do next"))
        widgets.rename(self.print_button, self.tr("Print a summary to take with you"))
        self.officer_note.setText(self.tr("Show the summary to an officer at your district office, or call 1957 (free of charge): they can check with you and help you apply."))  # noqa: E501 - one literal for lupdate
        widgets.rename(self.start_over_button, "↺ " + self.tr("Start over"))
        self.printed.clear()
        self._show()

    def enter(self, **_params) -> None:  # noqa: ANN003
        """Starts again: it shows nothing of the store (its household is made of the answers), so no
        change event concerns it, and the last citizen's answers are not the next one's."""
        self._forget()
        self._show()

    def first_focus(self):  # noqa: ANN201
        buttons = self.group.buttons()
        return buttons[0] if buttons else self.back_button

    def _show(self, read: bool = True) -> None:
        clear_box(self.answers_box)
        clear_box(self.results)
        for b in self.group.buttons():
            self.group.removeButton(b)
        questions = self.questions()
        self.back_button.setVisible(self.step > 0)
        self.list_state.clear()
        for w in (self.next_heading, self.print_button, self.officer_note, self.start_over_button):
            w.setVisible(self.found is not None)  # next steps end the results, once there are results
        self.printed.setVisible(bool(self.printed.text()))
        if self.step < len(questions):
            key, text, choices = questions[self.step]
            self.progress.setText(self.tr("Question %1 of %2").replace("%1", str(self.step + 1)).replace("%2", str(len(questions))))
            self.question.setText(text)
            for value, label in choices:
                b = widgets.choice(label)
                b.setChecked(self.answers.get(key) == value)
                self.group.addButton(b)
                b.clicked.connect(lambda _c=False, k=key, v=value: self._answer(k, v))
                self.answers_box.addWidget(b)
            if read:
                self.read_page()
            return
        self.progress.setText(self.tr("Your answers are not stored. Only an officer can confirm eligibility."))
        self.question.setText(self.tr("Services you may receive"))
        if self.problem is not None:
            problem = self.problem
            self.list_state.show_failed(lambda: explain(problem, self.ctx.lang), self._evaluate)
            if read:
                self.read_page()
            return
        if self.found is None:
            self.results.addWidget(widgets.body(self.tr("Checking…")))
            return
        if not self.found:  # what to do next (print, call 1957, start over) follows below
            self.list_state.show_empty(
                "info-circle", lambda: self.tr("We found no service from your answers. An officer can still check with you: call 1957."))
        catalog, lang = load_catalog(), self.ctx.lang
        for s in self.found:
            service = catalog.service(s["service"])
            summary = (s.get("summary") or {}).get(lang) or {"verdict": "", "amount": ""}
            about = service.description.get(lang, service.description.get("en", ""))
            self.results.addWidget(ServiceCard("ok", service.name(lang), headline(summary["verdict"], summary["amount"]),
                                               [about, self.tr("Phone: %1").replace("%1", service.hotline)],
                                               (s.get("details") or {}).get(lang, [])))
        if read:
            self.read_page()

    def _answer(self, key: str, value: str) -> None:
        self.answers[key] = value
        self.step += 1
        if self.step == len(self.questions()):
            self._evaluate(show=False)
        self._show()
        target = self.first_focus()
        if target is not None:
            target.setFocus()

    def _evaluate(self, show: bool = True) -> None:
        self.found, self.problem = None, None
        self.run(evaluate_answers, dict(self.answers), self.ctx.workspace.today if self.ctx.workspace else taiwan_today(),
                 done=self._found, failed=self._failed, lane="work")
        if show:
            self._show()

    def _found(self, services: list[dict]) -> None:
        self.found = services
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.problem = exc
        self._show()

    def summary_lines(self) -> list[str]:
        """What the printed summary says: the services found, then the next steps."""
        catalog, lang = load_catalog(), self.ctx.lang
        lines = [self.title(), self.question.text(), ""]
        for s in self.found or []:
            service = catalog.service(s["service"])
            lines += [f"• {service.name(lang)}", "  " + self.tr("Phone: %1").replace("%1", service.hotline)]
        if not self.found:
            lines.append(self.tr("We found no service from your answers. An officer can still check with you: call 1957."))
        return [*lines, "", self.officer_note.text(), self.progress.text()]

    def print_summary(self, pdf_path: Path | None = None) -> bool:
        """To the kiosk's printer, without a dialog (a citizen never browses printers), or to a PDF."""
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        printer = QPrinter(QPrinter.HighResolution)
        if pdf_path is not None:
            printer.setOutputFormat(QPrinter.PdfFormat)
            printer.setOutputFileName(str(pdf_path))
        elif QPrinterInfo.defaultPrinter().isNull():
            self._printed("warn", self.tr("No printer is connected. Please write down the services, or ask an officer."))
            return False
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setPlainText("\n".join(self.summary_lines()))
        document.print_(printer)
        self._printed("ok", self.tr("Printed. Please take the paper with you."))
        return True

    def _printed(self, kind: str, text: str) -> None:
        self.printed.set_state(kind, text)
        self.printed.show()
        self.ctx.announcer.announce(text, self.printed)

    def _start_over(self) -> None:
        self.clear()
        target = self.first_focus()
        if target is not None:
            target.setFocus()

    def _back(self) -> None:
        self.step = max(0, self.step - 1)
        self.found, self.problem = None, None
        self._show()

    def clear(self) -> None:
        """Forget the answers silently: a session's end must not read the first question aloud
        in the language the last citizen chose."""
        super().clear()
        self._forget()
        self._show(read=False)

    def _forget(self) -> None:
        self.step, self.answers, self.found, self.problem = 0, {}, None, None
        self.printed.clear()


def evaluate_answers(answers: dict[str, str], on: date) -> list[dict]:
    """The rules over a made-up household built from the answers: the eligible services, each with
    its verdict, amount and explanation."""
    from kiosk.rules.questionnaire import household_from_answers
    from kiosk.rules import evaluate

    result = evaluate(household_from_answers(answers, on), on)
    found: dict[str, dict] = {}
    for s in result["services"]:
        if s["eligible"] and s["service"] not in found:
            found[s["service"]] = {"service": s["service"], "summary": s.get("summary"), "details": s.get("details")}
    return list(found.values())
