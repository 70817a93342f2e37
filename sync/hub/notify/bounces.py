"""Bounces, at sending and later. A mail server may accept a message and only later report that it
could not be delivered: a delivery status notification (RFC 3464) to the bounce address, which the
mail system hands to the hub's bounce webhook. The report names our message by the Message-ID of
the original headers it returns (the message's id, sync/hub/notify/channels.py); a permanent
failure (action "failed", status 5.x.x) marks that message bounced in the send log.

An address that bounced `bounce_limit` times is dead: nothing more is composed for it, and each
device whose subscription sends there hears so on the changes feed, so the officer sees that the
channel does not reach the citizen."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import Message

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from sync.hub import feed, schema, subscriptions
from sync.hub.db import HubDatabase, utcnow
from sync.hub.notify.config import NotifyConfig

messages = schema.notify_message
_OUR_ID = re.compile(r"<?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@", re.IGNORECASE)


@dataclass(frozen=True)
class Bounce:
    message_id: str
    status: str  # the first permanent status reported, e.g. 5.1.1; an SMS gateway's, e.g. "UNDELIV 1"


def _blocks(part: Message) -> list[Message]:
    """The header blocks of a message/delivery-status part (per message, then per recipient)."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [block for block in payload if isinstance(block, Message)]
    return [email.message_from_string(block) for block in str(payload).split("\n\n") if block.strip()]


def _decoded(part: Message) -> bytes:
    """A part's payload with its transfer encoding undone (bytes, or none)."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _original_id(part: Message) -> str | None:
    """Our message's id in the returned original (a whole message, or its headers only)."""
    if part.get_content_type() == "message/rfc822":
        payload = part.get_payload()
        if not isinstance(payload, list) or not payload:
            return None
        headers = payload[0]
        if not isinstance(headers, Message):
            return None
    else:  # text/rfc822-headers
        headers = email.message_from_bytes(_decoded(part))
    found = _OUR_ID.match(str(headers.get("Message-ID", "")).strip())
    return found.group(1).lower() if found else None


def parse(raw: bytes) -> Bounce | None:
    """The permanent failure a delivery status notification reports about one of our messages, or
    None (a delay, a success, a report about something else, not a report at all)."""
    report = email.message_from_bytes(raw, policy=email.policy.compat32)
    status, message_id = None, None
    for part in report.walk():
        kind = part.get_content_type()
        if kind == "message/delivery-status":
            for block in _blocks(part)[1:]:
                action, code = (block.get("Action") or "").strip().lower(), (block.get("Status") or "").strip()
                if action == "failed" and code.startswith("5") and status is None:
                    status = code.split()[0]
        elif kind in ("message/rfc822", "text/rfc822-headers") and message_id is None:
            message_id = _original_id(part)
    return Bounce(message_id, status) if status and message_id else None


def bounce_count(conn: Connection, address_key: str) -> int:
    return conn.execute(select(func.count()).select_from(messages)
                        .where(messages.c.address_key == address_key, messages.c.state == "bounced")).scalar() or 0


def dead_addresses(conn: Connection, config: NotifyConfig, address_keys: list[str]) -> set[str]:
    """The addresses among these that bounced too often to be used again."""
    return set(conn.execute(select(messages.c.address_key).where(messages.c.address_key.in_(address_keys),
                                                                 messages.c.state == "bounced")
                            .group_by(messages.c.address_key)
                            .having(func.count() >= config.bounce_limit)).scalars())


def note_bounce(conn: Connection, config: NotifyConfig, kind: str, address_key: str) -> None:
    """After a message to this address was marked bounced: when that makes the address dead, tell
    the devices of the active subscriptions sending there (once: at the bounce that reaches the limit)."""
    if bounce_count(conn, address_key) != config.bounce_limit:
        return
    contacts, subs = schema.subscription_contact, schema.subscription
    owners = conn.execute(select(subs.c.id, subs.c.device_id).join(contacts, contacts.c.subscription_id == subs.c.id)
                          .where(contacts.c.kind == kind, contacts.c.address_key == address_key,
                                 subs.c.state == "active")).all()
    feed.append(conn, [subscriptions.unreachable_entry(o.device_id, o.id, kind) for o in owners])


def record_late(db: HubDatabase, config: NotifyConfig, bounce: Bounce) -> bool:
    """Mark the message bounced (delivered or still pending: the report may come before the hub noted
    the delivery); False when it is unknown or already bounced or cancelled."""
    with db.write() as conn:
        row = conn.execute(select(messages).where(messages.c.id == bounce.message_id).with_for_update()).first()
        if row is None or row.state not in ("delivered", "pending"):
            return False
        reason = f"bounced after delivery: {bounce.status}"
        now = utcnow()
        conn.execute(update(messages).where(messages.c.id == row.id)
                     .values(state="bounced", last_error=reason, updated_at=now))
        conn.execute(insert(schema.notify_attempt).values(message_id=row.id, attempt=row.attempts, outcome="bounced",
                                                          reason=reason, at=now))
        note_bounce(conn, config, row.channel, row.address_key)
    return True
