"""What the hub's operator does besides deciding: commands to devices, reference data for
everyone, compaction of the feed, a new epoch after a restore, and the devices' audit anchors."""

from __future__ import annotations

import json
import re
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import Row, and_, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from kiosk.json_types import JsonObject
from sync import protocol
from sync.hub import feed, schema
from sync.hub.auth import Caller
from sync.hub.db import HubDatabase, get_meta, new_epoch_value, set_meta, take_sequence, utcnow
from sync.hub.problems import HubProblem

COMMANDS = ("lock", "unlock", "wipe")
REFERENCE_KINDS = ("parameters", "catalog", "notice", "release")


def send_command(db: HubDatabase, device_id: str, kind: str) -> str:
    if kind not in COMMANDS:
        raise ValueError(kind)
    command_id = str(uuid.uuid4())
    with db.write() as conn:
        if conn.execute(select(schema.device.c.id).where(schema.device.c.id == device_id)).first() is None:
            raise HubProblem(404, protocol.NOT_FOUND, "No such device")
        conn.execute(insert(schema.command).values(id=command_id, device_id=device_id, kind=kind,
                                                   created_at=utcnow()))
        feed.append(conn, [{"scope": f"device:{device_id}", "kind": "command", "key": command_id, "version": 1,
                            "op": "upsert", "data": json.dumps({"id": command_id, "command": kind})}])
    return command_id


def ack_command(db: HubDatabase, caller: Caller, command_id: str) -> None:
    with db.write() as conn:
        updated = conn.execute(update(schema.command).where(
            schema.command.c.id == command_id, schema.command.c.device_id == caller.device_id)
            .values(acked_at=func.coalesce(schema.command.c.acked_at, utcnow()))).rowcount
    if not updated:
        raise HubProblem(404, protocol.NOT_FOUND, "No such command for this device")


def publish_reference(db: HubDatabase, kind: str, key: str, data: JsonObject) -> int:
    """Announce reference data (e.g. a parameter's new dated value) to every device; returns its version."""
    if kind not in REFERENCE_KINDS:
        raise ValueError(kind)
    with db.write() as conn:
        previous = conn.execute(select(func.max(schema.change_log.c.version)).where(
            schema.change_log.c.kind == "refdata", schema.change_log.c.key == key)).scalar() or 0
        version = previous + 1
        feed.append(conn, [{"scope": feed.EVERYONE, "kind": "refdata", "key": key, "version": version,
                            "op": "upsert", "data": json.dumps({"kind": kind, "key": key, "data": data},
                                                               ensure_ascii=False)}])
    return version


def publish_release(db: HubDatabase, envelope: JsonObject) -> str:
    """Pass a signed release manifest on to every device. The hub holds no release key: it checks
    the shape, and the signature when this build pins release keys (devices check it again)."""
    from kiosk import updates

    if not isinstance(envelope, dict) or not envelope.get("signature") or not envelope.get("key_id"):
        raise updates.UpdateError("not a signed manifest: expected manifest, key_id and signature")
    keys = updates.trusted_release_keys()
    manifest = updates.verify(envelope, keys) if keys else updates.parse_manifest(envelope.get("manifest"))
    publish_reference(db, updates.REFERENCE_KIND, updates.REFERENCE_KEY, envelope)
    return manifest.version


def compact(db: HubDatabase, keep_tombstones_days: float = 180) -> dict[str, int]:
    """Drop feed entries a newer entry supersedes (safe for every cursor), and tombstones older than
    the retention, after which cursors from before them get 410 and start over."""
    log = schema.change_log
    with db.write() as conn:
        latest = (select(log.c.kind, log.c.key, log.c.scope, func.max(log.c.seq).label("last"))
                  .group_by(log.c.kind, log.c.key, log.c.scope).subquery())
        superseded = select(log.c.seq).join(latest, and_(latest.c.kind == log.c.kind, latest.c.key == log.c.key,
                                                         latest.c.scope == log.c.scope)).where(log.c.seq < latest.c.last)
        dropped = conn.execute(delete(log).where(log.c.seq.in_(superseded.scalar_subquery()))).rowcount
        cutoff = utcnow() - timedelta(days=keep_tombstones_days)
        old = conn.execute(select(func.max(log.c.seq)).where(log.c.op.in_(("delete", "out_of_scope")),
                                                              log.c.at < cutoff)).scalar()
        tombstones = 0
        if old is not None:
            tombstones = conn.execute(delete(log).where(log.c.op.in_(("delete", "out_of_scope")),
                                                        log.c.seq <= old)).rowcount
            set_meta(conn, "min_seq", str(max(int(get_meta(conn, "min_seq")), old)))
    return {"superseded": dropped, "tombstones": tombstones}


def expire_cursors(db: HubDatabase) -> None:
    """Make every existing cursor too old (as if all history had been compacted away)."""
    with db.write() as conn:  # a fresh sequence number marks the moment: every older cursor is too old
        set_meta(conn, "min_seq", str(take_sequence(conn)))


def new_epoch(db: HubDatabase) -> str:
    """Run after restoring the hub from a backup: every device starts over and reconciles."""
    epoch = new_epoch_value()
    with db.write() as conn:
        set_meta(conn, "epoch", epoch)
    return epoch


MAX_AUDIT_SEQ = 2 ** 31 - 1  # the device table's column; no laptop writes two billion audit entries
AUDIT_HEAD = re.compile(r"^[0-9a-f]{64}$")


def _anchor_problem(status: int, code: str, title: str, last: Row[Any] | None) -> HubProblem:  # a hub_audit_anchor row
    return HubProblem(status, code, title, acknowledged={"seq": last.seq, "head": last.head} if last else None)


def anchor_audit(db: HubDatabase, caller: Caller, seq: int, head: str) -> bool:
    """Record the head of the device's audit chain; True when it is new. The chain only grows: a
    lower seq (entries deleted), the same seq with another head (history rewritten) or a higher seq
    with the same head (entries that changed nothing) is refused and the last acknowledged anchor kept."""
    if not 1 <= seq <= MAX_AUDIT_SEQ or not AUDIT_HEAD.match(head):
        raise HubProblem(422, protocol.INVALID_SUBMISSION, "Not an audit chain head", fixable_by="none",
                         errors=[{"path": "/seq" if not 1 <= seq <= MAX_AUDIT_SEQ else "/head", "code": "out_of_range",
                                  "message": f"seq is 1..{MAX_AUDIT_SEQ}, head is 64 lowercase hex digits"}])
    anchors = schema.audit_anchor
    with db.write() as conn:
        conn.execute(select(schema.device.c.id).where(schema.device.c.id == caller.device_id).with_for_update())
        last = _last_anchor(conn, caller.device_id)
        if last is not None and seq == last.seq and head == last.head:
            return False  # a retry
        refusal = _refusal(last, seq, head)
        if refusal is not None:  # kept, not rolled back with the answer: the operator must see it
            conn.execute(insert(schema.audit_refusal).values(device_id=caller.device_id, code=refusal.code, seq=seq,
                                                             head=head, received_at=utcnow()))
        else:
            conn.execute(insert(anchors).values(device_id=caller.device_id, seq=seq, head=head, received_at=utcnow()))
            conn.execute(update(schema.device).where(schema.device.c.id == caller.device_id)
                         .values(audit_head=head, audit_seq=seq))
    if refusal is not None:
        raise refusal
    return True


def _refusal(last: Row[Any] | None, seq: int, head: str) -> HubProblem | None:
    if last is not None and seq < last.seq:
        return _anchor_problem(409, protocol.AUDIT_REWOUND, "The audit chain is shorter than the hub last saw", last)
    if last is not None and (seq == last.seq or head == last.head):
        return _anchor_problem(409, protocol.AUDIT_REWRITTEN, "The audit chain differs from what the hub saw", last)
    return None


def audit_refusals(conn: Connection) -> dict[str, JsonObject]:
    """Per device: how many anchors were refused, and the latest refusal (`kiosk-hub devices`)."""
    refusals = schema.audit_refusal
    found: dict[str, JsonObject] = {}
    for row in conn.execute(select(refusals).order_by(refusals.c.id)):
        entry = found.setdefault(row.device_id, {"count": 0})
        entry.update(count=entry["count"] + 1, last_code=row.code, last_seq=row.seq,
                     last_at=row.received_at.isoformat(timespec="seconds") + "Z")
    return found


def _last_anchor(conn: Connection, device_id: str) -> Row[Any] | None:
    anchors = schema.audit_anchor
    return conn.execute(select(anchors).where(anchors.c.device_id == device_id)
                        .order_by(anchors.c.seq.desc()).limit(1)).first()


def last_anchor(db: HubDatabase, caller: Caller) -> JsonObject:
    """The last anchor the hub acknowledged for this device, for its own verification."""
    with db.read() as conn:
        last = _last_anchor(conn, caller.device_id)
    if last is None:
        return {"seq": 0, "head": None, "acknowledged_at": None}
    return {"seq": last.seq, "head": last.head, "acknowledged_at": last.received_at.isoformat(timespec="seconds") + "Z"}
