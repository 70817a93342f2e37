"""Drawing a list over several event-loop turns, each held to a few milliseconds of the Qt thread.

A card costs ~2 ms of CPU to make (more on a busy machine); twenty search hits or eight visit cards
made at once held the window for tens of ms. Made by a time budget per turn (not a fixed count),
a fast machine draws several per turn and a busy one at least one, and input and painting run between.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

TURN_BUDGET_S = 0.006  # well inside a 16 ms frame: the rest is layout, painting and input


class TurnDrawer(QObject):
    """`start(step)` calls `step()` until it returns False, as many times per event-loop turn as fit in
    the budget (at least once); a new `start` or `cancel()` drops the drawing under way."""

    def __init__(self, parent: QObject, budget_s: float = TURN_BUDGET_S) -> None:
        super().__init__(parent)
        self.budget_s = budget_s
        self._step: Callable[[], bool] | None = None
        self._next_turn = QTimer(self, singleShot=True, interval=0)
        self._next_turn.timeout.connect(self._turn)

    @property
    def active(self) -> bool:
        return self._step is not None

    def start(self, step: Callable[[], bool]) -> None:
        self._step = step
        self._next_turn.start()

    def cancel(self) -> None:
        self._step = None
        self._next_turn.stop()

    def _turn(self) -> None:
        step, started = self._step, time.perf_counter()
        while step is not None and step is self._step:
            if not step():
                self._step = None
                return
            if time.perf_counter() - started >= self.budget_s:
                break
        if self._step is not None:
            self._next_turn.start()
