"""After a purge the payloads are gone from the hub's tables; this makes them gone from its files.

SQLite: every hub connection zeroes what it deletes (secure_delete, db.py), but the pages as they
were before the purge stay in the write-ahead log until it is overwritten, so a purge ends with a
checkpoint that truncates the log. PostgreSQL keeps a deleted or updated row's bytes in its page
(plain VACUUM frees the space without zeroing it; measured), so the payload tables are rewritten
with VACUUM FULL. That takes an exclusive lock for as long as the rewrite (about 65 ms per MB of
photos on a 2-core machine), so it runs at most once a day (`PG_EVERY`), never queues behind a long
transaction (`PG_LOCK_TIMEOUT`: it gives up and the next purge tries again) and is audited.
PostgreSQL's own WAL (and any WAL archive) still holds the bytes until it is recycled: the
operator keeps WAL archives no longer than the shortest retention.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from kiosk.json_types import JsonObject
from sync.hub import schema
from sync.hub.db import HubDatabase, insert_ignore, set_meta
from sync.hub.delivery import audit

PENDING, LAST = "erase_pending", "erased_at"  # hub_meta: purged rows whose bytes may still be in files; last rewrite
PG_EVERY = timedelta(days=1)
PG_LOCK_TIMEOUT = "5s"
PAYLOAD_TABLES = (schema.revision.name, schema.blob.name, schema.upload_chunk.name)  # bodies, photos, photo chunks


def _meta(conn: Connection, key: str) -> str:
    insert_ignore(conn, schema.meta, key=key, value="")  # locked till commit: two hub processes claim in turn
    return str(conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == key).with_for_update()).scalar_one())


def _checkpoint(db: HubDatabase) -> JsonObject:
    raw = db.engine.raw_connection()
    try:  # outside any transaction (the hub's connections issue BEGIN themselves)
        busy, _, _ = raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        raw.close()
    return {"database": "sqlite", "wal_truncated": not busy, "complete": not busy}


def _vacuum_full(db: HubDatabase) -> JsonObject:
    started = time.perf_counter()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"SET lock_timeout = '{PG_LOCK_TIMEOUT}'")
        try:
            conn.exec_driver_sql("VACUUM (FULL) " + ", ".join(PAYLOAD_TABLES))
        finally:
            conn.exec_driver_sql("RESET lock_timeout")
    return {"database": "postgresql", "vacuum_full": list(PAYLOAD_TABLES),
            "seconds": round(time.perf_counter() - started, 2), "complete": True}


def erase_purged(db: HubDatabase, now: datetime, purged: int) -> JsonObject | None:
    """Once `purged` payloads (or those of an earlier purge not yet erased) are gone from the
    tables, rewrite what still holds their bytes; returns what was done (audited), or None."""
    with db.write() as conn:
        pending = purged > 0 or _meta(conn, PENDING) == "1"
        last = _meta(conn, LAST)
        if pending:
            set_meta(conn, PENDING, "1")
        recent = bool(last) and now - datetime.fromisoformat(last) < PG_EVERY
        if not pending or (not db.is_sqlite and recent):
            return None
        set_meta(conn, LAST, now.isoformat())  # claimed: another hub process does not rewrite the same day
    try:
        detail = _checkpoint(db) if db.is_sqlite else _vacuum_full(db)
    except OperationalError as exc:  # a lock not granted in time: the next purge tries again
        detail = {"database": db.engine.dialect.name, "complete": False, "reason": type(exc.orig).__name__}
    with db.write() as conn:
        set_meta(conn, PENDING, "" if detail["complete"] else "1")
        if not detail["complete"]:
            set_meta(conn, LAST, last)
        audit.record(conn, "erased", **detail)
    return detail
