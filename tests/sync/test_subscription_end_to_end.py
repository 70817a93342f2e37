"""Issue 24 from the device to the citizen's phone, on a real loopback hub (branch notify's route):
the device keeps a subscription made as the screen makes it, its sync cycle uploads it with the
application it names, the agency decides, one scheduler tick sends exactly one e-mail and one SMS
in the citizen's language, the calendar link the device kept serves the decision, and after one
tap on the device (withdraw, then sync) nothing more is sent and the calendar is gone."""

from __future__ import annotations

import json

import requests
from icalendar import Calendar
from sqlalchemy import select

from kiosk.db.subscriptions import Subscription
from kiosk.db.sync_state import OutboxItem
from kiosk.i18n import tr
from kiosk.subscriptions.notice import NOTICE_VERSION
from kiosk.subscriptions.request import SubscriptionRequest
from kiosk.subscriptions.service import document, subscribe, subscriptions, withdraw
from sync.hub import schema
from sync.hub.decisions import decide
from tests.sync.conftest import adults, submit
from tests.sync.notify_live import INBOUND_SECRET, run_tick

pytest_plugins = ["tests.sync.notify_fixtures"]  # the receivers, the notifying hub and an enrolled device


def _hub_subscription(hub, subscription_id: str):
    with hub.db.read() as conn:
        return conn.execute(select(schema.subscription).where(schema.subscription.c.id == subscription_id)).one()


def test_subscribed_on_the_device_told_by_mail_and_sms_once_then_withdrawn_in_one_tap(
        notify_hub, notify_device, receivers, monkeypatch):
    monkeypatch.setenv("KIOSK_TEST_SMS_PASSWORD", "s3cret")
    mailbox, gateway = receivers
    store = notify_device.store
    (number, person), (_, other) = adults(store, 2)[0], adults(store, 2)[1]
    first = submit(store, number, "S03", person)
    second = submit(store, adults(store, 2)[1][0], "S03", other)
    kept = subscribe(store, SubscriptionRequest(  # what the page sends: typed as people type
        language="vi", purposes=("status", "reminders"), sms="0912 345 678", email="Lan@Example.com", calendar=True,
        role="proxy", relationship="con gái", application_ids=(first.id,), notice_version=NOTICE_VERSION))
    other_kept = subscribe(store, SubscriptionRequest(
        language="th", purposes=("status",), email="somchai@example.com", application_ids=(second.id,),
        notice_version=NOTICE_VERSION))

    report = notify_device.sync()  # the applications and the subscriptions in one cycle
    assert report.complete, report
    assert report.counts["sent"] == 2 and report.counts["subscriptions_sent"] == 2
    with store.read() as session:
        row = session.get(Subscription, kept.id)
        sent = document(session, row)
        links = dict(row.links)
    stored = _hub_subscription(notify_hub, kept.id)
    assert stored.state == "active" and json.loads(stored.document) == sent  # the hub keeps what the device sent
    assert sent["channels"][0] == {"kind": "sms", "to": "+886912345678"} and sent["household_id"] == number
    assert links["calendar_url"].endswith(".ics") and links["unsubscribe_url"]

    decide(notify_hub.db, first.id, "approve", "符合資格")
    assert run_tick(notify_hub).sent == 2
    assert len(mailbox.messages) == 1 and len(gateway.state.requests) == 1  # one of each, to this subscriber only
    mail, sms = mailbox.messages[0], gateway.state.requests[0]
    assert mail["To"] == "Lan@example.com" and sms["dstaddr"] == "0912345678"
    assert mail["Subject"] == tr("notify.subject", "vi") and links["unsubscribe_url"] in sms["smbody"]
    assert run_tick(notify_hub).sent == 0  # nothing twice
    feed = Calendar.from_ical(requests.get(links["calendar_url"], timeout=10).content)
    assert list(feed.walk("VEVENT")), "the decision is in the feed"

    withdraw(store, kept.id)  # one tap on the household screen
    withdraw(store, other_kept.id)
    report = notify_device.sync()
    assert report.complete and report.counts["subscriptions_sent"] == 2
    assert _hub_subscription(notify_hub, kept.id).state == "withdrawn"
    decide(notify_hub.db, second.id, "approve", "")
    decide(notify_hub.db, first.id, "need-documents", "")
    assert run_tick(notify_hub).sent == 0
    assert len(mailbox.messages) == 1 and len(gateway.state.requests) == 1
    assert requests.get(links["calendar_url"], timeout=10).status_code == 410
    assert notify_device.sync().counts["subscriptions_sent"] == 0  # settled: nothing left to send


def test_a_subscription_naming_an_application_the_hub_lacks_waits_and_is_never_a_conflict(notify_hub, notify_device):
    from kiosk.applications import service
    from kiosk.states.outbox import OutboxState

    store = notify_device.store
    number, person = adults(store, 1)[0]
    draft = service.start(store, household_no=number, service_code="S03", person_id_no=person)  # never sent
    kept = subscribe(store, SubscriptionRequest(language="vi", purposes=("status",), calendar=True,
                                                application_ids=(draft.id,), notice_version=NOTICE_VERSION))
    report = notify_device.sync(max_seconds=3)
    assert report.counts["retried"] >= 1 and report.counts["subscriptions_conflicts"] == 0
    with store.read() as session:
        item = session.execute(select(OutboxItem).where(OutboxItem.target_id == kept.id)).scalar_one()
    assert item.state == OutboxState.PENDING and item.last_error == "missing_applications" and item.attempts >= 1
    with notify_hub.db.read() as conn:
        assert conn.execute(select(schema.subscription.c.id)).first() is None


def test_an_answer_lost_to_a_crash_is_sent_again_under_the_same_key_and_kept_once(notify_hub, notify_device):
    from sync.client import outbox, subscriptions
    from sync.client.config import client_for

    store = notify_device.store
    number, person = adults(store, 1)[0]
    view = submit(store, number, "S03", person)
    assert notify_device.sync().complete
    kept = subscribe(store, SubscriptionRequest(language="id", purposes=("status",), email="siti@example.com",
                                                application_ids=(view.id,), notice_version=NOTICE_VERSION))
    lease = next(lease for lease in outbox.lease_due(store, 10, ignore_schedule=True) if lease.target_id == kept.id)
    prepared = subscriptions.prepare(store, lease)
    client, _ = client_for(store)
    try:  # the hub commits, then this process dies before it records the answer
        assert subscriptions.send(client, prepared).status == 201
    finally:
        client.close()
    report = notify_device.sync()  # the next start: the lease is taken back and the item sent again
    assert report.complete and report.counts["subscriptions_sent"] == 1
    with store.read() as session:
        item = session.execute(select(OutboxItem).where(OutboxItem.target_id == kept.id)).scalar_one()
    assert item.op_id == prepared.op_id  # the same body, the same Idempotency-Key
    with notify_hub.db.read() as conn:
        assert conn.execute(select(schema.subscription.c.id)).scalars().all() == [kept.id]


def test_a_withdrawal_at_the_hub_reaches_the_device_on_the_changes_feed(notify_hub, notify_device):
    store = notify_device.store
    (number, person), (other_number, other) = adults(store, 2)
    first, second = submit(store, number, "S03", person), submit(store, other_number, "S03", other)
    by_link = subscribe(store, SubscriptionRequest(language="id", purposes=("status",), email="siti@example.com",
                                                   application_ids=(first.id,), notice_version=NOTICE_VERSION))
    by_stop = subscribe(store, SubscriptionRequest(language="vi", purposes=("status",), sms="0912 345 678",
                                                   application_ids=(second.id,), notice_version=NOTICE_VERSION))
    assert notify_device.sync().counts["subscriptions_sent"] == 2
    with store.read() as session:
        link = session.get(Subscription, by_link.id).links["unsubscribe_url"]
    assert requests.post(link, timeout=10).status_code == 200  # the link in an e-mail
    assert requests.post(f"{notify_hub.url}/s/sms/inbound/{INBOUND_SECRET}", data={"from": "0912345678", "text": "STOP"},
                         timeout=10).status_code == 200  # a reply to an SMS

    report = notify_device.sync()
    assert report.complete and report.counts["pulled_withdrawals"] == 2
    assert subscriptions(store, household_no=number) == [] and subscriptions(store, household_no=other_number) == []
    shown = {view.id: view for view in subscriptions(store, include_withdrawn=True)}
    assert not shown[by_link.id].active and not shown[by_stop.id].active  # what the household screen reads
    assert notify_device.sync().counts["subscriptions_sent"] == 0  # nothing to send back: the hub already has it
    with store.read() as session:
        assert session.execute(select(OutboxItem.state).where(OutboxItem.target_id == by_link.id)).scalar_one() == "done"


def test_the_issue_goal_as_written_from_the_device_to_stop(notify_hub, notify_device, receivers, capsys):
    """Issue 24's goal in one run: an application submitted on the device with an e-mail and SMS
    subscription; `kiosk-hub decide`; one scheduler tick gives the SMTP server and the SMS gateway
    exactly one message each in the citizen's language; the calendar feed carries the decision and
    the household's next due date; the status page shows the decision; after an SMS STOP nothing
    more is sent, and the device shows who stopped it."""
    from datetime import date

    from sync.hub.cli import main as hub_cli
    from sync.hub.notify.news import due_dates, masked
    from tests.conftest import REFERENCE_DAY
    from tests.sync.test_status_page import birth_of, look_up

    mailbox, gateway = receivers
    store = notify_device.store
    with notify_hub.db.read() as conn:  # a household with something due, for the calendar's next due date
        due = due_dates(conn, [number for number, _ in adults(store, 40)], REFERENCE_DAY)
    number, person = next((n, p) for n, p in adults(store, 40) if due.get(n))
    next_due = min(date.fromisoformat(reminder["due"]) for reminder in due[number])
    application = submit(store, number, "S03", person)
    kept = subscribe(store, SubscriptionRequest(
        language="vi", purposes=("status", "reminders"), sms="0912 345 678", email="lan@example.com", calendar=True,
        role="self", application_ids=(application.id,), notice_version=NOTICE_VERSION))
    assert notify_device.sync().complete
    with store.read() as session:
        links = dict(session.get(Subscription, kept.id).links)

    assert hub_cli(["decide", application.id, "approve", "--reason", "符合資格", "--db", notify_hub.db_url]) == 0
    capsys.readouterr()
    assert run_tick(notify_hub).sent == 2  # one tick
    assert len(mailbox.messages) == 1 and len(gateway.state.accepted) == 1
    mail, sms = mailbox.messages[0], next(iter(gateway.state.accepted.values()))
    assert mail["Content-Language"] == "vi" and mail["Subject"] == tr("notify.subject", "vi")
    check = tr("notify.check", "vi", url=notify_hub.settings["notify"].status_url, hotline="1957")
    assert check in mail.get_content() and check in sms["smbody"]  # both in Vietnamese

    feed = Calendar.from_ical(requests.get(links["calendar_url"], timeout=10).content)
    events = {str(event["SUMMARY"]): event for event in feed.walk("VEVENT")}
    assert tr("notify.cal.status.approved", "vi", receipt=masked(application.tracking_no)) in events, list(events)
    assert next_due in {event.decoded("DTSTART") for event in events.values()}, (next_due, list(events))

    page = look_up(notify_hub, application.tracking_no, birth_of(store, person).isoformat(), lang="vi")
    assert page.status_code == 200 and tr("web.status.state.approved", "vi") in page.text

    stop = requests.post(f"{notify_hub.url}/s/sms/inbound/{INBOUND_SECRET}", data={"from": "0912345678", "text": "DỪNG"},
                         timeout=10)
    assert stop.status_code == 200
    assert hub_cli(["decide", application.id, "need-documents", "--db", notify_hub.db_url]) == 0
    assert run_tick(notify_hub).sent == 0
    assert len(mailbox.messages) == 1 and len(gateway.state.requests) == 1  # nothing more, on either channel
    assert requests.get(links["calendar_url"], timeout=10).status_code == 410
    assert notify_device.sync().complete
    view = subscriptions(store, household_no=number, include_withdrawn=True)[0]
    assert not view.active and view.withdrawn_by == "sms_stop"
