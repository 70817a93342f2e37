"""Retention reaches the hub's backups: a payload purged from the hub after its agency's retention
days must not live on in a backup file. `kiosk-hub backup` registers each backup it writes; every
purge then applies the same policy inside each registered backup still on disk (the same
acknowledgement rows travel in it) and rewrites the file (VACUUM), so the purged bytes are gone
from it, not only unlinked from its tables. A PostgreSQL hub's backups (pg_dump files) get the
same policy through a scratch database (pg_backups.py). A backup moved away or deleted is
forgotten; one that cannot be purged is audited (backup_purge_failed) and tried again next time."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError

from sync.hub import pg_dump, schema
from sync.hub.db import HubDatabase, dialect_insert, utcnow
from sync.hub.delivery import audit, pg_backups

table = schema.backup
log = logging.getLogger(__name__)


def register(db: HubDatabase, path: Path) -> None:
    with db.write() as conn:
        conn.execute(dialect_insert(conn, table).values(path=str(path.resolve()), taken_at=utcnow())
                     .on_conflict_do_update(index_elements=["path"], set_={"taken_at": utcnow()}))


def _anything_due(path: Path, now: datetime) -> bool:
    """Whether the backup holds a payload past its retention (read-only: a backup with nothing
    due is left exactly as it is)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT 1 FROM hub_delivery_ack WHERE purged_at IS NULL AND purge_after <= ? LIMIT 1",
                            (now.strftime("%Y-%m-%d %H:%M:%S.%f"),)).fetchone() is not None  # SQLAlchemy's format
    except sqlite3.DatabaseError:  # not a hub database (or from before deliveries): nothing of ours to purge
        return False
    finally:
        conn.close()


def _compact(path: Path) -> None:
    """Rewrite the file without free pages, back to a single file (no -wal beside it)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()


def purge_backups(db: HubDatabase, now: datetime,
                  purge_payloads: Callable[[HubDatabase, datetime], int]) -> int:
    """Apply `purge_payloads` (the hub's own purge, without touching the agencies' shares) inside
    every registered backup; returns how many payloads were purged in them."""
    with db.read() as conn:
        paths = [Path(p) for p in conn.execute(select(table.c.path)).scalars()]
    purged = 0
    for path in paths:
        if not path.is_file():
            with db.write() as conn:
                conn.execute(delete(table).where(table.c.path == str(path)))
                audit.record(conn, "backup_forgotten", file=path.name)
            continue
        dump = pg_dump.is_dump(path)
        started = time.perf_counter()
        try:
            if not (pg_backups.anything_due(path, now) if dump else _anything_due(path, now)):
                continue
            count = (pg_backups.purge_dump(db, path, now, purge_payloads) if dump
                     else _purge_sqlite(path, now, purge_payloads))
        except (OSError, RuntimeError, subprocess.SubprocessError, DBAPIError) as exc:  # the backup keeps its payloads
            log.warning("could not purge the backup %s: %s", path.name, type(exc).__name__)
            with db.write() as conn:
                audit.record(conn, "backup_purge_failed", file=path.name,
                             reason=str(exc) if isinstance(exc, RuntimeError) else type(exc).__name__)
            continue
        purged += count
        with db.write() as conn:
            audit.record(conn, "backup_purged", file=path.name, payloads=count,
                         format="pg_dump" if dump else "sqlite", seconds=round(time.perf_counter() - started, 2))
    return purged


def _purge_sqlite(path: Path, now: datetime, purge_payloads: Callable[[HubDatabase, datetime], int]) -> int:
    copy = HubDatabase(f"sqlite:///{path}")
    try:
        count = purge_payloads(copy, now)
    finally:
        copy.dispose()
    _compact(path)
    return count
