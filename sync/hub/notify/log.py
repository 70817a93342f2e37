"""What `kiosk-hub notifications` shows: every message, its channel, state and attempts, with the
reason of the last failure; no address and no text."""

from __future__ import annotations

from kiosk.json_types import JsonObject
from sync.hub import schema
from sync.hub.db import HubDatabase, iso_z, rows_by_creation


def listing(db: HubDatabase, state: str | None = None) -> list[JsonObject]:
    return [{"message_id": r.id, "subscription_id": r.subscription_id, "channel": r.channel, "state": r.state,
             "attempts": r.attempts, "last_error": r.last_error, "urgent": r.urgent, "local_day": r.local_day,
             "created_at": iso_z(r.created_at), "sent_at": iso_z(r.sent_at)}
            for r in rows_by_creation(db, schema.notify_message, state)]
