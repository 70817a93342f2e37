"""Subscribing and withdrawing: each is one durable transaction with its outbox item and its audit
event. The audit names channel kinds and counts, never a number or an address."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.db.applications import Application
from kiosk.db.base import utcnow
from kiosk.db.households import Household
from kiosk.db.subscriptions import Subscription
from kiosk.db.sync_state import OutboxItem
from kiosk.i18n import LANGUAGES, UserError
from kiosk.json_types import JsonObject
from kiosk.states.outbox import OPEN, OutboxKind, OutboxState
from kiosk.subscriptions.contacts import ContactError, email_address, masked, taiwan_mobile
from kiosk.subscriptions.notice import NOTICE_VERSION
from kiosk.subscriptions.request import PURPOSES, ROLES, SubscriptionRefused, SubscriptionRequest

if TYPE_CHECKING:
    from kiosk.db.store import Store


@dataclass(frozen=True)
class ChannelView:
    kind: str
    shown: str  # masked contact ("09••••5678"), empty for a calendar feed


@dataclass(frozen=True)
class SubscriptionView:
    id: str
    household_no: str | None
    application_ids: tuple[str, ...]
    role: str
    relationship: str | None
    language: str
    purposes: tuple[str, ...]
    channels: tuple[ChannelView, ...]
    notice_version: str
    consented_at: datetime
    withdrawn_at: datetime | None
    calendar_url: str | None = None  # the secret feed, once the hub has the subscription
    withdrawn_by: str | None = None  # device | link | sms_stop | hub
    unreachable: tuple[str, ...] = ()  # channel kinds the hub found not reaching the citizen

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


def channels_of(request: SubscriptionRequest) -> tuple[list[dict[str, str]], dict[str, str]]:
    """The channels as stored and sent, and the contact problems by field (all of them at once)."""
    channels: list[dict[str, str]] = []
    problems: dict[str, str] = {}
    for kind, raw, normal in (("sms", request.sms, taiwan_mobile), ("email", request.email, email_address)):
        if raw is None or not raw.strip():
            continue
        try:
            channels.append({"kind": kind, "to": normal(raw)})
        except ContactError as exc:
            problems[exc.field] = exc.key
    if request.calendar:
        channels.append({"kind": "calendar"})
    return channels, problems


def problems_of(request: SubscriptionRequest) -> dict[str, str]:
    """Everything a person can fix, by field; empty when the request can be kept."""
    channels, problems = channels_of(request)
    if not request.purposes or set(request.purposes) - set(PURPOSES):
        problems["purposes"] = "subscribe.no_purpose"
    elif "status" in request.purposes and not request.application_ids:
        problems["purposes"] = "subscribe.no_application"  # news is about submitted applications
    if not channels and not problems:
        problems["channels"] = "subscribe.no_channel"
    if request.role == "proxy" and not (request.relationship or "").strip():
        problems["relationship"] = "subscribe.relationship_needed"
    if request.notice_version != NOTICE_VERSION:
        problems["notice"] = "subscribe.stale_notice"
    if not request.household_no and not request.application_ids:
        problems["target"] = "subscribe.nothing_to_follow"
    return problems


def subscribe(store: Store, request: SubscriptionRequest) -> SubscriptionView:
    if request.language not in LANGUAGES or request.role not in ROLES:
        raise ValueError("language or role outside the protocol's values")  # a caller's bug, not a citizen's
    problems = problems_of(request)
    if problems:
        raise SubscriptionRefused(problems)
    channels, _ = channels_of(request)
    with store.write(durable=True) as session:
        household = _household(session, request)
        if "reminders" in request.purposes and household is None:  # applications of several households
            raise SubscriptionRefused({"target": "subscribe.nothing_to_follow"})
        subscription = Subscription(
            household_id=household.id if household else None, application_ids=list(dict.fromkeys(request.application_ids)),
            subscriber_role=request.role,
            subscriber_relationship=((request.relationship or "").strip()[:16] or None) if request.role == "proxy" else None,
            language=request.language, purposes=[p for p in PURPOSES if p in request.purposes], channels=channels,
            notice_version=request.notice_version, consented_at=utcnow())
        session.add(subscription)
        session.flush()
        _queue(session, subscription.id)
        audit.record(session, "subscribe", "subscription", subscription.id,
                     {"purposes": subscription.purposes, "channels": [c["kind"] for c in channels],
                      "role": request.role, "applications": len(subscription.application_ids),
                      "household": household is not None, "notice": request.notice_version})
        return _view(subscription, household.household_no if household else None)


def withdraw(store: Store, subscription_id: str) -> SubscriptionView:
    """One call: nothing more is sent once the hub has it. Withdrawing twice changes nothing."""
    with store.write(durable=True) as session:
        subscription = session.get(Subscription, subscription_id)
        if subscription is None:
            raise UserError("subscribe.not_found")
        if subscription.withdrawn_at is None:
            subscription.withdrawn_at = utcnow()
            subscription.withdrawn_by = "device"
            _queue(session, subscription.id)
            audit.record(session, "withdraw", "subscription", subscription.id, {})
        return _view(subscription, _household_no(session, subscription))


def withdrawn_at_hub(session: Session, subscription_id: str, withdrawn_at: datetime, by: str) -> bool:
    """The citizen withdrew at the hub (the link in a message, an SMS STOP), as the changes feed
    says: the subscription shows withdrawn here too. Nothing is queued: the hub already has it."""
    subscription = session.get(Subscription, subscription_id)
    if subscription is None or subscription.withdrawn_at is not None:
        return False
    subscription.withdrawn_at = withdrawn_at
    subscription.withdrawn_by = by[:16]
    audit.record(session, "withdraw", "subscription", subscription.id, {"at_hub": by[:16]})
    return True


def unreachable_at_hub(session: Session, subscription_id: str, kind: str) -> bool:
    """The hub found that this channel does not reach the citizen (its address bounced too often):
    the officer sees it on the household screen and can ask for another contact."""
    subscription = session.get(Subscription, subscription_id)
    known = {c["kind"] for c in subscription.channels} if subscription is not None else set()
    if subscription is None or kind not in known or kind in (subscription.unreachable or []):
        return False
    subscription.unreachable = [*(subscription.unreachable or []), kind]
    audit.record(session, "unreachable", "subscription", subscription.id, {"channel": kind})
    return True


def subscriptions(store: Store, *, household_no: str | None = None, application_id: str | None = None,
                  include_withdrawn: bool = False) -> list[SubscriptionView]:
    """A household's subscriptions (its own and its applications'), or an application's."""
    with store.read() as session:
        query = select(Subscription).order_by(Subscription.consented_at)
        if household_no is not None:
            household_id = session.execute(select(Household.id).where(Household.household_no == household_no)).scalar()
            query = query.where(Subscription.household_id == household_id)
        if not include_withdrawn:
            query = query.where(Subscription.withdrawn_at.is_(None))
        found = session.execute(query).scalars().all()
        if application_id is not None:
            found = [s for s in found if application_id in s.application_ids]
        return [_view(s, _household_no(session, s)) for s in found]


def document(session: Session, subscription: Subscription) -> JsonObject:
    """The document the hub keeps (PUT /v1/subscriptions/{id}), exactly as the protocol says."""
    return {"subscription_id": subscription.id, "application_ids": list(subscription.application_ids),
            "household_id": _household_no(session, subscription),
            "subscriber": {"role": subscription.subscriber_role, "relationship": subscription.subscriber_relationship},
            "language": subscription.language, "purposes": list(subscription.purposes),
            "channels": [dict(c) for c in subscription.channels], "notice_version": subscription.notice_version,
            "consented_at": subscription.consented_at.isoformat(timespec="seconds"),
            "withdrawn_at": subscription.withdrawn_at.isoformat(timespec="seconds") if subscription.withdrawn_at else None}


def _household(session: Session, request: SubscriptionRequest) -> Household | None:
    """The named household, else the one the applications belong to (for reminders and listing)."""
    if request.household_no:
        household = session.execute(select(Household).where(Household.household_no == request.household_no)).scalar()
        if household is None:
            raise SubscriptionRefused({"target": "subscribe.nothing_to_follow"})
        return household
    found = session.execute(select(Application.id, Application.household_id)
                            .where(Application.id.in_(request.application_ids))).all()
    if len(found) != len(set(request.application_ids)):
        raise SubscriptionRefused({"target": "subscribe.nothing_to_follow"})
    households = {household_id for _id, household_id in found}
    return session.get(Household, households.pop()) if len(households) == 1 else None


def _household_no(session: Session, subscription: Subscription) -> str | None:
    if subscription.household_id is None:
        return None
    return session.execute(select(Household.household_no).where(Household.id == subscription.household_id)).scalar()


def _queue(session: Session, subscription_id: str) -> None:
    """One open item per subscription: it sends the document as it is when its turn comes, and
    is sent again when the document changed while it was on its way (sync.client.subscriptions)."""
    open_item = session.execute(select(OutboxItem.id).where(
        OutboxItem.kind == OutboxKind.SUBSCRIPTION, OutboxItem.target_id == subscription_id,
        OutboxItem.state.in_(OPEN))).first()
    if open_item is None:
        session.add(OutboxItem(kind=OutboxKind.SUBSCRIPTION, target_id=subscription_id, op_id=str(uuid.uuid4()),
                               state=OutboxState.PENDING))


def _view(subscription: Subscription, household_no: str | None) -> SubscriptionView:
    return SubscriptionView(
        subscription.id, household_no, tuple(subscription.application_ids), subscription.subscriber_role,
        subscription.subscriber_relationship, subscription.language, tuple(subscription.purposes),
        tuple(ChannelView(c["kind"], masked(c["kind"], c.get("to"))) for c in subscription.channels),
        subscription.notice_version, subscription.consented_at, subscription.withdrawn_at,
        (subscription.links or {}).get("calendar_url"), subscription.withdrawn_by, tuple(subscription.unreachable or ()))


def application_for_tracking(store: Store, tracking_no: str) -> str | None:
    """The application a receipt's tracking number names, as the kiosk's status check finds it."""
    from kiosk.applications.codes import tracking_readings

    readings = tracking_readings(tracking_no)
    if not readings:
        return None
    with store.read() as session:
        found = session.execute(select(Application.id).where(Application.tracking_no.in_(readings))).scalars().all()
    return found[0] if len(found) == 1 else None  # none, or look-alikes of two numbers: never guess
