"""Sending a subscription: the document as it is when its turn comes, PUT to the hub.

One outbox item per subscription at a time (kiosk.subscriptions.service). Each body gets its own
Idempotency-Key, and an item is done only when the hub holds the document as it is now: one
withdrawn while its subscribe was on the wire is sent again. It waits for the revisions of the
applications it names to go first. A hub without the route (older than subscriptions) answers
404: the item stays queued and the cycle reports it, nothing is dropped."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from kiosk import audit
from kiosk.db.applications import ApplicationRevision
from kiosk.db.base import utcnow
from kiosk.db.subscriptions import Subscription
from kiosk.db.sync_state import OutboxItem
from kiosk.states.outbox import OPEN, OUTBOX, OutboxKind, OutboxState
from kiosk.subscriptions.service import document
from sync import protocol
from sync.client import transport
from sync.client.crash import crash_point
from sync.client.outbox import Lease
from sync.client.transport import HubClient, Result

if TYPE_CHECKING:
    from kiosk.db.store import Store

WAIT_FOR_HUB_S = 3600.0  # asked again hourly, and at every "Sync now"
NO_ROUTE = "the hub does not accept subscriptions yet (404): kept on this device"
LINKS = ("calendar_url", "unsubscribe_url")  # the hub's answer: the citizen's own secret links


@dataclass(frozen=True)
class PreparedSubscription:
    path: str
    body: bytes
    op_id: str
    subscription_id: str


def after_its_applications(store: Store, lease: Lease) -> datetime | None:
    """When revisions of the applications it names are still to be sent here: a moment after their
    next attempt (the hub answers 409 for applications it has not got yet). None: send it now."""
    with store.read() as session:
        named = session.execute(select(Subscription.application_ids).where(Subscription.id == lease.target_id)).scalar()
        if not named:
            return None
        row = session.execute(
            select(func.count(), func.max(OutboxItem.next_attempt_at))
            .join(ApplicationRevision, ApplicationRevision.id == OutboxItem.target_id)
            .where(OutboxItem.kind == OutboxKind.APPLICATION_REVISION, OutboxItem.state.in_(OPEN),
                   ApplicationRevision.application_id.in_(named))).one()
    if not row[0]:
        return None
    return max(row[1] or utcnow(), utcnow()) + timedelta(seconds=0.2)


def prepare(store: Store, lease: Lease) -> PreparedSubscription:
    """The current document, remembered as sent; a body that changed since the last attempt gets
    a new key (the hub refuses one key with two bodies)."""
    with store.write(durable=True) as session:
        item = session.get_one(OutboxItem, lease.id)
        current = document(session, session.get_one(Subscription, lease.target_id))
        if item.payload is not None and item.payload != current:
            item.op_id = str(uuid.uuid4())
        item.payload = current
        return PreparedSubscription(protocol.SUBSCRIPTION_PATH.format(subscription_id=current["subscription_id"]),
                                    protocol.canonical_body(current), item.op_id, current["subscription_id"])


def send(client: HubClient, prepared: PreparedSubscription) -> Result:
    crash_point("before_send")
    result = client.call("PUT", prepared.path, body=prepared.body, idempotency_key=prepared.op_id)
    crash_point("after_server_commit_before_read")
    if result.ok and isinstance(result.body, dict) and result.body.get("subscription_id", prepared.subscription_id) \
            != prepared.subscription_id:
        return Result(transport.RETRY, result.status, result.body, result.headers, error="answer for another subscription")
    return result


def hub_lacks_route(result: Result) -> bool:
    return result.status in (404, 405) and result.kind == transport.UPGRADE


def waits_for_applications(result: Result) -> bool:
    """The applications it names are still on their way (or refused): retried, never a conflict."""
    return result.kind == transport.CONFLICT and result.code == protocol.MISSING_APPLICATIONS


def settle(store: Store, lease: Lease, result: Result) -> str:
    """Record the hub's final answer; returns what happened, for the cycle's report."""
    with store.write(durable=True) as session:
        item = session.get(OutboxItem, lease.id)
        if item is None or item.state != OutboxState.SENDING:
            return "subscriptions_late"
        subscription = session.get_one(Subscription, lease.target_id)
        item.lease_until = None
        if item.payload != document(session, subscription):  # changed on the way: the new one goes next
            OUTBOX.move(item, OutboxState.PENDING)
            item.next_attempt_at = None
            return "subscriptions_resent"
        if result.ok:
            OUTBOX.move(item, OutboxState.DONE)
            item.last_error = None
            links = {k: v for k, v in (result.body or {}).items() if k in LINKS and isinstance(v, str)}
            subscription.links = links or subscription.links
            audit.record(session, "delivered", "subscription", subscription.id,
                         {"withdrawn": subscription.withdrawn_at is not None})
            return "subscriptions_sent"
        body = result.body if isinstance(result.body, dict) else {}
        item.last_error = str(body.get("title") or body.get("code") or result.error)[:500]
        refused = result.kind == transport.REJECTED
        OUTBOX.move(item, OutboxState.REJECTED if refused else OutboxState.CONFLICT)
        audit.record(session, "rejected" if refused else "conflict", "subscription", subscription.id,
                     {"code": str(body.get("code") or "")[:40]})
        return "subscriptions_rejected" if refused else "subscriptions_conflicts"
