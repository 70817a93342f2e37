"""Batched revisions (protocol v1.1): many application revisions in one request and one transaction.

Each item is what a single PUT would carry (its own idempotency key, digest and inline attachments)
and gets the answer that PUT would get: 202 new, 200 replayed, 409, 422, or a 400/404 of its own.
The checks that need no lock run first, per item; then one durable transaction writes them all,
each inside a savepoint, so one item's 409 or lost race never undoes its neighbours (group commit).
A replay of a key first sent by PUT, or the other way round, gets the recorded answer: the item's
fingerprint is the one its PUT would have had.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from kiosk.json_types import JsonObject
from kiosk.applications.codes import canonical_bytes
from sync import protocol
from sync.hub import applications, feed, idempotency, schema, status_keys
from sync.hub.auth import Caller
from sync.hub.blobs import store_blobs
from sync.hub.db import HubDatabase, utcnow
from sync.hub.problems import HubProblem


@dataclass
class Item:
    """One revision of a batch: its key, where its PUT would have gone, and what is known so far."""

    key: str
    application_id: str
    revision_no: int
    fingerprint: str
    arrival: applications.Arrival | None = None
    answer: tuple[int, JsonObject, bool] | None = None  # (status, body, replayed) once decided
    retry_after: str | None = None

    @property
    def arrived(self) -> applications.Arrival:
        """The prepared arrival, for an item that prepare() did not answer already."""
        assert self.arrival is not None, "prepare() gives every unanswered item its arrival"
        return self.arrival

    @property
    def decided(self) -> tuple[int, JsonObject, bool]:
        """The answer, after receive() has given every item one."""
        assert self.answer is not None, "receive() answers every item"
        return self.answer


def revision_path(application_id: str, revision_no: int) -> str:
    return f"/v1/applications/{application_id}/revisions/{revision_no}"


def _identity(request: JsonObject) -> tuple[str, int]:
    given = request.get("payload")
    payload: JsonObject = given if isinstance(given, dict) else {}
    application_id, revision_no = payload.get("application_id"), payload.get("revision")
    if not isinstance(application_id, str) or not 0 < len(application_id) <= 36 or \
            not isinstance(revision_no, int) or isinstance(revision_no, bool) or not 0 < revision_no < 2 ** 31:
        raise HubProblem(422, protocol.INVALID_SUBMISSION, "Payload must name its application and revision",
                         fixable_by="none", errors=[{"path": "/payload/application_id", "code": "mismatch",
                                                     "message": ""}])
    return application_id, revision_no


def put_body(request: JsonObject, canonical_payload: bytes) -> bytes:
    """protocol.canonical_body(request), reusing the payload's canonical JSON its digest check made:
    encoding each revision a second time was a tenth of a batch's CPU."""
    parts = [canonical_bytes(name) + b":" + (canonical_payload if name == "payload" else canonical_bytes(value))
             for name, value in sorted(request.items())]
    return b"{" + b",".join(parts) + b"}"


def _problem_answer(problem: HubProblem) -> tuple[int, JsonObject, bool]:
    return problem.status, problem.body(), False


def prepare(db: HubDatabase, caller: Caller, entries: list[dict[str, Any]],
            forced_rejection: Callable[[str, int], bool] = lambda _a, _r: False) -> list[Item]:
    """Per item, outside the write lock: identity, digest, inline attachments, the agency's checks.
    A problem found here is that item's answer; the others go on."""
    items = []
    with db.read() as conn:
        households = applications.households_of(conn, [e["request"].get("payload") or {} for e in entries])
        for entry in entries:
            request, key = entry["request"], idempotency.check_key(entry["idempotency_key"])
            item = Item(key, "", 0, "")
            try:
                item.application_id, item.revision_no = _identity(request)
                item.arrival = applications.prepare_in(
                    conn, caller, item.application_id, item.revision_no, request,
                    forced_rejection(item.application_id, item.revision_no), households)
                body = put_body(request, item.arrival.canonical_utf8)  # byte for byte what the device's PUT would carry
                item.fingerprint = idempotency.fingerprint("PUT", revision_path(item.application_id, item.revision_no),
                                                           protocol.content_digest(body))
            except HubProblem as problem:
                item.answer = _problem_answer(problem)
            items.append(item)
    return items


def receive(conn: Connection, caller: Caller, items: list[Item]) -> None:
    """Write every prepared item in this transaction: the new ones together (a handful of
    statements for the whole batch), then any replay, repeat or other case one by one, each in a
    savepoint of its own, exactly as its PUT would be."""
    pending = [item for item in items if item.answer is None]
    fresh, one_by_one = _sorted_out(conn, caller, pending)
    if fresh:
        savepoint = conn.begin_nested()
        try:
            _write_fresh(conn, caller, fresh)
        except (IntegrityError, _TwinWon):  # a concurrent twin (several hub processes): go one by one
            savepoint.rollback()
            for item in fresh:
                item.answer = None
            one_by_one = fresh + one_by_one
        else:
            savepoint.commit()
    for item in one_by_one:
        if item.answer is not None:
            continue
        savepoint = conn.begin_nested()
        try:
            item.answer = applications.receive(conn, caller, item.arrived, item.key, item.fingerprint)
        except HubProblem as problem:
            savepoint.rollback()
            item.answer = _problem_answer(problem)
            item.retry_after = problem.headers.get("Retry-After")
        else:
            savepoint.commit()


class _TwinWon(Exception):
    """Another device's revision created one of these applications meanwhile."""


def _sorted_out(conn: Connection, caller: Caller, items: list[Item]) -> tuple[list[Item], list[Item]]:
    """New revisions of this device's own (or new) applications, and the rest: replayed keys,
    revisions already held, another device's applications, and repeats within the batch."""
    if not items:
        return [], []
    keys = {item.key for item in items}
    ids = {item.application_id for item in items}
    idem, app, rev = schema.idempotency, schema.application, schema.revision
    recorded = set(conn.execute(select(idem.c.key).where(idem.c.device_id == caller.device_id,
                                                          idem.c.key.in_(keys))).scalars())
    owners = dict(conn.execute(select(app.c.id, app.c.device_id).where(app.c.id.in_(ids))).all())
    held = set(conn.execute(select(rev.c.application_id, rev.c.revision).where(rev.c.application_id.in_(ids))).all())
    fresh: list[Item] = []
    rest: list[Item] = []
    taken: set[tuple[str, int] | str] = set()  # identities and keys
    for item in items:
        identity = (item.application_id, item.revision_no)
        if item.key in recorded or identity in held or identity in taken or item.key in taken \
                or owners.get(item.application_id, caller.device_id) != caller.device_id:
            rest.append(item)
        else:
            fresh.append(item)
            taken.update((identity, item.key))
    return fresh, rest


# PostgreSQL: the batch's revisions as one JSON parameter, in one short statement. SQLAlchemy's
# multi-row INSERT ... RETURNING had 8 placeholders per revision, a new statement text per batch
# size, and the driver parsed that text again for every batch (its cache keeps only short
# statements): 15 % of an API worker's GIL time in the load bench. (Text arrays instead cost 12 %:
# the driver escapes each body in Python; orjson encodes the rows in C and the server parses them.)
INSERT_REVISIONS_PG = text("""
INSERT INTO hub_revision (application_id, revision, digest, body, status, problems, device_id, received_at)
SELECT application_id, revision, digest, body, status, problems, device_id, :received_at
FROM json_to_recordset(CAST(:rows AS json)) AS given(application_id varchar, revision integer, digest varchar,
                                                   body text, status varchar, problems text, device_id varchar)
RETURNING id, application_id, revision""")


def _insert_revisions(conn: Connection, rows: list[JsonObject]) -> dict[tuple[str, int], int]:
    """Insert new revision rows (all received at one time); their server ids by (application, revision)."""
    rev = schema.revision
    if conn.dialect.name == "postgresql":
        returned = conn.execute(INSERT_REVISIONS_PG, {
            "received_at": rows[0]["received_at"],
            "rows": orjson.dumps([{k: v for k, v in row.items() if k != "received_at"} for row in rows]).decode()})
    else:  # matched by (application, revision), not by order: an ordered RETURNING made one INSERT per revision
        returned = conn.execute(insert(rev).returning(rev.c.id, rev.c.application_id, rev.c.revision), rows)
    return {(a, r): i for i, a, r in returned}


def _write_fresh(conn: Connection, caller: Caller, items: list[Item]) -> None:
    """applications.receive for many new revisions at once; an item whose attachments are missing
    or wrong gets its problem and is not written."""
    blobs = {sha256: data for item in items for sha256, data in item.arrived.blobs.items()}
    store_blobs(conn, caller.scope, blobs)
    wanted: set[str] = set()
    for item in items:
        try:
            wanted |= applications.wanted_hashes(item.arrived.attachments)
        except HubProblem as problem:
            item.answer = _problem_answer(problem)
    sizes = applications.blob_sizes(conn, caller, wanted, blobs)
    writing = []
    for item in items:
        if item.answer is not None:
            continue
        try:
            missing = applications.missing_of(sizes, item.arrived.attachments)
        except HubProblem as problem:
            item.answer = _problem_answer(problem)
            continue
        if missing:
            item.answer = _problem_answer(HubProblem(409, protocol.MISSING_BLOBS, "Upload these attachments first",
                                                     missing_blobs=missing))
            continue
        writing.append(item)
    if not writing:
        return
    now = utcnow()
    server_ids = _insert_revisions(conn, [
        {"application_id": i.application_id, "revision": i.revision_no, "digest": i.arrived.digest,
         "body": i.arrived.canonical, "status": "rejected" if i.arrived.errors else "accepted",
         "problems": json.dumps(i.arrived.errors) if i.arrived.errors else None, "device_id": caller.device_id,
         "received_at": now} for i in writing])
    rows = [server_ids[(i.application_id, i.revision_no)] for i in writing]
    statuses = ["invalid" if i.arrived.errors else "received" for i in writing]
    applications.upsert_applications(conn, [applications.application_row(caller, i.arrived.payload, i.revision_no, st)
                                            for i, st in zip(writing, statuses)])
    app = schema.application
    owners = dict(conn.execute(select(app.c.id, app.c.device_id)
                               .where(app.c.id.in_({i.application_id for i in writing}))).all())
    if any(owners.get(i.application_id) != caller.device_id for i in writing):
        raise _TwinWon
    status_keys.store(conn, [(i.arrived.status_key, i.application_id) for i in writing if i.arrived.status_key])
    records = []
    for item, server_id, status in zip(writing, rows, statuses):
        if item.arrived.errors:
            code, body = 422, protocol.problem(protocol.INVALID_SUBMISSION, "The agency cannot accept this revision",
                                               422, errors=item.arrived.errors, fixable_by="officer")
        else:
            code, body = 202, {"receipt": applications.receipt(item.application_id, item.revision_no, server_id,
                                                               item.arrived.digest, now, status)}
        item.answer = (code, body, False)
        records.append((item.key, item.fingerprint, code, body))
    idempotency.record_many(conn, caller, records)
    feed.append(conn, [applications.status_entry_of(i.application_id, caller.device_id, i.revision_no, st, None)
                       for i, st in zip(writing, statuses)])


def answer(items: list[Item]) -> JsonObject:
    """The response body: one entry per item, in the order they came."""
    results = []
    for item in items:
        status, body, replayed = item.decided
        headers = {protocol.IDEMPOTENT_REPLAYED: "true"} if replayed else {}
        if item.retry_after:
            headers["Retry-After"] = item.retry_after
        results.append({"idempotency_key": item.key, "status": status, "headers": headers, "body": body})
    return {"results": results}
