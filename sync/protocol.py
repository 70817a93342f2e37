"""Version 1.1 of the Kiosk sync protocol: what both ends must agree on. 1.1 adds batched
revisions (BATCH_PATH) and gzip request bodies there, and the snapshot first download
(SNAPSHOT_PATH); a 1.0 client never needs any of them.

Every request but the health probe carries the officer's bearer token and is signed by the
device's Ed25519 key over method, path (with query), body digest, time, nonce and idempotency key
(in the spirit of RFC 9421); the hub refuses requests more than five minutes off its clock or with a
nonce it has seen. Bodies carry Content-Digest (RFC 9530). Errors are application/problem+json
(RFC 9457) with a stable `code`.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from collections.abc import Callable
from typing import Any

from kiosk.applications.codes import canonical_bytes

VERSION = 1
MINOR = 1  # 1.1 adds batched revisions and gzip request bodies; 1.0 clients are served unchanged
SIGNATURE_HEADER = "X-Kiosk-Signature"
DEVICE_HEADER = "X-Device-Id"
CLIENT_VERSION_HEADER = "X-Client-Version"
MAX_CLOCK_SKEW_S = 300
NONCE_TTL_S = 2 * MAX_CLOCK_SKEW_S
INLINE_BLOB_LIMIT = 256 * 1024  # smaller attachments travel inside the revision request
CHUNK_BYTES = 1024 * 1024  # resumable upload chunk for larger ones
BATCH_PATH = "/v1/revisions:batch"  # v1.1: many revisions in one request
BATCH_MAX_ITEMS = 100
BATCH_MAX_BYTES = 16 * 1024 * 1024  # the whole request, and the same after gunzip
PROBLEM_TYPE = "application/problem+json"
SNAPSHOT_PATH = "/v1/snapshot"  # v1.1: a scope's households in one file, for a first download
SNAPSHOT_MEDIA_TYPE = "application/x-ndjson"
# v1.1 "rows" snapshot: households in the device's table shape (kiosk/households/snapshot_shape.py),
# served only to a device that asks for it with its layout (Accept: ...; layout=...).
SNAPSHOT_ROWS_MEDIA_TYPE = "application/vnd.kiosk.snapshot-rows+x-ndjson"
SNAPSHOT_NDJSON, SNAPSHOT_ROWS = "ndjson", "rows"  # the two formats' names
SNAPSHOT_CURSOR_HEADER = "X-Snapshot-Cursor"  # the feed cursor to continue from after loading it
SNAPSHOT_EPOCH_HEADER = "X-Snapshot-Epoch"
SNAPSHOT_HOUSEHOLDS_HEADER = "X-Snapshot-Households"

# Stable problem codes
BAD_SIGNATURE = "bad_signature"
STALE_REQUEST = "stale_request"
REPLAYED_NONCE = "replayed_nonce"
BAD_TOKEN = "bad_token"
BAD_DIGEST = "bad_digest"
DIGEST_MISMATCH = "digest_mismatch"
KEY_REUSE = "key_reuse"
IN_FLIGHT = "in_flight"
MISSING_BLOBS = "missing_blobs"
INVALID_SUBMISSION = "invalid_submission"
CURSOR_EXPIRED = "cursor_expired"
EPOCH_CHANGED = "epoch_changed"
SCOPE_CHANGED = "scope_changed"
EDIT_CONFLICT = "edit_conflict"
DELETED = "deleted"
READ_ONLY_FIELD = "read_only_field"
PRECONDITION_REQUIRED = "precondition_required"
NOT_FOUND = "not_found"
BAD_ENROLLMENT = "bad_enrollment"
UNAVAILABLE = "unavailable"
RATE_LIMITED = "rate_limited"
UPLOAD_OFFSET = "upload_offset"
UPLOAD_CHECKSUM = "upload_checksum"
UPLOAD_EXPIRED = "upload_expired"
TOO_LARGE = "too_large"
UNSUPPORTED_ENCODING = "unsupported_encoding"  # a Content-Encoding the hub does not take (415)
UPLOAD_QUOTA = "upload_quota"  # too many (429) or too many bytes (413) of unfinished uploads for one device
AUDIT_REWOUND = "audit_rewound"  # an anchor with a lower seq than the hub acknowledged
AUDIT_REWRITTEN = "audit_rewritten"  # the same seq with another head, or new entries that changed nothing
INTERNAL = "internal"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def content_digest(body: bytes) -> str:
    """RFC 9530 Content-Digest value."""
    return f"sha-256=:{b64(hashlib.sha256(body).digest())}:"


def canonical_body(value: Any) -> bytes:
    return canonical_bytes(value)


def signing_string(method: str, target: str, digest: str, created: int, nonce: str, idempotency_key: str) -> bytes:
    """What the device signs: the request line, the body digest and the freshness fields."""
    return "\n".join((method.upper(), target, digest, str(created), nonce, idempotency_key)).encode("utf-8")


def signature_header(key_id: str, sign: Callable[[bytes], bytes], method: str, target: str, body: bytes,
                     idempotency_key: str = "", now: float | None = None) -> dict[str, str]:
    """Headers of a signed request: Content-Digest and the signature with its parameters."""
    digest = content_digest(body)
    created = int(now if now is not None else time.time())
    nonce = secrets.token_urlsafe(12)
    signature = sign(signing_string(method, target, digest, created, nonce, idempotency_key))
    value = f'keyid="{key_id}", created={created}, nonce="{nonce}", sig="{b64(signature)}"'
    return {"Content-Digest": digest, SIGNATURE_HEADER: value}


def parse_signature_header(value: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for part in (value or "").split(","):
        name, _, raw = part.strip().partition("=")
        if name and raw:
            fields[name] = raw.strip().strip('"')
    return fields


def problem(code: str, title: str, status: int, **extra: Any) -> dict[str, Any]:
    return {"type": f"https://kiosk.example/problems/{code}", "title": title, "status": status, "code": code, **extra}


MALFORMED = "malformed"
UPGRADE_REQUIRED = "upgrade_required"
UNKNOWN_ENDPOINT = "unknown_endpoint"  # this hub does not speak the path: a version or configuration problem
IDEMPOTENT_REPLAYED = "Idempotent-Replayed"

# The citizen's own e-housekeeper (issue 24): a device uploads a subscription document
# (resources/contracts/subscription.schema.json); a later PUT replaces it, a withdrawal is final.
SUBSCRIPTION_PATH = "/v1/subscriptions/{subscription_id}"
SUBSCRIPTION_SCHEMA = "subscription.schema.json"
NOTIFY_NOTICE_VERSIONS = ("notify-2026-12",)  # the PDPA notices for this purpose the hub accepts consent on
MISSING_APPLICATIONS = "missing_applications"  # 409: send these applications first (or they are not in scope)
