"""One person, one household: an ID number registered (戶內) in two households is refused.

Checked across the file being imported and against the store, leaving out households the file
itself replaces (a move between two households in one file is fine). The first household to
claim an ID keeps it; a later record claiming it again is rejected, naming both households.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from kiosk.db.households import Household, Person
from kiosk.json_types import JsonObject

if TYPE_CHECKING:
    from kiosk.db.store import Store
    from kiosk.households.document import Problem

_CHUNK = 500


def registered_elsewhere(store: Store, documents: Sequence[JsonObject]) -> dict[str, str]:
    """{id_no: household_no} of people the store has registered in households the file does not carry."""
    replaced = {doc["household_no"] for doc in documents}
    ids = sorted({m["id_no"] for doc in documents for m in doc["members"]})
    registered = (select(Person.id_no, Household.household_no).join(Household, Person.household_id == Household.id)
                  .where(Person.registered_here.is_(True)))
    owners: dict[str, str] = {}
    with store.read() as session:
        stored = session.execute(select(func.count()).select_from(Person)).scalar_one()
        if stored <= len(ids):  # one pass over the smaller side: the store's people, not the file's IDs
            wanted = set(ids)
            owners.update((id_no, number) for id_no, number in session.execute(registered)
                          if id_no in wanted and number not in replaced)
            return owners
        for start in range(0, len(ids), _CHUNK):
            rows = session.execute(registered.where(Person.id_no.in_(ids[start:start + _CHUNK])))
            owners.update((id_no, number) for id_no, number in rows if number not in replaced)
    return owners


def shared_ids(store: Store, documents: Sequence[JsonObject]) -> dict[int, list[tuple[int, str]]]:
    """{index of a document: [(member index, household_no that already has the ID)]}."""
    return clashes_with(documents, registered_elsewhere(store, documents))


def clashes_with(documents: Sequence[JsonObject], owners: dict[str, str]) -> dict[int, list[tuple[int, str]]]:
    """`shared_ids` given {id_no: household_no} already registered elsewhere (the store's or the hub's)."""
    owners = dict(owners)
    clashes: dict[int, list[tuple[int, str]]] = {}
    for index, doc in enumerate(documents):
        found = [(i, owners[m["id_no"]]) for i, m in enumerate(doc["members"])
                 if owners.get(m["id_no"], doc["household_no"]) != doc["household_no"]]
        if found:
            clashes[index] = found
        else:
            owners.update((m["id_no"], doc["household_no"]) for m in doc["members"])
    return clashes


def reject_shared_ids(documents: list[JsonObject], indexes: list[int], owners: dict[str, str],
                      lang: str | None = None) -> tuple[list[Problem], list[JsonObject], list[int]]:
    """(problems, documents kept, their indexes in the file): each clash a rejected record naming both households."""
    from kiosk.households.document import Problem
    from kiosk.i18n import tr

    clashes = clashes_with(documents, owners)
    problems = [Problem(indexes[position], documents[position]["household_no"], f"/members/{i}/id_no", "id_no",
                        tr("limits.shared_id", lang, household_no=documents[position]["household_no"], other=other))
                for position, members in clashes.items() for i, other in members]
    kept = [position for position in range(len(documents)) if position not in clashes]
    return problems, [documents[p] for p in kept], [indexes[p] for p in kept]
