"""Several hub processes on one PostgreSQL database (uvicorn workers) each run a decision worker:
one assesses at a time, and the others skip the round instead of simulating the same applications
again (issue 22, the lean hub: before, every process evaluated every received application)."""

from __future__ import annotations

import time

import psycopg
from sqlalchemy import select, text

from sync.hub import schema
from sync.hub.db import HubDatabase, utcnow
from sync.hub.decisions import ASSESSOR_LOCK, assess_received
from sync.hub.households import import_documents
from tests.conftest import REFERENCE_DAY
from tests.sync.conftest import SCOPE
from tests.sync.postgres import new_database


def test_hub_processes_sharing_postgresql_take_turns_to_assess(postgres_server, reference_documents):
    url = new_database(postgres_server)
    db = HubDatabase(url)
    db.create()
    document = reference_documents[0]
    import_documents(db, [document], SCOPE)
    head = next(m for m in document["members"] if m["relation"] == "head")
    with db.write() as conn:
        conn.execute(schema.application.insert().values(
            id="0190f0e0-0000-7000-8000-000000000001", device_id="device-1", scope=SCOPE,
            household_no=document["household_no"], service="S03", person=head["id_no"], agency="",
            latest_revision=1, status="received", updated_at=utcnow()))
    other_process = psycopg.connect(url, autocommit=True)
    try:
        other_process.execute("SELECT pg_advisory_lock(%s)", (ASSESSOR_LOCK,))
        assert assess_received(db, REFERENCE_DAY, wait=False) == 0
        with db.read() as conn:
            assert conn.execute(select(schema.application.c.status)).scalar_one() == "received"
    finally:
        other_process.close()  # its lock goes with its connection, as when a hub process dies
    deadline = time.monotonic() + 30  # the server ends the closed connection's backend on its own time
    while (decided := assess_received(db, REFERENCE_DAY, wait=False)) == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert decided == 1
    with db.read() as conn:
        assert conn.execute(select(schema.application.c.status)).scalar_one() != "received"
    db.dispose()


def test_an_assessment_that_waited_for_its_turn_hands_the_turn_back(postgres_server):
    db = HubDatabase(new_database(postgres_server))
    db.create()
    assert assess_received(db, REFERENCE_DAY, wait=True) == 0  # nothing received: it still took the turn
    with db.engine.connect() as conn:  # a pooled connection must not keep the lock
        assert conn.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).scalar() == 0
    db.dispose()
