"""Subscriptions on the device: contacts checked, kept encrypted, consent on its own notice,
withdrawn in one call, queued for the hub, audited without a single contact detail."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from kiosk.db.audit import AuditEvent
from kiosk.db.subscriptions import Subscription
from kiosk.db.sync_state import OutboxItem
from kiosk.i18n import LANGUAGES
from kiosk.states.outbox import OutboxKind, OutboxState
from kiosk.subscriptions import notice
from kiosk.subscriptions.contacts import ContactError, email_address, masked, taiwan_mobile
from kiosk.subscriptions.service import (SubscriptionRefused, SubscriptionRequest, application_for_tracking, document,
                                         subscribe, subscriptions, withdraw)

MOBILE, EMAIL = "0987-654-321", "Lin.Mei@Example.COM"


def request_for(app_id: str, **changes) -> SubscriptionRequest:
    values = dict(language="vi", purposes=("status", "reminders"), sms=MOBILE, email=EMAIL, calendar=True,
                  application_ids=(app_id,), notice_version=notice.NOTICE_VERSION)
    return SubscriptionRequest(**{**values, **changes})


@pytest.mark.parametrize("raw", ["0987654321", "0987-654-321", "+886 987 654 321", "886987654321", "０９８７６５４３２１",
                                 "(0987) 654 321"])
def test_taiwan_mobiles_become_e164(raw):
    assert taiwan_mobile(raw) == "+886987654321"


@pytest.mark.parametrize("raw", ["", "0223456789", "098765432", "09876543210", "1987654321", "09a7654321", "+1 987654321"])
def test_other_numbers_are_refused_beside_the_sms_field(raw):
    with pytest.raises(ContactError) as caught:
        taiwan_mobile(raw)
    assert caught.value.field == "sms" and caught.value.key == "subscribe.bad_mobile"


def test_email_addresses_are_checked_offline_and_normalised():
    assert email_address(" Lin.Mei@Example.COM ") == "Lin.Mei@example.com"
    for bad in ("lin.mei", "lin@", "lin@example", "a b@example.com", "lin@@example.com"):
        with pytest.raises(ContactError) as caught:
            email_address(bad)
        assert caught.value.field == "email"


def test_contacts_on_screen_are_masked():
    assert masked("sms", "+886987654321") == "09••••4321"
    assert masked("email", "lin.mei@example.com") == "l•••@example.com"


def test_the_notice_has_its_own_version_and_text_in_every_language():
    assert notice.NOTICE_VERSION == "notify-2026-12"
    texts = {lang: notice.notice_lines(lang) for lang in LANGUAGES}
    assert all(len(lines) == 7 and all(body for _h, body in lines) for lines in texts.values())
    assert len({lines[1][1] for lines in texts.values()}) == len(LANGUAGES)  # translated, not copied
    # A changed text must come with a new version: then update NOTICE_DIGEST with it.
    assert notice.text_digest() == notice.NOTICE_DIGEST


def test_subscribing_keeps_the_document_queues_it_and_audits_no_contact(submitted):
    store, view = submitted
    kept = subscribe(store, request_for(view.id, role="proxy", relationship=" 女兒 "))
    assert kept.active and kept.household_no == "A7654321" and kept.relationship == "女兒"
    assert [c.shown for c in kept.channels] == ["09••••4321", "L•••@example.com", ""]
    with store.read() as session:
        row = session.get(Subscription, kept.id)
        sent = document(session, row)
        items = session.execute(select(OutboxItem).where(OutboxItem.target_id == kept.id)).scalars().all()
        events = session.execute(select(AuditEvent).where(AuditEvent.record_id == kept.id)).scalars().all()
    assert sent == {"subscription_id": kept.id, "application_ids": [view.id], "household_id": "A7654321",
                    "subscriber": {"role": "proxy", "relationship": "女兒"}, "language": "vi",
                    "purposes": ["status", "reminders"],
                    "channels": [{"kind": "sms", "to": "+886987654321"}, {"kind": "email", "to": "Lin.Mei@example.com"},
                                 {"kind": "calendar"}],
                    "notice_version": "notify-2026-12", "consented_at": row.consented_at.isoformat(timespec="seconds"),
                    "withdrawn_at": None}
    assert [(i.kind, i.state) for i in items] == [(OutboxKind.SUBSCRIPTION, OutboxState.PENDING)]
    assert [e.action for e in events] == ["subscribe"]
    logged = json.dumps(events[0].details, ensure_ascii=False)
    assert "4321" not in logged and "example" not in logged.lower() and "女兒" not in logged
    assert events[0].details["channels"] == ["sms", "email", "calendar"]


def test_contacts_are_never_in_the_file_in_plain_text(submitted):
    store, view = submitted
    subscribe(store, request_for(view.id))
    store.checkpoint()
    raw = b"".join(p.read_bytes() for p in store.path.parent.glob("kiosk.db*"))
    assert b"886987654321" not in raw and b"Lin.Mei" not in raw


def test_every_problem_is_named_by_its_field_at_once(submitted):
    store, view = submitted
    with pytest.raises(SubscriptionRefused) as caught:
        subscribe(store, request_for(view.id, sms="0223456789", email="lin@", role="proxy", relationship=" ",
                                     purposes=()))
    assert caught.value.problems == {"sms": "subscribe.bad_mobile", "email": "subscribe.bad_email",
                                     "purposes": "subscribe.no_purpose", "relationship": "subscribe.relationship_needed"}
    with pytest.raises(SubscriptionRefused) as caught:
        subscribe(store, request_for(view.id, sms=None, email="  ", calendar=False))
    assert caught.value.problems == {"channels": "subscribe.no_channel"}
    with pytest.raises(SubscriptionRefused) as caught:
        subscribe(store, request_for(view.id, notice_version="notify-2025-01"))
    assert caught.value.problems == {"notice": "subscribe.stale_notice"}
    with pytest.raises(SubscriptionRefused) as caught:
        subscribe(store, request_for("0190a0a0-0000-7000-8000-000000000000"))
    assert caught.value.problems == {"target": "subscribe.nothing_to_follow"}
    with store.read() as session:
        assert session.execute(select(Subscription)).first() is None
        assert session.execute(select(OutboxItem).where(OutboxItem.kind == OutboxKind.SUBSCRIPTION)).first() is None


def test_withdrawing_is_one_call_queued_once_and_audited(submitted):
    store, view = submitted
    kept = subscribe(store, request_for(view.id))
    gone = withdraw(store, kept.id)
    again = withdraw(store, kept.id)
    assert not gone.active and again.withdrawn_at == gone.withdrawn_at
    assert subscriptions(store, household_no="A7654321") == []
    assert [s.id for s in subscriptions(store, application_id=view.id)] == []
    with store.read() as session:
        items = session.execute(select(OutboxItem).where(OutboxItem.target_id == kept.id)).scalars().all()
        actions = session.execute(select(AuditEvent.action).where(AuditEvent.record_id == kept.id)
                                  .order_by(AuditEvent.seq)).scalars().all()
        sent = document(session, session.get(Subscription, kept.id))
    assert len(items) == 1  # the pending item sends the withdrawn document when its turn comes
    assert actions == ["subscribe", "withdraw"]
    assert sent["withdrawn_at"] == gone.withdrawn_at.isoformat(timespec="seconds")


def test_a_household_lists_its_active_subscriptions(households):
    first = subscribe(households, SubscriptionRequest(language="zh-TW", purposes=("reminders",), calendar=True,
                                                      household_no="A7654321", notice_version=notice.NOTICE_VERSION))
    assert [s.id for s in subscriptions(households, household_no="A7654321")] == [first.id]
    assert first.application_ids == () and first.purposes == ("reminders",)


def test_the_status_check_finds_the_application_by_its_tracking_number(submitted):
    store, view = submitted
    assert application_for_tracking(store, view.tracking_no) == view.id
    assert application_for_tracking(store, "0000-0000-0") is None


def test_status_news_needs_a_submitted_application_and_reminders_a_household(households):
    with pytest.raises(SubscriptionRefused) as caught:
        subscribe(households, SubscriptionRequest(language="en", purposes=("status", "reminders"), calendar=True,
                                                  household_no="A7654321", notice_version=notice.NOTICE_VERSION))
    assert caught.value.problems == {"purposes": "subscribe.no_application"}
    assert "reminders" in caught.value.message("en")


def test_a_proxys_relationship_is_shown_as_said_never_translated(submitted):
    from kiosk.workspace import Workspace

    store, view = submitted
    subscribe(store, request_for(view.id, role="proxy", relationship="con gái"))
    assert "con gái" in Workspace(store).own_words()
