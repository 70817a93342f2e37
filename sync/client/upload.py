"""Sending one outbox item: an application revision (with its attachments) or a household patch.

Each function returns the transport Result that decides the item's fate; the engine records it.
Small attachments travel inside the revision request; larger ones first, by resumable upload,
unless the hub already has them (HEAD), so a retry never sends a file twice.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import orjson
import pybase64
from requests.structures import CaseInsensitiveDict

from kiosk.db.applications import ApplicationRevision
from kiosk.db.households import Household
from kiosk.db.base import utcnow
from kiosk.db.sync_state import BlobUpload, OutboxItem
from kiosk.households import edits
from kiosk.json_types import JsonObject
from sync import protocol
from sync.client import transport
from sync.client.crash import crash_point
from sync.client.outbox import Lease
from sync.client.transport import HubClient, Result

if TYPE_CHECKING:
    from kiosk.db.store import Store
    from kiosk.security.blobs import BlobStore

INLINE_TOTAL_LIMIT = 2 * 1024 * 1024


def _load_revision(store: Store, lease: Lease) -> tuple[JsonObject, str, str]:
    """The payload (to read from, never to encode again), its digest and its canonical JSON."""
    if lease.canonical is not None and lease.digest is not None:  # read together with the lease, or neither
        canonical, digest = lease.canonical, lease.digest
    else:
        with store.read() as session:
            revision = session.get_one(ApplicationRevision, lease.target_id)
            canonical, digest = revision.canonical, revision.digest
    try:
        payload: JsonObject = orjson.loads(canonical)
    except orjson.JSONDecodeError:  # what only json reads (NaN): it was written by json
        payload = json.loads(canonical)
    return payload, digest, canonical


def _upload_blob(client: HubClient, store: Store, sha256: str, chunk: int = protocol.CHUNK_BYTES) -> Result:
    """Resumable upload of one attachment (continues an upload a previous run started)."""
    head = client.call("HEAD", f"/v1/blobs/sha256:{sha256}", expect_json=False)
    if head.ok:
        return head
    if head.kind != transport.UPGRADE and head.status != 404:
        return head
    data = store.blobs.get(sha256)
    with store.read() as session:
        known = session.get(BlobUpload, sha256)
        url = known.url if known else None
    offset = 0
    if url:
        probe = client.call("HEAD", url, expect_json=False)
        if probe.ok:
            offset = int(probe.headers.get("Upload-Offset", "0"))
        else:
            url = None
    if url is None:
        metadata = f"sha256 {base64.b64encode(sha256.encode()).decode()}"
        created = client.call("POST", "/v1/uploads", headers={"Upload-Length": str(len(data)),
                                                             "Upload-Metadata": metadata,
                                                             "Tus-Resumable": "1.0.0"}, expect_json=False)
        if not created.ok:
            return created
        url = created.headers.get("Location", "")
        with store.write() as session:
            session.merge(BlobUpload(sha256=sha256, url=url, updated_at=utcnow()))
    while offset < len(data):
        piece = data[offset:offset + chunk]
        checksum = "sha256 " + base64.b64encode(hashlib.sha256(piece).digest()).decode()
        sent = client.call("PATCH", url, body=piece, expect_json=False,
                           headers={"Content-Type": "application/offset+octet-stream", "Upload-Offset": str(offset),
                                    "Upload-Checksum": checksum, "Tus-Resumable": "1.0.0"})
        if sent.ok:
            offset = int(sent.headers.get("Upload-Offset", offset + len(piece)))
        elif sent.status == 409 and "Upload-Offset" in sent.headers:
            offset = int(sent.headers["Upload-Offset"])
        elif sent.status == 460:
            continue  # the chunk was damaged on the way: send it again
        elif sent.kind == transport.TOO_LARGE and chunk > 64 * 1024:
            chunk //= 2
        else:
            if sent.kind == transport.GONE:
                with store.write() as session:
                    row = session.get(BlobUpload, sha256)
                    if row is not None:
                        session.delete(row)
            return sent
    with store.write() as session:
        row = session.get(BlobUpload, sha256)
        if row is not None:
            session.delete(row)
    return Result(transport.OK, 200)


@dataclass(frozen=True)
class PreparedRevision:
    """A revision's request, built from the store before its turn to be sent."""

    path: str
    body: bytes
    digest: str
    application_id: str
    upload_first: tuple[str, ...]  # attachments too big to travel inside the request


def prepare_revision(store: Store, lease: Lease, blobs: BlobStore | None = None) -> PreparedRevision:
    """Read-only work (store, sealed blobs, encoding): the engine does it for the next items while
    two requests are on the wire, so a slot is refilled with a ready body. `blobs`: the store's,
    opened once for many revisions (each `store.blobs` derives its key anew)."""
    blobs = blobs or store.blobs
    payload, digest, canonical = _load_revision(store, lease)
    inline: dict[str, str] = {}
    upload_first: list[str] = []
    total = 0
    for item in payload.get("attachments") or ():
        if item["sha256"] in inline or item["sha256"] in upload_first:
            continue
        if item["size"] <= protocol.INLINE_BLOB_LIMIT and total + item["size"] <= INLINE_TOTAL_LIMIT:
            inline[item["sha256"]] = pybase64.b64encode(blobs.get(item["sha256"])).decode("ascii")
            total += item["size"]
        else:
            upload_first.append(item["sha256"])
    body = revision_body(canonical, digest, inline)
    path = f"/v1/applications/{payload['application_id']}/revisions/{payload['revision']}"
    return PreparedRevision(path, body, digest, payload["application_id"], tuple(upload_first))


def revision_body(canonical: str, digest: str, inline: dict[str, str]) -> bytes:
    """protocol.canonical_body({"payload": ..., "digest": digest, "blobs": inline}) with the
    payload's stored canonical JSON set in as it is (its digest was taken on exactly these bytes),
    instead of parsing it and writing it out again."""
    return b'{"blobs":' + protocol.canonical_body(inline) + b',"digest":' + protocol.canonical_body(digest) + \
        b',"payload":' + canonical.encode("utf-8") + b"}"


def send_revision(client: HubClient, store: Store, lease: Lease, prepared: PreparedRevision | None = None) -> Result:
    prepared = prepared or prepare_revision(store, lease)
    for sha256 in prepared.upload_first:
        uploaded = _upload_blob(client, store, sha256)
        if not uploaded.ok:
            return uploaded
    crash_point("after_blob_upload")
    path, body = prepared.path, prepared.body
    for _ in range(2):
        crash_point("before_send")
        result = client.call("PUT", path, body=body, idempotency_key=lease.op_id)
        crash_point("after_server_commit_before_read")
        if result.kind != transport.MISSING_BLOBS:
            break
        for sha256 in result.body.get("missing_blobs", []):
            uploaded = _upload_blob(client, store, sha256)
            if not uploaded.ok:
                return uploaded
    return _with_receipt(result, prepared)


def _with_receipt(result: Result, prepared: PreparedRevision) -> Result:
    """A success counts only with a receipt for this revision's digest (a portal's 200 does not)."""
    if result.ok:
        receipt = result.body.get("receipt") if isinstance(result.body, dict) else None
        if not isinstance(receipt, dict) or receipt.get("payload_digest") != prepared.digest \
                or receipt.get("application_id") != prepared.application_id:
            return Result(transport.RETRY, result.status, result.body, result.headers,
                          error="answer without a matching receipt")
    return result


# -- v1.1: many revisions in one request -----------------------------------------------------------
BATCH_BYTES = 8 * 1024 * 1024  # well under the hub's limit (protocol.BATCH_MAX_BYTES)


def batches(items: list[tuple[Lease, PreparedRevision]], max_items: int) -> list[list[tuple[Lease, PreparedRevision]]]:
    """(lease, prepared) pairs cut into requests bounded by count and bytes, in their order."""
    groups: list[list[tuple[Lease, PreparedRevision]]] = []
    size = 0
    for item in items:
        length = len(item[1].body) + 100
        if not groups or len(groups[-1]) >= max_items or size + length > BATCH_BYTES:
            groups.append([])
            size = 0
        groups[-1].append(item)
        size += length
    return groups


def batch_body(items: list[tuple[Lease, PreparedRevision]]) -> bytes:
    """The batch as bytes: each item wraps the exact body its PUT would carry (no re-encoding)."""
    parts = [b'{"idempotency_key":' + json.dumps(lease.op_id).encode("ascii") + b',"request":' + prepared.body + b"}"
             for lease, prepared in items]
    return b'{"items":[' + b",".join(parts) + b"]}"


def send_batch(client: HubClient, items: list[tuple[Lease, PreparedRevision]]) -> tuple[Result, list[Result]] | None:
    """One request for these revisions (none with an attachment to upload first): the request's
    answer and each item's, in order (the request's own for every item when it failed as a
    whole); None when the hub does not know the route (a v1.0 hub: send them one by one)."""
    # Not gzipped, though the hub takes it: the photos are compressed already, so gzip saves only
    # base64's third (2.4 -> 1.6 MB per 50 revisions) for ~250 ms of this device's CPU.
    body = batch_body(items)
    crash_point("before_send")
    result = client.call("POST", protocol.BATCH_PATH, body=body)
    crash_point("after_server_commit_before_read")
    if result.kind == transport.UPGRADE and result.status in (404, 405):
        return None
    answers = result.body.get("results") if result.ok else None
    if result.ok and (not isinstance(answers, list) or len(answers) != len(items) or any(
            not isinstance(a, dict) or a.get("idempotency_key") != lease.op_id for a, (lease, _) in zip(answers, items))):
        result = Result(transport.RETRY, result.status, result.body, result.headers,
                        error="batch answer does not match the batch")
    if not result.ok:
        return result, [replace(result, breaker_counted=True)] * len(items)
    assert isinstance(answers, list), "an OK batch answer is a list as long as the batch (checked above)"
    results = []
    for answer, (_lease, prepared) in zip(answers, items):
        status = answer.get("status") if isinstance(answer.get("status"), int) else 502
        headers = CaseInsensitiveDict(answer.get("headers") if isinstance(answer.get("headers"), dict) else {})
        item = transport.classify_answer(status, answer.get("body"), headers)
        results.append(replace(_with_receipt(item, prepared), breaker_counted=True))
    return result, results


def prepare_patch(store: Store, lease: Lease) -> tuple[str, int | None, JsonObject] | None:
    """(household_no, server_version, sent patch) with the sent values remembered, or None when
    there is nothing to send any more."""
    with store.write(durable=True) as session:
        household = session.get(Household, lease.target_id)
        item = session.get_one(OutboxItem, lease.id)
        if household is None or not household.pending_patch or household.sync_state == "conflict":
            item.state, item.lease_until = "done", None
            return None
        if household.server_version is None:
            return household.household_no, None, {}
        sent = edits.mark_sent(household)
        item.payload = sent
        return household.household_no, household.server_version, sent


def send_patch(client: HubClient, household_no: str, version: int, sent: JsonObject, op_id: str) -> Result:
    changes = {p: e["value"] for p, e in sent.items()}
    base = {p: e["base"] for p, e in sent.items()}
    result = client.call("PATCH", f"/v1/households/{household_no}", json_body={"changes": changes, "base": base},
                         headers={"If-Match": f'"v{version}"'}, idempotency_key=op_id)
    crash_point("mid_patch_send")
    if result.ok and not isinstance(result.body.get("record"), dict):
        return Result(transport.RETRY, result.status, result.body, error="answer without the record")
    return result

