"""The facts the status page may show for a tracking number and birth date: only what the receipt
printed (service, tracking number, date, documents still needed) and the status. Nothing about
the person: no name, no ID, no decision text (an officer's reason may name people or money)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timezone

from sqlalchemy import bindparam, func, select

from kiosk.applications.codes import tracking_readings
from kiosk.catalog import load_catalog
from kiosk.rocdate import TAIWAN_TIME
from sync.hub import schema, status_keys
from sync.hub.db import HubDatabase
from sync.hub.web.typed import typed

STATUSES = ("received", "review", "approved", "rejected", "need_documents", "invalid")

_key, _app, _rev = schema.status_key, schema.application, schema.revision
_first = schema.revision.alias("first_revision")
FIND = (select(_key.c.key, _app.c.service, _app.c.status, _rev.c.body,
               select(func.min(_first.c.received_at)).where(_first.c.application_id == _app.c.id)
               .scalar_subquery().label("received_at"))
        .join(_app, _app.c.id == _key.c.application_id)
        .join(_rev, (_rev.c.application_id == _app.c.id) & (_rev.c.revision == _app.c.latest_revision))
        .where(_key.c.key.in_(bindparam("keys", expanding=True))).limit(1))  # one statement, built once


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
    found = db.read_one(FIND, {"keys": list(keys)})
    if found is None:
        return None
    payload = json.loads(found.body)
    service = load_catalog().services.get(found.service)
    attachments = payload.get("attachments") if isinstance(payload.get("attachments"), list) else []
    needed = service.documents_still_needed(attachments) if service else ()
    received_on = found.received_at.replace(tzinfo=timezone.utc).astimezone(TAIWAN_TIME).date()  # as the receipt printed it
    return StatusFacts(keys[found.key], found.service, found.status if found.status in STATUSES else "review",
                       received_on, needed)


def readings_of(text: str) -> list[str]:
    return tracking_readings(typed(text)[:40])
