"""The citizen opts in to news and reminders: the notice for this purpose (shown and read aloud),
what to receive, by SMS, e-mail or a calendar feed, and who agrees (the citizen or a family member).

Reached from the receipt, the household screen and the kiosk's status check. Problems are said
beside their field. Contacts are forgotten with the screen (a lock, or a kiosk session's end).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QWidget

from kiosk.changes import Changes
from kiosk.subscriptions.notice import NOTICE_VERSION, notice_lines
from kiosk.subscriptions.request import SubscriptionRefused, SubscriptionRequest
from ui import widgets
from ui.keypad import DIGIT_ROWS, Keypad
from ui.screens.base import Screen


class SubscribeScreen(Screen):
    name = "subscribe"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.intro = widgets.body()
        self.read_notice = widgets.button("")
        self.notice = widgets.body()
        self.what_heading = widgets.heading(level=2)
        self.status_news = widgets.checkbox("")
        self.reminders = widgets.checkbox("")
        self.purposes_error = self._error_badge()
        self.how_heading = widgets.heading(level=2)
        self.mobile_label = widgets.field_label()
        self.mobile = widgets.line_edit(self.mobile_label, "0912345678")
        self.mobile.setMaxLength(20)
        self.mobile_error = self._error_badge()
        self.keypad = Keypad(self.mobile, DIGIT_ROWS)
        self.email_label = widgets.field_label()
        self.email = widgets.line_edit(self.email_label, "name@example.com")
        self.email.setMaxLength(254)
        self.email_error = self._error_badge()
        self.calendar = widgets.checkbox("")
        self.channels_error = self._error_badge()
        self.who_heading = widgets.heading(level=2)
        self.roles = QButtonGroup(self)
        self.role_buttons = {}
        for role in ("self", "proxy"):
            b = widgets.choice("")
            b.setProperty("role_kind", role)
            self.roles.addButton(b)
            self.role_buttons[role] = b
        self.relationship_label = widgets.field_label()
        self.relationship = widgets.line_edit(self.relationship_label)
        self.relationship.setMaxLength(16)
        self.relationship_error = self._error_badge()
        self.result = widgets.Badge()
        self.result.setWordWrap(True)
        self.result.hide()
        self.agree_button = widgets.button("", role="primary")
        self.later_button = widgets.button("", role="quiet")
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.intro)
        self.layout_.addLayout(widgets.row(self.read_notice))
        self.layout_.addWidget(self.notice)
        for w in (self.what_heading, self.purposes_error, self.status_news, self.reminders, self.how_heading,
                  self.mobile_label, self.mobile_error, self.mobile, self.keypad, self.email_label, self.email_error,
                  self.email, self.channels_error, self.calendar, self.who_heading):
            self.layout_.addWidget(w)
        self.layout_.addLayout(widgets.row(*self.role_buttons.values()))
        for w in (self.relationship_label, self.relationship_error, self.relationship, self.result):
            self.layout_.addWidget(w)
        self.layout_.addLayout(widgets.row(self.agree_button, self.later_button))
        self.layout_.addStretch(1)
        self.read_notice.clicked.connect(lambda: self.ctx.speaker.say(self.notice.text(), self.ctx.languages.current))
        self.roles.buttonClicked.connect(lambda _b: self._role_shown())
        self.agree_button.clicked.connect(self._agree)
        self.later_button.clicked.connect(self._not_now)
        self.target: dict = {}
        self.origin: tuple[str, dict] | None = None  # the screen it was opened from: "Not now" goes back there
        self.about = ("", "", "")  # (tracking number, household, application) the target was found for
        self.reset()

    @staticmethod
    def _error_badge() -> widgets.Badge:
        badge = widgets.Badge()
        badge.setWordWrap(True)
        badge.hide()
        return badge

    def _problem_places(self) -> dict[str, tuple[widgets.Badge, QWidget]]:
        """Where each problem the core names is said: beside the field it is about."""
        return {"purposes": (self.purposes_error, self.status_news), "sms": (self.mobile_error, self.mobile),
                "email": (self.email_error, self.email), "channels": (self.channels_error, self.calendar),
                "relationship": (self.relationship_error, self.relationship),
                "notice": (self.purposes_error, self.read_notice), "target": (self.purposes_error, self.status_news)}

    def title(self) -> str:
        return self.tr("News and reminders")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.intro.setText(self.tr("If you wish, we tell you when there is news about your application and remind "
                                   "you of your household's due dates. Messages say only that there is news and how "
                                   "to check it. You can stop them at any time."))
        widgets.rename(self.read_notice, self.tr("Read the notice aloud"))
        self.notice.setText("\n\n".join(f"{heading}\n{text}" for heading, text in notice_lines(self.ctx.lang)))
        self.what_heading.setText(self.tr("What would you like to receive?"))
        widgets.rename(self.status_news, self.tr("News about my applications"))
        widgets.rename(self.reminders, self.tr("Reminders of my household's due dates"))
        self.how_heading.setText(self.tr("How should we tell you? Fill in one or more."))
        self.mobile_label.setText(self.tr("&Mobile number for text messages (starts with 09)"))
        self.mobile.setAccessibleName(self.tr("Mobile number for text messages"))
        self.email_label.setText(self.tr("&E-mail address"))
        self.email.setAccessibleName(self.tr("E-mail address"))
        widgets.rename(self.calendar, self.tr("Add to my calendar"))
        self.who_heading.setText(self.tr("Who agrees?"))
        widgets.rename(self.role_buttons["self"], self.tr("I am the citizen"))
        widgets.rename(self.role_buttons["proxy"], self.tr("A family member, for the citizen"))
        self.relationship_label.setText(self.tr("&Relationship to the citizen"))
        self.relationship.setAccessibleName(self.tr("Relationship to the citizen"))
        widgets.rename(self.agree_button, self.tr("Agree and subscribe"))
        widgets.rename(self.later_button, self.tr("Not now"))

    def enter(self, application_id: str = "", household_no: str = "", tracking_no: str = "",
              **_params) -> None:  # noqa: ANN003
        self.reset()  # a new form each time: nothing a previous person typed stays
        self.origin = (("status", {}) if tracking_no else ("household", {"household_no": household_no}) if household_no
                       else ("receipt", {"application_id": application_id}) if application_id else None)
        about = (tracking_no, household_no, application_id)
        changes = self.take_changes()
        if about == self.about and any(about) and not changes:  # aimed already: nothing to ask again
            self._aim(self.target)
            return
        self.about = about
        self._find_target(self._aim)

    def concerns(self, changes: Changes) -> bool:
        """A household's form: a new or changed application may be one more to hear about."""
        tracking_no, household_no, _application_id = self.about
        if household_no:
            return changes.any_application()
        return bool(tracking_no) and changes.application_among(self.target.get("application_ids", ()))

    def redraw(self, changes: Changes) -> None:
        self._find_target(lambda target: setattr(self, "target", target))  # the boxes ticked stay as they are

    def _find_target(self, found: Callable[[dict], None]) -> None:
        tracking_no, household_no, application_id = self.about
        if tracking_no:  # from the kiosk's status check: the number the citizen typed or scanned
            self.run(self.ctx.workspace.application_for_tracking, tracking_no,
                     done=lambda app_id: found({"application_ids": (app_id,)} if app_id else {}))
        elif household_no:  # news about the household's submitted applications, and its due dates
            self.run(self.ctx.workspace.applications, household_no, done=lambda apps: found({
                "household_no": household_no, "application_ids": tuple(a.id for a in apps if a.tracking_no)}))
        elif application_id:
            found({"application_ids": (application_id,)})

    def _aim(self, target: dict) -> None:
        self.target = target
        self.status_news.setChecked(bool(target.get("application_ids")))

    def first_focus(self):  # noqa: ANN201
        return self.read_notice

    def _not_now(self) -> None:
        if self.origin is not None:
            name, params = self.origin
            self.ctx.navigate(name, replace=True, **params)

    def _role(self) -> str:
        checked = self.roles.checkedButton()
        return checked.property("role_kind") if checked else "self"

    def _role_shown(self) -> None:
        proxy = self._role() == "proxy"
        self.relationship_label.setVisible(proxy)
        self.relationship.setVisible(proxy)
        if not proxy:
            self.relationship_error.hide()

    def request(self) -> SubscriptionRequest:
        purposes = tuple(p for p, box in (("status", self.status_news), ("reminders", self.reminders)) if box.isChecked())
        return SubscriptionRequest(
            language=self.ctx.lang, purposes=purposes, sms=self.mobile.text(), email=self.email.text(),
            calendar=self.calendar.isChecked(), role=self._role(),
            relationship=self.relationship.text() if self._role() == "proxy" else None,
            household_no=self.target.get("household_no"), application_ids=tuple(self.target.get("application_ids", ())),
            notice_version=NOTICE_VERSION)

    def _agree(self) -> None:
        self._clear_problems()
        self.run(self.ctx.workspace.subscribe, self.request(), done=self._kept, failed=self._refused)

    def _kept(self, _view) -> None:  # noqa: ANN001
        self.reset()  # nothing typed stays on screen once it is kept
        self.result.show()
        self.result.set_state("ok", lambda: self.tr("Subscribed. You can stop the messages at any time."))
        self.ctx.announcer.announce(self.result.text(), self.result)

    def _refused(self, exc: BaseException) -> None:
        from kiosk.i18n import tr as core_text  # not `tr`: lupdate would take the key for a UI string
        from ui.errors import explain

        if not isinstance(exc, SubscriptionRefused):
            self.result.show()
            self.result.set_state("error", explain(exc, self.ctx.lang))
            self.ctx.announcer.announce(self.result.text(), self.result)
            return
        places = self._problem_places()
        for field, key in reversed(list(exc.problems.items())):  # the first problem keeps the focus
            badge, widget = places[field]
            widgets.tell_beside(badge, widget, lambda key=key: core_text(key, self.ctx.lang), self.ctx.announcer)

    def _clear_problems(self) -> None:
        for badge, widget in self._problem_places().values():
            widget.setAccessibleDescription("")
            badge.clear()
            badge.hide()
        self.result.clear()
        self.result.hide()

    def reset(self) -> None:
        """Empty: no contact, nothing chosen, the citizen agreeing for themselves."""
        for edit in (self.mobile, self.email, self.relationship):
            edit.clear()
        for box in (self.status_news, self.reminders, self.calendar):
            box.setChecked(False)
        self.role_buttons["self"].setChecked(True)
        self._role_shown()
        self._clear_problems()

    def clear(self) -> None:
        super().clear()
        self.target, self.origin, self.about = {}, None, ("", "", "")
        self.reset()
