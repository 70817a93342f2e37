"""Who is calling: enrolment with a one-time code, officer tokens, and signed requests.

A device proves itself on every request with its Ed25519 key (signature over method, target,
body digest, time, nonce and idempotency key); the officer's access token is short-lived and
bound to the device. Requests more than five minutes off the hub's clock, or repeating a
nonce, are refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Row, delete, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from kiosk.json_types import JsonObject
from sync import protocol
from sync.hub import schema
from sync.hub.db import HubDatabase, get_meta, utcnow
from sync.hub.problems import HubProblem

ACCESS_TOKEN_TTL_S = 15 * 60
CODE_TTL = timedelta(hours=72)
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id_of(public_key: bytes) -> str:
    return hashlib.sha256(public_key).hexdigest()[:16]


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum()).replace("O", "0").replace("I", "1").replace("L", "1")


def new_enrollment_code(db: HubDatabase, scope: str, officer: str = "") -> str:
    """A one-time code (60 bits) a supervisor hands to the officer enrolling a laptop."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    now = utcnow()
    with db.write() as conn:
        conn.execute(insert(schema.enrollment_code).values(
            code_hash=_sha256(raw), scope=scope, officer=officer, created_at=now, expires_at=now + CODE_TTL))
    return "-".join(raw[i:i + 4] for i in range(0, 12, 4))


class Secrets:
    """The hub's HMAC secret (tokens and cursors), read once per process."""

    def __init__(self, db: HubDatabase) -> None:
        with db.read() as conn:
            self.key = base64.b64decode(get_meta(conn, "secret"))

    def mac(self, purpose: str, data: bytes) -> bytes:
        return hmac.new(self.key, purpose.encode("ascii") + b"\0" + data, hashlib.sha256).digest()


def issue_access_token(secrets_: Secrets, device_id: str, now: float | None = None) -> tuple[str, int]:
    expires = int((now or time.time()) + ACCESS_TOKEN_TTL_S)
    body = _b64url(json.dumps({"d": device_id, "x": expires}, separators=(",", ":")).encode())
    return f"v1.{body}.{_b64url(secrets_.mac('token', body.encode())[:24])}", ACCESS_TOKEN_TTL_S


def check_access_token(secrets_: Secrets, token: str, device_id: str, now: float | None = None) -> None:
    try:  # binascii.Error and UnicodeError are ValueErrors: a short or non-ASCII MAC is malformed, not a crash
        version, body, mac = token.split(".")
        given_mac = _unb64url(mac)
        ours = secrets_.mac("token", body.encode())[:24]
    except ValueError:
        raise HubProblem(401, protocol.BAD_TOKEN, "Malformed access token") from None
    if version != "v1" or not hmac.compare_digest(given_mac, ours):
        raise HubProblem(401, protocol.BAD_TOKEN, "Access token not issued by this hub")
    claims = json.loads(_unb64url(body))  # only the hub's own claims are ever parsed
    if claims.get("d") != device_id:
        raise HubProblem(401, protocol.BAD_TOKEN, "Access token of another device")
    if claims.get("x", 0) < (now or time.time()):
        raise HubProblem(401, protocol.BAD_TOKEN, "Access token expired")


@dataclass(frozen=True)
class Caller:
    device_id: str
    key_id: str
    scope: str
    officer: str
    nonce: str
    created: int

    @property
    def device_scope(self) -> str:
        return f"device:{self.device_id}"


@lru_cache(maxsize=4096)
def _public_key(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(raw)


def _verify_signature(public_key: bytes, fields: Mapping[str, str], method: str, target: str, digest: str,
                      idempotency_key: str) -> None:
    try:
        signature = protocol.unb64(fields["sig"])
        message = protocol.signing_string(method, target, digest, int(fields["created"]), fields["nonce"],
                                          idempotency_key)
        _public_key(public_key).verify(signature, message)
    except (KeyError, ValueError, InvalidSignature):
        raise HubProblem(401, protocol.BAD_SIGNATURE, "Request signature does not verify") from None


def _signed_fields(headers: Mapping[str, str], body: bytes, now: float) -> tuple[dict[str, str], str]:
    fields = protocol.parse_signature_header(headers.get(protocol.SIGNATURE_HEADER, ""))
    if not {"keyid", "created", "nonce", "sig"} <= fields.keys():
        raise HubProblem(401, protocol.BAD_SIGNATURE, "Request is not signed")
    digest = headers.get("content-digest", "")
    if digest != protocol.content_digest(body):
        raise HubProblem(400, protocol.BAD_DIGEST, "Content-Digest does not match the body")
    try:
        created = int(fields["created"])
    except ValueError:
        raise HubProblem(401, protocol.BAD_SIGNATURE, "Bad signature time") from None
    if abs(now - created) > protocol.MAX_CLOCK_SKEW_S:
        raise HubProblem(401, protocol.STALE_REQUEST, "Request time is more than five minutes off the hub's clock",
                         server_time=int(now))
    if not 8 <= len(fields["nonce"]) <= 32:
        raise HubProblem(401, protocol.BAD_SIGNATURE, "Bad nonce")
    return fields, digest


def verify_request(db: HubDatabase, secrets_: Secrets, method: str, target: str, headers: Mapping[str, str],
                   body: bytes, *, with_token: bool = True, now: float | None = None, spend: bool = True) -> Caller:
    """The enrolled device (and officer) behind a signed request, its nonce spent. With
    spend=False the caller spends it in its own write transaction (see `spending_nonce`)."""
    now = now or time.time()
    fields, digest = _signed_fields(headers, body, now)
    row = _DEVICES.get(db, fields["keyid"], now)
    if row is None or row.status != "active":
        raise HubProblem(401, protocol.BAD_SIGNATURE, "Unknown or revoked device")
    _verify_signature(row.public_key, fields, method, target, digest, headers.get("idempotency-key", ""))
    if with_token:
        authorization = headers.get("authorization", "")
        if not authorization.startswith("Bearer "):
            raise HubProblem(401, protocol.BAD_TOKEN, "Missing officer token")
        check_access_token(secrets_, authorization[7:], row.id, now)
    caller = Caller(row.id, row.key_id, row.scope, row.officer, fields["nonce"], int(fields["created"]))
    if spend:
        spend_alone(db, caller)
    return caller


def spend_alone(db: HubDatabase, caller: Caller) -> None:
    with db.write(durable=False) as conn:
        spend_nonce(conn, caller)


@contextmanager
def spending_nonce(db: HubDatabase, caller: Caller) -> Iterator[Connection]:
    """A durable write transaction that spends the request's nonce with the work, one commit for
    both. If the work fails, the nonce is still spent (on its own), so no request is replayable."""
    try:
        with db.write() as conn:
            spend_nonce(conn, caller)
            yield conn
    except HubProblem as problem:
        if problem.code != protocol.REPLAYED_NONCE:
            spend_alone(db, caller)
        raise


INSERT_NONCE = insert(schema.nonce)


def spend_nonce(conn: Connection, caller: Caller) -> None:
    try:  # no savepoint: a replay ends the whole transaction anyway
        conn.execute(INSERT_NONCE, {"device_id": caller.device_id, "nonce": caller.nonce, "created_at": utcnow()})
    except IntegrityError:
        raise HubProblem(401, protocol.REPLAYED_NONCE, "This request was already received") from None
    if _DEVICES.seen(caller.device_id):
        conn.execute(update(schema.device).where(schema.device.c.id == caller.device_id)
                     .values(last_seen_at=utcnow()))


class DeviceCache:
    """Enrolled devices, re-read at most every few seconds (a revocation takes effect within
    TTL_S); last_seen_at is written at most once a minute per device."""

    TTL_S = 5.0
    SEEN_EVERY_S = 60.0

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str], tuple[float, Row[Any]]] = {}
        self._seen: dict[str, float] = {}

    def get(self, db: HubDatabase, key_id: str, now: float) -> Row[Any] | None:  # a hub_device row
        cached = self._rows.get((db.url, key_id))
        if cached is not None and now - cached[0] < self.TTL_S:
            return cached[1]
        with db.read() as conn:
            row = conn.execute(select(schema.device).where(schema.device.c.key_id == key_id)).first()
        if row is not None:
            self._rows[(db.url, key_id)] = (now, row)
        return row

    def seen(self, device_id: str) -> bool:
        now = time.monotonic()
        if now - self._seen.get(device_id, -self.SEEN_EVERY_S) >= self.SEEN_EVERY_S:
            self._seen[device_id] = now
            return True
        return False


_DEVICES = DeviceCache()


def purge_nonces(db: HubDatabase) -> None:
    cutoff = utcnow() - timedelta(seconds=protocol.NONCE_TTL_S)
    with db.write() as conn:
        conn.execute(delete(schema.nonce).where(schema.nonce.c.created_at < cutoff))


def enroll(db: HubDatabase, code: str, public_key: bytes, label: str, headers: Mapping[str, str], body: bytes,
           target: str) -> JsonObject:
    """Register a device with a one-time code; the request must be signed by the key it registers."""
    fields, digest = _signed_fields(headers, body, time.time())
    if fields["keyid"] != key_id_of(public_key):
        raise HubProblem(401, protocol.BAD_SIGNATURE, "Signed by a different key")
    _verify_signature(public_key, fields, "POST", target, digest, "")
    refresh = secrets.token_urlsafe(32)
    device_id = str(uuid.uuid4())
    now = utcnow()
    with db.write() as conn:
        row = conn.execute(select(schema.enrollment_code).where(
            schema.enrollment_code.c.code_hash == _sha256(normalise_code(code))).with_for_update()).first()
        if row is None or row.used_at is not None or row.expires_at < now:
            raise HubProblem(403, protocol.BAD_ENROLLMENT, "Enrolment code unknown, used or expired")
        existing = conn.execute(select(schema.device.c.id).where(schema.device.c.key_id == fields["keyid"])).first()
        if existing is not None:
            raise HubProblem(409, protocol.BAD_ENROLLMENT, "This device key is already enrolled")
        conn.execute(update(schema.enrollment_code).where(schema.enrollment_code.c.code_hash == row.code_hash)
                     .values(used_at=now, device_id=device_id))
        conn.execute(insert(schema.device).values(
            id=device_id, key_id=fields["keyid"], public_key=public_key, scope=row.scope, officer=row.officer,
            label=label[:64], refresh_hash=_sha256(refresh), status="active", enrolled_at=now))
        epoch = get_meta(conn, "epoch")
    return {"device_id": device_id, "scope": row.scope, "officer": row.officer, "refresh_token": refresh,
            "epoch": epoch}


def exchange_refresh_token(db: HubDatabase, secrets_: Secrets, caller: Caller, refresh_token: str) -> JsonObject:
    with db.read() as conn:
        row = conn.execute(select(schema.device.c.refresh_hash).where(schema.device.c.id == caller.device_id)).first()
    if row is None or not hmac.compare_digest(row.refresh_hash, _sha256(refresh_token)):
        raise HubProblem(401, protocol.BAD_TOKEN, "Refresh token not valid for this device")
    token, ttl = issue_access_token(secrets_, caller.device_id)
    return {"access_token": token, "token_type": "Bearer", "expires_in": ttl}
