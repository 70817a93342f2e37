"""The kiosk's "are you still there?" panel: shown and spoken, a big Continue, 30 s to answer."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QWidget

from ui import theme, widgets


class StillThere(QFrame):
    continued = Signal()
    expired = Signal()

    def __init__(self, window: QWidget, ctx, seconds: int) -> None:  # noqa: ANN001
        super().__init__(window)
        self.ctx = ctx
        self.seconds = seconds
        self.setObjectName("still_there")
        self.setFrameShape(QFrame.Box)
        self.setLineWidth(4)
        self.setAutoFillBackground(True)
        layout = widgets.column(self)
        self.message = widgets.heading(level=1)
        self.countdown = widgets.body()
        self.continue_button = widgets.button("", role="primary")
        self.continue_button.setMinimumHeight(theme.TARGET_PX * 2)
        for w in (self.message, self.countdown, self.continue_button):
            layout.addWidget(w)
        self.continue_button.clicked.connect(self._continue)
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self._tick)
        self.left = seconds
        self.hide()

    def start(self) -> None:
        self.left = self.seconds
        self.message.setText(self.tr("Are you still there?"))
        widgets.rename(self.continue_button, self.tr("Yes, continue"))
        self._tick(spoken=True)
        window = self.parentWidget()
        self.setGeometry(window.width() // 8, window.height() // 4, window.width() * 3 // 4, window.height() // 2)
        self.show()
        self.raise_()
        self.continue_button.setFocus()
        self.timer.start()

    def _tick(self, spoken: bool = False) -> None:
        if not spoken:
            self.left -= 1
        text = self.tr("To protect your privacy, this screen will be cleared in %1 seconds.").replace("%1", str(self.left))
        self.countdown.setText(text)
        if spoken:
            self.ctx.speaker.say(self.message.text() + " " + text, self.ctx.languages.current)
        if self.left <= 0:
            self.timer.stop()
            self.hide()
            self.expired.emit()

    def reset(self) -> None:
        """Hidden and wordless until asked again (then in the next person's language)."""
        self.timer.stop()
        self.hide()
        for label in (self.message, self.countdown):
            label.clear()
        widgets.rename(self.continue_button, "")

    def _continue(self) -> None:
        self.timer.stop()
        self.hide()
        self.continued.emit()
