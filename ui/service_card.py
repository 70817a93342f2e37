"""A service (or a visit, or a refused application) as a card that leads with the answer: the
verdict and the amount in one bold line ("可以申請 · 每月 10,286 元"), one or two reasons under it,
and "Why?" to open the whole explanation. Its actions are real buttons, each a touch target and
a tab stop, each named with the card's title so a screen reader knows which card it acts on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QVBoxLayout

from ui import icons, theme, widgets

# kind -> (icon, role of the verdict line): the icon and the words say it, colour is the third sign
KINDS = {"ok": ("circle-check", "success"), "receiving": ("rosette-discount-check", "success"),
         "error": ("circle-x", "danger"), "warn": ("alert-triangle", "danger"), "info": ("info-circle", "")}
MAX_REASONS = 2
ICON_FACTOR = 1.25  # the kind's icon beside the title, a little larger than body text


def headline(*parts: str) -> str:
    """The verdict and the amount in one line: 可以申請 · 每月 10,286 元."""
    return " · ".join(p for p in parts if p)


class ServiceCard(QFrame):
    """Few widgets on purpose: a list shows eight to twenty cards and rebuilds them on every change,
    so the reasons are one label, and "Why?" and the explanation exist only where there is one
    (the explanation is laid out when first opened)."""

    acted = Signal()  # the card's action (start an application, open a household, fix and send)

    def __init__(self, kind: str, title: str, verdict: str, reasons: list[str] = (), details: list[str] = (),
                 action: str = "", action_icon: str = "arrow-right", note: str = "") -> None:
        super().__init__()
        self.setProperty("serviceCard", True)  # surface, outline and corners from the style sheet
        self.title = widgets.heading(level=3)
        self.verdict = widgets.body()
        theme.set_font_scale(self.verdict, 1.0, bold=True)
        self.reasons = widgets.body()
        self.details: QLabel | None = None
        self.why: QPushButton | None = None
        self.action: QPushButton | None = None
        self.inner = QVBoxLayout(self)
        self.inner.setContentsMargins(16, 12, 16, 12)
        self.inner.setSpacing(theme.SPACING_PX // 2)
        self.inner.addWidget(self.title)
        self._make_room_for_the_icon()
        self.inner.addWidget(self.verdict)
        self.inner.addWidget(self.reasons)
        self.buttons = widgets.row()
        self.inner.addLayout(self.buttons)
        if action:
            self.action = widgets.button(action)
            icons.set_icon(self.action, action_icon)
            self.action.clicked.connect(self.acted)
            self.buttons.addWidget(self.action)
        self.fill(kind, title, verdict, reasons, details, note)

    def fill(self, kind: str, title: str, verdict: str, reasons: list[str] = (), details: list[str] = (),
             note: str = "") -> None:
        """Show another service or visit in this card: a list that rebuilds refills the cards it
        has rather than making new ones (eight new cards cost the Qt thread ~10 times more)."""
        self.setAccessibleName(headline(title, verdict))
        self._title, self._details = title, list(details)
        self.icon_name, self.role = KINDS.get(kind, KINDS["info"])
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.verdict.setText(verdict)
        theme.set_role(self.verdict, self.role or "quiet")
        lines = ["• " + reason for reason in list(reasons)[:MAX_REASONS]]
        if note:  # advice beside the reasons (of two services only one can be had: which to take)
            lines.append("ⓘ " + note)
        self.reasons.setText("\n".join(lines))
        if details and self.why is None:
            self.why = widgets.button(self.tr("Why?"), role="quiet")
            self.why.setCheckable(True)
            icons.set_icon(self.why, "chevron-down")
            self.why.toggled.connect(self._open)
            self.buttons.insert_widget(0, self.why)
        if self.why is not None:
            self.why.setChecked(False)  # a refilled card starts closed
            self.why.setText(self.tr("Why?"))  # in the language of the moment
            self.why.setAccessibleName(headline(self.tr("Why?"), title))
            self.why.setVisible(bool(details))
        if self.details is not None:
            self.details.setText("\n".join("• " + line for line in self._details))
        if self.action is not None:
            self.action.setAccessibleName(headline(self.action.text(), title))
        # only once in the card: a parentless widget made visible would open as a window of its own
        self.verdict.setVisible(bool(verdict))
        self.reasons.setVisible(bool(lines))
        self.update()  # the kind's icon is painted

    def _open(self, opened: bool) -> None:
        if self.details is None:
            self.details = widgets.body("\n".join("• " + line for line in self._details))
            self.inner.insertWidget(self.inner.indexOf(self.reasons) + 1, self.details)
        self.details.setVisible(opened)
        icons.set_icon(self.why, "chevron-up" if opened else "chevron-down")
        if opened:  # once the layout has made room for it
            QTimer.singleShot(0, lambda: widgets.bring_into_view(self.details, self.why))

    # The kind's icon is painted before the title rather than held by a label of its own: one
    # widget less per card, and it follows the theme and text size like the text beside it.
    def _icon_px(self) -> int:
        return icons.icon_px(int(theme.prop(QApplication.instance(), "kioskScale", 100)), ICON_FACTOR)

    def _make_room_for_the_icon(self) -> None:
        self.title.setIndent(self._icon_px() + theme.SPACING_PX)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.FontChange:  # a new text size: a new icon size
            self._make_room_for_the_icon()
        super().changeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().paintEvent(event)
        tokens, px = theme.current_theme(), self._icon_px()
        colour = {"success": tokens.success, "danger": tokens.danger}.get(self.role, tokens.text)
        first_line = self.title.fontMetrics().height()
        spot = self.title.geometry()
        painter = QPainter(self)
        painter.drawPixmap(spot.x(), spot.y() + max(0, (first_line - px) // 2),
                           icons.pixmap(self.icon_name, colour, px, self.devicePixelRatioF()))
        painter.end()
