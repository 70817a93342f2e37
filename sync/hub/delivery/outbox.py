"""The delivery outbox: rows in hub_delivery, one per (revision, agency).

`enqueue` runs inside the transaction that accepts a revision, so a revision is never accepted
without its delivery (nor a delivery written for a revision that rolled back). The payload is not
copied: it is built from the stored revision when sent, so personal data lives in one place.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from kiosk.json_types import JsonObject
from sync.hub import schema
from sync.hub.db import HubDatabase, dialect_insert, insert_ignore, iso_z, rows_by_creation, utcnow
from sync.hub.delivery.fhir_bundle import delivery_id
from sync.hub.routing import Agency, RoutingTable

table = schema.delivery
OPEN_STATES = ("pending", "delivered")  # still work to do: send, or poll the agency for a decision


def _place(conn: Connection, household_no: str) -> tuple[str | None, str | None]:
    data = conn.execute(select(schema.household.c.data)
                        .where(schema.household.c.household_no == household_no)).scalar()
    if data is None:
        return None, None
    document = json.loads(data)
    address = document.get("address") or {}
    return address.get("city") or document.get("region"), address.get("district")


def route(conn: Connection, routing: RoutingTable, payload: JsonObject) -> Agency | None:
    """The agency the routing table sends this payload's service and place to, if any."""
    service = str(payload.get("service"))
    if service not in routing.routed_services:  # no agency anywhere: the household's place need not be read
        return None
    city, district = _place(conn, str(payload.get("household_no")))
    return routing.agency_for(service, city, district)


def enqueue(conn: Connection, routing: RoutingTable, payload: JsonObject) -> str | None:
    """Write the delivery of an accepted revision (in the caller's transaction); None when no
    agency is routed for the service and place, and the application waits for `kiosk-hub decide`."""
    agency = route(conn, routing, payload)
    if agency is None:
        return None
    application_id, revision = payload["application_id"], payload["revision"]
    now = utcnow()
    conn.execute(update(table).where(table.c.application_id == application_id, table.c.revision < revision,
                                     table.c.state.in_(("pending", "dead")))
                 .values(state="superseded", updated_at=now))  # the agency wants the latest, not every draft:
    # a dead-lettered older draft is not re-driven either
    identifier = delivery_id(application_id, revision, agency.id)
    insert_ignore(conn, table, id=identifier, application_id=application_id, revision=revision, agency=agency.id,
                  connector=agency.connector, endpoint=agency.endpoint, routing_version=routing.version,
                  state="pending", attempts=0, due_at=now, created_at=now, updated_at=now)
    return identifier


@dataclass(frozen=True)
class Due:
    id: str
    application_id: str
    revision: int
    agency: str
    endpoint: str
    state: str
    attempts: int
    task_url: str | None
    connector: str = "fhir"


def claim_due(db: HubDatabase, lease_s: float, limit: int = 20, now: datetime | None = None) -> list[Due]:
    """Deliveries to send or poll now; each is leased (due_at pushed on) so another hub process or
    a crash-restarted one does not act on it at the same time. A lease that runs out makes it due
    again: a hub killed mid-send sends again, and the agency's duplicate key absorbs it."""
    now = now or utcnow()
    with db.write(durable=False) as conn:  # a lease lost to a power cut only makes the delivery due sooner
        rows = conn.execute(select(table).where(table.c.state.in_(OPEN_STATES), table.c.due_at <= now,
                                                # a batch file's answer comes as a result file, not by polling
                                                (table.c.state == "pending") | (table.c.connector != "batch-file"))
                            .order_by(table.c.due_at).limit(limit).with_for_update(skip_locked=True)).all()
        if rows:
            conn.execute(update(table).where(table.c.id.in_([r.id for r in rows]))
                         .values(due_at=now + timedelta(seconds=lease_s)))
    return [Due(r.id, r.application_id, r.revision, r.agency, r.endpoint, r.state, r.attempts, r.task_url, r.connector)
            for r in rows]


def _set(db: HubDatabase, delivery: str, durable: bool = False, **values: object) -> None:  # the columns to set
    """Progress is noted lazily: if a power cut loses it, the delivery is sent again and the agency's
    duplicate key absorbs it. Only a dead letter, which stops sending, must be on disk. A delivery
    superseded or decided while the worker was at it keeps that state: the worker's news is older."""
    with db.write(durable=durable) as conn:
        conn.execute(update(table).where(table.c.id == delivery, table.c.state.in_(OPEN_STATES))
                     .values(updated_at=utcnow(), **values))


def delivered_many(db: HubDatabase, stored: list[tuple[str, int, str | None]], poll_in_s: float, agency: str,
                   retention_days: int) -> None:
    """(delivery, attempts, Task URL) the agency stored, in one transaction: that is its
    acknowledgement, from which its retention days run."""
    now = utcnow()
    with db.write(durable=False) as conn:  # two statements for the lot, not two per delivery
        conn.execute(update(table).where(table.c.id == bindparam("delivery"))
                     .values(updated_at=now, state="delivered", attempts=bindparam("tries"), task_url=bindparam("url"),
                             delivered_at=now, last_error=None, due_at=now + timedelta(seconds=poll_in_s)),
                     [{"delivery": d, "tries": a, "url": u} for d, a, u in stored])
        conn.execute(dialect_insert(conn, schema.delivery_ack).on_conflict_do_nothing(),
                     [{"delivery_id": d, "agency": agency, "acknowledged_at": now,
                       "purge_after": now + timedelta(days=retention_days)} for d, _a, _u in stored])


def retry_later(db: HubDatabase, delivery: str, attempts: int, reason: str, delay_s: float,
                since: datetime | None = None) -> None:
    """Pending again, due `delay_s` after `since` (now if not given: deliveries that failed together
    pass the same `since`, so they are due at the same moment)."""
    _set(db, delivery, attempts=attempts, last_error=reason,
         due_at=(since or utcnow()) + timedelta(seconds=delay_s))


def dead_letter(db: HubDatabase, delivery: str, attempts: int, reason: str) -> None:
    _set(db, delivery, durable=True, state="dead", attempts=attempts, last_error=reason)


def poll_again(db: HubDatabase, delivery: str, delay_s: float, reason: str | None = None) -> None:
    _set(db, delivery, due_at=utcnow() + timedelta(seconds=delay_s), last_error=reason)


def mark_decided(conn: Connection, delivery: str) -> None:
    conn.execute(update(table).where(table.c.id == delivery).values(state="decided", updated_at=utcnow()))


def redrive(db: HubDatabase, delivery: str | None = None) -> int:
    """Send dead-lettered deliveries again from scratch (one, or all with None); returns how many."""
    with db.write() as conn:
        query = update(table).where(table.c.state == "dead")
        if delivery is not None:
            query = query.where(table.c.id == delivery)
        return conn.execute(query.values(state="pending", attempts=0, due_at=utcnow(), updated_at=utcnow())).rowcount


def listing(db: HubDatabase, state: str | None = None) -> list[JsonObject]:
    """What `kiosk-hub deliveries` shows: no personal data, only ids, states and reasons."""
    rows, stamp = rows_by_creation(db, table, state), iso_z
    return [{"delivery_id": r.id, "application_id": r.application_id, "revision": r.revision, "agency": r.agency,
             "connector": r.connector, "endpoint": r.endpoint, "routing_version": r.routing_version,
             "state": r.state, "attempts": r.attempts, "last_error": r.last_error, "task_url": r.task_url,
             "created_at": stamp(r.created_at), "delivered_at": stamp(r.delivered_at),
             "due_at": stamp(r.due_at) if r.state in OPEN_STATES else None} for r in rows]
