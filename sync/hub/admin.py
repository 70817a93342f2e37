"""What the hub's operator does besides deciding: commands to devices, reference data for
everyone, compaction of the feed, a new epoch after a restore, and the devices' audit anchors."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

from sqlalchemy import and_, delete, func, insert, select, update

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


def publish_reference(db: HubDatabase, kind: str, key: str, data: dict) -> int:
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


def publish_release(db: HubDatabase, envelope: dict) -> str:
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


def anchor_audit(db: HubDatabase, caller: Caller, seq: int, head: str) -> None:
    with db.write() as conn:
        conn.execute(update(schema.device).where(schema.device.c.id == caller.device_id)
                     .values(audit_head=head[:64], audit_seq=seq))
