"""Canonical JSON for digests, and tracking numbers people can read out and type."""

from __future__ import annotations

import hashlib
import json
import secrets
from typing import Any

import orjson

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_SYMBOLS = CROCKFORD + "*~$=U"  # Crockford's 37 check symbols


def canonical_json(value: Any) -> str:
    fast = _orjson_canonical(value)
    return fast.decode("utf-8") if fast is not None else _json_canonical(value)


def canonical_bytes(value: Any) -> bytes:
    """canonical_json(value) as UTF-8."""
    fast = _orjson_canonical(value)
    return fast if fast is not None else _json_canonical(value).encode("utf-8")


def _json_canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _orjson_canonical(value: Any) -> bytes | None:
    """The same bytes by orjson (a revision with its inline photo: ~50x faster), or None where the
    two could differ: a float (json prints 1e-05, orjson 0.00001), a type other than dict, list,
    str, int, bool and None; orjson refuses a key that is not text, an int beyond 64 bits and a
    lone surrogate."""
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is dict:
            stack.extend(item.values())
        elif kind is list:
            stack.extend(item)
        elif kind is not str and kind is not int and kind is not bool and item is not None:
            return None
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return None


def digest(value: Any) -> str:
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


def new_tracking_number() -> str:
    """Eight Crockford base-32 characters and a mod-37 check symbol, e.g. 7KQ2-M9XD-3: no I, L,
    O or U to confuse, and a mistyped character is caught."""
    value = secrets.randbits(40)
    body = "".join(CROCKFORD[(value >> shift) & 31] for shift in range(35, -1, -5))
    return f"{body[:4]}-{body[4:]}-{CHECK_SYMBOLS[value % 37]}"


# Characters that look alike on a receipt and both belong to the alphabet: O, I and L are not
# in it, so they are always read as 0, 1 and 1; for these pairs the check symbol decides.
LOOK_ALIKES = {"8": "B", "B": "8", "5": "S", "S": "5", "2": "Z", "Z": "2", "6": "G", "G": "6"}


def _cleaned(text: str) -> str | None:
    cleaned = (text or "").upper().replace("-", "").replace(" ", "").translate(str.maketrans("OIL", "011"))
    if len(cleaned) != 9 or any(ch not in CROCKFORD for ch in cleaned[:8]) or cleaned[8] not in CHECK_SYMBOLS:
        return None
    return cleaned


def _checked(body: str, check: str) -> bool:
    value = 0
    for ch in body:
        value = value * 32 + CROCKFORD.index(ch)
    return CHECK_SYMBOLS[value % 37] == check


def normalise_tracking_number(text: str) -> str | None:
    """The canonical tracking number typed in any case, with or without dashes; None if wrong."""
    cleaned = _cleaned(text)
    if cleaned is None or not _checked(cleaned[:8], cleaned[8]):
        return None
    return f"{cleaned[:4]}-{cleaned[4:8]}-{cleaned[8]}"


def tracking_readings(text: str) -> list[str]:
    """The tracking numbers a person may have meant: the number itself when its check symbol
    passes, otherwise every reading with B/8, S/5, Z/2 or G/6 swapped that passes it. Only one
    of them that exists is ever taken as meant (the caller looks them up)."""
    exact = normalise_tracking_number(text)
    if exact is not None:
        return [exact]
    cleaned = _cleaned(text)
    if cleaned is None:
        return []
    readings = [""]
    for ch in cleaned[:8]:
        readings = [r + alt for r in readings for alt in dict.fromkeys((ch, LOOK_ALIKES.get(ch, ch)))]
    return [f"{r[:4]}-{r[4:]}-{cleaned[8]}" for r in readings if _checked(r, cleaned[8])]
