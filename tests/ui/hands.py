"""A person at the screen, for tests that drive the real window by keyboard or by mouse and touch."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from ui.selftest import settle


class Hands:
    """A person at the screen: by keyboard (Tab to reach, Space to press) or by mouse (click, drag)."""

    def __init__(self, qtbot, kiosk, how: str) -> None:
        self.qtbot, self.kiosk, self.how = qtbot, kiosk, how

    def idle(self) -> None:
        settle(self.kiosk)

    def reach(self, widget) -> None:
        """Tab until the widget has focus (arrow keys within a group of choices, as with radio buttons):
        it must be reachable by keyboard in a sane number of steps."""
        group = getattr(widget, "group", lambda: None)()
        for _ in range(120):
            if widget.hasFocus():
                return
            focused = QApplication.focusWidget()
            in_group = group is not None and focused in group.buttons()
            self.qtbot.keyClick(focused or self.kiosk.window, Qt.Key_Down if in_group else Qt.Key_Tab)
        raise AssertionError(f"{widget.accessibleName()!r} cannot be reached with Tab")

    def show(self, widget) -> None:
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(widget, 10, 10)

    def press(self, button) -> None:
        assert button.isVisible() and button.isEnabled(), button.accessibleName()
        if self.how == "keyboard":
            self.reach(button)
            self.qtbot.keyClick(button, Qt.Key_Space)
        else:
            self.show(button)
            self.qtbot.mouseClick(button, Qt.LeftButton)
        self.idle()

    def type(self, edit, text: str) -> None:
        if self.how == "keyboard":
            self.reach(edit)
        else:
            self.show(edit)
            self.qtbot.mouseClick(edit, Qt.LeftButton)
        edit.selectAll()
        for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
            if run.isascii():
                self.qtbot.keyClicks(edit, run)
            else:  # Chinese and other scripts come from an input method, committed whole (QTest cannot key them)
                event = QInputMethodEvent()
                event.setCommitString(run)
                QApplication.sendEvent(edit, event)

    def pick(self, combo, data) -> None:
        index = combo.findData(data)
        assert index >= 0, data
        if self.how == "keyboard":
            self.reach(combo)
            for _ in range(abs(index - combo.currentIndex())):
                self.qtbot.keyClick(combo, Qt.Key_Down if index > combo.currentIndex() else Qt.Key_Up)
        else:
            self.show(combo)
            self.qtbot.mouseClick(combo, Qt.LeftButton)
            view = combo.view()
            self.qtbot.waitUntil(view.isVisible)
            view.scrollTo(view.model().index(index, 0))
            rect = view.visualRect(view.model().index(index, 0))
            self.qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
        assert combo.currentIndex() == index

    def sign(self, pad) -> None:
        self.show(pad)
        w, h = pad.width(), pad.height()
        for y in (0.4, 0.6):
            self.qtbot.mousePress(pad, Qt.LeftButton, pos=QPoint(int(w * 0.1), int(h * y)))
            for step in range(1, 12):
                self.qtbot.mouseMove(pad, QPoint(int(w * (0.1 + 0.07 * step)), int(h * (y + 0.15 * (step % 2)))))
            self.qtbot.mouseRelease(pad, Qt.LeftButton, pos=QPoint(int(w * 0.85), int(h * y)))
