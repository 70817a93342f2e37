"""Retention inside a PostgreSQL hub's backups (pg_dump custom format, `kiosk-hub backup`): the dump
is restored into a scratch database on the hub's server, the hub's own purge runs there, and a new
dump replaces the file (written beside it, fsynced, renamed: 0600, never half a backup). The
scratch database is dropped whatever happens. A dump with nothing to purge is left exactly as it
is: its revisions are read from it first, without restoring it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sync.hub import pg_dump, schema
from sync.hub.db import HubDatabase
from sync.hub.delivery.retention import PURGED_MARK


def unpurged(path: Path) -> set[tuple[str, int, str]]:
    """The revisions the dump still holds whole, read from it without restoring it."""
    return {(r["application_id"], int(r["revision"]), r["digest"])
            for r in pg_dump.table_rows(path, schema.revision.name)
            if r["application_id"] and r["revision"] and r["digest"] and PURGED_MARK not in (r["body"] or "")}


def _admin(db: HubDatabase, statement: str) -> None:
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(statement)


def purge_dump(db: HubDatabase, path: Path, now: datetime,
               purge_payloads: Callable[[HubDatabase, datetime], int]) -> int:
    """Apply `purge_payloads` inside the dump at `path`; returns how many payloads it purged there."""
    name = "hub_purge_" + uuid.uuid4().hex[:12]
    scratch_url = db.engine.url.set(database=name).render_as_string(hide_password=False)
    _admin(db, f'CREATE DATABASE "{name}"')
    try:
        pg_dump.restore(scratch_url, path)
        scratch = HubDatabase(scratch_url)
        try:
            count = purge_payloads(scratch, now)
        finally:
            scratch.dispose()
        pg_dump.dump(scratch_url, path)  # only live rows travel: the purged bytes are not in the new dump
    finally:
        _admin(db, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return count
