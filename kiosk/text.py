"""Normalisation of what people type: full-width forms from Chinese IMEs, stray spaces, case."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")

# Chinese numerals as written in dates and section numbers (二段, 十一月).
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def halfwidth(text: str) -> str:
    """Full-width letters, digits and punctuation to their ASCII forms (Ａ１２３ → A123)."""
    return unicodedata.normalize("NFKC", text)


def squash(text: str) -> str:
    """NFKC, then remove every whitespace character (IDs and codes never contain spaces)."""
    return _SPACES.sub("", halfwidth(text))


def clean(text: str) -> str:
    """Trim and collapse inner whitespace; keep the characters themselves (names, addresses)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def search_form(text: str) -> str:
    """The form used for matching: NFKC, case-folded, 台 → 臺, without whitespace."""
    return squash(text).casefold().replace("台", "臺")


def chinese_number(text: str) -> int:
    """Parse a small Chinese numeral (一 … 九十九) or Arabic digits; raise ValueError otherwise."""
    text = halfwidth(text).strip()
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS and ch != "十" for ch in text):
        raise ValueError(f"not a number: {text!r}")
    if "十" not in text:
        value = 0
        for ch in text:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    tens, _, units = text.partition("十")
    if "十" in units:
        raise ValueError(f"not a number: {text!r}")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def to_chinese_number(value: int) -> str:
    """1..99 as Chinese numerals, as used for road sections (二段) and in formal dates."""
    if not 0 < value < 100:
        raise ValueError(f"out of range: {value}")
    digits = "〇一二三四五六七八九"
    tens, units = divmod(value, 10)
    if tens == 0:
        return digits[units]
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")
