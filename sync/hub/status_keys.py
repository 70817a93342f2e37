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
from datetime import date
from functools import lru_cache

from weakref import WeakKeyDictionary

import orjson
from sqlalchemy import select, text
from sqlalchemy.engine import Connection, Engine

from kiosk.applications.codes import normalise_tracking_number
from kiosk.json_types import JsonObject
from sync.hub import schema
from sync.hub.db import dialect_insert, get_meta, utcnow

PURPOSE = b"status\0"


_HUB_KEYS: WeakKeyDictionary[Engine, bytes] = WeakKeyDictionary()


def hub_key(conn: Connection) -> bytes:
    """The hub's secret, read once per database engine: it is made with the database and never
    changes, and reading it for every arriving revision was a query each on the request path."""
    key = _HUB_KEYS.get(conn.engine)
    if key is None:
        key = _HUB_KEYS[conn.engine] = base64.b64decode(get_meta(conn, "secret"))
    return key


def lookup_key(secret: bytes, tracking_no: str, birth: date) -> str:
    """The stored key for a canonical tracking number and a birth date."""
    message = PURPOSE + f"{tracking_no}|{birth.isoformat()}".encode("ascii")
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


@lru_cache(maxsize=256)
def household_document(data: str) -> JsonObject:
    """A stored household document, parsed once for a revision's checks and its lookup key (and
    once for a batch's revisions from one household). Shared: read it, never change it."""
    document: JsonObject = orjson.loads(data)
    return document


def _applicant_birth(document: JsonObject, payload: JsonObject) -> date | None:
    given = payload.get("applicant")
    applicant: JsonObject = given if isinstance(given, dict) else {}
    wanted = payload.get("person") or applicant.get("id_no")
    for member in document.get("members", ()):
        if (member.get("id_no") == wanted) if wanted else (member.get("relation") == "head"):
            try:
                return date.fromisoformat(str(member.get("birth_date")))
            except ValueError:
                return None
    return None


def key_for(conn: Connection, payload: JsonObject, scope: str, households: JsonObject | None = None) -> str | None:
    """The lookup key of a revision arriving from `scope`, None when it carries no tracking number
    or its applicant's birth date is not in that scope's household (never another area's: a refused
    revision naming it must not turn the page into a birth-date oracle). `households` as
    `applications.households_of` gives."""
    tracking_no = normalise_tracking_number(str(payload.get("tracking_no") or ""))
    if tracking_no is None:
        return None
    household_no = payload.get("household_no")
    if households is not None:
        row = households.get(str(household_no))  # keyed by text household numbers
    else:
        table = schema.household
        row = conn.execute(select(table.c.data, table.c.scope, table.c.deleted)
                           .where(table.c.household_no == household_no)).first()
    if row is None or row.deleted or row.scope != scope:
        return None
    birth = _applicant_birth(household_document(row.data), payload)
    return lookup_key(hub_key(conn), tracking_no, birth) if birth else None


# PostgreSQL: the pairs as one JSON parameter, one INSERT (not one per pair, each converted in Python).
STORE_PG = text("""
INSERT INTO hub_status_key (key, application_id, created_at)
SELECT key, application_id, :now FROM json_to_recordset(CAST(:rows AS json)) AS given(key varchar, application_id varchar)
ON CONFLICT DO NOTHING""")


def store(conn: Connection, keys: list[tuple[str, str]]) -> None:
    """(key, application_id) pairs, in the revision's transaction; a later revision repeats its key."""
    if keys and conn.dialect.name == "postgresql":
        conn.execute(STORE_PG, {"now": utcnow(), "rows": orjson.dumps(
            [{"key": key, "application_id": app_id} for key, app_id in keys]).decode()})
    elif keys:
        conn.execute(dialect_insert(conn, schema.status_key).on_conflict_do_nothing(),
                     [{"key": key, "application_id": app_id, "created_at": utcnow()} for key, app_id in keys])

