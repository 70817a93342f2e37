"""A signature pad for touch, pen or mouse: strokes of [x, y, t_ms, pressure], undo and clear."""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme

PAD_W, PAD_H = 900, 300  # the coordinate box the strokes are stored in


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.strokes: list[list[list[float]]] = []
        self._current: list[list[float]] | None = None
        self._t0 = time.monotonic()
        self.setMinimumSize(480, 200)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setFixedHeight(240)
        self.setAttribute(Qt.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.StrongFocus)

    def _point(self, pos: QPointF, pressure: float = 0.5) -> list[float]:
        return [pos.x() * PAD_W / max(1, self.width()), pos.y() * PAD_H / max(1, self.height()),
                round((time.monotonic() - self._t0) * 1000, 1), pressure]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._current = [self._point(event.position())]
        self.strokes.append(self._current)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._current is not None:
            self._current.append(self._point(event.position()))
            self.update()

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._current = None
        self.changed.emit()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QTabletEvent.TabletPress:
            self._current = [self._point(event.position(), event.pressure())]
            self.strokes.append(self._current)
        elif kind == QTabletEvent.TabletMove and self._current is not None:
            self._current.append(self._point(event.position(), event.pressure()))
        elif kind == QTabletEvent.TabletRelease:
            self._current = None
            self.changed.emit()
        event.accept()
        self.update()

    def add_stroke(self, points: list[tuple[float, float]]) -> None:
        """A stroke in widget coordinates (tests, and replaying a saved pad)."""
        self.strokes.append([self._point(QPointF(x, y)) for x, y in points])
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        if self.strokes:
            self.strokes.pop()
            self.update()
            self.changed.emit()

    def clear(self) -> None:
        self.strokes = []
        self.update()
        self.changed.emit()

    @property
    def empty(self) -> bool:
        return not any(len(s) > 1 for s in self.strokes)

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt override
        tokens = theme.current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), QColor(tokens.base))
        painter.setPen(QPen(QColor(tokens.border), 3))
        painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        baseline = int(self.height() * 0.75)
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        painter.setPen(QPen(QColor(tokens.text), 4, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        sx, sy = self.width() / PAD_W, self.height() / PAD_H
        for stroke in self.strokes:
            if not stroke:
                continue
            path = QPainterPath(QPointF(stroke[0][0] * sx, stroke[0][1] * sy))
            for x, y, *_rest in stroke[1:]:
                path.lineTo(x * sx, y * sy)
            painter.drawPath(path)
