"""Tab follows the page as it reads: top to bottom, then left to right (WCAG 2.4.3, focus order).

Qt's tab chain follows the order widgets were made, so a control made after the page's last
button (a household's service cards load after its subscription list was built) was reached
after it: Tab jumped from the top of the page to its bottom and back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget


def _focusable(widget: QWidget, page: QWidget) -> bool:
    # also a group's unchosen choices, which only the arrow keys reach: Tab from one goes on from there
    return (widget.focusPolicy() != Qt.NoFocus and widget.focusProxy() is None and widget.isEnabled()
            and widget.isVisibleTo(page))


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.TabFocus)


def controls_in_reading_order(page: QWidget) -> list[QWidget]:
    """The page's focusable controls, by the line they sit on, then from the left."""
    def place(widget: QWidget) -> tuple[int, int]:
        middle = widget.mapTo(page, QPoint(0, widget.height() // 2))
        return middle.y(), middle.x()

    return sorted((w for w in page.findChildren(QWidget) if _focusable(w, page)), key=place)


def order_tabs(page: QWidget) -> list[QWidget]:
    """Put the page's controls in reading order in the tab chain; returns them in that order."""
    controls = controls_in_reading_order(page)
    for first, second in zip(controls, controls[1:]):
        QWidget.setTabOrder(first, second)
    return controls
