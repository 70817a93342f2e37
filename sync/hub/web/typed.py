"""What a citizen types, read as they meant it: full-width forms from Chinese input methods
(ＮＦＫＣ), any dash, and birth dates written year first (ROC or western, 1991年1月24日) or day
first when that cannot be misread (24/01/1991: a four-digit year and a first number over 12).
How a date was read is shown back, so a silent misreading (74/8/6) is seen."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from kiosk.rocdate import InvalidRocDate, parse_any_date, to_roc

DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−﹘﹣－"), "-")
_WESTERN_WORDS = re.compile(r"^(?:西元|公元)?(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日?$")
_DAY_FIRST = re.compile(r"^(?P<first>\d{1,2})[/.\-](?P<second>\d{1,2})[/.\-](?P<year>\d{4})$")


class AmbiguousDate(InvalidRocDate):
    """03/04/1950: day and month cannot be told apart."""


def typed(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").translate(DASHES).strip()


def _day(year: str, month: str, day: str, raw: str) -> date:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise InvalidRocDate("rocdate.no_such_day", raw) from None


def read_birth(text: str) -> date:
    cleaned = re.sub(r"\s+", "", typed(text))
    words = _WESTERN_WORDS.match(cleaned)
    if words:
        return _day(words["year"], words["month"], words["day"], text)
    day_first = _DAY_FIRST.match(cleaned)
    if day_first:
        if int(day_first["first"]) <= 12:
            raise AmbiguousDate("rocdate.format", text)
        return _day(day_first["year"], day_first["second"], day_first["first"], text)
    return parse_any_date(cleaned)


def as_read(birth: date) -> str:
    """1974-08-06 (民國63年8月6日): both calendars, whichever the citizen wrote."""
    return f"{birth.isoformat()} ({to_roc(birth, 'long').removeprefix('中華')})"
