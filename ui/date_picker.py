"""A date by touch, the way people say a birthday: the decade, then the year, the month, the day.

Every choice is a large button (never a 126-row list), only dates that exist are offered, and no
year after this one. Years read in both calendars: 1950 (民國 39)."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.rocdate import ROC_OFFSET
from ui import theme, widgets
from ui.screens.household import clear_box

FIRST_YEAR = ROC_OFFSET + 1  # 民國元年


class DatePicker(QWidget):
    picked = Signal(date)

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING_PX)
        self.step_label = widgets.body()
        self.up_button = widgets.button("")
        self.grid = widgets.row()  # wraps: a long year label in large text is never cut off
        layout.addWidget(self.step_label)
        layout.addLayout(self.grid)
        layout.addLayout(widgets.row(self.up_button))
        self.up_button.clicked.connect(self.up)
        self.decade: int | None = None
        self.year: int | None = None
        self.month: int | None = None
        self.buttons: list = []
        self.show_step()

    # -- steps --------------------------------------------------------------------------------
    def choose_decade(self, decade: int) -> None:
        self.decade = decade
        self.show_step()

    def choose_year(self, year: int) -> None:
        self.year = year
        self.show_step()

    def choose_month(self, month: int) -> None:
        self.month = month
        self.show_step()

    def choose_day(self, day: int) -> None:
        chosen = date(self.year, self.month, day)
        self.decade = self.year = self.month = None
        self.show_step()
        self.picked.emit(chosen)

    def up(self) -> None:
        """One step back: from the days to the months, to the years, to the decades."""
        if self.month is not None:
            self.month = None
        elif self.year is not None:
            self.year = None
        else:
            self.decade = None
        self.show_step()

    def show_step(self) -> None:
        clear_box(self.grid)
        self.buttons = []
        last = self.today.year
        if self.decade is None:
            self._offer(self.tr("Choose the decade"), [
                (d, f"{max(d, FIRST_YEAR)}–{min(d + 9, last)}", self.choose_decade)
                for d in range(FIRST_YEAR // 10 * 10, last + 1, 10)])
        elif self.year is None:
            self._offer(self.tr("Choose the year"), [
                (y, self._year_text(y), self.choose_year)
                for y in range(max(self.decade, FIRST_YEAR), min(self.decade + 9, last) + 1)])
        elif self.month is None:
            self._offer(self._year_text(self.year) + " · " + self.tr("Choose the month"), [
                (m, str(m), self.choose_month) for m in range(1, 13)])
        else:
            days = calendar.monthrange(self.year, self.month)[1]
            self._offer(f"{self._year_text(self.year)} · {self.month} · " + self.tr("Choose the day"), [
                (d, str(d), self.choose_day) for d in range(1, days + 1)])
        self.up_button.setVisible(self.decade is not None)
        widgets.rename(self.up_button, "◀ " + self.tr("Back one step"))

    def _year_text(self, year: int) -> str:
        return f"{year} (" + self.tr("ROC %1").replace("%1", str(year - ROC_OFFSET)) + ")"

    def _offer(self, heading: str, choices: list) -> None:
        self.step_label.setText(heading)
        for value, text, choose in choices:
            b = widgets.button(text)
            b.setProperty("value", value)
            b.clicked.connect(lambda _c=False, v=value, f=choose: f(v))
            self.grid.addWidget(b)
            self.buttons.append(b)

    def button_for(self, value: int):  # noqa: ANN201 - the button offering `value` at this step
        return next(b for b in self.buttons if b.property("value") == value)
