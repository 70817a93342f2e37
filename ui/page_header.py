"""The line above every screen's title: whose service this is (the agency's mark and the platform's
name) and, inside an application, where the person is ("第 2 步，共 5 步"). The name is not read
aloud on every screen (the window title says it once); the step is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui import icons, theme, widgets
from ui.wrapped import WrappedLabel

AGENCY_ICON = "building-bank"
# An application's steps in the order they are taken; a screen names its own (Screen.step).
APPLICATION_STEPS = ("wizard", "consent", "attachments", "review", "receipt")


class PageHeader(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_header")
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(theme.SPACING_PX)
        self.mark = icons.icon_label(AGENCY_ICON, 1.25)
        self.mark.setProperty("speech", "skip")
        self.agency = WrappedLabel()
        self.agency.setProperty("speech", "skip")
        theme.set_font_scale(self.agency, 1.0, bold=True)
        self.step = widgets.body(role="muted")
        self.step.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        line.addWidget(self.mark, 0, Qt.AlignVCenter)
        line.addWidget(self.agency, 1)
        line.addWidget(self.step, 1)
        self._step: int | None = None
        self.step.hide()
        self.retranslate()

    def set_step(self, number: int | None) -> None:
        """Show the application's step n ("第 2 步，共 5 步：同意"), or nothing outside an application (None)."""
        self._step = number or None
        self.step.setVisible(self._step is not None)
        self._show_step()

    def _show_step(self) -> None:
        if self._step is None:
            self.step.clear()
            return
        number = self._step
        words = (self.tr("Step %1 of %2: %3").replace("%1", str(number)).replace("%2", str(len(APPLICATION_STEPS)))
                 .replace("%3", self._application_step_names()[number - 1]))
        self.step.setText(words)
        self.step.setAccessibleName(words)

    def _application_step_names(self) -> tuple[str, ...]:
        return (self.tr("Questions"), self.tr("Consent"), self.tr("Documents"), self.tr("Review"), self.tr("Receipt"))

    def retranslate(self) -> None:
        name = self.tr("E-services delivered home")
        self.agency.setText(name)
        self.agency.setAccessibleName(name)
        self._show_step()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
