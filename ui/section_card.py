"""One part of a screen as a card (GOV.UK's summary card): a title, an optional quiet action beside
it ("Change"), then label/value rows or any widgets. Drawn by the style sheet like a service card
(surface, 3:1 outline, corners); the action is named with the card's title for screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import theme, widgets
from ui.service_card import headline


class SectionCard(QFrame):
    def __init__(self, level: int = 2) -> None:
        super().__init__()
        self.setProperty("serviceCard", True)
        self.title = widgets.heading(level=level)
        self.action: QPushButton | None = None
        self.top = QHBoxLayout()
        self.top.setSpacing(theme.SPACING_PX)
        self.top.addWidget(self.title, 1)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 12)
        self.body.setSpacing(theme.SPACING_PX)
        self.body.addLayout(self.top)
        self._grid: QGridLayout | None = None
        self._rows: list[tuple[QLabel, QLabel]] = []

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.title.setAccessibleName(text)
        self.setAccessibleName(text)
        self._name_action()

    def add_action(self, role: str = "quiet") -> QPushButton:
        """The card's one action, at the end of its title line (a "Change" that goes back to the step)."""
        self.action = widgets.button("", role=role)
        self.top.addWidget(self.action, 0, Qt.AlignTop)
        return self.action

    def set_action_text(self, text: str) -> None:
        widgets.rename(self.action, text)
        self._name_action()

    def _name_action(self) -> None:
        if self.action is not None:  # "修改 · 回答": which card it changes
            self.action.setAccessibleName(headline(self.action.text(), self.title.text()))

    def add(self, widget: QWidget) -> QWidget:
        self.body.addWidget(widget)
        return widget

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """Label/value rows (the label bold); the labels of an earlier call are reused."""
        if self._grid is None:
            self._grid = QGridLayout()
            self._grid.setHorizontalSpacing(theme.SPACING_PX * 2)
            self._grid.setVerticalSpacing(theme.SPACING_PX)
            self._grid.setColumnStretch(0, 2)
            self._grid.setColumnStretch(1, 3)
            self.body.addLayout(self._grid)
        while len(self._rows) < len(rows):
            key, value = widgets.body(), widgets.body()
            theme.set_font_scale(key, 1.0, bold=True)
            self._grid.addWidget(key, len(self._rows), 0, Qt.AlignTop)
            self._grid.addWidget(value, len(self._rows), 1, Qt.AlignTop)
            self._rows.append((key, value))
        for i, (key, value) in enumerate(self._rows):
            shown = i < len(rows)
            key.setText(rows[i][0] if shown else "")
            value.setText(rows[i][1] if shown else "")
            value.setAccessibleName(headline(*rows[i]) if shown else "")  # the value read with what it answers
            key.setVisible(shown)
            value.setVisible(shown)

    def rows(self) -> list[tuple[str, str]]:
        return [(key.text(), value.text()) for key, value in self._rows if not key.isHidden()]

    def spoken(self) -> str:
        """The card as one passage to read aloud: its title, then each label and value."""
        return "\n".join([self.title.text(), *(f"{key}: {value}" for key, value in self.rows())])
