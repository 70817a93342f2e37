"""Retention per agency: once an agency acknowledged a delivery (FHIR: stored the transaction;
batch file: answered its row), the hub keeps the payload the agency's `retention_days` (routing
table) and then purges it: the revision's personal data (a stub with ids, service and digest
stays, so receipts, replays and the feed still work), the application's earlier revisions
(superseded drafts, refused ones), attachments no other kept revision names, and a batch file once
every row in it is purged. A refused revision (422, never delivered) is kept its routed agency's
days from the refusal. Each purge is audited. The purged bytes then go from the database's files
(erasure.py), and every revision purged here is purged in the backups the hub wrote (backups.py).

`purge_expired(db, routing, now)` takes the time from its caller, so tests pass a fake clock; the
delivery worker calls it every few minutes and `kiosk-hub purge` on demand.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection

from kiosk.json_types import JsonObject
from sync.hub import schema
from sync.hub.db import HubDatabase, utcnow
from sync.hub.delivery import audit
from sync.hub.delivery.batch_file.files import MANIFEST_SUFFIX
from sync.hub.delivery.outbox import route
from sync.hub.routing import RoutingTable

BATCH = 200
PURGED_MARK = '"purged": "'  # only in a stub: a stored body is canonical JSON, with no space after a colon
KEPT_FIELDS = ("application_id", "revision", "service", "form_version", "catalog_version", "submitted_at",
               "device_key_id")  # no name, ID, address, answers or attachments


def _stub(body: str, now: datetime) -> tuple[str, list[str]]:
    """The purged body and the attachment hashes it named."""
    payload = json.loads(body)
    hashes = [a["sha256"] for a in payload.get("attachments") or () if isinstance(a, dict) and a.get("sha256")]
    kept = {k: payload[k] for k in KEPT_FIELDS if k in payload}
    return json.dumps({**kept, "purged": now.isoformat(timespec="seconds") + "Z"}, ensure_ascii=False), hashes


def is_stub(body: str) -> bool:
    return PURGED_MARK in body


def _drop_unreferenced_blobs(conn: Connection, hashes: list[str]) -> int:
    """Blobs only purged revisions named (content-addressed: another application may hold the same photo)."""
    dropped = 0
    for sha256 in set(hashes):
        still = conn.execute(select(schema.revision.c.id).where(schema.revision.c.body.contains(sha256)).limit(1)).first()
        if still is None:
            conn.execute(delete(schema.blob_owner).where(schema.blob_owner.c.sha256 == sha256))
            dropped += conn.execute(delete(schema.blob).where(schema.blob.c.sha256 == sha256)).rowcount
    return dropped


def stub_revision(conn: Connection, revision_id: int, body: str, now: datetime, stub: str | None = None) -> int:
    """The one purge of a revision: its body becomes the stub (`stub`: the hub's own, when a backup
    follows the hub), and the attachments nothing kept names go; returns how many blobs went."""
    purged, hashes = _stub(body, now)
    conn.execute(update(schema.revision).where(schema.revision.c.id == revision_id).values(body=stub or purged))
    return _drop_unreferenced_blobs(conn, hashes)


def _purge_earlier(conn: Connection, application_id: str, revision_no: int, now: datetime) -> tuple[int, int]:
    """(revisions, blobs) purged among an application's revisions before `revision_no`: superseded
    drafts and rejected ones; not one an agency still holds a claim on (a delivery neither
    superseded nor with its acknowledgement purged: it goes by its own retention)."""
    rev, delivery, ack = schema.revision, schema.delivery, schema.delivery_ack
    owed = (select(delivery.c.revision).outerjoin(ack, ack.c.delivery_id == delivery.c.id)
            .where(delivery.c.application_id == application_id, delivery.c.state != "superseded",
                   ack.c.purged_at.is_(None)))
    rows = conn.execute(select(rev.c.id, rev.c.body).where(
        rev.c.application_id == application_id, rev.c.revision < revision_no, rev.c.revision.not_in(owed),
        ~rev.c.body.contains(PURGED_MARK))).all()
    return len(rows), sum(stub_revision(conn, r.id, r.body, now) for r in rows)


def _purge_one(conn: Connection, delivery_id: str, agency: str, now: datetime) -> tuple[list[str], int]:
    """Purge one acknowledged delivery's payload and its application's earlier revisions; returns
    the batch file it was in, if any, and how many earlier revisions were purged."""
    row = conn.execute(select(schema.delivery.c.application_id, schema.delivery.c.revision)
                       .where(schema.delivery.c.id == delivery_id)).first()
    blobs, earlier = 0, 0
    if row is not None:
        revision = conn.execute(select(schema.revision.c.id, schema.revision.c.body)
                                .where(schema.revision.c.application_id == row.application_id,
                                       schema.revision.c.revision == row.revision)).first()
        open_elsewhere = conn.execute(select(func.count()).select_from(schema.delivery).where(
            schema.delivery.c.application_id == row.application_id, schema.delivery.c.revision == row.revision,
            schema.delivery.c.id != delivery_id, schema.delivery.c.state.in_(("pending", "dead")))).scalar()
        if revision is not None and not open_elsewhere:
            if not is_stub(revision.body):
                blobs = stub_revision(conn, revision.id, revision.body, now)
            earlier, earlier_blobs = _purge_earlier(conn, row.application_id, row.revision, now)
            blobs += earlier_blobs
    conn.execute(update(schema.delivery_ack).where(schema.delivery_ack.c.delivery_id == delivery_id)
                 .values(purged_at=now))
    audit.record(conn, "purged", agency, delivery_id, revision_body=row is not None, blobs=blobs,
                 earlier_revisions=earlier)
    batch = conn.execute(select(schema.batch_row.c.file).where(schema.batch_row.c.delivery_id == delivery_id)).scalar()
    return ([batch] if batch else []), earlier


def _purge_rejected(conn: Connection, routing: RoutingTable, now: datetime) -> int:
    """Revisions the hub refused (422) are never delivered: each is kept the retention days of the
    agency its service and place are routed to, counted from the refusal, then purged; a service no
    agency takes keeps them, as it keeps its accepted revisions (decided on this hub)."""
    shortest = min((a.retention_days for a in routing.agencies.values()), default=None)
    if shortest is None:
        return 0
    rev = schema.revision
    rows = conn.execute(select(rev.c.id, rev.c.application_id, rev.c.revision, rev.c.body, rev.c.received_at).where(
        rev.c.status == "rejected", rev.c.received_at <= now - timedelta(days=shortest),
        ~rev.c.body.contains(PURGED_MARK))).all()  # few: an officer fixes and sends a new revision
    purged = 0
    for row in rows:
        agency = route(conn, routing, json.loads(row.body))
        if agency is None or row.received_at + timedelta(days=agency.retention_days) > now:
            continue
        blobs = stub_revision(conn, row.id, row.body, now)
        audit.record(conn, "rejected_purged", agency.id, None, application_id=row.application_id,
                     revision=row.revision, blobs=blobs)
        purged += 1
    return purged


def _purge_files(conn: Connection, routing: RoutingTable, names: set[str], now: datetime) -> int:
    """A day's file (and manifest) goes once no row in it is still kept."""
    rows, ack = schema.batch_row, schema.delivery_ack
    removed = 0
    for name in sorted(names):
        kept = conn.execute(select(func.count()).select_from(rows).outerjoin(ack, ack.c.delivery_id == rows.c.delivery_id)
                            .where(rows.c.file == name, ack.c.purged_at.is_(None))).scalar()
        agency_id = conn.execute(select(rows.c.agency).where(rows.c.file == name).limit(1)).scalar()
        agency = routing.agencies.get(agency_id) if agency_id is not None else None
        if kept or agency is None or agency.connector != "batch-file":
            continue
        for path in (Path(agency.endpoint) / name, Path(agency.endpoint) / (name + MANIFEST_SUFFIX)):
            try:
                path.unlink()
                removed += 1
            except FileNotFoundError:
                pass  # the agency took it away already
            except OSError:
                continue  # the share is away: the file stays until a later purge finds it (see the audit)
        audit.record(conn, "file_purged", agency.id, None, file=name, at=now.isoformat(timespec="seconds") + "Z")
    return removed


def purge_payloads(db: HubDatabase, routing: RoutingTable, now: datetime) -> tuple[int, int]:
    """(payloads purged, files removed) for everything whose retention ran out by `now`."""
    ack = schema.delivery_ack
    purged, files = 0, 0
    while True:
        with db.write() as conn:
            due = conn.execute(select(ack.c.delivery_id, ack.c.agency)
                               .where(ack.c.purged_at.is_(None), ack.c.purge_after <= now)
                               .order_by(ack.c.purge_after).limit(BATCH)).all()
            names: set[str] = set()
            for delivery_id, agency in due:
                batch, earlier = _purge_one(conn, delivery_id, agency, now)
                names.update(batch)
                purged += earlier
            files += _purge_files(conn, routing, names, now)
        purged += len(due)
        if len(due) < BATCH:
            break
    with db.write() as conn:
        purged += _purge_rejected(conn, routing, now)
    return purged, files


def purge_expired(db: HubDatabase, routing: RoutingTable, now: datetime | None = None) -> JsonObject:
    """Purge every payload whose agency's retention ran out by `now`, on the hub (its files too:
    erasure.py) and in the backups it wrote (backups.py); returns counts."""
    from sync.hub.delivery.backups import purge_backups
    from sync.hub.delivery.erasure import erase_purged

    now = now or utcnow()
    purged, files = purge_payloads(db, routing, now)
    erased = erase_purged(db, now, purged)
    in_backups = purge_backups(db, now, hub_purged=purged > 0)
    return {"purged": purged, "files_removed": files, "purged_in_backups": in_backups,
            "erased": bool(erased and erased["complete"])}
