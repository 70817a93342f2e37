"""The hub's PostgreSQL pool pings a connection only after it sat idle (sync/hub/db.py): a ping on
every checkout was one more round trip per transaction under load. One the server dropped while
it sat idle is still replaced before a transaction uses it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from sync.hub import db as hub_db
from sync.hub.db import HubDatabase
from sync.hub.local_postgres import new_database

BACKEND = text("SELECT pg_backend_pid()")


def _counting_pings(db: HubDatabase) -> list[Any]:
    pings: list[Any] = []
    ping = db.engine.dialect.do_ping

    def counted(dbapi_conn: object) -> bool:
        pings.append(dbapi_conn)
        return ping(dbapi_conn)

    db.engine.dialect.do_ping = counted  # type: ignore[method-assign]
    return pings


def test_connections_in_steady_use_are_not_pinged(postgres_server):
    db = HubDatabase(new_database(postgres_server))
    try:
        pings = _counting_pings(db)
        for _ in range(20):
            with db.read() as conn:
                conn.execute(BACKEND)
        assert pings == []
    finally:
        db.dispose()


def test_a_connection_dropped_while_idle_is_replaced_before_use(postgres_server, monkeypatch):
    db = HubDatabase(new_database(postgres_server))
    try:
        pings = _counting_pings(db)
        with db.read() as conn:
            first = conn.execute(BACKEND).scalar_one()
        db.read_one(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
        monkeypatch.setattr(hub_db, "PING_AFTER_IDLE_S", 0.0)  # as if it had sat idle long enough
        with db.read() as conn:
            assert conn.execute(BACKEND).scalar_one() != first
        assert pings and pings[0].closed  # the dropped one was pinged, found dead and replaced
    finally:
        db.dispose()
