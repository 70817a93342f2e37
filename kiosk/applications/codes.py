"""Canonical JSON for digests, and tracking numbers people can read out and type."""

from __future__ import annotations

import hashlib
import json
import secrets
from typing import Any

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_SYMBOLS = CROCKFORD + "*~$=U"  # Crockford's 37 check symbols


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest(value: Any) -> str:
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


def new_tracking_number() -> str:
    """Eight Crockford base-32 characters and a mod-37 check symbol, e.g. 7KQ2-M9XD-3: no I, L,
    O or U to confuse, and a mistyped character is caught."""
    value = secrets.randbits(40)
    body = "".join(CROCKFORD[(value >> shift) & 31] for shift in range(35, -1, -5))
    return f"{body[:4]}-{body[4:]}-{CHECK_SYMBOLS[value % 37]}"


def normalise_tracking_number(text: str) -> str | None:
    """The canonical tracking number typed in any case, with or without dashes; None if wrong."""
    cleaned = (text or "").upper().replace("-", "").replace(" ", "").translate(str.maketrans("OIL", "011"))
    if len(cleaned) != 9 or any(ch not in CROCKFORD for ch in cleaned[:8]) or cleaned[8] not in CHECK_SYMBOLS:
        return None
    value = 0
    for ch in cleaned[:8]:
        value = value * 32 + CROCKFORD.index(ch)
    if CHECK_SYMBOLS[value % 37] != cleaned[8]:
        return None
    return f"{cleaned[:4]}-{cleaned[4:8]}-{cleaned[8]}"
