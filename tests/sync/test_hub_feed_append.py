"""Appending to the changes feed: sequence numbers in order and without gaps, on both databases;
on PostgreSQL they are given as the transaction commits (sync/hub/feed_numbering.py), so no round
trip of the request's thread falls inside the counter row's lock, and a device reading the feed
meanwhile never skips an entry nor gets one twice."""

from __future__ import annotations

import json
import random
import threading
import time

import pytest
from sqlalchemy import event, select

from sync.hub import feed, schema
from sync.hub.auth import Caller, Secrets
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


def _positions(db: HubDatabase) -> list[tuple[int, str]]:
    log = schema.change_log
    with db.read() as conn:
        return [(r.seq, r.key) for r in conn.execute(select(log.c.seq, log.c.key).order_by(log.c.seq))]


def test_postgresql_numbers_entries_as_their_transaction_commits_not_when_appended(pg_db):
    """The counter row is not taken while the request's transaction is open: a second writer appends
    meanwhile without waiting, and whichever commits first comes first in the feed."""
    db = pg_db
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda _c, _cur, statement, *_a: seen.append(statement))
    with db.write() as first:
        feed.append(first, [_entry("a", None), _entry("b", None)])
        with db.write() as second:
            second.exec_driver_sql("SET LOCAL lock_timeout = '5s'")  # the counter row held by `first` would fail here
            feed.append(second, [_entry("c", None)])
        assert not [s for s in seen if "hub_counter" in s], seen
    assert _positions(db) == [(1, "c"), (2, "a"), (3, "b")]
    with db.read() as conn:
        assert current_sequence(conn) == 3


def test_entries_of_a_rolled_back_savepoint_take_no_position(db):
    with db.write() as conn:
        feed.append(conn, [_entry("a", None)])
        savepoint = conn.begin_nested()
        feed.append(conn, [_entry("undone", None)])
        savepoint.rollback()
        feed.append(conn, [_entry("b", None)])
    assert _positions(db) == [(1, "a"), (2, "b")]


def test_a_device_reading_all_along_gets_every_entry_of_concurrent_writers_once(db):
    """Writers keep their transactions open a while after appending (a request's thread descheduled
    before its commit), so they commit in another order than they appended; a device pulling the
    feed all the while must neither skip an entry a slow transaction fills in later nor get one twice."""
    secrets_ = Secrets(db)
    caller = Caller("device-1", "key-1", "村", "officer", "nonce", 0)
    written: list[str] = []
    failures: list[BaseException] = []

    def write(writer: int) -> None:
        rng = random.Random(writer)
        try:
            for round_ in range(6):
                keys = [f"{writer}-{round_}-{n}" for n in range(rng.randint(1, 3))]
                with db.write() as conn:
                    feed.append(conn, [_entry(key, None) for key in keys])
                    time.sleep(rng.uniform(0, 0.03))
                written.extend(keys)
        except BaseException as exc:  # noqa: BLE001 - reported by the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    got: list[str] = []
    cursor = None
    while True:
        done = not any(thread.is_alive() for thread in threads)
        with db.read() as conn:
            page = json.loads(feed.read_page(conn, secrets_, caller, cursor, 7))
        got += [change["id"] for change in page["changes"]]
        cursor = page["next_cursor"]
        if done and not page["has_more"]:
            break
    assert not failures
    assert len(got) == len(set(got)) and sorted(got) == sorted(written)


def test_a_session_made_before_the_numbering_existed_still_appends_in_order(pg_db):
    """A connection made while the hub created its tables has no pending table: it takes the
    counter row on append, as hubs before commit-time numbering did, and both kinds interleave."""
    with pg_db.write() as conn:
        feed.append(conn, [_entry("a", None)])
    with pg_db.write() as conn:
        conn.connection.info["hub_pending_change"] = False
        feed.append(conn, [_entry("b", None), _entry("c", None)])
        conn.connection.info["hub_pending_change"] = True
    with pg_db.write() as conn:
        feed.append(conn, [_entry("d", None)])
    assert _positions(pg_db) == [(1, "a"), (2, "b"), (3, "c"), (4, "d")]
