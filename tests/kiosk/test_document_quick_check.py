"""The compiled schema check in front of jsonschema's walk: a valid document skips the walk, and no
document gets fewer problems than the walk alone would find."""

import copy
import datetime as dt
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.demo.generator import generate
from kiosk.households import document
from kiosk.households.document import validate_document

DOCUMENTS = generate(6, seed=17, as_of=dt.date(2026, 11, 1))
TODAY = dt.date(2026, 11, 22)


def _walk_only(original: dict) -> list:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(document, "_quick_validator", lambda: _Refuses())
        return validate_document(original, today=TODAY)


class _Refuses:
    def is_valid(self, _document) -> bool:
        return False


def test_a_valid_document_skips_the_walk(monkeypatch, reference_documents):
    def no_walk():
        raise AssertionError("jsonschema walked a valid document")

    monkeypatch.setattr(document, "_validator", no_walk)
    for original in [*reference_documents, *DOCUMENTS]:
        assert validate_document(original, today=TODAY) == []


JSON_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-2 ** 70, max_value=2 ** 70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
    st.sampled_from(["2026-02-30", "2026-2-01", "2024-02-29", "115/11/22", "A123456789\n", "M123456789",
                     "head", "F", "TW", "", "臺北市"]))
VALUES = st.recursive(JSON_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.lists(inner, max_size=3).map(tuple),
    st.dictionaries(st.text(max_size=6), inner, max_size=3)), max_leaves=6)


@settings(max_examples=300)
@given(which=st.integers(0, len(DOCUMENTS) - 1), where=st.integers(0, 10 ** 6), value=VALUES,
       drop=st.booleans())
def test_no_document_gets_fewer_problems_than_the_walk_finds(which, where, value, drop):
    changed = copy.deepcopy(DOCUMENTS[which])
    holders = [changed, *changed["members"]] + ([changed["address"]] if changed.get("address") else [])
    holder = holders[where % len(holders)]
    key = sorted(holder)[where % len(holder)] if holder else "notes"
    if drop:
        del holder[key]
    else:
        holder[key] = value
    found = validate_document(changed, today=TODAY)
    walked = _walk_only(changed)
    if not (isinstance(value, float) and math.isnan(value)):  # NaN never equals itself in a reason
        assert found == walked
    assert bool(found) == bool(walked)


@pytest.mark.parametrize("odd", [
    pytest.param(lambda d: d["members"].__setitem__(0, dict(d["members"][0], relation=("head",))), id="tuple"),
    pytest.param(lambda d: d.__setitem__("members", tuple(d["members"])), id="tuple-array"),
    pytest.param(lambda d: d.__setitem__("household_no", d["household_no"] + "\n"), id="trailing-newline"),
    pytest.param(lambda d: d.__setitem__("schema_version", 10 ** 30), id="huge-integer"),
    pytest.param(lambda d: d["members"][0].__setitem__(7, "x"), id="integer-key"),
])
def test_what_the_quick_check_cannot_read_gets_the_walk(odd):
    changed = copy.deepcopy(DOCUMENTS[0])
    odd(changed)
    assert validate_document(changed, today=TODAY) == _walk_only(changed)
