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


def _build(ms: int, rand_a: int, rand_b: int) -> uuid.UUID:
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76 | (rand_a & 0xFFF) << 64
    value |= 0b10 << 62 | (rand_b & ((1 << 62) - 1))
    return uuid.UUID(int=value)


def uuid7() -> str:
    """A new UUIDv7 string; monotonic within this process (a 12-bit counter per millisecond)."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:
                ms += 1
                _counter = 0
        else:
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        return str(_build(ms, _counter, int.from_bytes(os.urandom(8), "big")))


def seeded_uuid7(rng: random.Random, ms: int) -> str:
    """A deterministic UUIDv7 for synthetic data built from a seed."""
    return str(_build(ms, rng.getrandbits(12), rng.getrandbits(62)))
