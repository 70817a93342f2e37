"""Republic of China (民國) dates: ROC year = AD − 1911; 1912 is 民國元年; AD ≤ 1911 is 民國前N年.

Dates are formatted from (year − 1911, month, day), never by replacing the year of a date,
which breaks on 29 February (the 閏年蟲).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from kiosk.i18n import UserError
from kiosk.text import chinese_number, halfwidth

# Taiwan's clock (UTC+8, no daylight saving since 1979): the day a receipt prints, a batch file
# is named for and "today's" applications are counted in. Stamps are stored in UTC.
TAIWAN_TIME = timezone(timedelta(hours=8), "Asia/Taipei")


def taiwan_today() -> date:
    """Today in Taiwan, whatever the machine's own time zone (a laptop or CI set to UTC was a
    day behind from 00:00 to 08:00 Taiwan time: ages, rules and "today's" receipts disagreed)."""
    return datetime.now(TAIWAN_TIME).date()

ROC_OFFSET = 1911
STYLES = ("long", "short", "compact")


class InvalidRocDate(UserError, ValueError):
    def __init__(self, key: str, text: str) -> None:
        super().__init__(key, text=text[:40])


def roc_year(year: int) -> int:
    """AD year → ROC year; 0 and negatives mean 民國前 (1911 → 0 is 民國前1年)."""
    return year - ROC_OFFSET


def _year_words(year: int) -> str:
    roc = roc_year(year)
    if roc == 1:
        return "元年"
    if roc >= 1:
        return f"{roc}年"
    return f"前{1 - roc}年"


def to_roc(value: date, style: str = "long") -> str:
    """中華民國115年11月22日 (long), 115/11/22 (short), 1151122 (compact, 3-digit year)."""
    roc = roc_year(value.year)
    if style == "long":
        return f"中華民國{_year_words(value.year)}{value.month}月{value.day}日"
    if style == "short":
        year = str(roc) if roc >= 1 else f"前{1 - roc}"
        return f"{year}/{value.month:02d}/{value.day:02d}"
    if style == "compact":
        if roc < 1:
            raise ValueError("dates before 民國元年 have no compact form")
        return f"{roc:03d}{value.month:02d}{value.day:02d}"
    raise ValueError(f"unknown style {style!r}; use one of {', '.join(STYLES)}")


_WORDS = re.compile(
    r"^(?:中華)?(?:民國)?(?P<before>前)?(?P<year>元|\d{1,3}|[〇零一二三四五六七八九十百]+)年"
    r"(?P<month>\d{1,2}|[一二三四五六七八九十]+)月(?P<day>\d{1,2}|[一二三四五六七八九十]+)日?$"
)
_NUMERIC = re.compile(r"^(?:民國)?(?P<before>前)?(?P<year>\d{1,3})[/.\-](?P<month>\d{1,2})[/.\-](?P<day>\d{1,2})$")
_COMPACT = re.compile(r"^(?P<year>\d{3})(?P<month>\d{2})(?P<day>\d{2})$")


def _roc_number(text: str) -> int:
    if text == "元":
        return 1
    if text.isdigit():
        return int(text)
    if "百" in text:  # 一百一十五
        hundreds, _, rest = text.partition("百")
        rest = rest.lstrip("〇零")
        return chinese_number(hundreds or "一") * 100 + (chinese_number(rest) if rest else 0)
    if "十" not in text and len(text) > 1:  # 一一五
        return int("".join(str(chinese_number(ch)) for ch in text))
    return chinese_number(text)


def parse_roc(text: str) -> date:
    """Parse any common ROC form: 中華民國115年11月22日, 115年11月22日, 115/11/22, 115.11.22,
    115-11-22, 1151122, 民國元年1月1日, 民國前1年12月31日, full-width digits included."""
    raw = text
    text = re.sub(r"\s+", "", halfwidth(text or ""))
    if not text:
        raise InvalidRocDate("rocdate.empty", raw or "")
    match = _WORDS.match(text) or _NUMERIC.match(text) or _COMPACT.match(text)
    if not match:
        raise InvalidRocDate("rocdate.format", raw)
    parts = match.groupdict()
    try:
        year = _roc_number(parts["year"])
        month = _roc_number(parts["month"])
        day = _roc_number(parts["day"])
    except ValueError:
        raise InvalidRocDate("rocdate.format", raw) from None
    before = bool(parts.get("before"))
    if before:
        if year < 1:
            raise InvalidRocDate("rocdate.format", raw)
        ad_year = ROC_OFFSET + 1 - year
    else:
        if year < 1:
            raise InvalidRocDate("rocdate.year_zero", raw)
        ad_year = year + ROC_OFFSET
    try:
        return date(ad_year, month, day)
    except ValueError:
        raise InvalidRocDate("rocdate.no_such_day", raw) from None


_ISO = re.compile(r"^(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})$")
_ISO_COMPACT = re.compile(r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})$")


def parse_any_date(text: str) -> date:
    """A Gregorian date with a 4-digit year (2026-11-22, 2026/11/22, 20261122) or any ROC form."""
    cleaned = re.sub(r"\s+", "", halfwidth(text or ""))
    match = _ISO.match(cleaned) or _ISO_COMPACT.match(cleaned)
    if match:
        try:
            return date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            raise InvalidRocDate("rocdate.no_such_day", text) from None
    return parse_roc(text)


def age_on(birth: date, on: date) -> int:
    """Completed years on `on`. A 29 February birthday completes a year on 1 March in common
    years (民法 §121: the period ends on the last day of February)."""
    if on < birth:
        raise ValueError("the date is before the birth date")
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


def add_years(value: date, years: int) -> date:
    """The same calendar day `years` later; 29 February becomes 1 March in a common year."""
    try:
        return value.replace(year=value.year + years)
    except ValueError:
        return date(value.year + years, 3, 1)
