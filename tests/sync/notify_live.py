"""Real receivers for the notification channels on loopback: an SMTP server (aiosmtpd) that keeps
what it accepts, and an SMS gateway (a small HTTP server speaking a Mitake-like form API: the
client reference `clientid` makes a resend of the same message a no-op, as such gateways do)."""

from __future__ import annotations

import email
import email.policy
import json
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime, time, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import requests

from sync.hub.auth import Secrets
from sync.hub.notify.channels import channels_for
from sync.hub.notify.sender import tick
from sync.hub.process import free_port
from tests.sync.conftest import LiveHub, adults, submit

DAYTIME = datetime.now(timezone.utc).replace(hour=3, minute=0, second=0, microsecond=0, tzinfo=None)  # 11:00 Taipei
INBOUND_SECRET = "inbound-test-secret-4f1d"


class Mailbox:
    """An SMTP server on loopback; `refuse` holds addresses answered 550 (a bounce)."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[email.message.EmailMessage] = []
        self.refuse: set[str] = set()
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted for delivery"

    def start(self) -> "Mailbox":
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()


@dataclass
class SmsGatewayState:
    requests: list[dict] = field(default_factory=list)  # every request, resends included
    accepted: dict[str, dict] = field(default_factory=dict)  # clientid -> fields: what reached phones
    fail_next: list[int] = field(default_factory=list)  # statuses to answer before accepting again
    issued: dict[str, str] = field(default_factory=dict)  # clientid -> the gateway's own id of what it accepted
    answer_json: bool = False  # answer a send as Twilio does ({"sid": ...}), not as Mitake does (msgid=...)
    cut_short: int = 0  # requests whose sender died before the whole body arrived: dropped, as a gateway does
    lock: threading.Lock = field(default_factory=threading.Lock)


class SmsGateway:
    def __init__(self) -> None:
        state = self.state = SmsGatewayState()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if len(raw) < length:  # urllib3 sends headers and body apart: a kill between leaves no form
                    with state.lock:
                        state.cut_short += 1
                    return
                fields = {k: v[0] for k, v in parse_qs(raw.decode("utf-8")).items()}
                fields["_path"] = urlsplit(self.path).path
                with state.lock:
                    state.requests.append(fields)
                    status = state.fail_next.pop(0) if state.fail_next else 200
                    gateway_id = f"SM{uuid.uuid4().hex}" if state.answer_json else f"#{len(state.requests):09d}"
                    if status == 200:
                        clientid = fields.get("clientid", str(len(state.requests)))
                        state.accepted.setdefault(clientid, fields)
                        state.issued.setdefault(clientid, gateway_id)
                if status != 200:
                    body = b"error\n"
                elif state.answer_json:
                    body = json.dumps({"sid": gateway_id, "status": "queued"}).encode()
                else:
                    body = f"[1]\nmsgid={gateway_id}\nstatuscode=1\n".encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "text/plain; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except ConnectionError:  # the sender was killed after sending: it is accepted all the same
                    pass

            def log_message(self, *args) -> None:
                pass

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), name="sms-gateway",
                                       daemon=True)  # shutdown() waits out one poll: 0.5 s by default

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def report(self, url: str, clientid: str, id_field: str, **fields: str) -> requests.Response:
        """A delivery report about a message it accepted, to the hub's webhook, as a gateway posts it."""
        return requests.post(url, data={id_field: self.state.issued[clientid], **fields}, timeout=10)

    def start(self) -> "SmsGateway":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def notify_config(public_url: str, mailbox: Mailbox, gateway: SmsGateway, **overrides):
    from sync.hub.notify.config import NotifyConfig, SmsGateway as GatewaySettings, SmtpSettings

    return NotifyConfig(
        public_url=public_url, retry_base_s=0.05, retry_cap_s=0.2, lease_s=0.5,
        smtp=SmtpSettings("127.0.0.1", mailbox.port, sender="e管家 <noreply@hub.example.gov.tw>", timeout_s=10),
        sms=GatewaySettings(url=gateway.url + "/api/mtk/SmSend?CharsetURL=UTF-8",
                            form={"username": "kiosk", "password": "${env:KIOSK_TEST_SMS_PASSWORD}",
                                  "dstaddr": "{to_national}", "smbody": "{text}", "clientid": "{message_id}"},
                            success_pattern=r"statuscode=[0-4]", timeout_s=10, inbound_secret=INBOUND_SECRET),
        quiet_start=time(22, 0), quiet_end=time(8, 0), **overrides)


def subscription_document(subscription_id: str, application_ids: list[str], household_no: str | None,
                          language: str = "vi", channels: list[dict] | None = None,
                          purposes: list[str] | None = None) -> dict:
    return {"subscription_id": subscription_id, "application_ids": application_ids, "household_id": household_no,
            "subscriber": {"role": "proxy", "relationship": "daughter"}, "language": language,
            "purposes": purposes or ["status", "reminders"],
            "channels": channels or [{"kind": "sms", "to": "+886912345678"}, {"kind": "email", "to": "lan@example.com"},
                                     {"kind": "calendar"}],
            "notice_version": "notify-2026-12", "consented_at": "2026-12-03T09:30:00+08:00", "withdrawn_at": None}


def put(client, document: dict) -> requests.Response:
    return client.send("PUT", f"/v1/subscriptions/{document['subscription_id']}",
                       body=json.dumps(document, ensure_ascii=False).encode())


def run_tick(hub: LiveHub, now=None, today=None, reminders: bool = False):
    config = hub.settings["notify"]
    channels = channels_for(config.smtp, config.sms)
    try:
        return tick(hub.db, Secrets(hub.db), config, channels, now=now or DAYTIME, today=today, reminders=reminders)
    finally:
        for channel in channels.values():
            channel.close()


def outcomes_of(hub: LiveHub, message_id: str) -> list[str]:
    """How each send attempt of one message ended, in order (the operator's log)."""
    from sqlalchemy import select

    from sync.hub import schema

    with hub.db.read() as conn:
        return list(conn.execute(select(schema.notify_attempt.c.outcome)
                                 .where(schema.notify_attempt.c.message_id == message_id)
                                 .order_by(schema.notify_attempt.c.id)).scalars())


def submitted(device) -> tuple[str, str, str]:
    number, person = adults(device.store, 1)[0]
    view = submit(device.store, number, "S03", person)
    assert device.sync().complete
    return view.id, number, person
