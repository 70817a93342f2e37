"""Personal data out of log lines: ID numbers and phone numbers however written, e-mail
addresses, birth dates, addresses, and names — CJK, Thai or Latin-script, bare or quoted, even
split by invisible characters. Errs on the side of hiding too much: a log is for IT, who need the
shape of a failure, never the people in it."""

from __future__ import annotations

import re

_UPPER = "".join(c for c in map(chr, range(0x41, 0x2B0)) if c.isupper()) + \
    "".join(c for c in map(chr, range(0x1E00, 0x1F00)) if c.isupper())
_LOWER = "".join(c for c in map(chr, range(0x61, 0x2B0)) if c.islower()) + \
    "".join(c for c in map(chr, range(0x1E00, 0x1F00)) if c.islower())
_TITLE_WORD = f"[{re.escape(_UPPER)}][{re.escape(_LOWER)}]+"
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_ADDRESS_PART = f"[{_CJK}0-9０-９之\\-]"
_THAI = "\u0e00-\u0e7f"
# Invisible format characters (zero-width space, bidi overrides, BOM) dropped first: "陳\u200b大明"
# must not slip past the patterns as two one-character words.
_FORMAT = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")

PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"), "[EMAIL]"),
    # birth dates: 1949-02-08, 38/2/8 (ROC), 民國38年2月8日
    (re.compile(r"(?<![\w/])(?:\d{4}-\d{1,2}-\d{1,2}|\d{2,3}/\d{1,2}/\d{1,2})(?![\w/])"), "[DATE]"),
    (re.compile(r"(?:民國)?\d{2,4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"), "[DATE]"),
    # quoted values ('陳大明', "Nguyen Thi Lan", 「林阿嬤」), not file paths: a log never needs them
    (re.compile(rf"(['\"「『“‘])[^'\"」』”’\n/\\]*[{_CJK}{re.escape(_UPPER + _LOWER)}][^'\"」』”’\n/\\]*(['\"」』”’])"),
     r"\1[REDACTED]\2"),
    (re.compile(r"\b[A-Z][\s\-]?[A-D1289](?:[\s\-]?\d){8}\b"), "[ID]"),  # national and resident IDs, A 1 2 3 … too
    (re.compile(r"\b[A-Z]{2}\d{8}\b"), "[ID]"),  # old-format resident IDs
    # phones: 0912-345-678, 0912 345 678, +886 912 345 678, +886-2-2345-6789, (02) 2345 6789
    (re.compile(r"(?:\+886[\s\-]?\(?0?|\(?\b0)\d{1,3}\)?[\s\-]?\d{3,4}[\s\-]?\d{3,4}\b"), "[PHONE]"),
    (re.compile(rf"{_ADDRESS_PART}*[{_CJK}]{_ADDRESS_PART}*(?:路|街|大道|巷|弄|號|樓|鄰){_ADDRESS_PART}*"), "[ADDRESS]"),
    (re.compile(r"(?i)\bNo\.?\s*\d+[^\n;]*"), "[ADDRESS]"),  # No. 50, Xining S. Rd., … to the clause's end
    (re.compile(r"\d{6,}"), "[NUMBER]"),
    (re.compile(rf"[{_CJK}]{{2,4}}(?=[\s,，:：)）]|$)"), "[NAME?]"),  # a CJK name-length word
    (re.compile(rf"\b{_TITLE_WORD}(?:[ \-]{_TITLE_WORD}){{1,3}}\b"), "[NAME?]"),  # Nguyễn Thị Lan, Siti Aminah
    (re.compile(rf"[{_THAI}]+(?:[ \u00a0][{_THAI}]+){{0,3}}"), "[NAME?]"),  # นางสาว สมศรี ใจดี (no word breaks to tell)
]


def redact(text: str) -> str:
    text = _FORMAT.sub("", text)
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text
