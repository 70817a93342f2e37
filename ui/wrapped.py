"""A word-wrapped label that lays its text out once per width.

Qt asks a wrapped label for its height at a width again and again in one layout pass, and QLabel
shapes the whole text for every answer: rebuilding the eight cards of the visit plan laid their
text out 168 times (21 per card, at four widths); keeping the answers took that from ~19 ms of
the Qt thread to ~10 ms. They are kept until the text, wrapping, font or style changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self.setWordWrap(wrap)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - Qt override
        self._heights.clear()
        super().setWordWrap(on)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self._heights.clear()  # font, application font, style, margins...: rare, so any change will do
        super().changeEvent(event)
