"""What a list shows when it has nothing to show: an icon, one plain sentence and the one action
that helps. Empty: the list loaded and holds nothing (yet). Failed: loading it went wrong; the
sentence says what, and the action tries again. One component for every list of the app."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui import icons, theme, widgets

FAILED_ICON = "alert-circle"
RETRY_ICON = "refresh"
ICON_FACTOR = 2.0  # the state's icon, twice the text: it is the only thing in the list's place

Words = str | Callable[[], str]  # a function is asked again after a change of language


def _said(words: Words) -> str:
    return words() if callable(words) else words


class ListState(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setProperty("listState", True)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, theme.SPACING_PX, 0, theme.SPACING_PX)
        line.setSpacing(theme.SPACING_PX * 2)
        self.mark = icons.icon_label("inbox", ICON_FACTOR)
        self.sentence = widgets.body()
        self.action = widgets.button("")
        column = QVBoxLayout()
        column.setSpacing(theme.SPACING_PX)
        column.addWidget(self.sentence)
        column.addLayout(widgets.row(self.action))
        line.addWidget(self.mark, 0, Qt.AlignTop)
        line.addLayout(column, 1)
        self.kind = ""  # "empty", "failed" or "" (hidden: the list has items)
        self._words: Words = ""
        self._action_words: Words = ""
        self._act: Callable[[], None] | None = None
        self.action.clicked.connect(lambda: self._act() if self._act is not None else None)
        self.hide()

    def show_empty(self, icon: str, words: Words, action: Words = "", act: Callable[[], None] | None = None) -> None:
        """Nothing in the list: why, in one sentence, and the action that would help (if any)."""
        self._set("empty", icon, "", words, action, act)

    def show_failed(self, problem: Words, retry: Callable[[], None]) -> None:
        """Loading failed: what went wrong (ui.errors.explain), and "Try again"."""
        self._set("failed", FAILED_ICON, "danger", problem, lambda: self.tr("Try again"), retry)

    def clear(self) -> None:
        """The list has items (or nothing of the last person may stay): the state goes."""
        self.kind, self._words, self._action_words, self._act = "", "", "", None
        self.sentence.clear()
        self.hide()

    def _set(self, kind: str, icon: str, role: str, words: Words, action: Words,
             act: Callable[[], None] | None) -> None:
        self.kind, self._words, self._action_words, self._act = kind, words, action, act
        self.mark.setProperty("themeRole", role)  # the failed state's icon in the error colour
        icons.set_icon(self.mark, icon, ICON_FACTOR)
        self.setProperty("state", kind)
        self._say()
        self.show()

    def _say(self) -> None:
        self.sentence.setText(_said(self._words))
        self.sentence.setAccessibleName(self.sentence.text())
        theme.set_role(self.sentence, "danger" if self.kind == "failed" else "quiet")
        action = _said(self._action_words)
        widgets.rename(self.action, action)
        theme.set_role(self.action, "primary" if self.kind == "failed" else "secondary")
        if self.kind == "failed":
            icons.set_icon(self.action, RETRY_ICON)
        elif self.action.property("iconName"):
            self.action.setProperty("iconName", "")
            self.action.setIcon(QIcon())
        self.action.setVisible(bool(action and self._act is not None))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange and self.kind:
            self._say()
        super().changeEvent(event)
