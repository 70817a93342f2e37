"""The lean request path of an arriving revision (issue 22): work that does not belong to each
request is done once, or not at all, and what is left answers exactly as before."""

from __future__ import annotations

import json
import random
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select

from bench.hub_load import workload
from sync import protocol
from sync.hub import applications, batch, schema, status_keys
from sync.hub.auth import Caller
from sync.hub.db import HubDatabase
from sync.hub.delivery import outbox
from sync.hub.routing import NO_ROUTING


@contextmanager
def statements(db: HubDatabase):
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@pytest.fixture
def county(tmp_path):
    db = HubDatabase(f"sqlite:///{tmp_path / 'hub.db'}")
    db.create()
    plan = workload.build_plan(db, 1, 1, 12, seed=4)
    key = workload.new_device_key()
    scope = plan["devices"][0]["scope"]
    caller = Caller("device-1", key.key_id, scope, "officer", "nonce-0001", 0)
    revision = workload.make_revision(key, workload.applicants(plan["scopes"][scope])[0],
                                      workload.signatures(1, count=1)[0], "officer", random.Random(2))
    yield db, caller, revision
    db.dispose()


def test_the_hub_secret_is_read_once_per_database_not_per_revision(county):
    db, _, _ = county
    with db.read() as conn, statements(db) as seen:
        first = status_keys.hub_key(conn)
        assert status_keys.hub_key(conn) == first
    assert sum("hub_meta" in s for s in seen) <= 1


def test_a_single_revision_reads_its_household_once_for_checks_and_lookup_key(county):
    db, caller, revision = county
    request = json.loads(revision.body)
    with statements(db) as seen:
        arrival = applications.prepare(db, caller, revision.application_id, 1, request)
    assert arrival.errors == [] and arrival.status_key is not None
    assert sum("FROM hub_household" in s for s in seen) == 1


def test_an_unrouted_service_queues_no_delivery_without_reading_the_household(county):
    db, _, revision = county
    payload = json.loads(revision.body)["payload"]
    with db.write() as conn, statements(db) as seen:
        assert outbox.enqueue(conn, NO_ROUTING, payload) is None
    assert not any("hub_household" in s for s in seen)


def test_a_batch_item_is_fingerprinted_on_the_exact_bytes_its_put_would_carry(county):
    _, _, revision = county
    request = json.loads(revision.body)
    request["blobs"]["extra"] = "ünïcode ✓ \u2028"
    request["zeta"] = {"b": [1, 2.5, None, True], "a": "臺北"}
    canonical = json.loads(revision.body)["payload"]
    from kiosk.applications.codes import canonical_bytes

    assert batch.put_body(request, canonical_bytes(canonical)) == protocol.canonical_body(request)


def test_an_attachment_that_came_inline_is_not_looked_up_again_after_it_is_stored(county):
    db, caller, revision = county
    arrival = applications.prepare(db, caller, revision.application_id, 1, json.loads(revision.body))
    with db.write() as conn, statements(db) as seen:
        status, answer, replayed = applications.receive(conn, caller, arrival, "key-0001", "fingerprint")
    assert (status, replayed) == (202, False) and answer["receipt"]["payload_digest"] == revision.digest
    assert not any("JOIN hub_blob_owner" in s for s in seen)


def test_each_answer_gets_its_own_request_id_without_a_call_for_randomness(monkeypatch):
    import asyncio
    import os

    from sync.hub import app as hub_app
    from sync.hub.faults import Faults

    async def inner(_scope, _receive, send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    envelope = hub_app._Envelope(inner, hub_app.HubSettings(test_faults=False), Faults())
    ids: list[str] = []

    async def send(message) -> None:
        if message["type"] == "http.response.start":
            ids.extend(v.decode() for k, v in message["headers"] if k == b"x-request-id")

    def no_randomness(_n):
        raise AssertionError("os.urandom called on the request path")

    monkeypatch.setattr(os, "urandom", no_randomness)
    for _ in range(3):
        asyncio.run(envelope({"type": "http", "path": "/v1/health", "headers": []}, None, send))
    assert len(ids) == 3 and len(set(ids)) == 3 and all(len(i) == 16 for i in ids)


def test_a_request_body_is_read_without_the_json_module_yet_every_number_as_json_reads_it(county, monkeypatch):
    from sync.hub import limits

    _, _, revision = county
    expected = json.loads(revision.body)

    def slow_path(*_args, **_kwargs):
        raise AssertionError("json.loads on a plain revision: three times orjson's cost")

    monkeypatch.setattr(limits.json, "loads", slow_path)
    assert limits.parse_json(revision.body) == expected
    monkeypatch.undo()
    awkward = b'{"big": 123456789012345678901234567890, "small": 1e-05, "nan": NaN, "pair": "\\ud83d\\ude00"}'
    read = limits.parse_json(awkward)
    assert read["big"] == 123456789012345678901234567890 and type(read["big"]) is int  # orjson: a float
    assert read["small"] == 1e-05 and read["pair"] == "\U0001F600" and read["nan"] != read["nan"]
    assert limits.parse_json(b'\xef\xbb\xbf{"bom": "\\ud800"}') == {"bom": "\ud800"}  # as json.loads takes them
    for deep in (b"[" * 33 + b"]" * 33, b"[" * 2000 + b"]" * 2000):
        with pytest.raises(Exception) as refused:
            limits.parse_json(deep)
        assert getattr(refused.value, "status", None) == 400


def test_the_privacy_notice_version_is_worked_out_once_per_catalog_not_per_revision(county, monkeypatch):
    db, caller, revision = county
    from kiosk.applications import notice

    calls: list[str] = []
    real = notice.notice_version
    monkeypatch.setattr(applications, "notice_version", lambda service, catalog=None: calls.append(service.code)
                        or real(service, catalog))
    for _ in range(3):
        arrival = applications.prepare(db, caller, revision.application_id, 1, json.loads(revision.body))
        assert arrival.errors == []
    assert len(calls) <= 1


def _writes(seen: list[str]) -> list[str]:
    return [s.split("(")[0].split(" SET ")[0].strip() for s in seen if s.lstrip().startswith(("INSERT", "UPDATE"))]


def test_a_revision_takes_its_feed_position_last_so_the_counter_row_is_locked_only_until_commit(county):
    db, caller, revision = county
    arrival = applications.prepare(db, caller, revision.application_id, 1, json.loads(revision.body))
    with db.write() as conn, statements(db) as seen:
        applications.receive(conn, caller, arrival, "key-0001", "fingerprint")
    assert _writes(seen)[-2:] == ["UPDATE hub_counter", "INSERT INTO change_log"], _writes(seen)


def test_a_batch_takes_its_feed_positions_last_so_the_counter_row_is_locked_only_until_commit(county):
    db, caller, revision = county
    items = batch.prepare(db, caller, [{"idempotency_key": "key-0001", "request": json.loads(revision.body)}])
    with db.write() as conn, statements(db) as seen:
        batch.receive(conn, caller, items)
    assert items[0].decided[0] == 202
    assert _writes(seen)[-2:] == ["UPDATE hub_counter", "INSERT INTO change_log"], _writes(seen)


def test_a_batch_parses_each_household_document_once_for_all_its_revisions(county, monkeypatch):
    db, caller, revision = county
    household_no = json.loads(revision.body)["payload"]["household_no"]
    with db.read() as conn:
        data = applications.households_of(conn, [{"household_no": household_no}])[household_no].data
    parsed: list[str] = []
    for module in (json, status_keys.orjson):
        real = module.loads

        def counting(text, *args, _real=real, **kwargs):
            if text == data:
                parsed.append("once")
            return _real(text, *args, **kwargs)

        monkeypatch.setattr(module, "loads", counting)
    request = json.loads(revision.body)
    entries = [{"idempotency_key": f"key-{n}", "request": request} for n in range(3)]
    items = batch.prepare(db, caller, entries)
    assert all(item.answer is None and item.arrived.errors == [] for item in items)
    assert len(parsed) <= 1


@pytest.mark.parametrize("text", ["QQ==", "QUJD", "", "=", "A===", "AB=", "QQ", " QQ==", "QQ==\n", "Q\u00e9==",
                                  "QQ==QQ==", "Q=Q=", "_-8=", "QR=="])
def test_inline_attachments_decode_exactly_as_validated_base64(text):
    import base64
    import binascii

    def outcome(decode):
        try:
            return decode(text)
        except (binascii.Error, ValueError) as exc:
            return type(exc)

    assert outcome(applications._from_base64) == outcome(lambda t: base64.b64decode(t, validate=True))


def test_a_decision_pass_with_nothing_received_does_not_load_the_rules_engine(tmp_path):
    """The worker's periodic pass on a hub that has nothing to decide: on a fresh hub it came right
    as the first uploads arrived, and importing the rules engine took 1-2 s of the CPU they needed."""
    import subprocess
    import sys

    code = ("import sys, datetime\n"
            "from sync.hub.db import HubDatabase\n"
            "from sync.hub.decisions import assess_received\n"
            f"db = HubDatabase('sqlite:///{tmp_path / 'hub.db'}'); db.create()\n"
            "assert assess_received(db, datetime.date(2026, 11, 22)) == 0\n"
            "print('kiosk.rules' in sys.modules)\n")
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert ran.stdout.strip() == "False"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n -_é", max_size=24))
def test_any_inline_text_decodes_or_is_refused_exactly_as_validated_base64(text):
    test_inline_attachments_decode_exactly_as_validated_base64(text)


@pytest.fixture
def pg_county(postgres_server):
    from tests.sync.postgres import new_database

    db = HubDatabase(new_database(postgres_server))
    db.create()
    plan = workload.build_plan(db, 1, 1, 12, seed=4)
    key = workload.new_device_key()
    scope = plan["devices"][0]["scope"]
    caller = Caller("device-1", key.key_id, scope, "officer", "nonce-0001", 0)
    people = workload.applicants(plan["scopes"][scope])
    photo = workload.signatures(1, count=1)[0]
    revisions = [workload.make_revision(key, people[n % len(people)], photo, "officer", random.Random(n))
                 for n in range(3)]
    yield db, caller, revisions
    db.dispose()


def test_postgresql_writes_a_batchs_revisions_in_one_short_statement_each_with_its_own_server_id(pg_county):
    db, caller, revisions = pg_county
    entries = [{"idempotency_key": f"key-{n}", "request": json.loads(r.body)} for n, r in enumerate(revisions)]
    items = batch.prepare(db, caller, entries)
    with db.write() as conn, statements(db) as seen:
        batch.receive(conn, caller, items)
    inserts = [s for s in seen if s.lstrip().startswith("INSERT INTO hub_revision")]
    assert len(inserts) == 1 and "json_to_recordset" in inserts[0] and len(inserts[0]) < 1000, inserts
    with db.read() as conn:
        stored = {(r.application_id, r.revision): (str(r.id), r.digest, r.body) for r in conn.execute(
            select(schema.revision.c.id, schema.revision.c.application_id, schema.revision.c.revision,
                   schema.revision.c.digest, schema.revision.c.body))}
    for item, revision in zip(items, revisions):
        status, body, _ = item.decided
        receipt = body["receipt"]
        assert status == 202 and receipt["payload_digest"] == revision.digest
        server_id, digest, stored_body = stored[(revision.application_id, 1)]
        assert receipt["server_id"] == server_id and digest == revision.digest
        assert json.loads(stored_body) == json.loads(revision.body)["payload"]
    assert len(stored) == 3
