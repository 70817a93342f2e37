"""Client-generated UUIDv7 keys (RFC 9562): time-ordered, so records created offline on many
devices never collide and still index well. Python 3.11 has no uuid7, and the layout is 12 lines."""

from __future__ import annotations

import os
import random
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def _bits(ms: int, rand_a: int, rand_b: int) -> int:
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76 | (rand_a & 0xFFF) << 64
    return value | 0b10 << 62 | (rand_b & ((1 << 62) - 1))


def _build(ms: int, rand_a: int, rand_b: int) -> uuid.UUID:
    return uuid.UUID(int=_bits(ms, rand_a, rand_b))


def uuid7() -> str:
    """A new UUIDv7 string; monotonic within this process (a 12-bit counter per millisecond)."""
    return uuid7_batch(1)[0]


def uuid7_batch(count: int) -> list[str]:
    """`count` new UUIDv7 strings in one go (one clock read, one urandom call), continuing the
    same monotonic sequence as uuid7(): a bulk load makes hundreds of thousands."""
    global _last_ms, _counter
    randomness = os.urandom(8 * count)
    keys = []
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms, _counter = ms, int.from_bytes(os.urandom(2), "big") & 0x3FF
        else:
            _counter += 1
        for n in range(count):
            if _counter > 0xFFF:
                _last_ms, _counter = _last_ms + 1, 0
            value = f"{_bits(_last_ms, _counter, int.from_bytes(randomness[8 * n:8 * n + 8], 'big')):032x}"
            keys.append(f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}")
            _counter += 1
        _counter -= 1  # the last one used
    return keys


NUMBERED_DIGITS = 12  # a numbered key's last group: 48 bits of rand_b given to the row's number


def numbered_uuid7_prefix() -> str:
    """The first 24 characters of a new UUIDv7, for a bulk load that makes its keys in SQL as this
    prefix and the row's number in 12 hex digits: the prefix's millisecond and counter are this
    process's alone (the sequence moved past them), so such keys are as unique as uuid7()'s."""
    return uuid7()[:-NUMBERED_DIGITS]


def seeded_uuid7(rng: random.Random, ms: int) -> str:
    """A deterministic UUIDv7 for synthetic data built from a seed."""
    return str(_build(ms, rng.getrandbits(12), rng.getrandbits(62)))
