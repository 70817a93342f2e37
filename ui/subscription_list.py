"""A household's subscriptions to news and reminders, each stopped with one tap, and the way to a
new one. Lives on the household screen; contacts are shown masked. Withdrawn ones stay listed
after the active ones, with when and how they were stopped (on the device, by the link in a
message, by an SMS STOP), so the officer sees the history; a channel the hub found not reaching
the citizen (its address bounced) says so."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.i18n import tr as core_text  # not `tr`: lupdate would take these keys for UI strings
from kiosk.localformat import format_date
from ui import widgets
from ui.errors import explain
from ui.list_state import ListState

WITHDRAWN_BY = ("device", "link", "sms_stop")  # anything else the hub reports reads as "at the hub"


class SubscriptionList(QWidget):
    def __init__(self, screen) -> None:  # noqa: ANN001 - the owning ui.screens.base.Screen
        super().__init__()
        self.screen = screen
        self.ctx = screen.ctx
        self.household_no = ""
        self.shown: list = []
        layout = widgets.column(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = widgets.heading(level=2)
        self.items = QVBoxLayout()
        self.items.setSpacing(12)
        self.list_state = ListState()
        self.message = widgets.Badge()
        self.message.setWordWrap(True)
        self.message.hide()
        self.add_button = widgets.button("")
        layout.addWidget(self.heading)
        layout.addWidget(self.list_state)
        layout.addLayout(self.items)
        layout.addWidget(self.message)
        layout.addLayout(widgets.row(self.add_button))
        self.add_button.clicked.connect(
            lambda: self.ctx.navigate("subscribe", household_no=self.household_no) if self.household_no else None)
        self.problem: BaseException | None = None
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("News and reminders"))
        widgets.rename(self.add_button, self.tr("Subscribe to news and reminders…"))
        self._show()

    def show_for(self, household_no: str) -> None:
        if household_no != self.household_no:
            self.shown = []
        self.household_no, self.problem = household_no, None
        self._show()
        self.screen.run(self.ctx.workspace.subscriptions, household_no, None, True, done=self._loaded, failed=self._failed)

    def _loaded(self, found: list) -> None:
        self.shown = sorted(found, key=lambda view: not view.active)  # the active first, then the history
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.shown, self.problem = [], exc
        self._show()

    def _channels(self, view) -> str:  # noqa: ANN001 - a SubscriptionView
        names = {"sms": self.tr("Text message"), "email": self.tr("E-mail"), "calendar": self.tr("Calendar")}
        unreachable = " " + core_text("subscribe.list.unreachable", self.ctx.lang)
        return ", ".join(f"{names[c.kind]} {c.shown}".strip() + (unreachable if c.kind in view.unreachable else "")
                         for c in view.channels)

    def _withdrawn(self, view) -> str:  # noqa: ANN001 - a SubscriptionView
        day = format_date(view.withdrawn_at.date(), self.ctx.lang)
        if view.withdrawn_by is None:  # withdrawn before the device kept how
            return core_text("subscribe.list.withdrawn_unknown_way", self.ctx.lang, date=day)
        by = view.withdrawn_by if view.withdrawn_by in WITHDRAWN_BY else "hub"
        return core_text("subscribe.list.withdrawn", self.ctx.lang, date=day,
                         by=core_text(f"subscribe.list.withdrawn_by.{by}", self.ctx.lang))

    def _show(self) -> None:
        while self.items.count():
            item = self.items.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        if self.problem is not None:
            problem, household_no = self.problem, self.household_no
            self.list_state.show_failed(lambda: explain(problem, self.ctx.lang), lambda: self.show_for(household_no))
        elif not self.shown:
            # its action is the list's own "Subscribe…" button, right below
            self.list_state.show_empty(
                "bell", lambda: self.tr("No one has subscribed yet. The citizen or a family member can get news of applications and reminders."))
        else:
            self.list_state.clear()
        for view in self.shown:
            what = " + ".join(self.tr("application news") if p == "status" else self.tr("reminders") for p in view.purposes)
            who = self.tr("a family member (%1)").replace("%1", view.relationship or "") if view.role == "proxy" \
                else self.tr("the citizen")
            since = self.tr("since %1").replace("%1", format_date(view.consented_at.date(), self.ctx.lang))
            text = f"{what} · {self._channels(view)}\n{who}, {since}"
            if not view.active:
                self.items.addWidget(widgets.body(f"{self._withdrawn(view)}\n{text}", role="muted"))
                continue
            if view.calendar_url:
                text += "\n" + self.tr("Calendar link: %1").replace("%1", view.calendar_url)
            self.items.addWidget(widgets.body(text))
            stop = widgets.button(self.tr("Stop these messages"), role="danger",
                                  description=self.tr("Withdraws the consent at once: %1").replace("%1", what))
            stop.clicked.connect(lambda _c=False, sid=view.id: self._withdraw(sid))
            self.items.addWidget(stop)

    def _withdraw(self, subscription_id: str) -> None:
        def done(_view) -> None:  # noqa: ANN001
            self.message.show()
            self.message.set_state("ok", lambda: self.tr("Stopped: no more messages will be sent."))
            self.ctx.announcer.announce(self.message.text(), self.message)  # the list redraws from the change

        self.screen.run(self.ctx.workspace.withdraw_subscription, subscription_id, done=done)

    def clear(self) -> None:
        self.household_no = ""
        self.shown, self.problem = [], None
        self.message.clear()
        self.message.hide()
        self._show()
