"""The status page's lookup reads one statement in one round trip to PostgreSQL (autocommit, no
ping): under a county's load each trip waited for a busy server, and BEGIN, COMMIT and the pool's
ping were three more than the statement. Without the ping, a connection the server dropped is
noticed by the statement itself and the statement is tried once more on a new connection."""

from __future__ import annotations

from sqlalchemy import text

from sync.hub.db import HubDatabase
from sync.hub.local_postgres import new_database

ALONE = text("SELECT transaction_timestamp() = statement_timestamp() AS alone, pg_backend_pid() AS pid")


def test_one_statement_goes_alone_and_outlives_a_dropped_connection(postgres_server):
    db = HubDatabase(new_database(postgres_server))
    try:
        first = db.read_one(ALONE, {})
        assert first is not None and first.alone  # no BEGIN before it: its transaction is the statement
        with db.read() as conn:
            assert conn.execute(ALONE).first().alone is False  # a transaction's BEGIN went first, a trip of its own
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first.pid})
        again = db.read_one(ALONE, {})
        assert again is not None and again.alone and again.pid != first.pid
    finally:
        db.dispose()
