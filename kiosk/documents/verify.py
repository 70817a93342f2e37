"""`kiosk verify-receipt`: a receipt PDF, a photo or scan of its QR code, or the payload text,
checked against the public keys this device trusts (no network, no unlock)."""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.documents.qr import PREFIXES, Verification, split_link, verify_text

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from PIL.Image import Image


def _codes_in_image(image: Image) -> list[str]:
    import zxingcpp

    return [r.text for r in zxingcpp.read_barcodes(image) if r.text]


def payloads_in_pdf(data: bytes) -> list[str]:
    """Payloads from the QR images of a PDF, then from its metadata (a digital copy)."""
    from PIL import Image
    from pypdf import PdfReader

    found: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data))
        for page in reader.pages:
            for picture in page.images:
                found += _codes_in_image(Image.open(io.BytesIO(picture.data)))
        subject = reader.metadata.get("/Subject") if reader.metadata else None
    except Exception:  # noqa: BLE001 - a damaged or foreign PDF simply has no readable code
        return found
    if subject and split_link(str(subject))[1].startswith(PREFIXES):
        found.append(str(subject))
    return found


def payloads_in(source: bytes) -> list[str]:
    if source.startswith(b"%PDF"):
        return payloads_in_pdf(source)
    if source[:8] == b"\x89PNG\r\n\x1a\n" or source[:3] == b"\xff\xd8\xff":
        from PIL import Image

        try:
            return _codes_in_image(Image.open(io.BytesIO(source)))
        except Exception:  # noqa: BLE001 - an unreadable photo has no readable code
            return []
    text = source.decode("utf-8", errors="replace").strip()
    return [text] if text else []


def verify_source(source: bytes, trusted: Mapping[str, Ed25519PublicKey]) -> Verification:
    """The verdict for a file's content; the first valid code wins, else the first reason."""
    payloads = payloads_in(source)
    if not payloads:
        return Verification(False, "no_code")
    results = [verify_text(p, trusted) for p in payloads]
    return next((r for r in results if r.valid), results[0])


def verify_path(path: Path, trusted: Mapping[str, Ed25519PublicKey]) -> Verification:
    return verify_source(Path(path).read_bytes(), trusted)
