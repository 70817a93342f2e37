"""The receipt's QR code: a compact payload signed with the device's Ed25519 key.

    KSR2:<base64url(payload || signature)>
    payload = version 2 | application id (16) | revision (2) | revision digest (32) |
              issued, Unix seconds (4) | device key id (8) | tracking number (11) |
              then, each as length (1) + UTF-8: masked applicant ID | applicant name, masked as
              printed | service code | officer | date printed (ISO) | documents still needed

Version 2 covers every field the receipt prints (service, name as printed, officer, date, the
documents still needed; next steps and hotline follow from the service), so a new PDF around a
genuine code but with another name, service, officer or date is caught: `kiosk verify-receipt`
prints the signed fields for the clerk to compare with the paper. Version 1 codes (KSR1:, which
signed only the IDs, tracking number and masked ID) still verify, marked as covering less.
No personal data beyond the masked ID and masked name travels in it; verification works offline.

A receipt printed by a device enrolled with a hub puts the code behind a link to the hub's status
page, so a phone camera opens the page for this tracking number:

    https://hub.example/s/?t=7KQ2-M9XD-3#KSR2:<...>

The signed code is unchanged (the fragment never reaches the hub); the link itself is not signed,
so a verifier refuses a code whose link names another tracking number (`link_mismatch`).
"""

from __future__ import annotations

import base64
import io
import struct
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

PREFIX = "KSR2:"
PREFIXES = ("KSR1:", PREFIX)
VERSION = 2
_V1 = struct.Struct(">B16sH32sI8s11s10s")
_FIXED = struct.Struct(">B16sH32sI8s11s")
_TEXTS = ("masked_applicant", "applicant_name", "service_code", "officer", "date_printed", "documents")
MAX_TEXT_BYTES = 96
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
    # version 2: what else the receipt prints
    applicant_name: str | None = None
    service_code: str | None = None
    officer: str | None = None
    date_printed: str | None = None
    documents: str | None = None  # codes of the documents still needed, comma-separated
    version: int = VERSION
    link: str | None = None  # the status page link the code was printed behind (not signed)


@dataclass(frozen=True)
class Verification:
    valid: bool
    reason: str  # ok | format | truncated | unknown_key | bad_signature | no_code
    claim: ReceiptClaim | None = None


def _text(value: str | None) -> bytes:
    raw = (value or "").encode("utf-8")
    if len(raw) > MAX_TEXT_BYTES:  # cut on a character boundary
        raw = raw[:MAX_TEXT_BYTES].decode("utf-8", errors="ignore").encode("utf-8")
    return bytes((len(raw),)) + raw


def encode_claim(claim: ReceiptClaim, sign: Callable[[bytes], bytes]) -> str:  # sign: a 64-byte Ed25519 signature
    payload = _FIXED.pack(
        VERSION, uuid.UUID(claim.application_id).bytes, claim.revision, bytes.fromhex(claim.digest),
        int(claim.issued_at.timestamp()), bytes.fromhex(claim.key_id), claim.tracking_no.encode("ascii").ljust(11),
    ) + b"".join(_text(getattr(claim, name)) for name in _TEXTS)
    return PREFIX + base64.urlsafe_b64encode(payload + sign(payload)).decode("ascii").rstrip("=")


def with_status_link(code: str, status_page: str | None, tracking_no: str) -> str:
    """The QR text: the code behind a link to the status page for this tracking number, when there is one."""
    if not status_page:
        return code
    return f"{status_page}?t={quote(tracking_no)}#{code}"


def split_link(text: str) -> tuple[str | None, str]:
    """(the status page link or None, the code) of a QR text."""
    text = (text or "").strip()
    if text.startswith(("https://", "http://")) and "#" in text:
        link, _, code = text.partition("#")
        return link, code
    return None, text


def _link_tracking_no(link: str) -> str:
    return (parse_qs(urlsplit(link).query).get("t") or [""])[0]


def _texts(raw: bytes, start: int) -> tuple[list[str], int]:
    values, pos = [], start
    for _ in _TEXTS:
        if pos >= len(raw):
            raise ValueError("truncated")
        end = pos + 1 + raw[pos]
        if end > len(raw):
            raise ValueError("truncated")
        values.append(raw[pos + 1:end].decode("utf-8"))
        pos = end
    return values, pos


def decode_claim(text: str) -> tuple[ReceiptClaim, bytes, bytes]:
    """(claim, signed bytes, signature); ValueError('format' | 'truncated' | 'link_mismatch') when unreadable."""
    link, text = split_link(text)
    claim, signed, signature = _decode_code(text)
    if link is None:
        return claim, signed, signature
    if _link_tracking_no(link) != claim.tracking_no:
        raise ValueError("link_mismatch")
    return replace(claim, link=link), signed, signature


def _decode_code(text: str) -> tuple[ReceiptClaim, bytes, bytes]:
    prefix = text[:5]
    if prefix not in PREFIXES:
        raise ValueError("format")
    body = text[len(prefix):]
    if len(body) % 4 == 1:  # a cut-off code: no base64 text has this length, read what is whole
        body = body[:-1]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (ValueError, TypeError):
        raise ValueError("format") from None
    try:
        if prefix == "KSR1:":
            return _decode_v1(raw)
        if len(raw) < _FIXED.size + SIGNATURE_BYTES:
            raise ValueError("truncated")
        version, app_id, revision, digest, issued, key_id, tracking = _FIXED.unpack_from(raw)
        if version != VERSION:
            raise ValueError("format")
        values, end = _texts(raw, _FIXED.size)
        if len(raw) - end < SIGNATURE_BYTES:
            raise ValueError("truncated")
        if len(raw) - end > SIGNATURE_BYTES:
            raise ValueError("format")
        fields: dict[str, Any] = dict(zip(_TEXTS, values))  # the text fields by name, each a str
        claim = ReceiptClaim(str(uuid.UUID(bytes=app_id)), revision, digest.hex(),
                             datetime.fromtimestamp(issued, tz=timezone.utc), key_id.hex(),
                             tracking.decode("ascii").strip(), **fields)
    except UnicodeDecodeError:
        raise ValueError("format") from None
    return claim, raw[:end], raw[end:]


def _decode_v1(raw: bytes) -> tuple[ReceiptClaim, bytes, bytes]:
    if len(raw) < _V1.size + SIGNATURE_BYTES:
        raise ValueError("truncated")
    if len(raw) > _V1.size + SIGNATURE_BYTES:
        raise ValueError("format")
    payload, signature = raw[:_V1.size], raw[_V1.size:]
    version, app_id, revision, digest, issued, key_id, tracking, masked = _V1.unpack(payload)
    if version != 1:
        raise ValueError("format")
    claim = ReceiptClaim(str(uuid.UUID(bytes=app_id)), revision, digest.hex(),
                         datetime.fromtimestamp(issued, tz=timezone.utc), key_id.hex(),
                         tracking.decode("ascii").strip(), masked.decode("ascii").strip(), version=1)
    return claim, payload, signature


def verify_text(text: str, trusted: Mapping[str, Ed25519PublicKey]) -> Verification:
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
    from qrcode.image.pil import PilImage

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box, border=4)
    code.add_data(text, optimize=0)
    code.make(fit=True)
    out = io.BytesIO()
    code.make_image(image_factory=PilImage, fill_color="black", back_color="white").save(out, format="PNG")
    return out.getvalue()
