"""The channels a message can go out on, behind one interface: `send(message) -> SendResult`.
E-mail over SMTP; SMS through an HTTP gateway whose request is configuration. Each send carries
the message's id (Message-ID, the gateway's client reference), so a resend after a crash is the
same message, not a second one. Errors are classified, never logged with addresses."""

from __future__ import annotations

import json as jsonlib
import re
import smtplib
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from typing import Literal, Protocol
from urllib.parse import quote

import requests

from kiosk.i18n import tr
from kiosk.json_types import JsonObject
from sync.hub.notify.config import SmsGateway, SmtpSettings, with_secrets
from sync.hub.notify.sms_reports import answer_id

Outcome = Literal["delivered", "retry", "bounced"]


@dataclass(frozen=True)
class Outgoing:
    id: str
    to: str
    language: str
    subject: str
    body: str
    unsubscribe_url: str


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    reason: str = ""
    retry_after_s: float | None = None
    gateway_id: str | None = None  # the SMS gateway's own id of an accepted message: its delivery reports name it


class Channel(Protocol):
    kind: str

    def send(self, message: Outgoing) -> SendResult: ...

    def close(self) -> None: ...


def sender_in(sender: str, language: str) -> Address:
    """The configured sender's address under the e-housekeeper's name in the reader's language."""
    _name, address = parseaddr(sender)
    return Address(display_name=tr("notify.sender_name", language), addr_spec=address or "noreply@localhost")


class SmtpChannel:
    kind = "email"

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings

    def compose(self, message: Outgoing) -> EmailMessage:
        mail = EmailMessage()
        domain = self.settings.sender.rsplit("@", 1)[-1].rstrip(">").strip() or "localhost"
        mail["Message-ID"] = f"<{message.id}@{domain}>"  # the same on a resend: mail clients keep one
        mail["From"] = sender_in(self.settings.sender, message.language)
        mail["To"] = message.to
        mail["Subject"] = message.subject
        mail["Date"] = formatdate(localtime=False, usegmt=True)
        mail["List-Unsubscribe"] = f"<{message.unsubscribe_url}>"
        mail["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"  # RFC 8058
        mail["Auto-Submitted"] = "auto-generated"
        mail.set_content(message.body)
        mail["Content-Language"] = message.language  # after set_content, which replaces Content-* headers
        return mail

    def send(self, message: Outgoing) -> SendResult:
        settings = self.settings
        try:
            with smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_s) as smtp:
                if settings.starttls:
                    smtp.starttls()
                if settings.username:
                    smtp.login(with_secrets(settings.username), with_secrets(settings.password or ""))
                smtp.send_message(self.compose(message))
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            permanent = all(500 <= code < 600 for code in codes)
            return SendResult("bounced" if permanent else "retry", f"recipient refused {codes}")
        except smtplib.SMTPResponseException as exc:
            permanent = 500 <= exc.smtp_code < 600
            return SendResult("bounced" if permanent else "retry", f"smtp {exc.smtp_code}")
        except (smtplib.SMTPException, OSError) as exc:
            return SendResult("retry", f"smtp: {type(exc).__name__}")
        return SendResult("delivered")

    def close(self) -> None:
        pass


def _national(number: str) -> str:
    return "0" + number[4:] if number.startswith("+886") else number


def _fill(template: object, values: dict[str, str]) -> object:
    """Placeholders filled in strings, nested as the template is (no format spec, no attribute access)."""
    if isinstance(template, str):
        return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)
    if isinstance(template, dict):
        return {k: _fill(v, values) for k, v in template.items()}
    if isinstance(template, list):
        return [_fill(v, values) for v in template]
    return template


class SmsGatewayChannel:
    kind = "sms"

    def __init__(self, gateway: SmsGateway) -> None:
        self.gateway = gateway
        self.session = requests.Session()

    def request_for(self, message: Outgoing) -> JsonObject:
        """The gateway's request: secrets filled in the template first, so no value can name one."""
        values = {"to": message.to, "to_national": _national(message.to), "text": message.body,
                  "message_id": message.id}
        gateway = self.gateway
        quoted = {k: quote(v, safe="") for k, v in values.items()}
        request: JsonObject = {"method": gateway.method, "url": _fill(with_secrets(gateway.url), quoted),
                         "headers": _fill(with_secrets(gateway.headers), values)}
        if gateway.form is not None:
            request["data"] = _fill(with_secrets(gateway.form), values)
        elif gateway.json is not None:
            request["data"] = jsonlib.dumps(_fill(with_secrets(gateway.json), values), ensure_ascii=False).encode()
            request["headers"] = {"Content-Type": "application/json; charset=utf-8", **request["headers"]}
        return request

    def send(self, message: Outgoing) -> SendResult:
        gateway = self.gateway
        try:
            answer = self.session.request(timeout=gateway.timeout_s, **self.request_for(message))
        except requests.RequestException as exc:
            return SendResult("retry", f"gateway: {type(exc).__name__}")
        text = answer.text[:2000]
        if 200 <= answer.status_code < 300:
            if gateway.bounce_pattern and re.search(gateway.bounce_pattern, text):
                return SendResult("bounced", "gateway refused the number")
            if gateway.success_pattern and not re.search(gateway.success_pattern, text):
                return SendResult("retry", f"gateway {answer.status_code} without success")
            return SendResult("delivered", gateway_id=answer_id(gateway.reports, text) if gateway.reports else None)
        if answer.status_code in gateway.bounce_statuses:
            return SendResult("bounced", f"gateway {answer.status_code}")
        retry_after = answer.headers.get("Retry-After", "")
        return SendResult("retry", f"gateway {answer.status_code}",
                          float(retry_after) if retry_after.isdigit() else None)

    def close(self) -> None:
        self.session.close()


def channels_for(smtp: SmtpSettings | None, sms: SmsGateway | None) -> dict[str, Channel]:
    found: dict[str, Channel] = {}
    if smtp is not None:
        found["email"] = SmtpChannel(smtp)
    if sms is not None:
        found["sms"] = SmsGatewayChannel(sms)
    return found
