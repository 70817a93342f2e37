"""Application ids bound to their device (issue 17, a printed id claimed by another device)."""

import os
import time
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.application_ids import is_bound_to, made_before, new_bound_id, proof_for


def test_a_bound_id_is_a_time_ordered_uuid7_that_only_its_device_can_prove():
    secret, other_secret = os.urandom(32), os.urandom(32)
    first, second = new_bound_id("aaaa000011112222", secret), new_bound_id("aaaa000011112222", secret)
    assert uuid.UUID(first).version == 7 and first < second  # still ordered by time, as before
    proof = proof_for(first, "aaaa000011112222", secret)
    assert proof and is_bound_to(first, "aaaa000011112222", proof)
    assert not is_bound_to(first, "bbbb000011112222", proof)  # the same proof from another device
    assert proof_for(first, "aaaa000011112222", other_secret) is None  # another secret cannot prove it
    assert not is_bound_to(first, "aaaa000011112222", "0" * 32)
    for junk in (None, 7, "", "zz" * 16, proof[:-2]):
        assert not is_bound_to(first, "aaaa000011112222", junk)


@settings(max_examples=50, deadline=None)
@given(key_id=st.text(min_size=1, max_size=20), proof=st.binary(min_size=16, max_size=16))
def test_an_id_made_elsewhere_is_never_bound_to_a_guessed_proof(key_id, proof):
    assert not is_bound_to(new_bound_id("cccc000011112222", os.urandom(32)), key_id, proof.hex())


def test_legacy_ids_are_dated_by_their_uuid7_time():
    now_ms = time.time_ns() // 1_000_000
    from kiosk.ids import uuid7

    assert made_before(uuid7(), now_ms + 1000) and not made_before(uuid7(), now_ms - 1000)
    assert not made_before(str(uuid.uuid4()), now_ms + 1000)  # not a UUIDv7: no date to trust
    assert proof_for(str(uuid.uuid4()), "aaaa000011112222", os.urandom(32)) is None
