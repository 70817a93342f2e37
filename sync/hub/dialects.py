"""The hub database's SQLAlchemy dialects, SQLite's and PostgreSQL's (psycopg 3), with one
compiled-statement cache for every HubDatabase of the process, as the stores have
(kiosk/db/dialect.py): a hub process opens one database, but each test opens its own."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import registry
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.util import LRUCache

from kiosk.db.dialect import EqualWhenAlike

STATEMENTS: LRUCache[Any, Any] = LRUCache(2000)


class HubSQLite(EqualWhenAlike, SQLiteDialect_pysqlite):
    supports_statement_cache = True


class HubPostgres(EqualWhenAlike, PGDialect_psycopg):
    supports_statement_cache = True


registry.register("sqlite.hub", __name__, "HubSQLite")
registry.register("postgresql.hub", __name__, "HubPostgres")
_DRIVERS = {"sqlite": "sqlite+hub", "sqlite+pysqlite": "sqlite+hub", "postgresql+psycopg": "postgresql+hub"}


def hub_url(url: str) -> URL:
    """`url` (normalised by sync.hub.db) with the driver whose engines share the cache."""
    parsed = make_url(url)
    return parsed.set(drivername=_DRIVERS.get(parsed.drivername, parsed.drivername))
