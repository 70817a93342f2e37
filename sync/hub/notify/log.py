"""What `kiosk-hub notifications` shows: every message, its channel, state and attempts, with the
reason of the last failure; no address and no text."""

from __future__ import annotations

from sqlalchemy import select

from sync.hub import schema
from sync.hub.db import HubDatabase


def listing(db: HubDatabase, state: str | None = None) -> list[dict]:
    table = schema.notify_message
    query = select(table).order_by(table.c.created_at, table.c.id)
    if state:
        query = query.where(table.c.state == state)
    with db.read() as conn:
        rows = conn.execute(query).all()
    stamp = lambda t: t.isoformat(timespec="seconds") + "Z" if t else None  # noqa: E731
    return [{"message_id": r.id, "subscription_id": r.subscription_id, "channel": r.channel, "state": r.state,
             "attempts": r.attempts, "last_error": r.last_error, "urgent": r.urgent, "local_day": r.local_day,
             "created_at": stamp(r.created_at), "sent_at": stamp(r.sent_at)} for r in rows]
