"""A service (or a visit, or a refused application) as a card that leads with the answer: the
verdict and the amount in one bold line ("可以申請 · 每月 10,286 元"), one or two reasons under it,
and "Why?" to open the whole explanation. Its actions are real buttons, each a touch target and
a tab stop, each named with the card's title so a screen reader knows which card it acts on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ui import icons, theme, widgets

# kind -> (icon, role of the verdict line): the icon and the words say it, colour is the third sign
KINDS = {"ok": ("circle-check", "success"), "receiving": ("rosette-discount-check", "success"),
         "error": ("circle-x", "danger"), "warn": ("alert-triangle", "danger"), "info": ("info-circle", "")}
MAX_REASONS = 2


def headline(*parts: str) -> str:
    """The verdict and the amount in one line: 可以申請 · 每月 10,286 元."""
    return " · ".join(p for p in parts if p)


class ServiceCard(QFrame):
    acted = Signal()  # the card's action (start an application, open a household, fix and send)

    def __init__(self, kind: str, title: str, verdict: str, reasons: list[str] = (), details: list[str] = (),
                 action: str = "", action_icon: str = "arrow-right", note: str = "") -> None:
        super().__init__()
        self.setProperty("serviceCard", True)  # surface, outline and corners from the style sheet
        self.setAccessibleName(headline(title, verdict))
        icon_name, role = KINDS.get(kind, KINDS["info"])
        self.mark = icons.icon_label(icon_name, 1.25)
        self.mark.setProperty("speech", "skip")
        if role:
            theme.set_role(self.mark, role)
        self.title = widgets.heading(title, level=3)
        self.verdict = widgets.body(verdict, role=role)
        theme.set_font_scale(self.verdict, 1.0, bold=True)
        self.reasons = [widgets.body("• " + reason) for reason in list(reasons)[:MAX_REASONS]]
        if note:  # advice beside the reasons (of two services only one can be had: which to take)
            self.reasons.append(widgets.body("ⓘ " + note))
        self.details = QWidget()
        self.details.setProperty("speech", "skip")  # read once opened, not before
        lines = QVBoxLayout(self.details)
        lines.setContentsMargins(0, 0, 0, 0)
        for line in details:
            lines.addWidget(widgets.body("• " + line))
        self.why = widgets.button(self.tr("Why?"), role="quiet")
        self.why.setCheckable(True)
        self.why.setAccessibleName(headline(self.tr("Why?"), title))
        icons.set_icon(self.why, "chevron-down")
        self.why.toggled.connect(self._open)
        self.action = widgets.button(action, role="secondary")
        self.action.setAccessibleName(headline(action, title))
        icons.set_icon(self.action, action_icon)
        self.action.clicked.connect(self.acted)
        top = QHBoxLayout()
        top.setSpacing(theme.SPACING_PX)
        top.addWidget(self.mark, 0, Qt.AlignTop)
        top.addWidget(self.title, 1)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.setSpacing(theme.SPACING_PX // 2)
        inner.addLayout(top)
        inner.addWidget(self.verdict)
        for reason in self.reasons:
            inner.addWidget(reason)
        inner.addWidget(self.details)
        inner.addLayout(widgets.row(self.why, self.action))
        # only once in the card: a parentless widget made visible would open as a window of its own
        self.details.hide()
        self.verdict.setVisible(bool(verdict))
        self.why.setVisible(bool(details))
        self.action.setVisible(bool(action))

    def _open(self, opened: bool) -> None:
        self.details.setProperty("speech", None if opened else "skip")
        self.details.setVisible(opened)
        icons.set_icon(self.why, "chevron-up" if opened else "chevron-down")
        if opened:
            widgets.bring_into_view(self.details, self.why)
