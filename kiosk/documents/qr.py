"""The receipt's QR code: a compact payload signed with the device's Ed25519 key.

    KSR1:<base64url(payload || signature)>
    payload = version 1 | application id (16) | revision (2) | revision digest (32) |
              issued, Unix seconds (4) | device key id (8) | tracking number (11) | masked applicant (10)

No personal data beyond the masked ID travels in it. Verification needs only the public keys this
device trusts, so it works offline; one changed character breaks the signature.
"""

from __future__ import annotations

import base64
import io
import struct
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography.exceptions import InvalidSignature

PREFIX = "KSR1:"
VERSION = 1
_LAYOUT = struct.Struct(">B16sH32sI8s11s10s")
SIGNATURE_BYTES = 64


@dataclass(frozen=True)
class ReceiptClaim:
    application_id: str
    revision: int
    digest: str
    issued_at: datetime
    key_id: str
    tracking_no: str
    masked_applicant: str


@dataclass(frozen=True)
class Verification:
    valid: bool
    reason: str  # ok | format | truncated | unknown_key | bad_signature | no_code
    claim: ReceiptClaim | None = None


def encode_claim(claim: ReceiptClaim, sign) -> str:  # noqa: ANN001 - sign(bytes) -> 64-byte signature
    payload = _LAYOUT.pack(
        VERSION, uuid.UUID(claim.application_id).bytes, claim.revision, bytes.fromhex(claim.digest),
        int(claim.issued_at.timestamp()), bytes.fromhex(claim.key_id), claim.tracking_no.encode("ascii").ljust(11),
        claim.masked_applicant.encode("ascii").ljust(10),
    )
    return PREFIX + base64.urlsafe_b64encode(payload + sign(payload)).decode("ascii").rstrip("=")


def decode_claim(text: str) -> tuple[ReceiptClaim, bytes, bytes]:
    """(claim, signed bytes, signature); ValueError('format' | 'truncated') when unreadable."""
    text = (text or "").strip()
    if not text.startswith(PREFIX):
        raise ValueError("format")
    body = text[len(PREFIX):]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (ValueError, TypeError):
        raise ValueError("format") from None
    if len(raw) < _LAYOUT.size + SIGNATURE_BYTES:
        raise ValueError("truncated")
    if len(raw) > _LAYOUT.size + SIGNATURE_BYTES:
        raise ValueError("format")
    payload, signature = raw[:_LAYOUT.size], raw[_LAYOUT.size:]
    version, app_id, revision, digest, issued, key_id, tracking, masked = _LAYOUT.unpack(payload)
    if version != VERSION:
        raise ValueError("format")
    try:
        claim = ReceiptClaim(str(uuid.UUID(bytes=app_id)), revision, digest.hex(),
                             datetime.fromtimestamp(issued, tz=timezone.utc), key_id.hex(),
                             tracking.decode("ascii").strip(), masked.decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        raise ValueError("format") from None
    return claim, payload, signature


def verify_text(text: str, trusted: dict) -> Verification:
    """Check a payload against the trusted public keys {key_id: Ed25519PublicKey}."""
    try:
        claim, payload, signature = decode_claim(text)
    except ValueError as exc:
        return Verification(False, str(exc))
    key = trusted.get(claim.key_id)
    if key is None:
        return Verification(False, "unknown_key", claim)
    try:
        key.verify(signature, payload)
    except InvalidSignature:
        return Verification(False, "bad_signature", claim)
    return Verification(True, "ok", claim)


def qr_png(text: str, box: int = 8) -> bytes:
    """The payload as a QR code image (error correction M, quiet zone of 4 modules)."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box, border=4)
    code.add_data(text, optimize=0)
    code.make(fit=True)
    out = io.BytesIO()
    code.make_image(fill_color="black", back_color="white").save(out, format="PNG")
    return out.getvalue()
