"""Field-level patches of household documents and the 3-way merge both ends of sync use.

A path names one field: a top-level property ("phone", "address", "notes"), one property of one
member ("members/A123456789/monthly_income"), or a whole member ("members/A123456789", whose
value is the member document, or None when the member is removed). Members are addressed by ID
number, not position, so two edits to different members never collide.

The merge is the one of the sync design (Part 1c): a patched field whose current value is still
its base value takes the new value; one already holding the new value is left alone (a retried
patch); any other is a conflict, reported with both values and never resolved by clock time.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from kiosk.json_types import JsonObject

MEMBER_LISTS = ("members", "relatives_elsewhere")
# Decided by the agencies, never by a field edit (the sync design: server-authoritative fields).
READ_ONLY_TOP = frozenset({"schema_version", "household_no", "status"})
READ_ONLY_MEMBER = frozenset({"id_no", "receiving"})


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class PatchError(ValueError):
    """A path that does not name a field of a household document."""


def split(path: str) -> tuple[str, ...]:
    parts = tuple(path.split("/"))
    if not parts[0] or any(not p for p in parts):
        raise PatchError(path)
    if parts[0] in MEMBER_LISTS:
        if len(parts) not in (2, 3):
            raise PatchError(path)
    elif len(parts) != 1:
        raise PatchError(path)
    return parts


def read_only(path: str) -> bool:
    parts = split(path)
    if parts[0] in MEMBER_LISTS:
        return len(parts) == 3 and parts[2] in READ_ONLY_MEMBER
    return parts[0] in READ_ONLY_TOP


def _member(document: JsonObject, group: str, id_no: str) -> JsonObject | None:
    for member in document.get(group) or ():
        if member.get("id_no") == id_no:
            found: JsonObject = member
            return found
    return None


def get(document: JsonObject | None, path: str) -> Any:
    """The value at `path`, MISSING when the document, member or property is absent."""
    if document is None:
        return MISSING
    parts = split(path)
    if parts[0] not in MEMBER_LISTS:
        return document.get(parts[0], MISSING)
    member = _member(document, parts[0], parts[1])
    if len(parts) == 2:
        return member if member is not None else None
    if member is None:
        return MISSING
    return member.get(parts[2], MISSING)


def _set(document: JsonObject, path: str, value: Any) -> None:
    parts = split(path)
    if parts[0] not in MEMBER_LISTS:
        if value is MISSING:
            document.pop(parts[0], None)
        else:
            document[parts[0]] = copy.deepcopy(value)
        return
    group = document.setdefault(parts[0], [])
    index = next((i for i, m in enumerate(group) if m.get("id_no") == parts[1]), None)
    if len(parts) == 2:
        if value is None or value is MISSING:
            if index is not None:
                del group[index]
        elif index is None:
            group.append(copy.deepcopy(value))
        else:
            group[index] = copy.deepcopy(value)
        return
    if index is None:
        raise PatchError(path)
    if value is MISSING:
        group[index].pop(parts[2], None)
    else:
        group[index][parts[2]] = copy.deepcopy(value)


def apply(document: JsonObject, changes: dict[str, Any]) -> JsonObject:
    """A copy of `document` with `changes` (path -> value) applied; whole-member paths first."""
    result = copy.deepcopy(document)
    for path in sorted(changes, key=lambda p: len(split(p))):
        _set(result, path, changes[path])
    return result


def diff(before: JsonObject, after: JsonObject) -> dict[str, Any]:
    """The changes that turn `before` into `after`, field by field."""
    changes: dict[str, Any] = {}
    for key in set(before) | set(after):
        if key in MEMBER_LISTS:
            continue
        old, new = before.get(key, MISSING), after.get(key, MISSING)
        if old != new:
            changes[key] = None if new is MISSING else new
    for group in MEMBER_LISTS:
        old_members = {m["id_no"]: m for m in before.get(group) or ()}
        new_members = {m["id_no"]: m for m in after.get(group) or ()}
        for id_no in old_members.keys() - new_members.keys():
            changes[f"{group}/{id_no}"] = None
        for id_no in new_members.keys() - old_members.keys():
            changes[f"{group}/{id_no}"] = new_members[id_no]
        for id_no in old_members.keys() & new_members.keys():
            old, new = old_members[id_no], new_members[id_no]
            for name in set(old) | set(new):
                if old.get(name, MISSING) != new.get(name, MISSING):
                    changes[f"{group}/{id_no}/{name}"] = new.get(name)
    return changes


@dataclass
class MergeResult:
    document: JsonObject
    applied: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    conflicts: list[JsonObject] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.conflicts


def _plain(value: Any) -> Any:
    return None if value is MISSING else value


def merge(current: JsonObject, changes: dict[str, Any], base: dict[str, Any]) -> MergeResult:
    """Apply `changes` to `current`, given the values the editor started from (`base`)."""
    applicable: dict[str, Any] = {}
    result = MergeResult(document=current)
    for path, value in changes.items():
        parts = split(path)
        now = _plain(get(current, path))
        if len(parts) == 3 and _member(current, parts[0], parts[1]) is None:
            result.conflicts.append({"path": path, "base": base.get(path), "server": None, "mine": value,
                                     "member_removed": True})
        elif now == value:
            result.already.append(path)
        elif now == base.get(path):
            applicable[path] = value
            result.applied.append(path)
        else:
            result.conflicts.append({"path": path, "base": base.get(path), "server": now, "mine": value})
    if result.clean:
        result.document = apply(current, applicable)
    return result
