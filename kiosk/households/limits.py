"""Bounds on what an import may carry, checked before anything else looks at a record.

A household document is small: a few levels deep, short strings, a handful of members. A file
that is not (a 60-million-character name, nesting 100,000 deep, NUL bytes) is refused record by
record with a translated reason, before schema validation spends time or memory on it. Used by
the JSON and CSV imports; the hub can use the same checks.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from kiosk.i18n import tr

if TYPE_CHECKING:
    from kiosk.households.document import Problem

MAX_DEPTH = 12  # household → members → member → disability → … (the contract needs 4)
MAX_STRING_CHARS = 512
LONG_TEXT_FIELDS = {"notes": 4000}  # free text an officer writes
MAX_MEMBERS = 200  # per list (members, relatives_elsewhere): 共同生活戶 can be large
MAX_KEYS = 100  # properties of one object (the contract has under 40)
MAX_PROBLEMS = 20  # per record: enough to fix it, not a flood
MAX_HOUSEHOLDS_PER_FILE = 250_000
MEMBER_LISTS = ("members", "relatives_elsewhere")

# C0 and C1 control characters and DEL; line breaks and tabs only in free text.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _has_format_character(value: str) -> bool:
    """Invisible format characters (Unicode Cf: U+202E reverses text, U+200B splits a name so two
    records of one person look different); free text keeps them (emoji sequences use U+200D)."""
    return any(unicodedata.category(c) == "Cf" for c in value)


def _pointer(path: tuple[str | int, ...]) -> str:
    return "/" + "/".join(str(p) for p in path)


def _within(value: Any, depth: int, field_name: str) -> bool:
    """The fast yes/no walk every record gets (a few µs); `limit_problems` says what is wrong."""
    kind = type(value)
    if kind is str:
        if len(value) > LONG_TEXT_FIELDS.get(field_name, MAX_STRING_CHARS):
            return False
        # isprintable (C speed) is true for nearly every value; the regex decides the rest (e.g. U+3000)
        if value.isprintable():  # no control and no format character
            return True
        if field_name in LONG_TEXT_FIELDS:
            return not _CONTROL_IN_TEXT.search(value)
        return not _CONTROL.search(value) and not _has_format_character(value)
    if kind is dict:
        if depth >= MAX_DEPTH or len(value) > MAX_KEYS:
            return False
        return all(len(key) <= MAX_STRING_CHARS and (key.isidentifier() or not _CONTROL.search(key))
                   and _within(item, depth + 1, key) for key, item in value.items())
    if kind is list:
        if depth >= MAX_DEPTH or len(value) > MAX_MEMBERS:
            return False
        return all(_within(item, depth + 1, field_name) for item in value)
    return True


def limit_problems(document: Any, lang: str | None = None) -> list[tuple[str, str, str]]:
    """[(JSON pointer, field, translated reason)] for every bound the document breaks; the walk
    stops going deeper than MAX_DEPTH, so a hostile document costs no more than a sane one."""
    if _within(document, 0, ""):
        return []
    found: list[tuple[str, str, str]] = []
    if isinstance(document, dict):
        for group in MEMBER_LISTS:
            people = document.get(group)
            if isinstance(people, list) and len(people) > MAX_MEMBERS:
                found.append((f"/{group}", group, tr("limits.too_many_members", lang, count=len(people),
                                                     maximum=MAX_MEMBERS)))
    stack: list[tuple[Any, tuple[str | int, ...], str]] = [(document, (), "")]
    while stack and len(found) < MAX_PROBLEMS:
        value, path, field_name = stack.pop()
        if isinstance(value, str):
            limit = LONG_TEXT_FIELDS.get(field_name, MAX_STRING_CHARS)
            if len(value) > limit:
                found.append((_pointer(path), field_name, tr("limits.too_long", lang, count=len(value),
                                                             maximum=limit)))
            elif (_CONTROL_IN_TEXT if field_name in LONG_TEXT_FIELDS else _CONTROL).search(value):
                found.append((_pointer(path), field_name, tr("limits.control_character", lang)))
            elif field_name not in LONG_TEXT_FIELDS and _has_format_character(value):
                found.append((_pointer(path), field_name, tr("limits.format_character", lang)))
            continue
        if not isinstance(value, (dict, list)):
            continue
        if len(path) >= MAX_DEPTH:
            found.append((_pointer(path), field_name, tr("limits.too_deep", lang, maximum=MAX_DEPTH)))
            continue
        if isinstance(value, dict) and len(value) > MAX_KEYS:
            found.append((_pointer(path), field_name, tr("limits.too_many_items", lang, count=len(value),
                                                         maximum=MAX_KEYS)))
        elif isinstance(value, dict):
            for key, item in value.items():
                if len(key) > MAX_STRING_CHARS or _CONTROL.search(key):
                    found.append((_pointer(path), field_name, tr("limits.bad_key", lang)))
                    continue
                stack.append((item, (*path, key), key))
        elif len(value) > MAX_MEMBERS:  # member lists were reported above; any other list is as bounded
            if len(path) != 1 or field_name not in MEMBER_LISTS:
                found.append((_pointer(path), field_name, tr("limits.too_many_items", lang, count=len(value),
                                                             maximum=MAX_MEMBERS)))
        else:
            stack.extend((item, (*path, i), field_name) for i, item in enumerate(value))
    return found


def check_household_count(count: int, path: str) -> None:
    from kiosk.i18n import UserError

    if count > MAX_HOUSEHOLDS_PER_FILE:
        raise UserError("limits.too_many_households", path=path, count=count, maximum=MAX_HOUSEHOLDS_PER_FILE)


def document_limit_problems(document: Any, index: int, lang: str | None = None) -> list[Problem]:
    """`limit_problems` as import Problems of the document at `index` in its file."""
    from kiosk.households.document import Problem

    found = limit_problems(document, lang)
    if not found:
        return []
    number = document.get("household_no") if isinstance(document, dict) else None
    number = number if isinstance(number, str) and len(number) <= 16 and not _CONTROL.search(number) else None
    return [Problem(index, number, path, field_name, reason) for path, field_name, reason in found]
