"""Client-generated UUIDv7 keys: one at a time or a bulk load's batch, one monotonic sequence."""

from __future__ import annotations

import uuid

from kiosk.ids import NUMBERED_DIGITS, numbered_uuid7_prefix, uuid7, uuid7_batch


def test_a_batch_continues_the_one_time_ordered_sequence_of_valid_uuid7s():
    keys = [uuid7(), *uuid7_batch(5000), uuid7(), *uuid7_batch(1), uuid7()]
    assert keys == sorted(keys) and len(set(keys)) == len(keys), "monotonic and unique, across the per-ms counter"
    for key in keys:
        parsed = uuid.UUID(key)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == key
    assert uuid7_batch(0) == []


def test_numbered_keys_are_valid_uuid7s_of_their_own_place_in_the_sequence():
    """A bulk load's keys: a prefix and the row's number in the last 48 bits (made by SQLite)."""
    before = uuid7()
    prefixes = [numbered_uuid7_prefix() for _ in range(3)]
    after = uuid7()
    keys = [f"{prefix}{number:0{NUMBERED_DIGITS}x}" for prefix in prefixes for number in (1, 2, 2**48 - 1)]
    assert len(set(keys)) == len(keys) and keys == sorted(keys)
    assert before < keys[0] and keys[-1][:24] < after[:24], "the sequence moved past each prefix"
    for key in keys:
        parsed = uuid.UUID(key)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == key
