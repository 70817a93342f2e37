"""Pending news becomes messages: never in quiet hours (22:00-08:00 in the subscriber's time zone
by default), at most one message a day to an address unless a decision is among the news, one
message per channel, in the subscriber's language, in plain words. A message says only that there
is news, about which receipt (its first characters), where to look and whom to call, and how to
stop: no status, no name, no amount."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, insert, select, update
from sqlalchemy.engine import Connection

from kiosk.catalog import load_catalog
from kiosk.i18n import tr
from sync.hub import schema, subscriptions
from sync.hub.auth import Secrets
from sync.hub.db import HubDatabase, utcnow
from sync.hub.notify.bounces import dead_addresses
from sync.hub.notify.config import NotifyConfig
from sync.hub.notify.news import NEWS, masked, tracking_numbers


def local_time(config: NotifyConfig, now: datetime) -> datetime:
    """`now` (naive UTC, as the hub stores times) on the subscribers' clock."""
    return now.replace(tzinfo=timezone.utc).astimezone(ZoneInfo(config.timezone))


def in_quiet_hours(config: NotifyConfig, now: datetime) -> bool:
    moment, start, end = local_time(config, now).time(), config.quiet_start, config.quiet_end
    if start <= end:
        return start <= moment < end
    return moment >= start or moment < end  # the quiet hours span midnight


def unsubscribe_url(config: NotifyConfig, secrets_: Secrets, subscription_id: str) -> str:
    return config.link(f"/s/unsubscribe/{subscriptions.link_token(secrets_, subscriptions.UNSUBSCRIBE, subscription_id)}")


def calendar_url(config: NotifyConfig, secrets_: Secrets, subscription_id: str) -> str:
    return config.link(f"/s/calendar/{subscriptions.link_token(secrets_, subscriptions.CALENDAR, subscription_id)}.ics")


def hotlines_of(conn: Connection, application_ids: list[str], fallback: str) -> str:
    """The hotlines of these applications' services (the reminders' number when none is known)."""
    catalog = load_catalog()
    codes = conn.execute(select(schema.application.c.service).where(schema.application.c.id.in_(application_ids)))
    numbers = sorted({catalog.services[c].hotline for c in codes.scalars() if c in catalog.services})
    return " / ".join(numbers) or fallback


def render(conn: Connection, config: NotifyConfig, language: str, news: list[Row[Any]], unsubscribe: str) -> tuple[str, str]:
    """(subject, text) of one message about `news` (rows of hub_notification)."""
    applications = sorted({n.application_id for n in news if n.application_id})
    parts = []
    if applications:
        numbers = tracking_numbers(conn, applications)
        if numbers:
            parts.append(tr("notify.news", language, receipts=", ".join(masked(numbers[a]) for a in applications
                                                                          if a in numbers)))
        else:
            parts.append(tr("notify.news.no_number", language))
        parts.append(tr("notify.check", language, url=config.status_url,
                        hotline=hotlines_of(conn, applications, config.hotline)))
    if any(n.kind == "reminder" for n in news):
        parts.append(tr("notify.reminder", language, hotline=config.hotline))
    parts.append(tr("notify.unsubscribe", language, url=unsubscribe))
    return tr("notify.subject", language), "\n".join(parts)


def _capped(conn: Connection, address_keys: list[str], local_day: str) -> bool:
    """Whether one of these addresses already had a message on this day."""
    messages = schema.notify_message
    return conn.execute(select(messages.c.id).where(messages.c.address_key.in_(address_keys),
                                                    messages.c.local_day == local_day,
                                                    messages.c.state != "cancelled").limit(1)).first() is not None


def compose(db: HubDatabase, secrets_: Secrets, config: NotifyConfig, channels: set[str],
            now: datetime | None = None) -> int:
    """Turn pending news into messages on the `channels` this hub can send; returns how many
    subscriptions got a message. One transaction: news is marked composed with its messages."""
    now = now or utcnow()
    if in_quiet_hours(config, now):
        return 0
    local_day = local_time(config, now).date().isoformat()
    stop_replies = config.sms is not None and config.sms.inbound_route_secret() is not None  # else no one reads a STOP
    note, subs = schema.notification, schema.subscription
    composed = 0
    with db.write() as conn:
        pending = conn.execute(select(note, subs.c.document, subs.c.language)
                               .join(subs, subs.c.id == note.c.subscription_id)
                               .where(note.c.state == "pending", subs.c.state == "active")
                               .order_by(note.c.created_at, note.c.id)).all()
        by_subscription = defaultdict(list)
        for row in pending:
            by_subscription[row.subscription_id].append(row)
        for subscription_id, news in by_subscription.items():
            document = json.loads(news[0].document)
            contacts = [(c["kind"], c["to"]) for c in document["channels"] if c["kind"] in channels]
            keys = {kind: subscriptions.address_key(secrets_, kind, to) for kind, to in contacts}
            bounced = dead_addresses(conn, config, list(keys.values()))
            contacts = [(kind, to) for kind, to in contacts if keys[kind] not in bounced]
            keys = {kind: key for kind, key in keys.items() if key not in bounced}
            if keys and not any(n.urgent for n in news) and _capped(conn, list(keys.values()), local_day):
                continue  # tomorrow, with whatever else comes meanwhile
            message_key = str(uuid.uuid5(NEWS, "message|" + ",".join(sorted(n.id for n in news))))
            unsubscribe = unsubscribe_url(config, secrets_, subscription_id)
            subject, text = render(conn, config, news[0].language, news, unsubscribe)
            for kind, _to in contacts:
                body = text + "\n" + tr("notify.reply_stop", news[0].language) if kind == "sms" and stop_replies else text
                conn.execute(insert(schema.notify_message).values(
                    id=str(uuid.uuid5(NEWS, f"{message_key}|{kind}")), message_key=message_key,
                    subscription_id=subscription_id, channel=kind, address_key=keys[kind], local_day=local_day,
                    urgent=any(n.urgent for n in news), subject=subject, body=body, state="pending", attempts=0,
                    due_at=now, created_at=now, updated_at=now))
            conn.execute(update(note).where(note.c.id.in_([n.id for n in news]))
                         .values(state="composed", message_key=message_key))
            composed += 1
    return composed
