"""The facts the status page may show for a tracking number and birth date: only what the receipt
printed (service, tracking number, date, documents still needed) and the status. Nothing about
the person: no name, no ID, no decision text (an officer's reason may name people or money)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kiosk.applications.codes import tracking_readings
from kiosk.catalog import load_catalog
from sync.hub import schema, status_keys
from sync.hub.db import HubDatabase

STATUSES = ("received", "review", "approved", "rejected", "need_documents", "invalid")


@dataclass(frozen=True)
class StatusFacts:
    tracking_no: str
    service_code: str
    status: str
    received_on: date
    documents_needed: tuple[str, ...]


def look_up(db: HubDatabase, secret: bytes, readings: list[str], birth: date) -> StatusFacts | None:
    """The application one of these tracking-number readings and this birth date name; None for an
    unknown number and a wrong birth date alike."""
    keys = {status_keys.lookup_key(secret, reading, birth): reading for reading in readings}
    app, rev = schema.application, schema.revision
    with db.read() as conn:
        found = conn.execute(select(schema.status_key.c.key, app.c.id, app.c.service, app.c.status,
                                    app.c.latest_revision)
                             .join(app, app.c.id == schema.status_key.c.application_id)
                             .where(schema.status_key.c.key.in_(list(keys))).limit(1)).first()
        if found is None:
            return None
        first = conn.execute(select(rev.c.received_at).where(rev.c.application_id == found.id)
                             .order_by(rev.c.revision).limit(1)).scalar_one()
        body = conn.execute(select(rev.c.body).where(rev.c.application_id == found.id,
                                                     rev.c.revision == found.latest_revision)).scalar_one()
    payload = json.loads(body)
    service = load_catalog().services.get(found.service)
    attachments = payload.get("attachments") if isinstance(payload.get("attachments"), list) else []
    needed = service.documents_still_needed(attachments) if service else ()
    return StatusFacts(keys[found.key], found.service, found.status if found.status in STATUSES else "review",
                       first.date(), needed)


def readings_of(text: str) -> list[str]:
    return tracking_readings(text[:40])
