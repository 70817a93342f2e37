"""An import must not take away the person an open application is about.

If a re-imported household no longer lists (in the same place) a person that a draft or a
submitted, not yet decided application refers to, that household is not updated and the import
says why. We refuse rather than keep the person as "moved out": the register is the authority,
and a person gone from it (moved, deceased) means the application itself needs the officer's
decision — withdraw it, or move it with the person — which a silent update would hide. Decided
applications do not hold the household back: their receipts and forms render from the frozen
revision, never from live rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select

from kiosk.db.applications import Application
from kiosk.db.households import Household, Person
from kiosk.identity import mask_id
from kiosk.json_types import JsonObject
from kiosk.states.application import SETTLED

if TYPE_CHECKING:
    from kiosk.db.store import Store


def held_people(store: Store, documents: Sequence[JsonObject]) -> dict[str, list[tuple[str, int]]]:
    """{household_no: [(masked ID, open applications)]} for households whose update would drop a
    person an open application refers to."""
    incoming = {doc["household_no"]: doc for doc in documents}
    wanted: dict[str, set[tuple[str, bool]]] = {}
    held: dict[str, dict[str, int]] = {}
    with store.read() as session:  # open applications are few: read them all, not the file's households
        rows = session.execute(
            select(Household.household_no, Person.id_no, Person.registered_here)
            .join(Person, Person.household_id == Household.id)
            .join(Application, Application.person_id == Person.id)
            .where(Application.state.not_in(SETTLED))
        )
        for number, id_no, registered_here in rows:
            doc = incoming.get(number)
            if doc is None:
                continue
            if number not in wanted:
                wanted[number] = {(m["id_no"], True) for m in doc["members"]} | \
                    {(m["id_no"], False) for m in doc.get("relatives_elsewhere") or []}
            if (id_no, registered_here) not in wanted[number]:
                people = held.setdefault(number, {})
                people[mask_id(id_no)] = people.get(mask_id(id_no), 0) + 1
    return {number: sorted(people.items()) for number, people in held.items()}
