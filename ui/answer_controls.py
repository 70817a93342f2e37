"""Large answer controls for one form question: big choice buttons, an ROC date picker, a keypad."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QVBoxLayout, QWidget

from ui import widgets


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
        self.edit = widgets.line_edit(label)
        if max_length:
            self.edit.setMaxLength(max_length)
        layout.addWidget(self.edit)
        self.edit.returnPressed.connect(self.answered.emit)
        if keypad:
            grid = QGridLayout()
            grid.setSpacing(12)
            keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "←", "0", "C"]
            for i, key in enumerate(keys):
                b = widgets.button(key)
                b.setAccessibleName({"←": self.tr("Delete last digit"), "C": self.tr("Clear")}.get(key, key))
                b.clicked.connect(lambda _c=False, k=key: self._key(k))
                grid.addWidget(b, i // 3, i % 3)
            layout.addLayout(grid)

    def _key(self, key: str) -> None:
        if key == "←":
            self.edit.backspace()
        elif key == "C":
            self.edit.clear()
        else:
            self.edit.insert(key)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit


class RocDate(Answer):
    """Year (民國), month, day as three large lists: the way people say their birthday here."""

    def __init__(self, today: date) -> None:
        super().__init__()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.year = widgets.combo(self.labels[0])
        self.month = widgets.combo(self.labels[1])
        self.day = widgets.combo(self.labels[2])
        self.year.addItem("-", 0)  # 0 = not chosen
        for roc in range(today.year - 1911 + 10, 0, -1):
            self.year.addItem(str(roc), roc)
        for box, top in ((self.month, 12), (self.day, 31)):
            box.addItem("-", 0)
            for n in range(1, top + 1):
                box.addItem(str(n), n)
        for col, (label, box) in enumerate(zip(self.labels, (self.year, self.month, self.day))):
            layout.addWidget(label, 0, col)
            layout.addWidget(box, 1, col)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("Year (ROC)"), self.tr("Month"), self.tr("Day"))):
            label.setText(text)
            label.buddy().setAccessibleName(text)

    def value(self) -> Any:
        parts = (self.year.currentData(), self.month.currentData(), self.day.currentData())
        if 0 in parts:
            return None if parts == (0, 0, 0) else "{}/{}/{}".format(*parts)
        return "{}/{:02d}/{:02d}".format(*parts)

    def set_value(self, value: Any) -> None:
        if not value:
            return
        try:
            d = date.fromisoformat(str(value))
        except ValueError:
            return
        self.year.setCurrentIndex(max(0, self.year.findData(d.year - 1911)))
        self.month.setCurrentIndex(max(0, self.month.findData(d.month)))
        self.day.setCurrentIndex(max(0, self.day.findData(d.day)))

    def focus_target(self) -> QWidget:
        return self.year


def control_for(field, lang: str, label: QLabel, today: date) -> Answer:  # noqa: ANN001 - a catalog FormField
    yes_no = [(True, QCoreApplication.translate("Answer", "Yes")), (False, QCoreApplication.translate("Answer", "No"))]
    if field.type == "boolean":
        return Choices(yes_no)
    if field.type == "choice":
        return Choices([(c.value, c.label.get(lang, c.label.get("en", c.value))) for c in field.choices])
    if field.type == "date":
        return RocDate(today)
    if field.type in ("integer", "money"):
        return Text(label, 12, keypad=True)
    return Text(label, field.max_length)
