"""Canonical JSON is what digests and idempotency fingerprints are computed on, by devices and hubs
of different versions: the fast path (orjson) must give json's bytes for every value, or step aside."""

from __future__ import annotations

import hashlib
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.applications.codes import canonical_bytes, canonical_json, digest


def reference(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


any_text = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF))  # controls, astral, lone surrogates
leaves = st.none() | st.booleans() | st.integers(min_value=-2 ** 70, max_value=2 ** 70) | any_text | \
    st.floats(allow_nan=False, allow_infinity=False)
values = st.recursive(leaves, lambda children: st.lists(children, max_size=5) |
                      st.dictionaries(any_text, children, max_size=5), max_leaves=30)


@settings(max_examples=400)
@given(values)
def test_canonical_json_is_json_dumps_byte_for_byte(value):
    assert canonical_json(value) == reference(value)


@settings(max_examples=200)
@given(values.filter(lambda v: not any(0xD800 <= ord(c) <= 0xDFFF for c in reference(v))))
def test_canonical_bytes_are_its_utf8(value):
    assert canonical_bytes(value) == reference(value).encode("utf-8")


def test_the_values_json_and_orjson_print_differently_still_come_out_as_json_prints_them():
    deep: list = [1]
    for _ in range(300):  # deeper than orjson writes
        deep = [deep]
    awkward = {"small": 1e-05, "big": 1e16, "huge": 2 ** 64, "tuple": (1, 2), "deep": deep,
               "keys": {"\U0001F600": 1, "\uffff": 2, "é": 3, "Z": 4}, "controls": "\x00\x1f\x7f\u2028"}
    for part in awkward.values():
        assert canonical_json({"part": part}) == reference({"part": part})
    assert digest(awkward) == hashlib.sha256(reference(awkward).encode()).hexdigest()


def test_a_revision_with_its_inline_photo_is_encoded_without_the_json_modules_encoder(monkeypatch):
    import base64
    import os

    from kiosk.applications import codes
    from sync import protocol

    def slow_path(*_args, **_kwargs):
        raise AssertionError("json.dumps on a plain revision: ~50x the cost of orjson for its photo")

    monkeypatch.setattr(codes.json, "dumps", slow_path)
    photo = base64.b64encode(os.urandom(30_000)).decode("ascii")
    payload = {"application_id": "a1", "revision": 1, "values": {"年收入": 250000, "同意": True, "備註": None},
               "attachments": [{"sha256": "ab" * 32, "size": 30_000}]}
    body = protocol.canonical_body({"payload": payload, "digest": digest(payload), "blobs": {"ab" * 32: photo}})
    monkeypatch.undo()
    assert body == reference({"payload": payload, "digest": digest(payload), "blobs": {"ab" * 32: photo}}).encode()
