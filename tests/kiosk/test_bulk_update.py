"""Many clean households updated in a few statements per table store exactly what the ORM's
one-at-a-time update stores, and members keep the keys applications point at."""

from __future__ import annotations

import copy
import datetime as dt

from sqlalchemy import func, select

from kiosk.db.households import Household, HouseholdSearchCard, Person
from kiosk.db.store import Store
from kiosk.demo.generator import generate
from kiosk.households.bulk_update import update_households
from kiosk.households.document import canonical_document, document_rows
from kiosk.households.importer import iter_documents, store_documents, update_household
from kiosk.search import search
from tests.conftest import TEST_KDF, TEST_PIN
from tests.synthetic import synthetic_id


def _changed(documents: list[dict]) -> list[dict]:
    """New versions: notes, a renamed member, one member gone, one new, an address gone, a phone."""
    new = copy.deepcopy(documents)
    new[0]["notes"] = "2026 年度複查"
    new[1]["members"][0]["name"] = "龔曉璇"
    several = next(d for d in new[2:] if len(d["members"]) > 1)
    gone_member = several["members"].pop()
    new[3]["members"].append({**new[3]["members"][0], "id_no": synthetic_id(4242, sex="F"), "name": "蔣若甯",
                              "relation": "child", "sex": "F"})
    new[4].pop("address", None)
    new[5]["phone"] = "0223456789"
    return [canonical_document(d) for d in new], gone_member


def _person_keys(store: Store) -> dict[tuple[str, str], str]:
    with store.read() as session:
        return {(h, i): k for k, h, i in session.execute(
            select(Person.id, Household.household_no, Person.id_no).join(Household))}


def _apply(store: Store, documents: list[dict], bulk: bool) -> None:
    with store.write() as session:
        households = {h.household_no: h for h in session.execute(select(Household)).unique().scalars()}
        if bulk:
            session.expunge_all()
            update_households(session, [(households[d["household_no"]].id, document_rows(d), {"server_version": 2})
                                        for d in documents])
        else:
            for document in documents:
                household = households[document["household_no"]]
                update_household(session, household, document_rows(document))
                household.server_version = 2


def test_bulk_update_stores_what_the_orm_update_stores_and_keeps_member_keys(tmp_path):
    original = [canonical_document(d) for d in generate(12, seed=5, as_of=dt.date(2026, 11, 1))]
    changed, gone_member = _changed(original)
    stores = {}
    for way in ("orm", "bulk"):
        store = Store.create(tmp_path / way, TEST_PIN, TEST_KDF)
        store_documents(store, original, source="json")
        stores[way] = store
    keys_before = _person_keys(stores["bulk"])

    _apply(stores["orm"], changed, bulk=False)
    _apply(stores["bulk"], changed, bulk=True)

    assert list(iter_documents(stores["bulk"])) == list(iter_documents(stores["orm"])) == \
        sorted(changed, key=lambda d: d["household_no"])
    keys_after = _person_keys(stores["bulk"])
    assert all(keys_after[k] == v for k, v in keys_before.items() if k in keys_after), "members keep their keys"
    assert len(keys_after) == len(keys_before), "one member gone, one new"
    with stores["bulk"].read() as session:
        assert session.execute(select(func.count()).select_from(HouseholdSearchCard)).scalar() == len(changed)
        assert session.execute(select(func.max(Household.server_version))).scalar() == 2
        assert [h.household_no for h in search(session, "龔曉璇")] == [changed[1]["household_no"]]
        assert [h.household_no for h in search(session, "蔣若甯")] == [changed[3]["household_no"]]
        assert not search(session, gone_member["id_no"]), "the index forgets a member who left"
    for store in stores.values():
        assert store.integrity_problems() == []
        store.close()


def test_bulk_update_builds_no_search_documents_when_no_searched_field_changed(tmp_path, monkeypatch):
    """An agency's batch update of notes leaves every searched field as it was: neither the stored
    nor the new search document is built (they were a third of a 1,000-change sync), while a
    changed searched field still re-indexes."""
    import kiosk.households.bulk_update as bulk

    original = [canonical_document(d) for d in generate(6, seed=8, as_of=dt.date(2026, 11, 1))]
    store = Store.create(tmp_path / "store", TEST_PIN, TEST_KDF)
    store_documents(store, original, source="json")
    built = []
    real = bulk.search_document
    monkeypatch.setattr(bulk, "search_document", lambda *args: built.append(args[0]) or real(*args))

    notes = [canonical_document({**d, "notes": "2026 年度複查"}) for d in original]
    _apply(store, notes, bulk=True)
    assert built == []
    assert list(iter_documents(store)) == sorted(notes, key=lambda d: d["household_no"])

    renamed = copy.deepcopy(notes)
    renamed[2]["members"][0]["name"] = "龔曉璇"
    _apply(store, [canonical_document(d) for d in renamed], bulk=True)
    assert set(built) == {renamed[2]["household_no"]}
    with store.read() as session:
        assert [h.household_no for h in search(session, "龔曉璇")] == [renamed[2]["household_no"]]
    store.close()
