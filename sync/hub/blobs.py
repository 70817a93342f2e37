"""Attachments on the hub, content-addressed by SHA-256, and resumable uploads (tus 1.0 style):
create with the length and hash, append chunks at the offset the hub reports, each chunk with its
own checksum; the whole file's hash is checked before the blob becomes visible."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from sync import protocol
from sync.hub import schema
from sync.hub.auth import Caller
from sync.hub.db import HubDatabase, dialect_insert, insert_ignore, utcnow
from sync.hub.problems import HubProblem

MAX_BLOB_BYTES = 64 * 1024 * 1024
UPLOAD_TTL = timedelta(days=1)  # an upload no chunk has reached for a day is abandoned: dropped
# Unfinished uploads per device: a device sends one attachment at a time and resumes it, so a few
# are plenty; without a bound, abandoned uploads held their chunks forever.
MAX_OPEN_UPLOADS = 4
MAX_OPEN_UPLOAD_BYTES = 2 * MAX_BLOB_BYTES


def blob_exists(db: HubDatabase, caller: Caller, sha256: str) -> int | None:
    """The blob's size when the caller's scope holds it; another scope's attachment stays invisible."""
    blob, owner = schema.blob, schema.blob_owner
    with db.read() as conn:
        return conn.execute(select(blob.c.size).join(owner, owner.c.sha256 == blob.c.sha256)
                            .where(blob.c.sha256 == sha256, owner.c.scope == caller.scope)).scalar()


def store_blob(conn: Connection, scope: str, sha256: str, data: bytes) -> bool:
    """Keep the bytes once (content-addressed) and record that `scope` holds them; False when the
    scope already did. Uploading the bytes is the proof of holding them, so a blob another scope
    uploaded is still accepted from this one."""
    now = utcnow()
    if conn.execute(select(schema.blob.c.sha256).where(schema.blob.c.sha256 == sha256)).first() is None:
        insert_ignore(conn, schema.blob, sha256=sha256, size=len(data), data=data, created_at=now)
    owner = schema.blob_owner
    if conn.execute(select(owner.c.sha256).where(owner.c.sha256 == sha256, owner.c.scope == scope)).first():
        return False
    insert_ignore(conn, owner, sha256=sha256, scope=scope, created_at=now)
    return True


def store_blobs(conn: Connection, scope: str, blobs: dict[str, bytes]) -> None:
    """store_blob for many at once: a lookup and an insert for the bytes, the same for ownership."""
    if not blobs:
        return
    now = utcnow()
    known = set(conn.execute(select(schema.blob.c.sha256).where(schema.blob.c.sha256.in_(blobs))).scalars())
    new = [{"sha256": h, "size": len(d), "data": d, "created_at": now} for h, d in blobs.items() if h not in known]
    if new:
        conn.execute(dialect_insert(conn, schema.blob).on_conflict_do_nothing(), new)
    owner = schema.blob_owner
    owned = set(conn.execute(select(owner.c.sha256).where(owner.c.sha256.in_(blobs), owner.c.scope == scope)).scalars())
    claims = [{"sha256": h, "scope": scope, "created_at": now} for h in blobs if h not in owned]
    if claims:
        conn.execute(dialect_insert(conn, owner).on_conflict_do_nothing(), claims)


def claim_unowned(conn: Connection) -> int:
    """For a hub from before per-scope ownership: each stored blob belongs to the scopes whose
    received revisions name it (a blob nobody names stays invisible until uploaded again)."""
    claimed = 0
    rows = conn.execute(select(schema.revision.c.body, schema.application.c.scope)
                        .join(schema.application, schema.application.c.id == schema.revision.c.application_id))
    for body, scope in rows:
        for item in json.loads(body).get("attachments") or ():
            sha256 = item.get("sha256") if isinstance(item, dict) else None
            if isinstance(sha256, str) and conn.execute(select(schema.blob.c.sha256)
                                                        .where(schema.blob.c.sha256 == sha256)).first():
                insert_ignore(conn, schema.blob_owner, sha256=sha256, scope=scope, created_at=utcnow())
                claimed += 1
    return claimed


def put_blob(db: HubDatabase, caller: Caller, sha256: str, data: bytes) -> bool:
    """Store a whole small blob; False when the caller's scope already held it."""
    if hashlib.sha256(data).hexdigest() != sha256:
        raise HubProblem(400, protocol.BAD_DIGEST, "Body does not hash to the blob's name")
    try:
        with db.write() as conn:
            return store_blob(conn, caller.scope, sha256, data)
    except IntegrityError:
        return False


def _metadata(value: str) -> dict[str, str]:
    items = {}
    for part in value.split(","):
        name, _, encoded = part.strip().partition(" ")
        if name:
            try:
                items[name] = base64.b64decode(encoded).decode("utf-8") if encoded else ""
            except (binascii.Error, UnicodeDecodeError):
                raise HubProblem(400, protocol.BAD_DIGEST, "Upload-Metadata is not base64") from None
    return items


def create_upload(db: HubDatabase, caller: Caller, length: int, metadata: str) -> str:
    sha256 = _metadata(metadata).get("sha256", "")
    if len(sha256) != 64 or not 0 < length <= MAX_BLOB_BYTES:
        raise HubProblem(400, protocol.UPLOAD_CHECKSUM, "Upload needs a length and the file's sha256")
    upload_id = str(uuid.uuid4())
    now = utcnow()
    with db.write() as conn:
        conn.execute(select(schema.device.c.id).where(schema.device.c.id == caller.device_id).with_for_update())
        _drop_uploads(conn, (schema.upload.c.expires_at < now)
                      | ((schema.upload.c.device_id == caller.device_id) & (schema.upload.c.sha256 == sha256)))
        _check_quota(conn, caller, length)
        conn.execute(insert(schema.upload).values(id=upload_id, device_id=caller.device_id, sha256=sha256,
                                                  length=length, offset=0, created_at=now,
                                                  expires_at=now + UPLOAD_TTL))
    return upload_id


def _drop_uploads(conn: Connection, which: ColumnElement[bool]) -> None:  # a SQL condition on hub_upload
    """Abandoned (expired) uploads, and an earlier start of the same file the device begins again."""
    ids = conn.execute(select(schema.upload.c.id).where(which)).scalars().all()
    if ids:
        conn.execute(delete(schema.upload_chunk).where(schema.upload_chunk.c.upload_id.in_(ids)))
        conn.execute(delete(schema.upload).where(schema.upload.c.id.in_(ids)))


def _check_quota(conn: Connection, caller: Caller, length: int) -> None:
    upload = schema.upload
    count, reserved, oldest = conn.execute(
        select(func.count(), func.coalesce(func.sum(upload.c.length), 0), func.min(upload.c.expires_at))
        .where(upload.c.device_id == caller.device_id)).one()
    if count >= MAX_OPEN_UPLOADS:
        wait = max(1, int((oldest - utcnow()).total_seconds()))
        raise HubProblem(429, protocol.UPLOAD_QUOTA, f"This device has {count} unfinished uploads; finish one first",
                         headers={"Retry-After": str(wait)}, limit=MAX_OPEN_UPLOADS)
    if reserved + length > MAX_OPEN_UPLOAD_BYTES:
        raise HubProblem(413, protocol.UPLOAD_QUOTA, "Unfinished uploads of this device would exceed their bytes",
                         limit=MAX_OPEN_UPLOAD_BYTES, reserved=int(reserved))


def _upload(conn: Connection, caller: Caller, upload_id: str) -> Row[Any]:  # a hub_upload row
    row = conn.execute(select(schema.upload).where(schema.upload.c.id == upload_id).with_for_update()).first()
    if row is None or row.device_id != caller.device_id:
        raise HubProblem(404, protocol.NOT_FOUND, "No such upload")
    if row.expires_at < utcnow():
        raise HubProblem(410, protocol.UPLOAD_EXPIRED, "Upload expired; start again")
    return row


def upload_offset(db: HubDatabase, caller: Caller, upload_id: str) -> tuple[int, int]:
    with db.read() as conn:
        row = _upload(conn, caller, upload_id)
    return row.offset, row.length


def append_chunk(db: HubDatabase, caller: Caller, upload_id: str, offset: int, checksum: str, data: bytes) -> int:
    """Append a chunk; returns the new offset. Completes the blob when the last byte arrives."""
    algorithm, _, encoded = checksum.partition(" ")
    try:
        expected = base64.b64decode(encoded)
    except (binascii.Error, ValueError):
        expected = b""
    if algorithm != "sha256" or hashlib.sha256(data).digest() != expected:
        raise HubProblem(460, protocol.UPLOAD_CHECKSUM, "Chunk checksum mismatch; send the chunk again")
    with db.write() as conn:
        row = _upload(conn, caller, upload_id)
        if offset != row.offset:
            raise HubProblem(409, protocol.UPLOAD_OFFSET, "Offset differs from the hub's", headers={
                "Upload-Offset": str(row.offset)}, offset=row.offset)
        if offset + len(data) > row.length:
            raise HubProblem(400, protocol.UPLOAD_OFFSET, "Chunk goes past the upload length")
        conn.execute(insert(schema.upload_chunk).values(upload_id=upload_id, offset=offset, data=data))
        new_offset = offset + len(data)
        conn.execute(update(schema.upload).where(schema.upload.c.id == upload_id)
                     .values(offset=new_offset, expires_at=utcnow() + UPLOAD_TTL))  # alive while chunks arrive
        complete = new_offset < row.length or _finish(conn, caller, row)
    if not complete:
        raise HubProblem(410, protocol.UPLOAD_CHECKSUM, "The file's hash does not match; upload it again")
    return new_offset


def _finish(conn: Connection, caller: Caller, row: Row[Any]) -> bool:  # a hub_upload row
    """Publish the assembled blob; False (and the upload dropped) when its hash is wrong."""
    chunks = conn.execute(select(schema.upload_chunk.c.data).where(schema.upload_chunk.c.upload_id == row.id)
                          .order_by(schema.upload_chunk.c.offset)).scalars().all()
    data = b"".join(chunks)
    conn.execute(delete(schema.upload_chunk).where(schema.upload_chunk.c.upload_id == row.id))
    conn.execute(delete(schema.upload).where(schema.upload.c.id == row.id))
    if hashlib.sha256(data).hexdigest() != row.sha256:
        return False
    store_blob(conn, caller.scope, row.sha256, data)
    return True
