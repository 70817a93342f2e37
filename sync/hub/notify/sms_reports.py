"""SMS late bounces. A gateway takes a message (2xx) and learns only later whether the phone got it;
it then calls the hub's report webhook (a delivery report, DLR) with its own id of the message and
a status. The hub keeps that id when the gateway answers the send (sync/hub/notify/channels.py),
so a report finds our message; a permanent failure marks it bounced and counts toward the
number's `bounce_limit` exactly as an e-mail's late bounce does (sync/hub/notify/bounces.py).
Field names and which statuses are permanent are configuration (config.DeliveryReports)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.engine import Connection

from sync.hub import schema
from sync.hub.db import HubDatabase, insert_ignore
from sync.hub.notify import bounces
from sync.hub.notify.config import DeliveryReports, NotifyConfig

ids = schema.notify_gateway_id
MAX_ID = 128  # characters of a gateway's id kept (Twilio's are 34)
MAX_STATUS = 40  # characters of a reported status and error code kept in the send log
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _at_path(value: object, path: str) -> object:
    """The value at a dotted path into parsed JSON (object keys, list indexes), or None."""
    for step in path.split("."):
        if isinstance(value, dict):
            value = value.get(step)
        elif isinstance(value, list) and step.isdigit() and int(step) < len(value):
            value = value[int(step)]
        else:
            return None
    return value


def answer_id(reports: DeliveryReports, answer: str) -> str | None:
    """The gateway's id of the message it just accepted, from its answer to the send; None when
    the answer does not name one (the send stands; no report will find it)."""
    found: object = None
    if reports.answer_id_pattern:
        match = re.search(reports.answer_id_pattern, answer)
        found = (match.group(1) if match.groups() else match.group(0)) if match else None
    elif reports.answer_id_json:
        try:
            found = _at_path(json.loads(answer), reports.answer_id_json)
        except ValueError:
            found = None
    if isinstance(found, bool) or not isinstance(found, (str, int)):
        return None
    text = str(found).strip()[:MAX_ID]
    return text if text and not _CONTROL.search(text) else None  # PostgreSQL would refuse to keep a NUL


def remember(conn: Connection, gateway_id: str, message_id: str) -> None:
    """Note the gateway's id of our message (the first one kept: a resend the gateway dropped as a
    repeat may be answered with another)."""
    insert_ignore(conn, ids, gateway_id=gateway_id, message_id=message_id)


def _field(fields: Mapping[str, object], name: str, limit: int) -> str:
    """A report's field as text fit to store: control characters dropped (PostgreSQL refuses NUL in
    text; the rest would reach an operator's terminal through `kiosk-hub notifications`)."""
    return _CONTROL.sub("", str(fields.get(name) or "")).strip()[:limit]


def our_message(db: HubDatabase, gateway_id: str) -> str | None:
    with db.read() as conn:
        found: str | None = conn.execute(select(ids.c.message_id).where(ids.c.gateway_id == gateway_id)).scalar()
    return found


def record(db: HubDatabase, config: NotifyConfig, reports: DeliveryReports, fields: Mapping[str, object]) -> bool | None:
    """Act on one delivery report: None when it names no message of ours; else True when a permanent
    failure marked the message bounced, False when nothing changed (a temporary or good status, a
    repeated report)."""
    gateway_id = str(fields.get(reports.id_field) or "").strip()[:MAX_ID]
    usable = gateway_id and not _CONTROL.search(gateway_id)  # no id of ours has one: never "GW\0" as "GW"
    message_id = our_message(db, gateway_id) if usable else None
    if message_id is None:
        return None
    status = _field(fields, reports.status_field, MAX_STATUS)
    if status.lower() not in {failed.lower() for failed in reports.failed_statuses}:
        return False
    error = _field(fields, reports.error_field, MAX_STATUS) if reports.error_field else ""
    return bounces.record_late(db, config, bounces.Bounce(message_id, f"{status} {error}".strip()))
