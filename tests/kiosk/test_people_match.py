"""One member-matching rule for both household update paths (kiosk/households/people_match.py):
the ORM's update of one household and the bulk update of many store the same members from the same
input, and a member kept by (ID number, registered here) keeps its key."""

from __future__ import annotations

import copy
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kiosk.db.households import Household
from kiosk.households.bulk_update import update_households
from kiosk.households.document import document_rows, household_document
from kiosk.households.importer import store_documents, update_household
from kiosk.households.people_match import match_people
from tests.synthetic import synthetic_id

POOL = [synthetic_id(seed, sex="F" if seed % 2 else "M") for seed in range(6)]
NUMBERS = itertools.count(1)


def test_match_people_sorts_members_into_new_changed_and_gone():
    stored = [{"id": "k1", "id_no": POOL[0], "registered_here": True, "name": "林秀英"},
              {"id": "k2", "id_no": POOL[1], "registered_here": True, "name": "陳建宏"},
              {"id": "k3", "id_no": POOL[2], "registered_here": True, "name": "王美玲"}]
    wanted = [{"id_no": POOL[0], "registered_here": True, "name": "林秀英"},
              {"id_no": POOL[1], "registered_here": True, "name": "陳建中"},
              {"id_no": POOL[2], "registered_here": False, "name": "王美玲"},  # moved out: another member
              {"id_no": POOL[3], "registered_here": True, "name": "張志明"}]
    match = match_people(stored, wanted, dict.get)
    assert match.new == wanted[2:]
    assert match.changed == [(stored[1], {"name": "陳建中"})]
    assert match.gone == [stored[2]]


def _member(id_no: str, name: str, income: int) -> dict:
    return {"id_no": id_no, "name": name, "sex": "F" if POOL.index(id_no) % 2 else "M", "birth_date": "1950-01-01",
            "relation": "other", "monthly_income": income}


@st.composite
def versions(draw: st.DrawFn) -> dict:
    """A household version: members and relatives elsewhere from one small pool of people."""
    here = draw(st.lists(st.sampled_from(POOL), min_size=1, max_size=4, unique=True))
    elsewhere = draw(st.lists(st.sampled_from([i for i in POOL if i not in here]), max_size=2, unique=True))
    person = st.tuples(st.sampled_from(["林秀英", "陳建宏", "王美玲"]), st.sampled_from([0, 12000, 30000]))
    members = [_member(i, *draw(person)) for i in here]
    members[0]["relation"] = "head"
    return {"members": members, "relatives_elsewhere": [_member(i, *draw(person)) for i in elsewhere],
            "phone": draw(st.sampled_from([None, "02-2345-6789"]))}


def _document(template: dict, number: str, version: dict) -> dict:
    document = copy.deepcopy(template)
    document.update(household_no=number, members=version["members"], relatives_elsewhere=version["relatives_elsewhere"])
    if version["phone"]:
        document["phone"] = version["phone"]
    return document


def _stored(session, number: str) -> tuple[dict, dict]:
    """(the household's document without its number, {(ID number, registered here): member key})."""
    household = session.execute(select(Household).where(Household.household_no == number)
                                .options(selectinload(Household.people))).scalar_one()
    document = household_document(household)
    document.pop("household_no")
    return document, {(p.id_no, p.registered_here): p.id for p in household.people}


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=versions(), after=versions())
def test_the_bulk_update_stores_what_the_single_update_stores(store, reference_documents, before, after):
    n = next(NUMBERS)
    single, bulk = f"S{n:07d}", f"B{n:07d}"
    template = reference_documents[0]
    store_documents(store, [_document(template, single, before), _document(template, bulk, before)], source="json")
    with store.read() as session:
        keys_before = {number: _stored(session, number)[1] for number in (single, bulk)}

    with store.write() as session:
        household = session.execute(select(Household).where(Household.household_no == single)
                                    .options(selectinload(Household.people))).scalar_one()
        update_household(session, household, document_rows(_document(template, single, after)))
    with store.write() as session:
        bulk_id = session.execute(select(Household.id).where(Household.household_no == bulk)).scalar_one()
        update_households(session, [(bulk_id, document_rows(_document(template, bulk, after)), {})])

    with store.read() as session:
        (single_document, single_keys), (bulk_document, bulk_keys) = _stored(session, single), _stored(session, bulk)
    assert bulk_document == single_document
    assert set(bulk_keys) == set(single_keys)
    for number, keys in ((single, single_keys), (bulk, bulk_keys)):
        kept = keys_before[number].keys() & keys.keys()
        assert all(keys[k] == keys_before[number][k] for k in kept), "a kept member keeps its key"
