"""The delivery audit: what the hub handed to which agency, what came back, and what it purged.
Entries carry ids, counts, file names and hashes only, never personal data (they are listed by
`kiosk-hub delivery-audit`)."""

from __future__ import annotations

import json

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from kiosk.json_types import JsonObject
from sync.hub import schema
from sync.hub.db import HubDatabase, utcnow

table = schema.delivery_audit


def record(conn: Connection, action: str, agency: str | None = None, delivery_id: str | None = None,
           **detail: object) -> None:
    conn.execute(insert(table).values(at=utcnow(), action=action, agency=agency, delivery_id=delivery_id,
                                      detail=json.dumps(detail, ensure_ascii=False, sort_keys=True)))


def entries(db: HubDatabase, action: str | None = None) -> list[JsonObject]:
    query = select(table).order_by(table.c.id)
    if action:
        query = query.where(table.c.action == action)
    with db.read() as conn:
        rows = conn.execute(query).all()
    return [{"at": r.at.isoformat(timespec="seconds") + "Z", "action": r.action, "agency": r.agency,
             "delivery_id": r.delivery_id, **json.loads(r.detail or "{}")} for r in rows]
