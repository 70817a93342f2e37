"""Idempotency keys (the IETF draft and Stripe's rules). The stored answer is written in the same
transaction as the work, so a request either happened with its answer recorded or not at all; a
repeat gets the recorded answer (a 422 too: it is a processed answer). A twin racing the first
collides on the primary key (or on the revision's unique constraint) and gets 409 in_flight;
its retry then finds the recorded answer. Same key with different content: 422 key_reuse."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import orjson
from sqlalchemy import insert, select, text
from sqlalchemy.engine import Connection

from kiosk.json_types import JsonObject
from sync import protocol
from sync.hub import schema
from sync.hub.auth import Caller
from sync.hub.db import utcnow
from sync.hub.problems import HubProblem

IN_FLIGHT = HubProblem(409, protocol.IN_FLIGHT, "The same request is being processed", headers={"Retry-After": "1"})


@dataclass(frozen=True)
class Replay:
    status: int
    body: JsonObject


def fingerprint(method: str, path: str, digest: str) -> str:
    return hashlib.sha256(f"{method} {path} {digest}".encode()).hexdigest()


def check_key(key: str) -> str:
    if not key or len(key) > 64:
        raise HubProblem(400, protocol.KEY_REUSE, "Idempotency-Key header is required (at most 64 characters)")
    return key


def lookup(conn: Connection, caller: Caller, key: str, print_: str) -> Replay | None:
    table = schema.idempotency
    row = conn.execute(select(table).where(table.c.device_id == caller.device_id, table.c.key == key)).first()
    if row is None:
        return None
    if row.fingerprint != print_:
        raise HubProblem(422, protocol.KEY_REUSE, "Idempotency-Key reused for a different request", fixable_by="none")
    return Replay(row.status_code, json.loads(row.response))


def record(conn: Connection, caller: Caller, key: str, print_: str, status: int, body: JsonObject) -> None:
    record_many(conn, caller, [(key, print_, status, body)])


# PostgreSQL: the answers as one JSON parameter. An executemany sent and converted each row on its
# own (the driver's pipeline, in Python under the worker's GIL) and the server ran one INSERT per row.
RECORD_PG = text("""
INSERT INTO idempotency (device_id, key, fingerprint, state, status_code, response, created_at, updated_at)
SELECT :device_id, key, fingerprint, 'done', status_code, response, :now, :now
FROM json_to_recordset(CAST(:rows AS json)) AS given(key varchar, fingerprint varchar, status_code integer, response text)""")


def record_many(conn: Connection, caller: Caller, answers: list[tuple[str, str, int, JsonObject]]) -> None:
    """Recorded answers, (key, fingerprint, status, body) each, in one statement."""
    now = utcnow()
    if conn.dialect.name == "postgresql":
        conn.execute(RECORD_PG, {"device_id": caller.device_id, "now": now, "rows": orjson.dumps([
            {"key": key, "fingerprint": print_, "status_code": status, "response": json.dumps(body, ensure_ascii=False)}
            for key, print_, status, body in answers]).decode()})
        return
    conn.execute(insert(schema.idempotency), [
        {"device_id": caller.device_id, "key": key, "fingerprint": print_, "state": "done", "status_code": status,
         "response": json.dumps(body, ensure_ascii=False), "created_at": now, "updated_at": now}
        for key, print_, status, body in answers])
