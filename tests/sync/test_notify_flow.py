"""Issue 24 end to end on a loopback hub: a device uploads a subscription, the agency decides
(`kiosk-hub decide`'s function), one scheduler tick, and a real SMTP server and a real SMS gateway
each receive exactly one message in the subscriber's language; the calendar feed carries the
decision; after an SMS "STOP" (or the unsubscribe link) nothing more is sent."""

from __future__ import annotations

import json
import uuid

import pytest
import requests
from icalendar import Calendar
from sqlalchemy import select

from kiosk.i18n import tr
from sync.hub import schema
from sync.hub.decisions import decide
from sync.hub.notify.news import masked
from tests.sync.conftest import LiveHub
from tests.sync.notify_live import INBOUND_SECRET, put, run_tick, submitted, subscription_document

pytest_plugins = ["tests.sync.notify_fixtures"]  # the receivers, the notifying hub, a device and its client


def expected_news(hub: LiveHub, application_id: str, lang: str) -> str:
    with hub.db.read() as conn:
        body = conn.execute(select(schema.revision.c.body).where(schema.revision.c.application_id == application_id)
                            ).scalar_one()
    number = json.loads(body).get("tracking_no")
    return tr("notify.news", lang, receipts=masked(number)) if number else tr("notify.news.no_number", lang)


@pytest.mark.parametrize("notify_hub", ["sqlite", "postgresql"], indirect=True)
def test_a_decision_reaches_mail_and_sms_once_in_the_subscribers_language_and_the_calendar(
        notify_hub, notify_device, notify_client, receivers, monkeypatch):
    monkeypatch.setenv("KIOSK_TEST_SMS_PASSWORD", "s3cret")
    mailbox, gateway = receivers
    application_id, household_no, person = submitted(notify_device)
    document = subscription_document(str(uuid.uuid4()), [application_id], household_no, language="vi")
    answer = put(notify_client, document)
    assert answer.status_code == 201, answer.text
    links = answer.json()
    assert links["state"] == "active" and links["calendar_url"].endswith(".ics")
    assert put(notify_client, document).status_code == 200  # the same PUT again: replaced, nothing new

    decide(notify_hub.db, application_id, "approve", "符合資格")
    report = run_tick(notify_hub)
    assert report.composed == 1 and report.sent == 2
    assert len(mailbox.messages) == 1 and len(gateway.state.requests) == 1

    mail, sms = mailbox.messages[0], gateway.state.requests[0]
    news = expected_news(notify_hub, application_id, "vi")
    assert mail["Subject"] == tr("notify.subject", "vi") and mail["Content-Language"] == "vi"
    assert mail["To"] == "lan@example.com" and sms["dstaddr"] == "0912345678" and sms["password"] == "s3cret"
    text = mail.get_content()
    assert news in text and news in sms["smbody"]
    assert tr("notify.check", "vi", url=notify_hub.settings["notify"].status_url, hotline="1957") in text
    assert links["unsubscribe_url"] in text and links["unsubscribe_url"] in sms["smbody"]
    assert mail["List-Unsubscribe"] == f"<{links['unsubscribe_url']}>"
    for private in (person, household_no, "符合資格"):  # no ID, household or reason: only that there is news
        assert private not in text and private not in sms["smbody"]
    with notify_hub.db.read() as conn:  # each channel's message id travels with it, for the receiver to dedupe
        sent = dict(conn.execute(select(schema.notify_message.c.channel, schema.notify_message.c.id)).all())
    assert sms["clientid"] == sent["sms"] and mail["Message-ID"].startswith(f"<{sent['email']}@")

    assert run_tick(notify_hub).sent == 0  # nothing twice
    assert len(mailbox.messages) == 1 and len(gateway.state.requests) == 1

    feed = Calendar.from_ical(requests.get(links["calendar_url"], timeout=10).content)
    summaries = [str(event["SUMMARY"]) for event in feed.walk("VEVENT")]
    with notify_hub.db.read() as conn:
        numbers = json.loads(conn.execute(select(schema.revision.c.body)).scalar_one()).get("tracking_no")
    approved = tr("notify.cal.status.approved", "vi", receipt=masked(numbers) if numbers else "")
    assert approved in summaries, summaries


def test_after_stop_nothing_more_is_sent_and_the_calendar_is_gone(notify_hub, notify_device, notify_client, receivers):
    mailbox, gateway = receivers
    first, household_no, _ = submitted(notify_device)
    second, _, _ = submitted(notify_device)
    document = subscription_document(str(uuid.uuid4()), [first, second], household_no, language="th")
    links = put(notify_client, document).json()
    decide(notify_hub.db, first, "need-documents", "")
    run_tick(notify_hub)
    assert len(mailbox.messages) == 1 and len(gateway.state.accepted) == 1
    assert tr("notify.subject", "th") == mailbox.messages[0]["Subject"]

    stop = requests.post(f"{notify_hub.url}/s/sms/inbound/{INBOUND_SECRET}", data={"from": "886912345678", "text": " stop "},
                         timeout=10)
    assert stop.status_code == 200
    decide(notify_hub.db, second, "approve", "")
    assert run_tick(notify_hub).sent == 0
    assert len(mailbox.messages) == 1 and len(gateway.state.requests) == 1
    assert requests.get(links["calendar_url"], timeout=10).status_code == 410
    withdrawn = put(notify_client, {**document, "language": "en"}).json()  # the device's next upload cannot undo a STOP
    assert withdrawn["state"] == "withdrawn"
    with notify_hub.db.read() as conn:  # a STOP erases the addresses, also from a later upload
        assert "912345678" not in conn.execute(select(schema.subscription.c.document)).scalar_one()


def test_the_inbound_webhook_needs_its_secret_and_a_stop_word(notify_hub, notify_device, notify_client, receivers):
    application_id, household_no, _ = submitted(notify_device)
    document = subscription_document(str(uuid.uuid4()), [application_id], household_no)
    put(notify_client, document)
    for secret, text in (("wrong-secret", "STOP"), (INBOUND_SECRET, "thanks")):
        requests.post(f"{notify_hub.url}/s/sms/inbound/{secret}", data={"from": "0912345678", "text": text}, timeout=10)
    with notify_hub.db.read() as conn:
        assert conn.execute(select(schema.subscription.c.state)).scalar_one() == "active"


def test_the_unsubscribe_link_asks_first_then_withdraws_in_the_subscribers_language(
        notify_hub, notify_device, notify_client, receivers):
    mailbox, _ = receivers
    application_id, household_no, _ = submitted(notify_device)
    document = subscription_document(str(uuid.uuid4()), [application_id], household_no, language="id")
    links = put(notify_client, document).json()
    page = requests.get(links["unsubscribe_url"], timeout=10)  # a link scanner's visit withdraws nothing
    assert page.status_code == 200 and 'lang="id"' in page.text
    assert tr("notify.page.question", "id") in page.text and "<form method=\"post\"" in page.text
    for lang in ("zh-TW", "en", "vi", "th"):
        other = requests.get(links["unsubscribe_url"], params={"lang": lang}, timeout=10)
        assert f'<html lang="{lang}" ' in other.text and tr("notify.page.button", lang) in other.text
    done = requests.post(links["unsubscribe_url"], data={"List-Unsubscribe": "One-Click"}, timeout=10)
    assert done.status_code == 200 and tr("notify.page.done", "id") in done.text
    assert tr("notify.page.already", "id") in requests.get(links["unsubscribe_url"], timeout=10).text
    decide(notify_hub.db, application_id, "approve", "")
    assert run_tick(notify_hub).sent == 0 and not mailbox.messages
    forged = links["unsubscribe_url"][:-3] + ("AAA" if not links["unsubscribe_url"].endswith("AAA") else "BBB")
    assert requests.get(forged, timeout=10).status_code == 404


def test_the_unsubscribe_page_has_the_status_pages_headers_and_choices(notify_hub, notify_device, notify_client):
    from sync.hub.web.pages import HEADERS

    application_id, household_no, _ = submitted(notify_device)
    links = put(notify_client, subscription_document(str(uuid.uuid4()), [application_id], household_no,
                                                     language="th")).json()
    for answer in (requests.get(links["unsubscribe_url"], timeout=10),
                   requests.get(links["unsubscribe_url"] + "x", timeout=10)):  # asking, and a broken link
        for name, value in HEADERS.items():
            assert answer.headers[name] == value, name
        assert "frame-ancestors 'none'" in answer.headers["Content-Security-Policy"]
        assert '<link rel="stylesheet" href="/s/static/kiosk.css">' in answer.text and "<script" not in answer.text
    english = requests.get(links["unsubscribe_url"], headers={"Accept-Language": "en"}, timeout=10)
    assert 'lang="th"' in english.text  # the subscriber's own language before the browser's
    chosen = requests.get(links["unsubscribe_url"], cookies={"lang": "vi", "size": "large", "contrast": "high"},
                          timeout=10)
    assert '<html lang="vi" class="text-large contrast-high">' in chosen.text
    assert tr("notify.page.question", "vi") in chosen.text
    broken = requests.get(links["unsubscribe_url"] + "x", headers={"Accept-Language": "id-ID,id;q=0.9"}, timeout=10)
    assert broken.status_code == 404 and tr("notify.page.invalid", "id") in broken.text


@pytest.mark.parametrize("inbound", [True, False])
def test_the_sms_offers_a_stop_reply_only_when_someone_reads_replies(notify_hub, notify_device, notify_client, receivers,
                                                                     inbound):
    import dataclasses

    mailbox, gateway = receivers
    if not inbound:
        config = notify_hub.settings["notify"]
        notify_hub.settings["notify"] = dataclasses.replace(config, sms=dataclasses.replace(config.sms, inbound_secret=None))
    application_id, household_no, _ = submitted(notify_device)
    put(notify_client, subscription_document(str(uuid.uuid4()), [application_id], household_no, language="th"))
    decide(notify_hub.db, application_id, "approve", "")
    assert run_tick(notify_hub).sent == 2
    sms, mail = gateway.state.requests[0]["smbody"], mailbox.messages[0]
    assert (tr("notify.reply_stop", "th") in sms) is inbound
    assert "หยุด" not in mail.get_content()  # an e-mail reply reaches no one: the link is its way to stop


def test_the_mail_comes_from_the_e_housekeeper_named_in_the_readers_language(notify_hub, notify_device, notify_client,
                                                                             receivers):
    mailbox, _ = receivers
    for lang in ("en", "vi"):
        application_id, household_no, _ = submitted(notify_device)
        put(notify_client, subscription_document(str(uuid.uuid4()), [application_id], household_no, language=lang,
                                                 channels=[{"kind": "email", "to": f"{lang}@example.com"}]))
        decide(notify_hub.db, application_id, "approve", "")
    assert run_tick(notify_hub).sent == 2
    senders = {str(m["To"]): m["From"] for m in mailbox.messages}
    assert senders["en@example.com"].addresses[0].display_name == "e-Housekeeper"
    assert senders["vi@example.com"].addresses[0].display_name == tr("notify.sender_name", "vi")
    assert {m["From"].addresses[0].addr_spec for m in mailbox.messages} == {"noreply@hub.example.gov.tw"}
