"""Taiwan personal ID numbers: national ID (國民身分證) and resident Uniform IDs (統一證號).

National `A123456789` (2nd digit 1/2 = sex), new Uniform ID `A800000014` (8/9 = sex, since
2021-01-02) and legacy Uniform ID `AC03095424` (2nd letter A–D, valid until 2030-12-31) share one
checksum: the first letter expands to two digits, weights 1,9,8,7,6,5,4,3,2,1,1, sum % 10 == 0.
For the legacy form the second letter counts as the units digit of its letter value.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date

from kiosk.i18n import UserError
from kiosk.text import squash

# Values 10..35 follow this order: I, O, W, X, Y, Z are out of alphabetical order.
LETTER_VALUES = {letter: value for value, letter in enumerate("ABCDEFGHJKLMNPQRSTUVXYWZIO", start=10)}
WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
LEGACY_RESIDENT_ID_LAST_VALID = date(2030, 12, 31)

_SHAPE = re.compile(r"[A-Z][1289A-D][0-9]{8}")
_KIND_BY_SECOND = {"1": "national", "2": "national", "8": "resident", "9": "resident"}
_SEX_BY_SECOND = {"1": "M", "2": "F", "8": "M", "9": "F", "A": "M", "B": "F", "C": "M", "D": "F"}


class InvalidId(UserError, ValueError):
    """The text is not a valid ID; `.code` is "empty", "format" or "checksum"."""

    def __init__(self, code: str, text: str) -> None:
        self.code = code
        self.text = text
        super().__init__(f"id.invalid.{code}", shown=mask_id(text) if code == "checksum" else text[:16])


@dataclass(frozen=True)
class TaiwanId:
    value: str
    kind: str  # "national" | "resident" | "resident_legacy"
    sex: str  # "M" | "F"

    @property
    def region_letter(self) -> str:
        return self.value[0]

    @property
    def masked(self) -> str:
        return mask_id(self.value)

    def __str__(self) -> str:
        return self.value


def _digits(value: str) -> list[int]:
    letter = LETTER_VALUES[value[0]]
    second = value[1]
    second_digit = LETTER_VALUES[second] % 10 if second.isalpha() else int(second)
    return [letter // 10, letter % 10, second_digit, *(int(ch) for ch in value[2:])]


def _checksum_ok(value: str) -> bool:
    return sum(d * w for d, w in zip(_digits(value), WEIGHTS)) % 10 == 0


def normalise_id(text: str) -> str:
    """Full-width → ASCII, spaces removed, upper case: 'ａ１２３ ４５６７８９' → 'A123456789'."""
    return squash(text or "").upper()


def parse_id(text: str) -> TaiwanId:
    value = normalise_id(text)
    if not value:
        raise InvalidId("empty", text or "")
    if not _SHAPE.fullmatch(value):
        raise InvalidId("format", value)
    if not _checksum_ok(value):
        raise InvalidId("checksum", value)
    second = value[1]
    kind = _KIND_BY_SECOND.get(second, "resident_legacy")
    return TaiwanId(value=value, kind=kind, sex=_SEX_BY_SECOND[second])


def is_valid_id(text: str) -> bool:
    try:
        parse_id(text)
    except InvalidId:
        return False
    return True


def mask_id(value: str) -> str:
    """For display: keep the first two and last four characters, F223456786 → F2****6786."""
    value = normalise_id(value) if value else ""
    if len(value) <= 6:
        return "*" * len(value)
    return value[:2] + "*" * (len(value) - 6) + value[-4:]


def mask_name(name: str) -> str:
    """For receipts, the way counters print names: 陳大明 → 陳○明, 林美 → 林○; Latin-script names
    keep their first word and the initials of the others: Nguyen Thi Lan → Nguyen T. L."""
    name = (name or "").strip()
    words = name.split()
    if len(words) > 1:
        return " ".join([words[0], *(w[0] + "." for w in words[1:])])
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "○"
    return name[0] + "○" * (len(name) - 2) + name[-1]


def check_digit(first_nine: str) -> int:
    """The 10th character that makes `first_nine` + digit valid."""
    digits = _digits(first_nine + "0")
    partial = sum(d * w for d, w in zip(digits[:-1], WEIGHTS[:-1]))
    return (10 - partial % 10) % 10


def generate_id(rng: random.Random, *, kind: str = "national", sex: str = "M", letter: str | None = None,
                third: int | None = None) -> str:
    """A checksum-valid synthetic ID of the given kind and sex (test and demo data only)."""
    letter = letter or rng.choice("ABCDEFGHJKMNPQTUVWXZIO")
    if kind == "national":
        second = "1" if sex == "M" else "2"
    elif kind == "resident":
        second = "8" if sex == "M" else "9"
    elif kind == "resident_legacy":
        second = rng.choice("AC") if sex == "M" else rng.choice("BD")
    else:
        raise ValueError(f"unknown kind {kind!r}")
    lead = str(third if third is not None else rng.randint(0, 5 if kind == "national" else 6))
    body = f"{letter}{second}{lead}{rng.randrange(1_000_000):06d}"
    return body + str(check_digit(body))
