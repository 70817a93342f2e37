"""The rows a batch writes besides its revisions (routing rows, recorded answers, status page keys)
go in one statement each on PostgreSQL, and mean what writing them one by one meant, on both
databases: a later revision moves its application's row on, an earlier one or another device's
does not, and a repeated status key is kept once."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import select

from sync.hub import applications, idempotency, schema, status_keys
from sync.hub.auth import Caller
from sync.hub.db import HubDatabase

MINE = Caller("device-1", "key-1", "村", "officer", "nonce", 0)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    from tests.sync.postgres import new_database

    database = HubDatabase(new_database(request.getfixturevalue("postgres_server")) if request.param == "postgresql"
                           else str(tmp_path / "hub.db"))
    database.create()
    yield database
    database.dispose()


def _row(application_id: str, revision: int, status: str, device: str = "device-1") -> dict:
    return {"id": application_id, "device_id": device, "scope": "村", "household_no": "H0000001", "service": "S03",
            "person": None, "agency": "社會局", "latest_revision": revision, "status": status,
            "updated_at": datetime(2026, 12, 3, 22, 0)}


def test_routing_rows_move_on_only_to_a_later_revision_of_the_same_device(db):
    with db.write() as conn:
        applications.upsert_applications(conn, [_row("a", 1, "received"), _row("b", 3, "received")])
    with db.write() as conn:  # two revisions of one application in one batch; an older one; another device's
        applications.upsert_applications(conn, [_row("a", 2, "invalid"), _row("a", 3, "received"),
                                                _row("b", 2, "invalid"), _row("b", 4, "invalid", device="device-2"),
                                                _row("c", 1, "received")])
    app = schema.application
    with db.read() as conn:
        rows = {r.id: (r.latest_revision, r.status, r.device_id) for r in
                conn.execute(select(app.c.id, app.c.latest_revision, app.c.status, app.c.device_id))}
    assert rows == {"a": (3, "received", "device-1"), "b": (3, "received", "device-1"), "c": (1, "received", "device-1")}


def test_recorded_answers_and_status_keys_are_stored_as_given(db):
    answers = [("k1", "f" * 64, 202, {"receipt": {"名": "陳"}}), ("k2", "e" * 64, 422, {"code": "invalid_submission"})]
    with db.write() as conn:
        idempotency.record_many(conn, MINE, answers)
        status_keys.store(conn, [("s1", "a"), ("s2", "b"), ("s1", "a")])
    with db.read() as conn:
        replays = [idempotency.lookup(conn, MINE, key, print_) for key, print_, _s, _b in answers]
        keys = conn.execute(select(schema.status_key.c.key, schema.status_key.c.application_id)
                            .order_by(schema.status_key.c.key)).all()
        stored = conn.execute(select(schema.idempotency.c.state, schema.idempotency.c.response)
                              .where(schema.idempotency.c.key == "k1")).one()
    assert [(r.status, r.body) for r in replays if r] == [(202, answers[0][3]), (422, answers[1][3])]
    assert [tuple(k) for k in keys] == [("s1", "a"), ("s2", "b")]
    assert stored.state == "done" and json.loads(stored.response) == answers[0][3] and "陳" in stored.response
