"""What the notification scheduler needs to know: where the hub is seen from outside, whom to call,
quiet hours, the daily cap, retries, and the channels (SMTP, an SMS gateway's request template).
Read from a YAML file (`--notify FILE` or $KIOSK_HUB_NOTIFY); secrets as ${env:NAME} references."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any

import yaml

from kiosk.json_types import JsonObject

NOTIFY_ENV = "KIOSK_HUB_NOTIFY"
MIN_INBOUND_SECRET = 16  # characters of a path secret anyone on the Internet may try
PLACEHOLDERS = {"change-me", "changeme", "change_me", "secret", "your-secret", "replace-me", "todo", "xxx"}
_ENV_REFERENCE = re.compile(r"\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}")


def with_secrets(value: Any) -> Any:
    """${env:NAME} replaced by the environment's value when a channel sends (credentials stay out of the
    file and out of the settings object)."""
    if isinstance(value, str):
        return _ENV_REFERENCE.sub(lambda m: os.environ.get(m.group(1), ""), value)
    if isinstance(value, dict):
        return {k: with_secrets(v) for k, v in value.items()}
    if isinstance(value, list):
        return [with_secrets(v) for v in value]
    return value


def route_secret(configured: str | None) -> str | None:
    """A webhook's path secret with ${env:NAME} filled in; None (no such route) when it is unset,
    its variable is empty, or it is still a placeholder or too short to be unguessable."""
    if not configured:
        return None
    value: str = with_secrets(configured).strip()
    if len(value) < MIN_INBOUND_SECRET or "${" in value or value.lower().strip("<>") in PLACEHOLDERS:
        return None
    return value


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 25
    sender: str = "e-housekeeper <noreply@localhost>"
    starttls: bool = False
    username: str | None = None
    password: str | None = None  # write ${env:NAME} in the file
    timeout_s: float = 30.0
    # The path secret of the bounce webhook (/s/mail/bounce/SECRET), where the bounce mailbox's
    # delivery status notifications arrive; None: no late bounces are heard.
    bounce_secret: str | None = None


@dataclass(frozen=True)
class DeliveryReports:
    """The SMS gateway's delivery reports (DLR): it calls /s/sms/report/SECRET (GET or POST, form or
    JSON) when it learns a message's fate, naming it by the gateway's own id, which the hub takes
    from the gateway's answer to the send. The defaults are Twilio's shape."""

    secret: str | None = None  # the report webhook's path secret; None: reports are not heard
    answer_id_json: str | None = "sid"  # where a JSON answer to a send names the gateway's id: a.b.0.c
    answer_id_pattern: str | None = None  # or a regular expression whose group finds it in a text answer
    id_field: str = "MessageSid"  # the report's field naming the gateway's id
    status_field: str = "MessageStatus"
    error_field: str | None = "ErrorCode"  # kept in the send log beside the status
    failed_statuses: tuple[str, ...] = ("undelivered", "failed")  # permanent failures (any case); others change nothing

    def route_secret(self) -> str | None:
        return route_secret(self.secret)


@dataclass(frozen=True)
class SmsGateway:
    """An HTTP SMS gateway: the request is a template with {to} (+8869...), {to_national} (09...),
    {text} and {message_id} (the gateway's client reference, so a resend is not sent twice)."""

    url: str
    method: str = "POST"
    headers: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] | None = None
    json: dict[str, Any] | None = None
    success_pattern: str | None = None  # a 2xx whose body does not match is retried
    bounce_pattern: str | None = None  # a 2xx whose body matches is a bounce (e.g. an invalid number)
    bounce_statuses: tuple[int, ...] = (400, 404, 410, 422)
    timeout_s: float = 30.0
    inbound_secret: str | None = None  # the inbound webhook's path secret; None: no STOP route
    inbound_from_field: str = "from"
    inbound_text_field: str = "text"
    reports: DeliveryReports | None = None  # delivery reports; None: a 2xx answer is the last word

    def inbound_route_secret(self) -> str | None:
        """The inbound webhook's path secret (None: no STOP route), see route_secret."""
        return route_secret(self.inbound_secret)


@dataclass(frozen=True)
class NotifyConfig:
    public_url: str = "http://127.0.0.1:8470"  # how citizens reach this hub: links in messages
    status_path: str = "/s/"  # the status page (sync/hub/web), under public_url
    hotline: str = "1957"  # reminders' number (application news names the service's own hotline)
    timezone: str = "Asia/Taipei"
    quiet_start: time = time(22, 0)
    quiet_end: time = time(8, 0)
    reminder_lead_days: tuple[int, ...] = (30, 7)
    max_attempts: int = 8  # then the message is logged as failed
    bounce_limit: int = 3  # bounces (at sending or reported later) after which an address is not used again
    retry_base_s: float = 30.0
    retry_cap_s: float = 3600.0
    lease_s: float = 120.0
    interval_s: float = 30.0
    smtp: SmtpSettings | None = None
    sms: SmsGateway | None = None

    @property
    def status_url(self) -> str:
        return self.public_url.rstrip("/") + self.status_path

    def link(self, path: str) -> str:
        return self.public_url.rstrip("/") + path


def _time(text: str) -> time:
    hours, minutes = str(text).split(":")
    return time(int(hours), int(minutes))


def from_mapping(raw: JsonObject) -> NotifyConfig:
    raw = dict(raw)
    smtp = SmtpSettings(**raw.pop("smtp")) if raw.get("smtp") else None
    raw.pop("smtp", None)
    sms_raw = raw.pop("sms", None)
    sms = None
    if sms_raw:
        sms_raw = dict(sms_raw)
        if "bounce_statuses" in sms_raw:
            sms_raw["bounce_statuses"] = tuple(sms_raw["bounce_statuses"])
        if sms_raw.get("reports"):
            reports = dict(sms_raw["reports"])
            if "failed_statuses" in reports:
                reports["failed_statuses"] = tuple(str(status) for status in reports["failed_statuses"])
            sms_raw["reports"] = DeliveryReports(**reports)
        sms = SmsGateway(**sms_raw)
    for name in ("quiet_start", "quiet_end"):
        if name in raw:
            raw[name] = _time(raw[name])
    if "reminder_lead_days" in raw:
        raw["reminder_lead_days"] = tuple(raw["reminder_lead_days"])
    return NotifyConfig(smtp=smtp, sms=sms, **raw)


def load(path: str | None = None) -> NotifyConfig:
    """The file named, else $KIOSK_HUB_NOTIFY, else no channels (the calendar feed still works)."""
    path = path or os.environ.get(NOTIFY_ENV)
    if not path:
        return NotifyConfig()
    return from_mapping(yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {})
