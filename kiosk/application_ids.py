"""Application ids bound to the device that made them, so printing one (it is in every receipt's
QR code) does not let another device claim it on the hub before its own device has synced.

A bound id is a UUIDv7 whose 62 random bits are SHA-256(device key id, time, counter, proof)
where the proof is an HMAC under the device's secret: the device sends the proof with the first
revision, and the hub recomputes the bits for the calling device. Another device would have to
find a proof matching its own key id, a 2^62 search."""

from __future__ import annotations

import hashlib
import hmac
import uuid

from kiosk.ids import _build, uuid7

PROOF_FIELD = "id_proof"
_LABEL = b"kiosk-application-id|"


def _parts(application_id: str) -> tuple[int, int, int] | None:
    try:
        value = uuid.UUID(application_id)
    except (ValueError, AttributeError, TypeError):
        return None
    if value.version != 7:
        return None
    number = value.int
    return number >> 80, (number >> 64) & 0xFFF, number & ((1 << 62) - 1)


def _stem(ms: int, rand_a: int) -> bytes:
    return ms.to_bytes(6, "big") + rand_a.to_bytes(2, "big")


def _bits(key_id: str, ms: int, rand_a: int, proof: bytes) -> int:
    digest = hashlib.sha256(key_id.encode("ascii", "replace") + b"|" + _stem(ms, rand_a) + proof).digest()
    return int.from_bytes(digest[:8], "big") >> 2


def _proof(secret: bytes, ms: int, rand_a: int) -> bytes:
    return hmac.new(secret, _LABEL + _stem(ms, rand_a), hashlib.sha256).digest()[:16]


def new_bound_id(key_id: str, secret: bytes) -> str:
    """A fresh UUIDv7 (time-ordered as before) bound to this device's key."""
    parts = _parts(uuid7())
    assert parts is not None  # uuid7() is a version-7 UUID by construction
    ms, rand_a, _ = parts
    return str(_build(ms, rand_a, _bits(key_id, ms, rand_a, _proof(secret, ms, rand_a))))


def proof_for(application_id: str, key_id: str, secret: bytes) -> str | None:
    """The proof to send with the id, or None for an id made before ids were bound (or elsewhere)."""
    parts = _parts(application_id)
    if parts is None:
        return None
    ms, rand_a, rand_b = parts
    proof = _proof(secret, ms, rand_a)
    return proof.hex() if _bits(key_id, ms, rand_a, proof) == rand_b else None


def is_bound_to(application_id: str, key_id: str, proof: object) -> bool:
    """Whether the device with `key_id` made this id (checked by the hub, which holds no secret)."""
    parts = _parts(application_id)
    if parts is None or not isinstance(proof, str) or len(proof) != 32:
        return False
    try:
        raw = bytes.fromhex(proof)
    except ValueError:
        return False
    ms, rand_a, rand_b = parts
    return hmac.compare_digest(_bits(key_id, ms, rand_a, raw).to_bytes(8, "big"), rand_b.to_bytes(8, "big"))


def made_before(application_id: str, ms: int) -> bool:
    """Whether a UUIDv7 id was made before the instant `ms` (milliseconds since the epoch)."""
    parts = _parts(application_id)
    return parts is not None and parts[0] < ms
