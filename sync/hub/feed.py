"""The changes feed: one strictly increasing sequence over everything a device may need to hear
(households of its scope, the status of its applications, reference data, commands to it).

The cursor is opaque to the device: {epoch, seq, scope hash}, HMAC-signed. A cursor from another
epoch (the hub was restored from a backup), of another scope, older than the compaction horizon
or ahead of the hub is answered with 410 and the device starts over from an empty cursor.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterable

from sqlalchemy import and_, insert, literal_column, or_, select
from sqlalchemy.engine import Connection

from kiosk.json_types import JsonObject
from sync import protocol
from sync.hub import feed_numbering, schema
from sync.hub.auth import Caller, Secrets
from sync.hub.db import current_sequence, get_meta, take_sequence, utcnow
from sync.hub.problems import HubProblem

MAX_PAGE = 2000
EVERYONE = "*"


def _scope_hash(scope: str) -> str:
    return hashlib.sha256(scope.encode("utf-8")).hexdigest()[:12]


def encode_cursor(secrets_: Secrets, epoch: str, seq: int, scope: str, min_seq: int, households_through: int = 0) -> str:
    """`min_seq` is the oldest kept position when the cursor was issued: a full download walks the
    history from the start, below it, and stays valid until history is compacted again.
    `households_through`: a snapshot (v1.1) already holds the households as of that position, so the
    feed skips household entries up to it (the other kinds still come from the start)."""
    fields = {"e": epoch, "s": seq, "h": _scope_hash(scope), "m": min_seq}
    if households_through > seq:
        fields["k"] = households_through
    body = base64.urlsafe_b64encode(json.dumps(fields, separators=(",", ":")).encode()).rstrip(b"=").decode()
    mac = base64.urlsafe_b64encode(secrets_.mac("cursor", body.encode())[:16]).rstrip(b"=").decode()
    return f"{body}.{mac}"


def decode_cursor(secrets_: Secrets, cursor: str, epoch: str, scope: str, min_seq: int, max_seq: int) -> int:
    return decode_position(secrets_, cursor, epoch, scope, min_seq, max_seq)[0]


def decode_position(secrets_: Secrets, cursor: str, epoch: str, scope: str, min_seq: int,
                    max_seq: int) -> tuple[int, int]:
    """(seq, households_through) of a valid cursor; 410 otherwise."""
    try:
        body, mac = cursor.split(".")
        valid = hmac.compare_digest(base64.urlsafe_b64decode(mac + "=" * (-len(mac) % 4)),
                                    secrets_.mac("cursor", body.encode())[:16])
        fields = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        seq = int(fields["s"])
        households_through = int(fields.get("k", 0))
    except (ValueError, KeyError, json.JSONDecodeError):
        valid, fields, seq, households_through = False, {}, 0, 0
    if not valid:
        raise HubProblem(410, protocol.CURSOR_EXPIRED, "Cursor not recognised; start a full download")
    if fields.get("e") != epoch:
        raise HubProblem(410, protocol.EPOCH_CHANGED, "The hub was restored; start a full download", epoch=epoch)
    if fields.get("h") != _scope_hash(scope):
        raise HubProblem(410, protocol.SCOPE_CHANGED, "This device's scope changed; start a full download")
    if seq < min_seq and fields.get("m") != min_seq:
        raise HubProblem(410, protocol.CURSOR_EXPIRED, "Cursor older than the kept history; start a full download")
    if seq > max_seq:  # ahead of the hub: it lost history without a new epoch
        raise HubProblem(410, protocol.EPOCH_CHANGED, "Cursor is ahead of the hub; start a full download", epoch=epoch)
    return seq, households_through


def append(conn: Connection, entries: Iterable[JsonObject]) -> None:
    """Add change entries (scope, kind, key, version, op, data) at the end of the feed."""
    entries = list(entries)
    if not entries:
        return
    now = utcnow()
    if conn.dialect.name == "postgresql":  # numbered as the transaction commits (feed_numbering.py)
        conn.execute(feed_numbering.statement(conn), {
            "count": len(entries), "at": now, **{f"{name}s": [entry.get(name) for entry in entries]
                                                 for name in ("scope", "kind", "key", "version", "op", "data")}})
        return
    first = take_sequence(conn, len(entries))
    conn.execute(insert(schema.change_log), [
        {"seq": first + i, "at": now, "data": None, **entry} for i, entry in enumerate(entries)])


def read_page(conn: Connection, secrets_: Secrets, caller: Caller, cursor: str | None, limit: int) -> bytes:
    """One page of the feed as JSON bytes. Stored household documents are spliced in as they are."""
    limit = max(1, min(limit, MAX_PAGE))
    epoch = get_meta(conn, "epoch")
    min_seq = int(get_meta(conn, "min_seq"))
    head = current_sequence(conn)
    after, known = decode_position(secrets_, cursor, epoch, caller.scope, min_seq, head) if cursor else (0, 0)
    log, hh = schema.change_log, schema.household
    skip_known = (log.c.kind != literal_column("'household'")) | (log.c.seq > known)
    query = (
        select(log.c.seq, log.c.kind, log.c.key, log.c.version, log.c.op, log.c.data,
               hh.c.version.label("current_version"), hh.c.data.label("document"), hh.c.scope.label("home"))
        .select_from(log.outerjoin(hh, and_(log.c.kind == literal_column("'household'"),
                                           hh.c.household_no == log.c.key)))
        .where(log.c.seq > after, or_(log.c.scope == caller.scope, log.c.scope == EVERYONE,
                                      log.c.scope == caller.device_scope), *([skip_known] if known else []))
        .order_by(log.c.seq).limit(limit)
    )
    rows = conn.execute(query).all()
    parts: list[str] = []
    for row in rows:
        if row.kind == "household" and row.op == "upsert":
            # A later entry carries a newer version (or its removal from this scope): skip this one.
            if row.current_version != row.version or row.home != caller.scope:
                continue
            parts.append(f'{{"type":"household","id":{json.dumps(row.key)},"version":{row.version},'
                         f'"op":"upsert","data":{row.document}}}')
        else:
            parts.append(f'{{"type":{json.dumps(row.kind)},"id":{json.dumps(row.key)},"version":{row.version},'
                         f'"op":{json.dumps(row.op)},"data":{row.data or "null"}}}')
    has_more = len(rows) == limit
    last = rows[-1].seq if rows else after
    if not has_more:  # everything up to the head is seen (sequence order is commit order)
        last = max(last, head)
    next_cursor = encode_cursor(secrets_, epoch, last, caller.scope, min_seq, known)
    return (f'{{"changes":[{",".join(parts)}],"next_cursor":{json.dumps(next_cursor)},'
            f'"has_more":{"true" if has_more else "false"},"server_epoch":{json.dumps(epoch)},'
            f'"head":{head}}}').encode("utf-8")
