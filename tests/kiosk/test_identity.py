import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.identity import InvalidId, check_digit, generate_id, is_valid_id, mask_id, normalise_id, parse_id

# Vectors from the domain reference (§1.1, §1.2), computed independently there.
VALID = {
    "A123456789": ("national", "M"), "F131104093": ("national", "M"), "H124968043": ("national", "M"),
    "N203456124": ("national", "F"), "F223456786": ("national", "F"), "I200123450": ("national", "F"),
    "O100123459": ("national", "M"), "W100123456": ("national", "M"), "Z200123459": ("national", "F"),
    "A800000014": ("resident", "M"), "A900207177": ("resident", "F"), "F900123457": ("resident", "F"),
    "A990123459": ("resident", "F"), "AA00000009": ("resident_legacy", "M"),
    "AC03095424": ("resident_legacy", "M"), "HD02717288": ("resident_legacy", "F"),
    "FD00123455": ("resident_legacy", "F"), "AB00000001": ("resident_legacy", "F"),
}
CHECKSUM_WRONG = ["A123456788", "B287654321", "F131234567", "Z123456789", "E240211835", "F931104091", "AA00000000"]
FORMAT_WRONG = ["A323456789", "FE00123450", "A12345678", "A1234567890", "1234567890", "AZ12345678", "身分證"]


@pytest.mark.parametrize("value,expected", VALID.items())
def test_reference_ids_are_valid(value, expected):
    parsed = parse_id(value)
    assert (parsed.kind, parsed.sex) == expected
    assert parsed.value == value


@pytest.mark.parametrize("value", CHECKSUM_WRONG)
def test_reference_checksum_failures(value):
    with pytest.raises(InvalidId) as caught:
        parse_id(value)
    assert caught.value.code == "checksum"
    assert "檢查碼" in str(caught.value)


@pytest.mark.parametrize("value", FORMAT_WRONG)
def test_reference_format_failures(value):
    with pytest.raises(InvalidId) as caught:
        parse_id(value)
    assert caught.value.code == "format"


@pytest.mark.parametrize("value", ["", "   ", None])
def test_empty_input(value):
    with pytest.raises(InvalidId) as caught:
        parse_id(value)
    assert caught.value.code == "empty"
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("typed", ["ａ１２３４５６７８９", " a123 456 789 ", "A１２３４５６７８９\t", "a123456789"])
def test_normalises_ime_full_width_case_and_spaces(typed):
    assert parse_id(typed).value == "A123456789"


def test_message_is_translated(monkeypatch):
    monkeypatch.setenv("KIOSK_LANG", "en")
    with pytest.raises(InvalidId) as caught:
        parse_id("A123456788")
    assert "check digit" in caught.value.message()
    assert "檢查碼" in caught.value.message("zh-TW")
    assert "A1****6788" in caught.value.message()  # a near-miss of a real number is masked


def test_mask():
    assert mask_id("F223456786") == "F2****6786"
    assert mask_id("hd02345675") == "HD****5675"
    assert mask_id("") == ""


@given(st.sampled_from(["national", "resident", "resident_legacy"]), st.sampled_from("MF"),
       st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), st.integers(0, 2**32))
def test_every_generated_id_is_valid_and_any_other_check_digit_is_not(kind, sex, letter, seed):
    value = generate_id(random.Random(seed), kind=kind, sex=sex, letter=letter)
    parsed = parse_id(value)
    assert parsed.kind == kind and parsed.sex == sex and parsed.region_letter == letter
    for digit in "0123456789":
        if digit != value[-1]:
            assert not is_valid_id(value[:-1] + digit)


@given(st.text(alphabet="ABCDEFGHJKLMNPQRSTUVXYWZIO", min_size=1, max_size=1),
       st.sampled_from("1289ABCD"), st.text(alphabet="0123456789", min_size=7, max_size=7))
def test_check_digit_completes_any_body(letter, second, digits):
    body = letter + second + digits
    assert is_valid_id(body + str(check_digit(body)))


def test_normalise_id_keeps_letters():
    assert normalise_id("ｈｄ０２３４５６７５") == "HD02345675"
