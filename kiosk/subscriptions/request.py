"""What a screen asks for when a citizen subscribes, and what must be fixed first: plain data,
free of the store, so the UI can build and show it."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.i18n import UserError

PURPOSES = ("status", "reminders")
ROLES = ("self", "proxy")


class SubscriptionRefused(UserError):
    """What a person must fix before subscribing, by field (purposes, channels, sms, email,
    relationship, notice, target); the message is the first problem's."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(next(iter(problems.values())))


@dataclass(frozen=True)
class SubscriptionRequest:
    language: str
    purposes: tuple[str, ...]
    sms: str | None = None
    email: str | None = None
    calendar: bool = False
    role: str = "self"
    relationship: str | None = None
    household_no: str | None = None
    application_ids: tuple[str, ...] = ()
    notice_version: str = ""
