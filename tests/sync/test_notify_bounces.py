"""Late bounces (issue 24): the local SMTP server accepts a message, and a delivery status
notification about it arrives later at the bounce address; the mail system hands it to the hub's
bounce webhook. The send is then bounced in the log, counts toward the address's bounce limit, and
once the limit is reached nothing more goes there and the device shows, after its sync, that the
channel does not reach the citizen."""

from __future__ import annotations

import dataclasses
import json
import smtplib
from email.message import EmailMessage

import requests

from kiosk.subscriptions.notice import NOTICE_VERSION
from kiosk.subscriptions.request import SubscriptionRequest
from kiosk.subscriptions.service import subscribe, subscriptions
from sync.hub.cli import main as hub_cli
from sync.hub.decisions import decide
from sync.hub.notify.log import listing
from tests.sync.conftest import adults, submit
from tests.sync.notify_live import outcomes_of, run_tick

pytest_plugins = ["tests.sync.notify_fixtures"]
BOUNCE_SECRET = "bounce-test-secret-7c2a9e"
BOUNCE_ADDRESS = "bounces@hub.example.gov.tw"


def delivery_report(original: EmailMessage, action: str, status: str) -> bytes:
    """A DSN (RFC 3464) as a receiving mail server writes it about `original`."""
    headers = "".join(f"{name}: {value}\r\n" for name, value in original.items())
    return (f"From: MAILER-DAEMON@mx.example.com\r\nTo: {BOUNCE_ADDRESS}\r\n"
            "Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n\r\n'
            "--b1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
            "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx.example.com\r\n\r\n"
            f"Final-Recipient: rfc822; {original['To']}\r\nAction: {action}\r\nStatus: {status}\r\n"
            "Diagnostic-Code: smtp; 550 mailbox unavailable\r\n\r\n"
            f"--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n{headers}\r\n--b1--\r\n").encode("utf-8")


def bounce_later(mailbox, hub, original: EmailMessage, action: str = "failed", status: str = "5.1.1",
                 secret: str = BOUNCE_SECRET) -> requests.Response:
    """The remote server mails its report to the bounce address (our SMTP server here), and the
    bounce mailbox's pipe posts it to the hub."""
    with smtplib.SMTP("127.0.0.1", mailbox.port, timeout=10) as smtp:
        smtp.sendmail("", [BOUNCE_ADDRESS], delivery_report(original, action, status))
    arrived = mailbox.messages.pop()
    assert arrived.get_content_type() == "multipart/report"
    return requests.post(f"{hub.url}/s/mail/bounce/{secret}", data=arrived.as_bytes(),
                         headers={"Content-Type": "message/rfc822"}, timeout=10)


def email_log(hub) -> list[dict]:
    return [m for m in listing(hub.db) if m["channel"] == "email"]


def test_a_late_bounce_is_logged_counts_toward_the_limit_and_reaches_the_device(notify_hub, notify_device, receivers,
                                                                                 capsys):
    mailbox, gateway = receivers
    notify_hub.settings["notify"] = dataclasses.replace(
        notify_hub.settings["notify"], bounce_limit=2,
        smtp=dataclasses.replace(notify_hub.settings["notify"].smtp, bounce_secret=BOUNCE_SECRET))
    notify_hub.restart()
    store = notify_device.store
    number, person = adults(store, 1)[0]
    application = submit(store, number, "S03", person)
    kept = subscribe(store, SubscriptionRequest(
        language="id", purposes=("status",), sms="0912 345 678", email="siti@example.com",
        application_ids=(application.id,), notice_version=NOTICE_VERSION))
    assert notify_device.sync().complete

    decide(notify_hub.db, application.id, "need-documents", "")
    assert run_tick(notify_hub).sent == 2
    first = mailbox.messages.pop()
    assert [m["state"] for m in email_log(notify_hub)] == ["delivered"]  # the server took it

    assert bounce_later(mailbox, notify_hub, first, secret="wrong-secret-0000000").status_code == 404
    assert bounce_later(mailbox, notify_hub, first, action="delayed", status="4.4.1").status_code == 200
    assert [m["state"] for m in email_log(notify_hub)] == ["delivered"]  # a delay is not a bounce

    assert bounce_later(mailbox, notify_hub, first).status_code == 200
    logged = email_log(notify_hub)
    assert [(m["state"], m["last_error"]) for m in logged] == [("bounced", "bounced after delivery: 5.1.1")]
    assert hub_cli(["notifications", "--json", "--state", "bounced", "--db", notify_hub.db_url]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [m["message_id"] for m in shown] == [logged[0]["message_id"]]  # in the operator's send log
    assert outcomes_of(notify_hub, logged[0]["message_id"]) == ["delivered", "bounced"]
    assert notify_device.sync().complete
    assert subscriptions(store, household_no=number)[0].unreachable == ()  # one bounce of two: still in use

    decide(notify_hub.db, application.id, "approve", "")  # the address is tried again: below the limit
    assert run_tick(notify_hub).sent == 2
    second = mailbox.messages.pop()
    assert bounce_later(mailbox, notify_hub, second).status_code == 200
    assert bounce_later(mailbox, notify_hub, second).status_code == 200  # the same report twice counts once

    decide(notify_hub.db, application.id, "reject", "")
    assert run_tick(notify_hub).sent == 1  # the SMS only: the address is dead
    assert not mailbox.messages and len(gateway.state.accepted) == 3
    assert notify_device.sync().complete
    view = subscriptions(store, household_no=number)[0]
    assert view.id == kept.id and view.active and view.unreachable == ("email",)
