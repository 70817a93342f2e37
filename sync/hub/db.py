"""The hub's database: SQLite by default (one file, zero set-up), PostgreSQL for deployments where
several hub processes share one database.

`write()` is one transaction. On SQLite it takes the write lock up front (BEGIN IMMEDIATE, so two
writers never deadlock upgrading a read lock) and commits with synchronous=FULL: the hub
acknowledges only what is on disk. Every SQLite connection zeroes what it deletes (secure_delete):
a payload purged after its agency's retention leaves no bytes in free pages. On PostgreSQL commits are durable by default and row locks
(SELECT ... FOR UPDATE) order concurrent writers.
"""

from __future__ import annotations

import base64
import contextlib
import os
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, Table, create_engine, event, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.sql.expression import Executable
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from sync.hub import feed_numbering, schema
from sync.hub.dialects import STATEMENTS, hub_url

if TYPE_CHECKING:
    import sqlite3

DEFAULT_URL = "sqlite:///kiosk-hub.db"


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def normalise_url(url: str) -> str:
    """Accept a plain file path for SQLite and the usual postgres:// spellings for psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{Path(url).resolve()}"
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


class HubDatabase:
    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = normalise_url(url)
        self.is_sqlite = self.url.startswith("sqlite")
        self.engine = self._engine()
        if self.is_sqlite and self.engine.url.database not in (None, "", ":memory:"):
            private_file(Path(self.engine.url.database))
        self._write = self.engine.execution_options(hub_write=True, hub_durable=True)
        self._write_lazy = self.engine.execution_options(hub_write=True, hub_durable=False)
        self._write_lock = threading.Lock() if self.is_sqlite else contextlib.nullcontext()
        self._statements: Engine | None = None  # PostgreSQL's autocommit engine for read_one, made when first used
        self._statements_lock = threading.Lock()

    def _engine(self) -> Engine:
        if not self.is_sqlite:
            engine = create_engine(hub_url(self.url), pool_size=8, max_overflow=8, pool_pre_ping=True,
                                   execution_options={"compiled_cache": STATEMENTS})

            @event.listens_for(engine, "connect")
            def _session_pg(dbapi_conn: DBAPIConnection, record: ConnectionPoolEntry) -> None:
                feed_numbering.prepare_session(dbapi_conn, record.info)

            @event.listens_for(engine, "begin")
            def _begin_pg(conn: Connection) -> None:
                if conn.get_execution_options().get("hub_durable") is False:
                    conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")

            return engine
        engine = create_engine(hub_url(self.url), poolclass=QueuePool, pool_size=8, max_overflow=16,
                               connect_args={"check_same_thread": False, "timeout": 30},
                               execution_options={"compiled_cache": STATEMENTS})

        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _begin)
            dbapi_conn.execute("PRAGMA journal_mode = WAL")
            dbapi_conn.execute("PRAGMA busy_timeout = 30000")
            dbapi_conn.execute("PRAGMA foreign_keys = ON")
            dbapi_conn.execute("PRAGMA secure_delete = ON")  # deleted rows are zeroed, not left in free pages

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            options = conn.get_execution_options()
            conn.exec_driver_sql(f"PRAGMA synchronous = {'FULL' if options.get('hub_durable') else 'NORMAL'}")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("hub_write") else "BEGIN")

        return engine

    # -- transactions ------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    def read_one(self, statement: Executable, parameters: dict[str, Any]) -> Row[Any] | None:
        """The first row of one read statement, atomic by itself, in a single round trip to PostgreSQL:
        autocommit and no ping (a transaction costs BEGIN and COMMIT trips, the pool's ping one
        more, each a wait for a busy server's scheduler); a connection the server dropped is tried
        again once on a new one. The status page's lookup (sync/hub/web/lookup.py)."""
        if self.is_sqlite:  # a file read in this process: no trips to save
            with self.read() as conn:
                return conn.execute(statement, parameters).first()
        for attempt in (1, 2):
            try:
                with self._statement_engine().connect() as conn:
                    return conn.execute(statement, parameters).first()
            except DBAPIError as exc:
                if attempt == 2 or not exc.connection_invalidated:
                    raise
        return None  # not reached: the second attempt returns or raises

    def _statement_engine(self) -> Engine:
        with self._statements_lock:
            if self._statements is None:
                self._statements = create_engine(self.url, pool_size=4, max_overflow=4, isolation_level="AUTOCOMMIT")
            return self._statements

    @contextmanager
    def write(self, durable: bool = True) -> Iterator[Connection]:
        """One write transaction; durable=False for bookkeeping that may be lost on power failure.
        On SQLite the threads of this process queue on a lock first: SQLite's own busy handler
        sleeps 1, 2, 5, 10... ms between tries, which would cost more than the transaction."""
        with self._write_lock, (self._write if durable else self._write_lazy).begin() as conn:
            yield conn

    # -- set-up ------------------------------------------------------------------------
    def create(self) -> None:
        """Create the tables and the hub's identity (epoch, cursor secret) on first use."""
        schema.metadata.create_all(self.engine)
        with self.write() as conn:
            if not self.is_sqlite:
                store_attachments_as_they_are(conn)
                feed_numbering.install(conn)
            if conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "blob_owners")).first() is None:
                from sync.hub.blobs import claim_unowned  # blobs needs this module: imported when used

                claim_unowned(conn)  # once, when a hub from before per-scope blob ownership starts
            for key, value in (("epoch", new_epoch_value()), ("secret", base64.b64encode(secrets.token_bytes(32)).decode()),
                               ("min_seq", "0"), ("blob_owners", "1"),
                               ("bound_ids_since", str(time.time_ns() // 1_000_000))):  # see applications.py
                if conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == key)).first() is None:
                    conn.execute(insert(schema.meta).values(key=key, value=value))
            if conn.execute(select(schema.counter.c.value).where(schema.counter.c.name == "change_seq")).first() is None:
                try:
                    conn.execute(insert(schema.counter).values(name="change_seq", value=0))
                except IntegrityError:  # another hub process got there first
                    pass
        if not self.is_sqlite:  # sessions made before the feed's numbering function existed lack its table
            self.engine.dispose()

    def dispose(self) -> None:
        self.engine.dispose()
        if self._statements is not None:
            self._statements.dispose()


def private_file(path: Path) -> None:
    """Create the database 0600 before SQLite does (SQLite gives -wal and -shm the database's own
    mode), and tighten files an older hub left readable to everyone: they hold every household."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600))
    except FileExistsError:
        pass  # never open and close a database this process may hold: closing any descriptor of the
        # file drops all of the process's SQLite locks on it, and another process may then take itself
        # for the last connection and remove the WAL under it ("database disk image is malformed")
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if name.exists() and name.stat().st_mode & 0o077:
            os.chmod(name, 0o600)


# Attachment bytes (photos, PDFs) come compressed already: PostgreSQL's TOAST tried pglz on every
# one and kept it as it was, 0.65 ms of the server's CPU per 37 KB photo for nothing (measured).
AS_THEY_ARE = (("hub_blob", "data"), ("hub_upload_chunk", "data"))
_STORAGE = text("SELECT attstorage FROM pg_attribute WHERE attrelid = CAST(:table AS regclass) AND attname = :column")


def store_attachments_as_they_are(conn: Connection) -> None:
    """PostgreSQL: attachment columns out of line and uncompressed (STORAGE EXTERNAL), once per database."""
    for table, column in AS_THEY_ARE:
        if conn.execute(_STORAGE, {"table": table, "column": column}).scalar_one() != "e":
            conn.exec_driver_sql(f"ALTER TABLE {table} ALTER COLUMN {column} SET STORAGE EXTERNAL")


def rows_by_creation(db: HubDatabase, table: Table, state: str | None = None) -> list[Row[Any]]:
    """Every row of an outbox table (deliveries, notifications) in the order made, or those in one state."""
    query = select(table).order_by(table.c.created_at, table.c.id)
    if state:
        query = query.where(table.c.state == state)
    with db.read() as conn:
        return list(conn.execute(query).all())


def iso_z(moment: datetime | None) -> str | None:
    """A stored (naive UTC) time as operators read it, or None."""
    return moment.isoformat(timespec="seconds") + "Z" if moment else None


def new_epoch_value() -> str:
    return secrets.token_hex(8)


def get_meta(conn: Connection, key: str) -> str:
    value: str = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == key)).scalar_one()
    return value


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(update(schema.meta).where(schema.meta.c.key == key).values(value=value))


def take_sequence(conn: Connection, count: int = 1) -> int:
    """Reserve `count` change sequence numbers; returns the first. The counter row stays locked
    until this transaction ends, so a later number can never become visible before an earlier one."""
    last = conn.execute(update(schema.counter).where(schema.counter.c.name == "change_seq")
                        .values(value=schema.counter.c.value + count).returning(schema.counter.c.value)).scalar_one()
    first: int = last - count + 1
    return first


def current_sequence(conn: Connection) -> int:
    value: int = conn.execute(select(schema.counter.c.value).where(schema.counter.c.name == "change_seq")).scalar_one()
    return value


def dialect_insert(conn: Connection, table: Table) -> postgresql.Insert | sqlite.Insert:
    """An INSERT with the database's ON CONFLICT clauses."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def insert_ignore(conn: Connection, table: Table, **values: object) -> None:
    """INSERT unless the key exists (ON CONFLICT DO NOTHING, on both databases)."""
    conn.execute(dialect_insert(conn, table).values(**values).on_conflict_do_nothing())
