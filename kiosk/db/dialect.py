"""The stores' SQLAlchemy dialect: SQLite's, here over SQLCipher, with one compiled-statement cache
for every store the process opens. SQLAlchemy caches compiled SQL per engine, keyed by the
dialect object, so each store opened (the window's, the worker's, every test's) compiled all its
statements anew (13 % of the CPU of tests/sync/test_flows.py). Stores are all configured alike by
kiosk/db/store.py, so their dialects compare equal and their engines share one cache."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.util import LRUCache

URL = "sqlite+kioskstore://"
# Room for the statements of every store open at once (SQLAlchemy's own default is 500 per engine).
STATEMENTS: LRUCache[Any, Any] = LRUCache(2000)


class EqualWhenAlike:
    """For a dialect whose engines a process configures all alike: its instances compare equal,
    so a statement compiled for one engine is found in a shared cache by the others."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))


class StoreDialect(EqualWhenAlike, SQLiteDialect_pysqlite):
    supports_statement_cache = True


registry.register("sqlite.kioskstore", __name__, "StoreDialect")
