"""On-screen keypads for fingers: digits for numbers, phones and IDs, digits and "/" for dates, and
a code keypad for tracking numbers that offers only the characters a tracking number can hold."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from ui import theme, widgets

BACKSPACE, CLEAR = "←", "✕"  # not "C": C is a letter of tracking numbers
DIGIT_ROWS = ("123456", "7890" + BACKSPACE + CLEAR)  # two rows: the question and Next stay in view
# Only what a tracking number can hold (kiosk/applications/codes.py): no I, L or O to mistake for
# 1 and 0; U and * ~ $ = appear only as the last, check, symbol.
CODE_ROWS = ("0123456789", "ABCDEFGHJK", "MNPQRSTVWX", "YZ*~$=U" + BACKSPACE + CLEAR)
DATE_ROWS = ("1234567", "890/" + BACKSPACE + CLEAR)  # two rows: the date picker sits above it


class Keypad(QWidget):
    """Keys that type into `edit` as a keyboard would, so validation sees the same text."""

    typed = Signal(str)

    def __init__(self, edit: QLineEdit, rows: tuple[str, ...] = DIGIT_ROWS) -> None:
        super().__init__()
        self.edit = edit
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(theme.SPACING_PX)
        self.keys: dict[str, object] = {}
        for r, keys in enumerate(rows):
            for c, key in enumerate(keys):
                b = widgets.button(key)
                b.clicked.connect(lambda _c=False, k=key: self.press(k))
                grid.addWidget(b, r, c)
                self.keys[key] = b
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.keys[BACKSPACE].setAccessibleName(self.tr("Delete last character"))
        self.keys[CLEAR].setAccessibleName(self.tr("Clear"))
        if "/" in self.keys:
            self.keys["/"].setAccessibleName(self.tr("Slash"))

    def press(self, key: str) -> None:
        if key == BACKSPACE:
            self.edit.backspace()
        elif key == CLEAR:
            self.edit.clear()
        else:
            self.edit.insert(key)
        self.edit.setFocus()  # the field, not the key, keeps the focus: errors and readers stay with it
        self.typed.emit(key)
