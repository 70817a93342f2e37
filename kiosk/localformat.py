"""Money, dates and counts as a reader of the display language writes them: the one formatter
every screen, receipt, PDF and explanation goes through.

Money has one style per language: 10,286 元 in zh-TW, NT$10,286 elsewhere (NT$10.286 in vi and
id); the catalogue sentences hold the bare placeholder and never write the currency themselves.

zh-TW readers count years from 民國元年 (中華民國115年3月16日); vi/id/th/en readers use the
Gregorian year. Forms a citizen takes to the counter also carry the ROC date in brackets, since
the counter and the 戶口名簿 speak ROC. Five fixed languages, so the patterns (CLDR's long date
of each locale, Thai with its era written out so nobody reads it as a Buddhist year) are kept
here rather than pulling a locale database into the kiosk bundle.
"""

from __future__ import annotations

from datetime import date, datetime

from kiosk.i18n import SOURCE_LANGUAGE, default_language
from kiosk.rocdate import to_roc

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"),
    "th": ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
           "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
}
_THOUSANDS = {"vi": ".", "id": "."}


def as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def gregorian(value: date, lang: str) -> str:
    """16 March 2026, 16/03/2026, 16 Maret 2026, 16 มีนาคม ค.ศ. 2026."""
    if lang == "vi":
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    month = _MONTHS.get(lang, _MONTHS["en"])[value.month - 1]
    if lang == "th":
        return f"{value.day} {month} ค.ศ. {value.year}"
    return f"{value.day} {month} {value.year}"


def format_date(value: date | str, lang: str | None = None, *, with_roc: bool = False) -> str:
    """The date for `lang` (default KIOSK_LANG): ROC in zh-TW, Gregorian elsewhere.

    with_roc: also the ROC date in brackets, for what a citizen shows at the counter.
    """
    day, lang = as_date(value), lang or default_language()
    if lang == SOURCE_LANGUAGE:
        return to_roc(day, "long")
    shown = gregorian(day, lang)
    return f"{shown} ({to_roc(day, 'long')})" if with_roc and day.year > 1911 else shown


def colon(lang: str | None = None) -> str:
    """Between a label and its value: the full-width colon in Chinese, ": " in the other languages."""
    return "：" if (lang or default_language()) == SOURCE_LANGUAGE else ": "


def format_number(value: float, lang: str | None = None) -> str:
    """A whole number with the language's thousands separator: 8,329 or 8.329 (vi, id)."""
    grouped = f"{int(round(value)):,}"
    return grouped.replace(",", _THOUSANDS.get(lang or default_language(), ","))


format_count = format_number  # people, households, items: grouped like any whole number


def format_money(amount: float, lang: str | None = None) -> str:
    """An amount of New Taiwan dollars: 10,286 元 (zh-TW), NT$10,286 (en, th), NT$10.286 (vi, id)."""
    lang = lang or default_language()
    number = format_number(amount, lang)
    return f"{number} 元" if lang == SOURCE_LANGUAGE else f"NT${number}"


def format_datetime(value: datetime, lang: str | None = None) -> str:
    """A moment on this device's clock: the date as `format_date` writes it, then the 24-hour time."""
    value = value.astimezone() if value.tzinfo is not None else value  # stored in UTC, read in local time
    return f"{format_date(value.date(), lang)} {value.hour:02d}:{value.minute:02d}"


class Money(float):
    """An amount in a sentence: the catalogue's `tr` shows it in its reader's money style."""

    def __format__(self, spec: str) -> str:
        return format_money(self, "en") if not spec else super().__format__(spec)

    def localized(self, lang: str) -> str:
        return format_money(self, lang)


class Day(str):
    """An ISO date in a sentence: shown in its reader's calendar (ROC in zh-TW)."""

    def localized(self, lang: str) -> str:
        try:
            return format_date(self, lang)
        except ValueError:  # no date on record: say what the record says
            return str(self)
