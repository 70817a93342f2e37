"""Unlock: the officer's PIN opens the encrypted store. Nothing personal is shown before it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLineEdit

from ui import widgets
from ui.screens.base import Screen


PIN_FIELD_EM = 24  # the PIN box sized for a PIN or a passphrase of four words, not the whole window


class UnlockScreen(Screen):
    name = "unlock"
    unlock_requested = Signal(str)

    def build(self) -> None:
        self.heading = widgets.heading()
        self.intro = widgets.body()
        self.pin_label = widgets.field_label()
        self.pin = widgets.line_edit(self.pin_label)
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setMaxLength(32)
        self.unlock_button = widgets.button("", role="primary")
        self.message = widgets.Badge()
        self.message.setWordWrap(True)
        self.message.hide()  # no gap between the box and the button until there is something to say
        self._size_pin_box()
        self.pin.installEventFilter(self)  # its own font change: the screen's came before the box had its new font
        for w in (self.heading, self.intro, self.pin_label, self.pin, self.message):
            self.layout_.addWidget(w)
        self.layout_.addLayout(widgets.row(self.unlock_button))  # a button as wide as its word, not the screen
        self.layout_.addStretch(1)
        self.unlock_button.clicked.connect(self._submit)
        self.pin.returnPressed.connect(self._submit)

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        mode = {"officer": self.tr("Officer"), "volunteer": self.tr("Volunteer"),
                "kiosk": self.tr("Self-service kiosk (staff unlock)")}[self.ctx.mode]
        self.intro.setText(self.tr("Mode: %1. Enter your PIN to open the households on this device.").replace("%1", mode))
        self.pin_label.setText(self.tr("&PIN"))
        self.pin.setAccessibleName(self.tr("PIN"))
        widgets.rename(self.unlock_button, self.tr("Unlock"))

    def title(self) -> str:
        return self.tr("Kiosk is locked")

    def first_focus(self):  # noqa: ANN201
        return self.pin

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.pin and event.type() == QEvent.FontChange:  # a new text size: as many characters wide
            self._size_pin_box()
        return super().eventFilter(watched, event)

    def _size_pin_box(self) -> None:
        self.pin.setMaximumWidth(PIN_FIELD_EM * self.pin.fontMetrics().averageCharWidth())

    def _submit(self) -> None:
        if not self.pin.text():
            self.show_error(lambda: self.tr("Please enter your PIN."))
            return
        self.unlock_button.setEnabled(False)
        self.pin.setAccessibleDescription("")
        self.message.set_state("info", lambda: self.tr("Opening the encrypted store…"))
        self.message.show()
        self.unlock_requested.emit(self.pin.text())

    def show_error(self, text: str | Callable[[], str]) -> None:
        """Words given as a function are said again in a newly chosen language."""
        self.unlock_button.setEnabled(True)
        self.pin.clear()
        widgets.tell_beside(self.message, self.pin, text, self.ctx.announcer)

    def clear(self) -> None:
        super().clear()
        self.pin.clear()
        self.pin.setAccessibleDescription("")
        self.message.clear()
        self.message.hide()
        self.unlock_button.setEnabled(True)
