"""福利小幫手: a citizen answers a few large, spoken questions and sees which services they may
qualify for. The answers become a synthetic household in memory only: nothing is stored."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QButtonGroup, QVBoxLayout

from kiosk.catalog import load_catalog
from ui import widgets
from ui.screens.base import Screen
from ui.screens.household import clear_box


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
        for w in (self.heading, self.progress, self.question):
            self.layout_.addWidget(w)
        self.layout_.addLayout(self.answers_box)
        self.layout_.addLayout(widgets.row(self.back_button))
        self.layout_.addLayout(self.results)
        self.layout_.addStretch(1)
        self.back_button.clicked.connect(self._back)
        self.group = QButtonGroup(self)
        self.step = 0
        self.answers: dict[str, str] = {}
        self.found: list[dict] | None = None

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
        self._show()

    def enter(self, **_params) -> None:  # noqa: ANN003
        self.clear()

    def first_focus(self):  # noqa: ANN201
        buttons = self.group.buttons()
        return buttons[0] if buttons else self.back_button

    def _show(self) -> None:
        clear_box(self.answers_box)
        clear_box(self.results)
        for b in self.group.buttons():
            self.group.removeButton(b)
        questions = self.questions()
        self.back_button.setVisible(self.step > 0)
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
            self.read_page()
            return
        self.progress.setText(self.tr("Your answers are not stored. Only an officer can confirm eligibility."))
        self.question.setText(self.tr("Services you may receive"))
        if self.found is None:
            self.results.addWidget(widgets.body(self.tr("Checking…")))
            return
        if not self.found:
            self.results.addWidget(widgets.body(self.tr("We found no service from your answers. An officer can still check with you: call 1957.")))
        catalog, lang = load_catalog(), self.ctx.lang
        for s in self.found:
            service = catalog.service(s["service"])
            self.results.addWidget(widgets.body(f"★ {service.name(lang)}\n{service.description.get(lang, service.description.get('en', ''))}"
                                                f"\n☎ {service.hotline}"))
        self.read_page()

    def _answer(self, key: str, value: str) -> None:
        self.answers[key] = value
        self.step += 1
        if self.step == len(self.questions()):
            self.found = None
            self.run(evaluate_answers, dict(self.answers), self.ctx.workspace.today if self.ctx.workspace else date.today(),
                     done=self._found, lane="work")
        self._show()
        target = self.first_focus()
        if target is not None:
            target.setFocus()

    def _found(self, services: list[dict]) -> None:
        self.found = services
        self._show()

    def _back(self) -> None:
        self.step = max(0, self.step - 1)
        self.found = None
        self._show()

    def clear(self) -> None:
        self.step, self.answers, self.found = 0, {}, None
        self._show()


def evaluate_answers(answers: dict[str, str], on: date) -> list[dict]:
    """The rules over a made-up household built from the answers; returns eligible services."""
    from kiosk.rules.questionnaire import household_from_answers
    from kiosk.rules import evaluate

    result = evaluate(household_from_answers(answers, on), on)
    codes = dict.fromkeys(s["service"] for s in result["services"] if s["eligible"])
    return [{"service": code} for code in codes]
