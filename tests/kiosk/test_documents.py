"""Household documents: contract validation, import (one transaction, idempotent), export."""

import copy
import json

import pytest

from kiosk.db.households import Household, Person
from kiosk.households.document import validate_document
from kiosk.households.importer import export_documents, import_documents, iter_documents, read_documents
from kiosk.i18n import UserError
from kiosk.paths import resource_path
from kiosk.search import search

from tests.synthetic import synthetic_id


# sha256 of the shared household contract (../shared/contracts/household.schema.json) as keys-sorted
# JSON. A clean CI clone has no shared folder beside it, so the digest stands in for the file.
SHARED_CONTRACT_SHA256 = "2d55371c1fba17d18712b3e6eddb034d9cdd073b7ee6108845084ae0f13969d5"


def _digest(schema: dict) -> str:
    import hashlib

    return hashlib.sha256(json.dumps(schema, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def test_shipped_contract_is_the_shared_one():
    from pathlib import Path

    shipped = json.loads(resource_path("contracts", "household.schema.json").read_text(encoding="utf-8"))
    shared = Path(__file__).resolve().parents[3] / "shared" / "contracts" / "household.schema.json"
    reference = _digest(json.loads(shared.read_text(encoding="utf-8"))) if shared.exists() else SHARED_CONTRACT_SHA256
    assert reference == SHARED_CONTRACT_SHA256, "the shared contract changed: review it, then update the pinned digest"
    assert _digest(shipped) == reference


def test_reference_examples_are_valid(reference_documents):
    for index, document in enumerate(reference_documents):
        assert validate_document(document, index) == []


def _broken(reference_documents, change):
    document = copy.deepcopy(reference_documents[1])
    change(document)
    return document


BAD = [
    ("missing household_no", lambda d: d.pop("household_no"), "/household_no", "household_no"),
    ("bad household_no", lambda d: d.update(household_no="12345678"), "/household_no", "household_no"),
    ("unknown region", lambda d: d.update(region="火星"), "/region", "region"),
    ("no members", lambda d: d.update(members=[]), "/members", "members"),
    ("bad checksum", lambda d: d["members"][0].update(id_no="F222334451"), "/members/0/id_no", "id_no"),
    ("bad birth date", lambda d: d["members"][1].update(birth_date="1945-02-30"), "/members/1/birth_date", "birth_date"),
    ("future birth", lambda d: d["members"][2].update(birth_date="2999-01-01"), "/members/2/birth_date", "birth_date"),
    ("two heads", lambda d: d["members"][1].update(relation="head"), "/members", "relation"),
    ("no head", lambda d: d["members"][0].update(relation="spouse"), "/members", "relation"),
    ("bad relation", lambda d: d["members"][0].update(relation="boss"), "/members/0/relation", "relation"),
    ("sex vs id", lambda d: d["members"][0].update(sex="M"), "/members/0/sex", "sex"),
    ("legacy in id_no", lambda d: d["members"][0].update(id_no="FD00123455"), "/members/0/id_no", "id_no"),
    ("national as legacy", lambda d: d["members"][0].update(legacy_id_no="F222334450"), "/members/0/legacy_id_no",
     "legacy_id_no"),
    ("negative income", lambda d: d["members"][0].update(monthly_income=-5), "/members/0/monthly_income",
     "monthly_income"),
    ("bad disability", lambda d: d["members"][1].update(disability={"level": "huge"}), "/members/1/disability/level",
     "level"),
    ("CMS 9", lambda d: d["members"][1].update(ltc_cms_level=9), "/members/1/ltc_cms_level", "ltc_cms_level"),
    ("duplicate person", lambda d: d["members"][2].update(id_no="F222334450", sex="F"), "/members/2/id_no", "id_no"),
    ("address elsewhere", lambda d: d["address"].update(city="臺北市", district="萬華區"), "/address/city", "city"),
    ("wrong schema version", lambda d: d.update(schema_version=2), "/schema_version", "schema_version"),
    ("missing name", lambda d: d["members"][0].pop("name"), "/members/0/name", "name"),
]


@pytest.mark.parametrize("label,change,path,field", BAD, ids=[b[0] for b in BAD])
def test_bad_documents_name_path_field_and_reason(reference_documents, label, change, path, field):
    problems = validate_document(_broken(reference_documents, change), index=4)
    assert problems, label
    assert any(p.path == path and p.field == field for p in problems), problems
    assert all(p.index == 4 and p.reason for p in problems)


def test_not_an_object():
    problems = validate_document(["nope"], index=0)
    assert problems and problems[0].path == "/"


def test_reasons_follow_the_language(reference_documents):
    document = _broken(reference_documents, lambda d: d["members"][0].update(id_no="F222334451"))
    assert "檢查碼" in validate_document(document)[0].reason
    assert "check digit" in validate_document(document, lang="en")[0].reason


def test_import_valid_ones_reject_invalid_ones(store, reference_documents):
    bad = _broken(reference_documents, lambda d: d["members"][0].update(id_no="F222334451"))
    bad["household_no"] = "F9999990"
    report = import_documents(store, [*reference_documents, bad])
    assert (report.created, report.updated, report.rejected_households) == (3, 0, 1)
    with store.read() as session:
        assert session.query(Household).count() == 3
        assert session.query(Household).filter_by(household_no="F9999990").count() == 0


def test_reimport_is_idempotent_and_keeps_person_keys(store, reference_documents):
    import_documents(store, reference_documents)
    with store.read() as session:
        keys = {p.id_no: p.id for p in session.query(Person)}
    report = import_documents(store, reference_documents)
    assert (report.created, report.updated) == (0, 3)
    with store.read() as session:
        assert session.query(Household).count() == 3
        assert {p.id_no: p.id for p in session.query(Person)} == keys


def test_update_changes_members(store, reference_documents):
    import_documents(store, reference_documents)
    changed = copy.deepcopy(reference_documents[1])
    changed["members"].pop()  # the son moved out
    changed["members"][1]["ltc_cms_level"] = 8
    import_documents(store, [changed])
    exported = {d["household_no"]: d for d in iter_documents(store)}["F2345678"]
    assert [m["id_no"] for m in exported["members"]] == ["F222334450", "F200112236"]
    assert exported["members"][1]["ltc_cms_level"] == 8


def _found(store, query):
    with store.read() as session:
        return {hit.household_no for hit in search(session, query)}


def test_search_follows_updates(store, reference_documents):
    import_documents(store, reference_documents)
    household = copy.deepcopy(reference_documents[1])
    son = household["members"][-1]
    assert "F2345678" in _found(store, son["id_no"])
    household["notes"] = "2026 年度複查"  # not searchable: the index rows stay as they were
    import_documents(store, [household])
    assert "F2345678" in _found(store, son["id_no"]) and "F2345678" in _found(store, son["name"][:2])
    household["members"].pop()  # the son moved out: no longer found by his ID
    import_documents(store, [household])
    assert "F2345678" not in _found(store, son["id_no"])
    assert "F2345678" in _found(store, household["members"][0]["id_no"])


def test_duplicate_household_in_one_file(store, reference_documents):
    report = import_documents(store, [reference_documents[0], reference_documents[0]])
    assert report.created == 1 and report.problems[0].path == "/household_no"


def test_export_round_trip_keeps_everything(store, reference_documents, tmp_path):
    documents = copy.deepcopy(reference_documents)
    documents[0]["x_agency_case"] = {"ref": "CH-115-0042"}  # a property we do not model
    documents[0]["members"][0]["x_note"] = "seen 115/10/01"
    documents[2]["relatives_elsewhere"] = [{"id_no": synthetic_id(7), "name": "陳志明", "sex": "M",
                                            "birth_date": "1978-01-02", "relation": "child", "monthly_income": 52000}]
    assert validate_document(documents[2]) == []
    import_documents(store, documents)
    out = tmp_path / "out.json"
    assert export_documents(store, out) == 3
    exported = {d["household_no"]: d for d in read_documents(out)}
    for original in documents:
        again = exported[original["household_no"]]
        assert validate_document(again) == []
        for key, value in original.items():
            if key == "address":
                assert {k: again["address"][k] for k in value} == {**value, "text": value["text"]}
            elif key in ("members", "relatives_elsewhere"):
                for before, after in zip(value, again[key], strict=True):
                    assert {k: after[k] for k in before} == before
            else:
                assert again[key] == value
    # and importing the export changes nothing
    report = import_documents(store, list(exported.values()))
    assert report.problems == [] and report.updated == 3
    assert {d["household_no"]: d for d in iter_documents(store)} == exported


@pytest.mark.parametrize("content,key", [
    (b"{not json", "import.bad_json"), (b'"a string"', "import.not_a_list"), (b"\xff\xfe\x00", "import.not_utf8"),
])
def test_unreadable_files(tmp_path, content, key):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        read_documents(path)
    assert caught.value.key == key


def test_import_is_audited_without_personal_data(store, reference_documents):
    from kiosk.audit import verify
    from kiosk.db.audit import AuditEvent

    import_documents(store, reference_documents)
    with store.read() as session:
        events = session.query(AuditEvent).all()
        assert [e.action for e in events] == ["import"]
        assert events[0].details == {"source": "json", "created": 3, "updated": 0, "rejected": 0}
        assert verify(session).ok


def test_the_contracts_newer_facts_survive_the_canonical_form_hub_and_device_keep():
    from datetime import date

    from kiosk.demo.generator import generate
    from kiosk.households.document import canonical_document

    facts = ("naturalised", "original_nationality", "residence_permit", "social_insurance", "farmer_insurance_years",
             "dementia", "serious_illness")
    for document in generate(14, seed=9, as_of=date(2026, 11, 22)):
        again = canonical_document(document)
        assert again.get("foreign_caregiver") == document.get("foreign_caregiver")
        for before, after in zip(document["members"], again["members"], strict=True):
            assert {k: after.get(k) for k in facts if k in before} == {k: before[k] for k in facts if k in before}
