"""Numbers and dates written the way a voice should say them, per language.

espeak-ng 1.51 misreads some numbers: Mandarin says 10000 as "十千" and 1001 as "一千一", Thai
reads every number digit by digit. Those two get words here (Mandarin by our own rules, Thai
through num2words); the other voices read plain digits correctly once group separators are gone.
"""

from __future__ import annotations

from datetime import date

from kiosk.i18n import tr
from kiosk.rocdate import roc_year

_CN_DIGITS = "零一二三四五六七八九"
_CN_SMALL_UNITS = ("", "十", "百", "千")
_CN_BIG_UNITS = ("", "萬", "億", "兆")


def _chinese_below_10000(value: int) -> str:
    out, zero_pending = "", False
    for power in range(3, -1, -1):
        digit = value // 10**power % 10
        if digit == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out += "零"
            zero_pending = False
        out += _CN_DIGITS[digit] + _CN_SMALL_UNITS[power]
    return out


def chinese_words(value: int) -> str:
    """12000 → 一萬二千, 1001 → 一千零一, 15 → 十五, 110 → 一百一十."""
    if value == 0:
        return "零"
    groups = []
    while value:
        value, group = divmod(value, 10000)
        groups.append(group)
    out = ""
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            continue
        if out and (group < 1000 or groups[index + 1] == 0):
            out += "零"
        out += _chinese_below_10000(group) + _CN_BIG_UNITS[index]
    return out[1:] if out.startswith("一十") else out  # 十五, not 一十五


def number_words(value: int, lang: str) -> str:
    """An integer as the voice of `lang` should receive it."""
    if lang == "zh-TW":
        return chinese_words(value)
    if lang == "th":
        from num2words import num2words

        return str(num2words(value, lang="th"))  # num2words is untyped; it returns the words as a str
    return str(value)


def digit_by_digit(groups: list[str], lang: str) -> str:
    """A phone number or code read one character at a time, with a short pause between groups."""
    pause = "，" if lang == "zh-TW" else ", "
    return pause.join(" ".join(group) for group in groups if group)


def spoken_date(value: date, lang: str) -> str:
    """民國115年3月8日 in Mandarin; elsewhere the Gregorian date in words (`speech.date`)."""
    if lang == "zh-TW":
        roc = roc_year(value.year)
        year = "元" if roc == 1 else chinese_words(roc) if roc > 1 else "前" + chinese_words(1 - roc)
        return f"民國{year}年{chinese_words(value.month)}月{chinese_words(value.day)}日"
    months = tr("speech.months", lang).split(",")
    return tr("speech.date", lang, day=number_words(value.day, lang), month=number_words(value.month, lang),
              month_name=months[value.month - 1].strip(), year=number_words(value.year, lang))
