"""Large answer controls for one form question: big choice buttons, a touch date picker, keypads."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QVBoxLayout, QWidget

from kiosk.rocdate import ROC_OFFSET
from ui import theme, widgets
from ui.date_picker import DatePicker
from ui.keypad import DATE_ROWS, Keypad


class Answer(QWidget):
    """One question's control: `value()` is what is saved; `answered` fires when a choice is made."""

    answered = Signal()

    def value(self) -> Any:
        raise NotImplementedError  # abstract: every subclass defines it (ABCMeta clashes with Qt's metaclass)

    def set_value(self, value: Any) -> None:
        raise NotImplementedError  # abstract: every subclass defines it (ABCMeta clashes with Qt's metaclass)

    def focus_target(self) -> QWidget:
        return self


class Choices(Answer):
    def __init__(self, options: list[tuple[Any, str]]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.group = QButtonGroup(self)
        self.options = options
        for value, label in options:
            b = widgets.choice(label)
            b.setProperty("answer", value)
            self.group.addButton(b)
            layout.addWidget(b)
        self.group.buttonClicked.connect(lambda _b: self.answered.emit())

    def value(self) -> Any:
        checked = self.group.checkedButton()
        return checked.property("answer") if checked else None

    def set_value(self, value: Any) -> None:
        for b in self.group.buttons():
            b.setChecked(b.property("answer") == value)

    def focus_target(self) -> QWidget:
        return self.group.checkedButton() or self.group.buttons()[0]


class Text(Answer):
    def __init__(self, label: QLabel, max_length: int | None, keypad: bool = False) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING_PX)  # the field and the keys are separate targets
        self.edit = widgets.line_edit(label)
        if max_length:
            self.edit.setMaxLength(max_length)
        layout.addWidget(self.edit)
        self.edit.returnPressed.connect(self.answered.emit)
        self.keypad = Keypad(self.edit) if keypad else None
        if self.keypad is not None:
            layout.addWidget(self.keypad)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit


class DateAnswer(Answer):
    """A date typed (keyboard or keypad: 39/3/8 or 1950-03-08) or picked by touch, decade first."""

    def __init__(self, label: QLabel, today: date, lang: str) -> None:
        super().__init__()
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING_PX)
        self.edit = widgets.line_edit(label, "39/3/8" if lang == "zh-TW" else "1950-03-08")
        self.edit.setMaxLength(16)
        self.edit.returnPressed.connect(self.answered.emit)
        self.keypad = Keypad(self.edit, DATE_ROWS)
        self.keypad.hide()  # the picker is the way by touch; the number keys on request keep Next in view
        self.keys_button = widgets.button("")
        self.keys_button.setCheckable(True)
        self.keys_button.toggled.connect(self.keypad.setVisible)
        widgets.rename(self.keys_button, self.tr("Type the date with number keys"))
        self.picker = DatePicker(today)
        self.picker.picked.connect(self._picked)
        layout.addWidget(self.edit)
        layout.addWidget(self.picker)
        layout.addLayout(widgets.row(self.keys_button))
        layout.addWidget(self.keypad)

    def _picked(self, chosen: date) -> None:
        self.set_value(chosen.isoformat())
        self.edit.setFocus()

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        try:
            d = date.fromisoformat(str(value)) if value else None
        except ValueError:  # a pending answer that did not parse: shown as it was typed
            self.edit.setText(str(value))
            return
        if d is None:
            self.edit.clear()
        elif self.lang == "zh-TW":  # the ROC form people here say and write
            self.edit.setText(f"{d.year - ROC_OFFSET}/{d.month:02d}/{d.day:02d}")
        else:
            self.edit.setText(d.isoformat())

    def focus_target(self) -> QWidget:
        return self.edit


def control_for(field, lang: str, label: QLabel, today: date) -> Answer:  # noqa: ANN001 - a catalog FormField
    yes_no = [(True, QCoreApplication.translate("Answer", "Yes")), (False, QCoreApplication.translate("Answer", "No"))]
    if field.type == "boolean":
        return Choices(yes_no)
    if field.type == "choice":
        return Choices([(c.value, c.label.get(lang, c.label.get("en", c.value))) for c in field.choices])
    if field.type == "date":
        return DateAnswer(label, today, lang)
    if field.type in ("integer", "money"):
        return Text(label, 12, keypad=True)
    if field.type in ("phone", "id_number"):  # digits by finger; an ID's first letter by keyboard
        return Text(label, field.max_length or 20, keypad=True)
    return Text(label, field.max_length, keypad=digits_only(field.pattern))


def digits_only(pattern: str | None) -> bool:
    """Whether a field's pattern takes only digits and dashes (a bank account): then a keypad helps."""
    if not pattern:
        return False
    return not re.sub(r"\[0-9\]|\\d|\{\d+(,\d*)?\}|[\^$?*+-]", "", pattern)
