"""The batch-file connector: for agencies without an API, one file per agency per day in their
folder (a mounted share), XLSX (a sheet per service) or CSV (UTF-8 with BOM, or Big5), with a
manifest signed by the hub; the agency answers by dropping a result file back (results.py).

A delivery is first given its day's file (hub_batch_row, in Asia/Taipei days) and stays in it:
the day's file is rewritten whole, from those rows, until every row in it is written, so a
re-run or a crash between writing and noting never duplicates a row, and a row written in
yesterday's file never appears in today's.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, func, select, update

from kiosk.catalog import load_catalog
from kiosk.rocdate import TAIWAN_TIME
from kiosk.json_types import JsonObject
from sync.client.crash import crash_point
from sync.hub import schema
from sync.hub.db import HubDatabase, utcnow
from sync.hub.delivery import audit, outbox
from sync.hub.delivery.batch_file import files
from sync.hub.delivery.batch_file.columns import columns_for, row_of
from sync.hub.routing import Agency, RoutingTable
from sync.hub.signing import signing_key

if TYPE_CHECKING:
    from sync.hub.delivery.worker import DeliveryPolicy

log = logging.getLogger(__name__)
CRASH_POINTS = ("batch_after_assign", "batch_after_file_written")  # named points for kill tests (KIOSK_CRASH_AT)


def day_of(moment: datetime) -> str:
    """The agency's calendar day of a naive UTC time."""
    return moment.replace(tzinfo=timezone.utc).astimezone(TAIWAN_TIME).date().isoformat()


def _assign(db: HubDatabase, agency: Agency, deliveries: list[str], day: str) -> set[str]:
    """Give each delivery without a file today's; returns every day the deliveries are in."""
    rows = schema.batch_row
    with db.write(durable=False) as conn:  # lost to a power cut: assigned again, to the day then
        known = dict(conn.execute(select(rows.c.delivery_id, rows.c.day).where(rows.c.delivery_id.in_(deliveries))).all())
        new = [d for d in deliveries if d not in known]
        if new:
            last = conn.execute(select(func.max(rows.c.row_no)).where(rows.c.agency == agency.id,
                                                                     rows.c.day == day)).scalar() or 0
            conn.execute(rows.insert(), [{"delivery_id": d, "agency": agency.id, "day": day, "row_no": last + n}
                                         for n, d in enumerate(new, start=1)])
    crash_point("batch_after_assign")
    return set(known.values()) | ({day} if new else set())


def _day_rows(db: HubDatabase, agency: Agency, day: str) -> Sequence[Row[Any, Any, Any, Any]]:
    rows, delivery, revision = schema.batch_row, schema.delivery, schema.revision
    with db.read() as conn:
        return conn.execute(
            select(rows.c.delivery_id, delivery.c.state, revision.c.body, revision.c.digest)
            .join(delivery, delivery.c.id == rows.c.delivery_id)
            .join(revision, (revision.c.application_id == delivery.c.application_id)
                  & (revision.c.revision == delivery.c.revision))
            .where(rows.c.agency == agency.id, rows.c.day == day, delivery.c.state != "superseded")
            .order_by(rows.c.row_no)).all()


def render(agency: Agency, routing: RoutingTable, records: list[tuple[str, JsonObject, str]]) -> tuple[bytes, int]:
    """The day's file (bytes, rows) from (delivery id, payload, digest) records."""
    catalog = load_catalog()
    services = tuple(catalog.service(code) for code in routing.services_of(agency.id))
    if agency.format == "csv":
        columns = columns_for(services)
        rows = [row_of(columns, d, payload, digest, catalog) for d, payload, digest in records]
        return files.csv_bytes(columns, rows, agency.encoding), len(rows)
    sheets = {}
    for service in services:
        columns = columns_for((service,))
        sheets[service.code] = (columns, [row_of(columns, d, payload, digest, catalog)
                                          for d, payload, digest in records if payload["service"] == service.code])
    return files.xlsx_bytes(sheets), len(records)


def write_day(db: HubDatabase, routing: RoutingTable, agency: Agency, day: str) -> JsonObject:
    """(Re)write an agency's file of one day from the rows it was given; returns its manifest."""
    records = []
    for row in _day_rows(db, agency, day):
        payload = json.loads(row.body)
        if payload.get("purged"):  # kept past its retention by nobody: the file no longer carries it
            continue
        records.append((row.delivery_id, payload, row.digest))
    data, count = render(agency, routing, records)
    name = files.file_name(agency.id, day, agency.format)
    return files.write_day(Path(agency.endpoint), name, data, count, signing_key(db), agency=agency.id, day=day,
                           format=agency.format, encoding=agency.encoding or None, routing_version=routing.version,
                           written_at=utcnow().isoformat(timespec="seconds") + "Z")


def _written(db: HubDatabase, agency: Agency, day: str, manifest: JsonObject) -> None:
    rows, delivery = schema.batch_row, schema.delivery
    now = utcnow()
    with db.write() as conn:
        ids = list(conn.execute(select(rows.c.delivery_id).where(rows.c.agency == agency.id, rows.c.day == day)).scalars())
        conn.execute(update(rows).where(rows.c.delivery_id.in_(ids)).values(file=manifest["file"], written_at=now))
        sent = conn.execute(update(delivery).where(delivery.c.id.in_(ids), delivery.c.state == "pending")
                            .values(state="delivered", delivered_at=now, last_error=None, updated_at=now,
                                    task_url=None, attempts=delivery.c.attempts + 1)).rowcount
        audit.record(conn, "batch_written", agency.id, None, day=day, file=manifest["file"], rows=manifest["rows"],
                     sha256=manifest["sha256"], new_rows=sent)


def deliver(db: HubDatabase, routing: RoutingTable, agency: Agency, due: list[outbox.Due], policy: DeliveryPolicy,
            backoff: Callable[[int], float], now: datetime | None = None) -> int:
    """Put an agency's due deliveries into their day's file; returns how many were written."""
    days = _assign(db, agency, [d.id for d in due], day_of(now or utcnow()))
    written = 0
    for day in sorted(days):
        try:
            manifest = write_day(db, routing, agency, day)
        except OSError as exc:  # the share is not mounted, full, read-only: try again later
            reason = f"folder: {type(exc).__name__} {exc.errno or ''}".strip()
            for item in due:
                tries = item.attempts + 1
                if tries >= policy.max_attempts:
                    outbox.dead_letter(db, item.id, tries, f"gave up after {tries} attempts: {reason}")
                else:
                    outbox.retry_later(db, item.id, tries, reason, backoff(tries))
            return written
        crash_point("batch_after_file_written")
        _written(db, agency, day, manifest)
        written += manifest["rows"]
    return written
