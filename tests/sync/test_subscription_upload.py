"""Subscriptions leave the device through the outbox: against a hub that does not know the route
yet (the real hub with the route taken out) they stay queued and the cycle says so, without holding
up anything else, and go through once the hub has it; a document that changed on its way is sent
again under a new key; the hub's answers are kept."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from kiosk.db.audit import AuditEvent
from kiosk.db.base import utcnow
from kiosk.db.subscriptions import Subscription
from kiosk.db.sync_state import OutboxItem
from kiosk.states.outbox import OutboxState
from kiosk.subscriptions.notice import NOTICE_VERSION
from kiosk.subscriptions.service import SubscriptionRequest, subscribe, withdraw
from sync import protocol
from sync.cli import print_report
from sync.client import outbox, subscriptions, transport
from sync.client.transport import Result
from tests.sync.conftest import adults, submit
from tests.sync.older_hub import serve_without_subscriptions


def _subscribed(store):
    number, person = adults(store, 1)[0]
    view = submit(store, number, "S03", person)
    kept = subscribe(store, SubscriptionRequest(language="th", purposes=("status", "reminders"), sms="0987654321",
                                                calendar=True, application_ids=(view.id,), notice_version=NOTICE_VERSION))
    return view, kept


def _item(store, subscription_id):
    with store.read() as session:
        return session.execute(select(OutboxItem).where(OutboxItem.target_id == subscription_id)).scalar_one()


@pytest.fixture
def older_hub(hub, monkeypatch):
    """The real hub without the subscriptions route, as a hub from before issue 24 answers."""
    serve_without_subscriptions(monkeypatch)
    hub.restart()
    return hub


def test_an_older_hub_keeps_the_subscription_queued_and_the_cycle_says_so(device, older_hub, capsys):
    _view, kept = _subscribed(device.store)
    report = device.sync()
    assert report.stopped is None and report.feed_current  # nothing else was held up
    assert report.counts["sent"] == 1 and report.counts["subscriptions_waiting"] == 1
    item = _item(device.store, kept.id)
    assert item.state == OutboxState.PENDING and item.last_error == subscriptions.NO_ROUTE
    assert item.attempts == 0 and item.next_attempt_at > utcnow() + timedelta(minutes=50)
    assert print_report(report, "en") == 2
    err = capsys.readouterr().err
    assert "1 news subscriptions are not sent yet" in err
    assert "0987654321" not in err and "+886987654321" not in err
    again = device.sync()  # "Sync now" asks again, and it is still kept
    assert again.counts["subscriptions_waiting"] == 1 and _item(device.store, kept.id).state == OutboxState.PENDING


def test_once_the_hub_is_updated_the_kept_subscription_goes_through(device, older_hub, monkeypatch):
    _view, kept = _subscribed(device.store)
    assert device.sync().counts["subscriptions_waiting"] == 1
    monkeypatch.undo()  # the hub is updated to a version with the route
    older_hub.restart()
    report = device.sync()
    assert report.complete and report.counts["subscriptions_sent"] == 1
    assert _item(device.store, kept.id).state == OutboxState.DONE


def _answer(status: int, body: dict) -> Result:
    return transport.classify_answer(status, body, {})


def test_withdrawn_on_its_way_it_is_sent_again_under_a_new_key(device):
    _view, kept = _subscribed(device.store)
    lease = _lease_of(device.store, kept.id)
    first = subscriptions.prepare(device.store, lease)
    assert first.path == f"/v1/subscriptions/{kept.id}" and b'"withdrawn_at":null' in first.body
    withdraw(device.store, kept.id)  # tapped while the subscribe was on the wire
    answer = _answer(201, {"subscription_id": kept.id, "state": "active", "unsubscribe_url": "https://hub/s/u/x",
                           "calendar_url": None})
    assert subscriptions.settle(device.store, lease, answer) == "subscriptions_resent"
    assert _item(device.store, kept.id).state == OutboxState.PENDING
    lease = _lease_of(device.store, kept.id)
    second = subscriptions.prepare(device.store, lease)
    assert second.op_id != first.op_id and b'"withdrawn_at":null' not in second.body
    retried = subscriptions.prepare(device.store, lease)  # the same body again keeps its key
    assert retried.op_id == second.op_id
    answer = _answer(200, {"subscription_id": kept.id, "state": "withdrawn", "unsubscribe_url": "https://hub/s/u/x",
                           "calendar_url": "https://hub/c/secret.ics"})
    assert subscriptions.settle(device.store, lease, answer) == "subscriptions_sent"
    with device.store.read() as session:
        row = session.get(Subscription, kept.id)
        actions = session.execute(select(AuditEvent.action).where(AuditEvent.record_id == kept.id)
                                  .order_by(AuditEvent.seq)).scalars().all()
    assert _item(device.store, kept.id).state == OutboxState.DONE
    assert row.links == {"unsubscribe_url": "https://hub/s/u/x", "calendar_url": "https://hub/c/secret.ics"}
    assert actions == ["subscribe", "withdraw", "delivered"]


def test_a_refusal_is_kept_with_its_reason_and_missing_applications_wait(device):
    _view, kept = _subscribed(device.store)
    assert subscriptions.waits_for_applications(_answer(409, {"code": protocol.MISSING_APPLICATIONS}))
    assert not subscriptions.waits_for_applications(_answer(409, {"code": protocol.DIGEST_MISMATCH}))
    assert subscriptions.hub_lacks_route(_answer(404, {"code": protocol.UNKNOWN_ENDPOINT}))
    assert not subscriptions.hub_lacks_route(_answer(404, {"code": "not_found"}))
    lease = _lease_of(device.store, kept.id)
    subscriptions.prepare(device.store, lease)
    refusal = _answer(422, {"code": protocol.INVALID_SUBMISSION, "title": "The hub cannot accept this subscription"})
    assert subscriptions.settle(device.store, lease, refusal) == "subscriptions_rejected"
    item = _item(device.store, kept.id)
    assert item.state == OutboxState.REJECTED and item.last_error == "The hub cannot accept this subscription"
    with device.store.read() as session:
        assert session.get(Subscription, kept.id).withdrawn_at is None  # kept as it was, nothing dropped


def _lease_of(store, subscription_id):
    """Lease the subscription's item alone (other items go back to the queue untouched)."""
    found = None
    for lease in outbox.lease_due(store, 50, ignore_schedule=True):
        if lease.target_id == subscription_id:
            found = lease
        else:
            outbox.give_back(store, lease)
    assert found is not None
    return found


def test_it_waits_for_its_applications_so_the_hub_never_has_to_refuse_it(device):
    _view, kept = _subscribed(device.store)  # the application's revision is still queued here
    lease = _lease_of(device.store, kept.id)
    assert subscriptions.after_its_applications(device.store, lease) is not None
    outbox.give_back(device.store, lease)
    report = device.sync()
    assert report.complete and report.counts["sent"] == 1 and report.counts["subscriptions_sent"] == 1
    assert report.counts["retried"] == 0  # no 409 missing_applications on the way
