"""Client-generated UUIDv7 keys: one at a time or a bulk load's batch, one monotonic sequence."""

from __future__ import annotations

import uuid

from kiosk.ids import uuid7, uuid7_batch


def test_a_batch_continues_the_one_time_ordered_sequence_of_valid_uuid7s():
    keys = [uuid7(), *uuid7_batch(5000), uuid7(), *uuid7_batch(1), uuid7()]
    assert keys == sorted(keys) and len(set(keys)) == len(keys), "monotonic and unique, across the per-ms counter"
    for key in keys:
        parsed = uuid.UUID(key)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == key
    assert uuid7_batch(0) == []
