"""Appending to the changes feed: sequence numbers in order and without gaps, on both databases;
on PostgreSQL the counter row (locked until the commit) is taken in the same statement that writes
the entries, so no round trip of the request's thread falls inside that lock."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from sync.hub import feed, schema
from sync.hub.db import HubDatabase, current_sequence


def _database(url: str) -> HubDatabase:
    database = HubDatabase(url)
    database.create()
    return database


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    from tests.sync.postgres import new_database

    database = _database(new_database(request.getfixturevalue("postgres_server")) if request.param == "postgresql"
                         else str(tmp_path / "hub.db"))
    yield database
    database.dispose()


@pytest.fixture
def pg_db(postgres_server):
    from tests.sync.postgres import new_database

    database = _database(new_database(postgres_server))
    yield database
    database.dispose()


def _entry(key: str, data: str | None) -> dict:
    return {"scope": "村", "kind": "application", "key": key, "version": 3, "op": "upsert", "data": data}


def test_entries_get_the_next_sequence_numbers_in_the_order_given(db):
    with db.write() as conn:
        feed.append(conn, [_entry("a", '{"n":1}')])
    with db.write() as conn:
        feed.append(conn, [_entry("b", None), _entry("c", '{"名":"陳"}'), _entry("d", "null")])
        feed.append(conn, [])
    log = schema.change_log
    with db.read() as conn:
        rows = conn.execute(select(log.c.seq, log.c.key, log.c.data, log.c.scope, log.c.version, log.c.op)
                            .order_by(log.c.seq)).all()
        head = current_sequence(conn)
    assert [(r.seq, r.key, r.data) for r in rows] == [(1, "a", '{"n":1}'), (2, "b", None), (3, "c", '{"名":"陳"}'),
                                                       (4, "d", "null")]
    assert {(r.scope, r.version, r.op) for r in rows} == {("村", 3, "upsert")} and head == 4


def test_postgresql_takes_the_sequence_and_writes_the_entries_in_one_statement(pg_db):
    db = pg_db
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda _c, _cur, statement, *_a: seen.append(statement))
    with db.write() as conn:
        feed.append(conn, [_entry("a", None), _entry("b", None)])
    touching = [s for s in seen if "hub_counter" in s or "change_log" in s]
    assert len(touching) == 1 and "hub_counter" in touching[0] and "change_log" in touching[0], seen
