"""What lets a citizen look up their own application on the status page: a keyed hash of
(tracking number, applicant's birth date), made when a revision arrives. The hub keeps neither
the pair nor the birth date for this; the key is an HMAC under the hub's own secret, so a copy of
the table alone cannot be searched by guessing the 10¹² tracking numbers and 36,500 birthdays.

The tracking number comes in the revision (devices send it since the status page exists); the
birth date from the household document the device uploaded, for the member the application names
(the applicant, or the head for a household's application)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.engine import Connection

from kiosk.applications.codes import normalise_tracking_number
from sync.hub import schema
from sync.hub.db import dialect_insert, get_meta, utcnow

PURPOSE = b"status\0"
_SECRET_INFO = "kiosk_hub_status_secret"


def hub_key(conn: Connection) -> bytes:
    """The hub's secret, made with its database and never changed: read once per database
    connection (a query per arriving revision was a seventh of a batch request's time)."""
    secret = conn.info.get(_SECRET_INFO)
    if secret is None:
        secret = conn.info[_SECRET_INFO] = base64.b64decode(get_meta(conn, "secret"))
    return secret


def lookup_key(secret: bytes, tracking_no: str, birth: date) -> str:
    """The stored key for a canonical tracking number and a birth date."""
    message = PURPOSE + f"{tracking_no}|{birth.isoformat()}".encode("ascii")
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def _applicant_birth(document: dict, payload: dict) -> date | None:
    applicant = payload.get("applicant") if isinstance(payload.get("applicant"), dict) else {}
    wanted = payload.get("person") or applicant.get("id_no")
    for member in document.get("members", ()):
        if (member.get("id_no") == wanted) if wanted else (member.get("relation") == "head"):
            try:
                return date.fromisoformat(str(member.get("birth_date")))
            except ValueError:
                return None
    return None


def key_for(conn: Connection, payload: dict, scope: str, households: dict | None = None) -> str | None:
    """The lookup key of a revision arriving from `scope`, None when it carries no tracking number
    or its applicant's birth date is not in that scope's household (never another area's: a refused
    revision naming it must not turn the page into a birth-date oracle). `households` as
    `applications.households_of` gives."""
    tracking_no = normalise_tracking_number(str(payload.get("tracking_no") or ""))
    if tracking_no is None:
        return None
    household_no = payload.get("household_no")
    if households is not None:
        row = households.get(household_no)
    else:
        table = schema.household
        row = conn.execute(select(table.c.data, table.c.scope, table.c.deleted)
                           .where(table.c.household_no == household_no)).first()
    if row is None or row.deleted or row.scope != scope:
        return None
    birth = _applicant_birth(json.loads(row.data), payload)
    return lookup_key(hub_key(conn), tracking_no, birth) if birth else None


def store(conn: Connection, keys: list[tuple[str, str]]) -> None:
    """(key, application_id) pairs, in the revision's transaction; a later revision repeats its key."""
    if keys:
        conn.execute(dialect_insert(conn, schema.status_key).on_conflict_do_nothing(),
                     [{"key": key, "application_id": app_id, "created_at": utcnow()} for key, app_id in keys])

