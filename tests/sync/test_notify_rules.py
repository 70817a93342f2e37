"""The rules around notifications, each against a loopback hub and real receivers: what a
subscription upload may name (scope and ownership as for applications), quiet hours, the daily cap
that only a decision passes, retries with backoff and the attempt log, bounces, the calendar's due
dates with alarms, and contacts that never reach a log."""

from __future__ import annotations

import dataclasses
import json
import logging
import uuid
from datetime import date, timedelta

import requests
from icalendar import Calendar
from sqlalchemy import select

from kiosk.i18n import tr
from sync.hub import schema
from sync.hub.decisions import decide
from sync.hub.notify.news import add_news
from tests.sync.conftest import enroll_device
from tests.sync.notify_live import DAYTIME, put, run_tick, submitted, subscription_document

pytest_plugins = ["tests.sync.notify_fixtures"]
REVIEW_DAY = date(2026, 9, 26)  # five days before the yearly review (1 October) of a low-income household
LOW_INCOME_HOUSEHOLD = "C2612652"  # in the generated district: its only due date is that review


def attempts_of(hub, channel: str) -> list[str]:
    with hub.db.read() as conn:
        return list(conn.execute(select(schema.notify_attempt.c.outcome)
                                 .join(schema.notify_message, schema.notify_message.c.id == schema.notify_attempt.c.message_id)
                                 .where(schema.notify_message.c.channel == channel)
                                 .order_by(schema.notify_attempt.c.id)).scalars())


def test_a_subscription_names_only_what_its_device_may_see(notify_hub, notify_device, notify_client, tmp_path):
    application_id, household_no, _ = submitted(notify_device)
    good = subscription_document(str(uuid.uuid4()), [application_id], household_no)
    unknown_application = put(notify_client, {**good, "application_ids": [str(uuid.uuid4())]})
    assert unknown_application.status_code == 409
    assert unknown_application.json()["code"] == "missing_applications"
    unknown_household = put(notify_client, {**good, "household_id": "Z9999999"})
    assert unknown_household.status_code == 422 and unknown_household.json()["errors"][0]["code"] == "unknown_household"
    old_notice = put(notify_client, {**good, "notice_version": "notify-2020-01"})
    assert old_notice.status_code == 422 and old_notice.json()["errors"][0]["code"] == "consent_outdated"
    bad_number = put(notify_client, {**good, "channels": [{"kind": "sms", "to": "+886212345678"}]})
    assert bad_number.status_code == 422 and "+886212345678" not in bad_number.text  # no contact echoed
    other_path = notify_client.send("PUT", f"/v1/subscriptions/{uuid.uuid4()}", body=json.dumps(good).encode())
    assert other_path.status_code == 422
    assert put(notify_client, good).status_code == 201

    other = enroll_device(notify_hub, tmp_path / "other")  # same scope, another device: not its subscription
    from sync.client.config import client_for

    other_client, _ = client_for(other.store)
    try:
        taken = put(other_client, {**good, "language": "en"})
        assert taken.status_code == 404 and taken.json()["code"] == "not_found"
    finally:
        other_client.close()
        other.store.close()


def test_a_withdrawal_by_the_device_is_final(notify_hub, notify_device, notify_client):
    application_id, household_no, _ = submitted(notify_device)
    document = subscription_document(str(uuid.uuid4()), [application_id], household_no)
    assert put(notify_client, {**document, "withdrawn_at": "2026-12-03T10:00:00+08:00"}).json()["state"] == "withdrawn"
    assert put(notify_client, document).json()["state"] == "withdrawn"
    decide(notify_hub.db, application_id, "approve", "")
    assert run_tick(notify_hub).composed == 0
    with notify_hub.db.read() as conn:  # the hub keeps the consent and its withdrawal, not the addresses
        kept = conn.execute(select(schema.subscription.c.document)).scalar_one()
        assert not conn.execute(select(schema.subscription_contact)).all()
    assert "912345678" not in kept and "lan@example.com" not in kept


def test_news_waits_out_the_quiet_hours(notify_hub, notify_device, notify_client, receivers):
    mailbox, gateway = receivers
    application_id, household_no, _ = submitted(notify_device)
    put(notify_client, subscription_document(str(uuid.uuid4()), [application_id], household_no))
    decide(notify_hub.db, application_id, "reject", "")
    night = DAYTIME.replace(hour=15, minute=30)  # 23:30 in Taipei
    early = DAYTIME.replace(hour=23, minute=50)  # 07:50 the next morning in Taipei
    assert run_tick(notify_hub, now=night).quiet and run_tick(notify_hub, now=early).quiet
    assert not mailbox.messages and not gateway.state.requests
    morning = DAYTIME.replace(hour=0, minute=5) + timedelta(days=1)  # 08:05 in Taipei
    assert run_tick(notify_hub, now=morning).sent == 2
    assert len(mailbox.messages) == 1 and len(gateway.state.requests) == 1


def test_one_message_a_day_unless_a_decision_arrives(notify_hub, notify_device, notify_client, receivers):
    mailbox, gateway = receivers
    application_id, _, _ = submitted(notify_device)
    reminders = subscription_document(str(uuid.uuid4()), [], LOW_INCOME_HOUSEHOLD, language="en",
                                      purposes=["reminders"])
    status = subscription_document(str(uuid.uuid4()), [application_id], None, language="en", purposes=["status"])
    assert put(notify_client, reminders).status_code == 201 and put(notify_client, status).status_code == 201

    run_tick(notify_hub, today=REVIEW_DAY, reminders=True)  # the review is five days away: a reminder
    assert len(gateway.state.requests) == 1
    assert tr("notify.reminder", "en", hotline="1957") in gateway.state.requests[0]["smbody"]
    with notify_hub.db.write() as conn:  # more news for the same phone the same day: it waits
        add_news(conn, reminders["subscription_id"], "reminder", "due:test:extra", None, urgent=False)
    run_tick(notify_hub, today=REVIEW_DAY, reminders=True)
    assert len(gateway.state.requests) == 1
    decide(notify_hub.db, application_id, "approve", "")  # a decision does not wait
    run_tick(notify_hub, today=REVIEW_DAY)
    assert len(gateway.state.requests) == 2 and len(mailbox.messages) == 2
    run_tick(notify_hub, now=DAYTIME + timedelta(days=1), today=REVIEW_DAY + timedelta(days=1))  # the next day
    assert len(gateway.state.requests) == 3


def test_failed_sends_are_retried_with_backoff_and_bounces_are_not(notify_hub, notify_device, notify_client,
                                                                   receivers):
    mailbox, gateway = receivers
    notify_hub.settings["notify"] = dataclasses.replace(notify_hub.settings["notify"], bounce_limit=1)
    application_id, household_no, _ = submitted(notify_device)
    put(notify_client, subscription_document(str(uuid.uuid4()), [application_id], household_no))
    mailbox.refuse.add("lan@example.com")
    gateway.state.fail_next.extend([503, 500])
    decide(notify_hub.db, application_id, "approve", "")
    run_tick(notify_hub)
    assert not gateway.state.accepted and attempts_of(notify_hub, "email") == ["bounced"]
    run_tick(notify_hub)  # the retry is not due yet: backoff from the first attempt
    assert len(gateway.state.requests) == 1
    for minutes in (1, 2):
        run_tick(notify_hub, now=DAYTIME + timedelta(minutes=minutes))
    assert len(gateway.state.accepted) == 1 and attempts_of(notify_hub, "sms") == ["retry", "retry", "delivered"]
    assert attempts_of(notify_hub, "email") == ["bounced"] and not mailbox.messages
    with notify_hub.db.read() as conn:
        states = dict(conn.execute(select(schema.notify_message.c.channel, schema.notify_message.c.state)).all())
    assert states == {"sms": "delivered", "email": "bounced"}
    decide(notify_hub.db, application_id, "reject", "")  # the next news skips the address (limit: 1 bounce)
    run_tick(notify_hub, now=DAYTIME + timedelta(minutes=3))
    assert len(gateway.state.accepted) == 2 and attempts_of(notify_hub, "email") == ["bounced"]


def test_the_calendar_carries_due_dates_with_alarms(notify_hub, notify_device, notify_client):
    document = subscription_document(str(uuid.uuid4()), [], LOW_INCOME_HOUSEHOLD, language="zh-TW",
                                     purposes=["reminders"], channels=[{"kind": "calendar"}])
    links = put(notify_client, document).json()
    feed = Calendar.from_ical(requests.get(links["calendar_url"], timeout=10).content)
    events = list(feed.walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == [tr("notify.cal.due.annual_review", "zh-TW")]
    assert events[0].decoded("DTSTART") == date(2026, 10, 1)
    triggers = sorted(a.decoded("TRIGGER") for a in events[0].walk("VALARM"))
    assert triggers == [timedelta(days=-7), timedelta(days=-1)]
    forged = links["calendar_url"].replace(links["calendar_url"][-10:-4], "AAAAAA")
    assert requests.get(forged, timeout=10).status_code == 404


def test_contacts_never_reach_a_log(notify_hub, notify_device, notify_client, receivers, caplog):
    mailbox, gateway = receivers
    caplog.set_level(logging.DEBUG)
    application_id, household_no, _ = submitted(notify_device)
    put(notify_client, subscription_document(str(uuid.uuid4()), [application_id], household_no))
    gateway.state.fail_next.append(500)
    mailbox.refuse.add("lan@example.com")
    decide(notify_hub.db, application_id, "approve", "")
    run_tick(notify_hub)
    requests.post(f"{notify_hub.url}/s/sms/inbound/inbound-test-secret-4f1d", data={"from": "0912345678", "text": "STOP"},
                  timeout=10)
    logged = "\n".join(record.getMessage() for record in caplog.records
                        if not record.name.startswith("mail.log"))  # the test's own SMTP server logs its traffic
    assert "notification" in logged  # the sends were logged, by id
    for contact in ("912345678", "lan@example.com"):
        assert contact not in logged


def test_the_same_decision_again_is_no_news_but_a_status_that_comes_back_is(notify_hub, notify_device, notify_client,
                                                                           receivers):
    _, gateway = receivers
    application_id, household_no, _ = submitted(notify_device)
    put(notify_client, subscription_document(str(uuid.uuid4()), [application_id], household_no))
    for action, sent in (("need-documents", 1), ("need-documents", 1), ("approve", 2), ("need-documents", 3)):
        decide(notify_hub.db, application_id, action, "")
        run_tick(notify_hub)
        assert len(gateway.state.requests) == sent, action


def test_the_operator_lists_every_send_without_contacts(notify_hub, notify_device, notify_client, receivers):
    import os
    import subprocess
    import sys

    application_id, household_no, _ = submitted(notify_device)
    put(notify_client, subscription_document(str(uuid.uuid4()), [application_id], household_no))
    receivers[0].refuse.add("lan@example.com")
    decide(notify_hub.db, application_id, "approve", "")
    run_tick(notify_hub)
    listed = subprocess.run([sys.executable, "-m", "sync.hub.cli", "notifications", "--json", "--db", notify_hub.db_url],
                            capture_output=True, text=True, timeout=120, check=True).stdout
    assert sorted((m["channel"], m["state"], m["attempts"]) for m in json.loads(listed)) == [
        ("email", "bounced", 1), ("sms", "delivered", 1)]
    assert "912345678" not in listed and "lan@example.com" not in listed
    environment = {k: v for k, v in os.environ.items() if k != "KIOSK_HUB_NOTIFY"}
    unconfigured = subprocess.run([sys.executable, "-m", "sync.hub.cli", "notify", "--db", notify_hub.db_url],
                                  capture_output=True, text=True, timeout=120, env=environment)
    assert unconfigured.returncode == 1 and "No channel configured" in unconfigured.stderr


def test_the_example_settings_load_and_fill_secrets_only_when_sending(monkeypatch):
    import yaml

    from kiosk.paths import resource_path
    from sync.hub.notify.channels import Outgoing, SmsGatewayChannel
    from sync.hub.notify.config import from_mapping

    config = from_mapping(yaml.safe_load(resource_path("notify", "notify.example.yaml").read_text(encoding="utf-8")))
    assert config.sms is not None and config.sms.form["password"] == "${env:KIOSK_HUB_SMS_PASSWORD}"
    monkeypatch.setenv("KIOSK_HUB_SMS_PASSWORD", "pw-from-env")
    request = SmsGatewayChannel(config.sms).request_for(Outgoing("m-1", "+886912345678", "en", "s", "{to} ${env:HOME}", "u"))
    assert request["data"]["password"] == "pw-from-env" and request["data"]["dstaddr"] == "0912345678"
    assert request["data"]["smbody"] == "{to} ${env:HOME}"  # a value is never read as a template or a secret
    assert config.status_url == "https://hub.example.gov.tw/s/" and config.quiet_start.hour == 22


def test_a_watching_scheduler_plans_reminders_once_a_day(notify_hub, monkeypatch):
    import dataclasses
    from datetime import time

    from sync.hub.notify import news
    from sync.hub.notify.channels import channels_for
    from sync.hub.notify.sender import DailyReminders

    planned = []
    monkeypatch.setattr(news, "plan_reminders", lambda db, today, lead_days: planned.append(today) or 0)
    config = dataclasses.replace(notify_hub.settings["notify"], quiet_start=time(0, 0), quiet_end=time(0, 0))
    rounds = DailyReminders(notify_hub.db, config, channels_for(config.smtp, config.sms))
    for _ in range(3):
        rounds.tick()
    assert len(planned) == 1  # the rules evaluation runs on the day's first round only
    rounds.planned_on -= timedelta(days=1)  # as if the day changed
    rounds.tick()
    assert len(planned) == 2
