"""Retention reaches the hub's backups: a payload purged from the hub must not live on in a backup
file. The live hub is the authority: every revision it has purged (a stub in its table) is purged
in each registered backup still on disk too, whatever the backup's own acknowledgement rows say
(a backup taken before the agency acknowledged has none), and the attachments no kept revision
of the backup names go with it; the file is then rewritten (VACUUM), so the purged bytes are gone
from it, not only unlinked from its tables. A PostgreSQL hub's backups (pg_dump files) get the
same through a scratch database (pg_backups.py). `kiosk-hub backup` registers a backup before
copying, so each lists itself and the earlier ones, and `kiosk-hub restore` keeps the registry
the hub had (`registered`, `merge`). A backup moved away or deleted is forgotten; one that cannot
be purged is audited (backup_purge_failed) and tried again next time."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from sync.hub import pg_dump, schema
from sync.hub.db import HubDatabase, dialect_insert, get_meta, insert_ignore, set_meta, utcnow
from sync.hub.delivery import audit, pg_backups
from sync.hub.delivery.retention import PURGED_MARK, is_stub, stub_revision

table, rev = schema.backup, schema.revision
PENDING = "backups_pending"  # hub_meta: "1" while a backup may still hold a revision the hub purged
log = logging.getLogger(__name__)
COMPACT_WAIT_S = 30.0  # another reader of a backup holds it for moments, never this long


def register(db: HubDatabase, path: Path) -> None:
    with db.write() as conn:
        conn.execute(dialect_insert(conn, table).values(path=str(path.resolve()), taken_at=utcnow())
                     .on_conflict_do_update(index_elements=["path"], set_={"taken_at": utcnow()}))


def registered(url: str) -> list[dict[str, object]]:
    """The registry of the hub at `url` as it is (read before a restore replaces it); none when
    there is no readable hub there."""
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).is_file():
        return []  # connecting would make an empty file
    db = HubDatabase(url)
    try:
        with db.read() as conn:
            return [dict(r) for r in conn.execute(select(table.c.path, table.c.taken_at)).mappings()]
    except SQLAlchemyError:  # lost or damaged: the restored backup's own registry is what there is
        return []
    finally:
        db.dispose()


def merge(db: HubDatabase, rows: list[dict[str, object]]) -> None:
    """Add `rows` (another registry) to the hub's; the next purge then goes through every backup."""
    with db.write() as conn:
        if rows:
            conn.execute(dialect_insert(conn, table).on_conflict_do_nothing(), rows)
        _set_pending(conn, True)


def _set_pending(conn: Connection, pending: bool | None) -> bool:
    """Whether the backups may hold what the hub purged (hub_meta), set to `pending` unless None."""
    insert_ignore(conn, schema.meta, key=PENDING, value="")
    if pending is not None:
        set_meta(conn, PENDING, "1" if pending else "")
    return get_meta(conn, PENDING) == "1"


Key = tuple[str, int, str]  # application, revision, digest: the same revision on the hub and in a backup


def _unpurged_sqlite(path: Path) -> set[Key]:
    """The revisions a backup still holds whole (read-only: a backup the hub purged nothing of is
    left exactly as it is)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return set(conn.execute("SELECT application_id, revision, digest FROM hub_revision WHERE instr(body, ?) = 0",
                                (PURGED_MARK,)).fetchall())
    except sqlite3.DatabaseError:  # not a hub database: nothing of ours to purge
        return set()
    finally:
        conn.close()


def purged_on_hub(db: HubDatabase, keys: set[Key]) -> dict[Key, str]:
    """Of these revisions, the ones the hub purged, with its stub of each."""
    ids = sorted({k[0] for k in keys})
    stubs: dict[Key, str] = {}
    with db.read() as conn:
        for start in range(0, len(ids), 500):
            rows = conn.execute(select(rev.c.application_id, rev.c.revision, rev.c.digest, rev.c.body).where(
                rev.c.application_id.in_(ids[start:start + 500]), rev.c.body.contains(PURGED_MARK)))
            stubs.update({(r.application_id, r.revision, r.digest): r.body for r in rows
                          if (r.application_id, r.revision, r.digest) in keys})
    return stubs


def follow_hub(backup: HubDatabase, stubs: dict[Key, str], now: datetime) -> int:
    """Purge in `backup` the revisions the hub purged (the same purge, with the hub's stub)."""
    purged = 0
    with backup.write() as conn:
        for (application_id, revision_no, digest), stub in stubs.items():
            row = conn.execute(select(rev.c.id, rev.c.body).where(
                rev.c.application_id == application_id, rev.c.revision == revision_no, rev.c.digest == digest)).first()
            if row is not None and not is_stub(row.body):
                stub_revision(conn, row.id, row.body, now, stub)
                purged += 1
    return purged


def _compact(path: Path, wait_s: float = COMPACT_WAIT_S) -> None:
    """Rewrite the file without free pages, back to a single file (no -wal beside it). Leaving WAL
    needs the file to itself and SQLite answers "locked" at once, without waiting, while anyone
    else has it open (the hub's own housekeeping reading it, a purge run by cron): try again."""
    deadline = time.monotonic() + wait_s
    while True:
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("VACUUM")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
        finally:
            conn.close()
        time.sleep(0.05)


def purge_backups(db: HubDatabase, now: datetime, hub_purged: bool = True) -> int:
    """Purge in every registered backup what the hub has purged; returns how many revisions. Reading
    a backup costs (about 0.4 s of CPU per 100 MB), so when the hub purged nothing since the last
    pass that went through every backup, only the backups gone from disk are forgotten."""
    with db.write() as conn:
        due = _set_pending(conn, True if hub_purged else None)
        paths = [Path(p) for p in conn.execute(select(table.c.path)).scalars()]
    purged, complete = 0, True
    for path in paths:
        if not path.is_file():
            with db.write() as conn:
                conn.execute(delete(table).where(table.c.path == str(path)))
                audit.record(conn, "backup_forgotten", file=path.name)
            continue
        if not due:
            continue
        dump = pg_dump.is_dump(path)
        started = time.perf_counter()
        try:
            stubs = purged_on_hub(db, pg_backups.unpurged(path) if dump else _unpurged_sqlite(path))
            if not stubs:
                continue
            follow = lambda backup, when: follow_hub(backup, stubs, when)  # noqa: E731
            count = pg_backups.purge_dump(db, path, now, follow) if dump else _purge_sqlite(path, now, follow)
        except (OSError, RuntimeError, subprocess.SubprocessError, DBAPIError, sqlite3.Error) as exc:  # kept whole, tried again
            log.warning("could not purge the backup %s: %s", path.name, type(exc).__name__)
            with db.write() as conn:
                audit.record(conn, "backup_purge_failed", file=path.name,
                             reason=str(exc) if isinstance(exc, RuntimeError) else type(exc).__name__)
            complete = False  # tried again at the next purge, even one that purges nothing
            continue
        purged += count
        if not count:  # another pass (the hub's housekeeping, a cron purge) took them in the meantime
            continue
        with db.write() as conn:
            audit.record(conn, "backup_purged", file=path.name, payloads=count,
                         format="pg_dump" if dump else "sqlite", seconds=round(time.perf_counter() - started, 2))
    if due and complete:
        with db.write() as conn:
            _set_pending(conn, False)
    return purged


def _purge_sqlite(path: Path, now: datetime, purge: Callable[[HubDatabase, datetime], int]) -> int:
    copy = HubDatabase(f"sqlite:///{path}")
    try:
        count = purge(copy, now)
    finally:
        copy.dispose()
    _compact(path)
    return count
