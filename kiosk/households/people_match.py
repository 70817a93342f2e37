"""Which stored members a household's new version keeps, changes, adds and drops: matched by
(ID number, registered here), so a kept member keeps the key applications and consents point at.
One rule for the ORM's update of one household (importer) and the bulk update of many."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from kiosk.json_types import JsonObject

Stored = TypeVar("Stored")  # a Person, or its row as a mapping


@dataclass
class PeopleMatch(Generic[Stored]):
    new: list[JsonObject] = field(default_factory=list)  # wanted, not stored: insert
    changed: list[tuple[Stored, JsonObject]] = field(default_factory=list)  # stored, with its columns that differ
    gone: list[Stored] = field(default_factory=list)  # stored, no longer wanted: delete


def match_people(stored: Iterable[Stored], wanted: Iterable[JsonObject],
                 value: Callable[[Stored, str], Any]) -> PeopleMatch[Stored]:
    """`value(person, column)` reads a stored member's column."""
    current = {(value(p, "id_no"), value(p, "registered_here")): p for p in stored}
    match: PeopleMatch[Stored] = PeopleMatch()
    kept = set()
    for person in wanted:
        key = (person["id_no"], person["registered_here"])
        kept.add(key)
        old = current.get(key)
        if old is None:
            match.new.append(person)
        elif changed := {column: v for column, v in person.items() if value(old, column) != v}:
            match.changed.append((old, changed))
    match.gone = [p for key, p in current.items() if key not in kept]
    return match
