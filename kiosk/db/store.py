"""The encrypted household store: one SQLCipher 4 file in the officer's data folder.

Fail closed: no SQLCipher, no key, a broken key or a wrong PIN all refuse to open; nothing
ever falls back to a plaintext database, and an existing encrypted file is never deleted.
Transactions: `read()` is a deferred snapshot; `write()` takes the write lock up front
(BEGIN IMMEDIATE); `write(durable=True)` also syncs the WAL on commit (synchronous=FULL),
for commits that mark data as submitted. SQLite only accepts that setting outside a
transaction, so it is chosen at BEGIN. The window's writes go before its worker process's
(kiosk/db/write_turns.py), so an autosave never waits behind a whole sync or import.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from kiosk.db import dialect
from kiosk.db.write_turns import WriteTurns
from kiosk.i18n import UserError
from kiosk.security.keyfile import KdfParams, StoreKeyError, create_keyfile, unwrap_dek

if TYPE_CHECKING:
    from kiosk.security.blobs import BlobStore

DB_NAME = "kiosk.db"
KEY_NAME = "kiosk.key.json"
BUSY_TIMEOUT_MS = 15_000
CACHE_KIB = 48 * 1024


class StoreUnavailable(UserError):
    """The store cannot be used as asked (no store yet, one already exists, newer schema...)."""


def store_paths(folder: Path) -> tuple[Path, Path]:
    return folder / DB_NAME, folder / KEY_NAME


def _connect(path: Path, dek: bytes) -> sqlcipher.Connection:
    if not path.exists():  # owner-only from the first byte; SQLite gives -wal/-shm the same mode
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False,
                             timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise RuntimeError("SQLCipher is not available: refusing to store personal data unencrypted")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        # Every page read from disk is decrypted and authenticated; a roomier cache keeps the
        # search indexes and cards decrypted in memory.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise StoreKeyError("store.key_mismatch", path=str(path)) from None
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def _engine(path: Path, key: Callable[[], bytes]) -> Engine:
    engine = create_engine(
        dialect.URL, module=sqlcipher, creator=lambda: _connect(path, key()),
        poolclass=QueuePool, pool_size=4, max_overflow=4, pool_use_lifo=True,  # LIFO: the warmest page cache
        execution_options={"compiled_cache": dialect.STATEMENTS},
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        options = conn.get_execution_options()
        conn.exec_driver_sql(f"PRAGMA synchronous = {'FULL' if options.get('durable') else 'NORMAL'}")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("write") else "BEGIN")
    return engine


class Store:
    def __init__(self, folder: Path, dek: bytes, *, background: bool = False) -> None:
        """`background`: the worker process's store, whose writes give way to the window's."""
        self.folder = folder
        self.path, self.key_path = store_paths(folder)
        self._dek: bytes | None = dek
        self.engine = _engine(self.path, self._key)
        self._write_engine = self.engine.execution_options(write=True)
        self._durable_engine = self.engine.execution_options(write=True, durable=True)
        self._write_lock = threading.Lock()
        self._turns = WriteTurns(self.path, yields=background)

    # -- opening -------------------------------------------------------------------------
    @staticmethod
    def exists(folder: Path) -> bool:
        db, key = store_paths(folder)
        return db.exists() or key.exists()

    @classmethod
    def create(cls, folder: Path, pin: str, kdf: KdfParams | None = None) -> "Store":
        folder = Path(folder)
        if cls.exists(folder):
            raise StoreUnavailable("store.exists", path=str(folder))
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        dek = create_keyfile(store_paths(folder)[1], pin, kdf)
        store = cls(folder, dek)
        store.migrate()
        return store

    @classmethod
    def open(cls, folder: Path, pin: str) -> "Store":
        folder = Path(folder)
        db, key = store_paths(folder)
        if not db.exists() and not key.exists():
            raise StoreUnavailable("store.missing", path=str(folder))
        dek = unwrap_dek(key, pin)  # wrong PIN raises before the database file is touched
        if not db.exists():
            raise StoreUnavailable("store.db_missing", path=str(db))
        if db.stat().st_size == 0:  # SQLite would quietly make a new, empty store of it
            raise StoreUnavailable("store.db_empty", path=str(db))
        store = cls(folder, dek)
        store.migrate()
        return store

    @classmethod
    def open_with_key(cls, folder: Path, dek: bytes) -> "Store":
        """The store the window already unlocked (and migrated), opened by its worker process with
        the data key the window handed over on a pipe."""
        db = store_paths(Path(folder))[0]
        if not db.exists() or db.stat().st_size == 0:
            raise StoreUnavailable("store.db_missing", path=str(db))
        store = cls(Path(folder), dek, background=True)
        with store.engine.connect():  # a wrong key fails here (store.key_mismatch), not in the first job
            pass
        return store

    def data_key(self) -> bytes:
        """The data key, for the app's worker process only (kiosk/worker/messages.py: over a pipe)."""
        return self._key()

    @classmethod
    def open_or_create(cls, folder: Path, pin: str, kdf: KdfParams | None = None) -> tuple["Store", bool]:
        if cls.exists(Path(folder)):
            return cls.open(folder, pin), False
        return cls.create(folder, pin, kdf), True

    def migrate(self) -> None:
        from kiosk.db.migrate import upgrade

        upgrade(self)

    def _key(self) -> bytes:
        """The data key for a new connection; none once the store is closed (locked or wiped)."""
        if self._dek is None:
            raise StoreUnavailable("store.closed")
        return self._dek

    def subkey(self, purpose: str) -> bytes:
        """A 256-bit key for `purpose` (e.g. attachments), derived from the data key with HKDF,
        so every secret of the store hangs off the one key the PIN unwraps."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        if self._dek is None:
            raise StoreUnavailable("store.closed")
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                    info=f"kiosk-{purpose}-v1".encode("ascii")).derive(self._dek)

    @property
    def blobs(self) -> BlobStore:
        from kiosk.security.blobs import BlobStore

        return BlobStore(self.folder / "blobs", self.subkey("attachments"))

    # -- sessions ------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self, *, durable: bool = False) -> Iterator[Session]:
        """A unit of work: commits when the block ends, rolls back if it raises. Writers of this
        process queue on a lock first (the UI, the sync senders): SQLite's busy handler would
        sleep 1, 2, 5, 10... ms between tries instead."""
        engine = self._durable_engine if durable else self._write_engine
        with self._write_lock, self._turns.turn(), Session(engine, expire_on_commit=False) as session, session.begin():
            yield session

    # -- health --------------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        """Empty when both SQLite's and SQLCipher's (per-page HMAC) checks pass.

        Runs on a connection of its own: FTS5's integrity check (SQLite 3.53) reports a contentless
        index as corrupt from a long-lived connection that cached its state before another
        connection changed it, although queries there stay correct and a fresh connection finds
        the file sound (tests/kiosk/test_store.py reproduces it)."""
        conn = _connect(self.path, self._key())
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            problems = [r[0] for r in rows if r[0] != "ok"]
            problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        finally:
            conn.close()
        return problems

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Close every connection and forget the key (an idle lock calls this)."""
        self.engine.dispose()
        self._turns.close()
        self._dek = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
