"""Retention per agency: once an agency acknowledged a delivery (FHIR: stored the transaction;
batch file: answered its row), the hub keeps the payload the agency's `retention_days` (routing
table) and then purges it: the revision's personal data (a stub with ids, service and digest
stays, so receipts, replays and the feed still work), attachments no other kept revision names,
and a batch file once every row in it is purged. Each purge is audited. The purged bytes then go
from the database's files (erasure.py), and backups the hub wrote are purged the same way (backups.py).

`purge_expired(db, routing, now)` takes the time from its caller, so tests pass a fake clock; the
delivery worker calls it every few minutes and `kiosk-hub purge` on demand.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection

from kiosk.json_types import JsonObject
from sync.hub import schema
from sync.hub.db import HubDatabase, utcnow
from sync.hub.delivery import audit
from sync.hub.delivery.batch_file.files import MANIFEST_SUFFIX
from sync.hub.routing import RoutingTable

BATCH = 200
KEPT_FIELDS = ("application_id", "revision", "service", "form_version", "catalog_version", "submitted_at",
               "device_key_id")  # no name, ID, address, answers or attachments


def _stub(body: str, now: datetime) -> tuple[str, list[str]]:
    """The purged body and the attachment hashes it named."""
    payload = json.loads(body)
    hashes = [a["sha256"] for a in payload.get("attachments") or () if isinstance(a, dict) and a.get("sha256")]
    kept = {k: payload[k] for k in KEPT_FIELDS if k in payload}
    return json.dumps({**kept, "purged": now.isoformat(timespec="seconds") + "Z"}, ensure_ascii=False), hashes


def _drop_unreferenced_blobs(conn: Connection, hashes: list[str]) -> int:
    """Blobs only purged revisions named (content-addressed: another application may hold the same photo)."""
    dropped = 0
    for sha256 in set(hashes):
        still = conn.execute(select(schema.revision.c.id).where(schema.revision.c.body.contains(sha256)).limit(1)).first()
        if still is None:
            conn.execute(delete(schema.blob_owner).where(schema.blob_owner.c.sha256 == sha256))
            dropped += conn.execute(delete(schema.blob).where(schema.blob.c.sha256 == sha256)).rowcount
    return dropped


def _purge_one(conn: Connection, delivery_id: str, agency: str, now: datetime) -> list[str]:
    """Purge one acknowledged delivery's payload; returns the batch file it was in, if any."""
    row = conn.execute(select(schema.delivery.c.application_id, schema.delivery.c.revision)
                       .where(schema.delivery.c.id == delivery_id)).first()
    blobs = 0
    if row is not None:
        revision = conn.execute(select(schema.revision.c.id, schema.revision.c.body)
                                .where(schema.revision.c.application_id == row.application_id,
                                       schema.revision.c.revision == row.revision)).first()
        open_elsewhere = conn.execute(select(func.count()).select_from(schema.delivery).where(
            schema.delivery.c.application_id == row.application_id, schema.delivery.c.revision == row.revision,
            schema.delivery.c.id != delivery_id, schema.delivery.c.state.in_(("pending", "dead")))).scalar()
        if revision is not None and not open_elsewhere and not json.loads(revision.body).get("purged"):
            body, hashes = _stub(revision.body, now)
            conn.execute(update(schema.revision).where(schema.revision.c.id == revision.id).values(body=body))
            blobs = _drop_unreferenced_blobs(conn, hashes)
    conn.execute(update(schema.delivery_ack).where(schema.delivery_ack.c.delivery_id == delivery_id)
                 .values(purged_at=now))
    audit.record(conn, "purged", agency, delivery_id, revision_body=row is not None, blobs=blobs)
    batch = conn.execute(select(schema.batch_row.c.file).where(schema.batch_row.c.delivery_id == delivery_id)).scalar()
    return [batch] if batch else []


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


def purge_payloads(db: HubDatabase, routing: RoutingTable | None, now: datetime) -> tuple[int, int]:
    """(payloads purged, files removed) for everything whose retention ran out by `now`; with no
    routing table the agencies' shares are left alone (a backup's copy of the rows)."""
    ack = schema.delivery_ack
    purged, files = 0, 0
    while True:
        with db.write() as conn:
            due = conn.execute(select(ack.c.delivery_id, ack.c.agency)
                               .where(ack.c.purged_at.is_(None), ack.c.purge_after <= now)
                               .order_by(ack.c.purge_after).limit(BATCH)).all()
            names: set[str] = set()
            for delivery_id, agency in due:
                names.update(_purge_one(conn, delivery_id, agency, now))
            if routing is not None:
                files += _purge_files(conn, routing, names, now)
        purged += len(due)
        if len(due) < BATCH:
            return purged, files


def purge_expired(db: HubDatabase, routing: RoutingTable, now: datetime | None = None) -> JsonObject:
    """Purge every payload whose agency's retention ran out by `now`, on the hub (its files too:
    erasure.py) and in the backups it wrote (backups.py); returns counts."""
    from sync.hub.delivery.backups import purge_backups
    from sync.hub.delivery.erasure import erase_purged

    now = now or utcnow()
    purged, files = purge_payloads(db, routing, now)
    erased = erase_purged(db, now, purged)
    in_backups = purge_backups(db, now, lambda backup, when: purge_payloads(backup, None, when)[0])
    return {"purged": purged, "files_removed": files, "purged_in_backups": in_backups,
            "erased": bool(erased and erased["complete"])}
