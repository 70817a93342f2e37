"""Issue 17 point 3: imports are bounded. Hostile records are rejected one by one with a
translated reason; every other record of the file still goes in."""

import copy
import json

import pytest

from kiosk.db.households import Household, Person
from kiosk.households import limits
from kiosk.households.csv_io import import_csv
from kiosk.households.importer import import_documents, read_documents
from kiosk.i18n import UserError

from tests.kiosk.test_csv import GOOD, HEAD, _write


def _household(reference_documents, n=1):
    return copy.deepcopy(reference_documents[n])


def _imported(store):
    with store.read() as session:
        return {h.household_no for h in session.query(Household)}


@pytest.mark.parametrize("label, damage, field, reason_word", [
    ("huge name", lambda d: d["members"][0].update(name="林" * 1_000_000), "name", "1000000"),
    ("NUL in name", lambda d: d["members"][0].update(name="林\x00阿嬤"), "name", "NUL"),
    ("bell in address", lambda d: d["address"].update(text=d["address"]["text"] + "\x07"), "text", "NUL"),
    ("deep extra", lambda d: d.update(extra_info=json.loads("[" * 50 + "]" * 50)), "extra_info", str(limits.MAX_DEPTH)),
    ("many members", lambda d: d["members"].extend([copy.deepcopy(d["members"][-1])] * 300), "members", "200"),
    ("long notes", lambda d: d.update(notes="x" * 5000), "notes", "5000"),
])
def test_hostile_record_is_rejected_alone_with_a_reason(store, reference_documents, label, damage, field,
                                                         reason_word):
    bad = _household(reference_documents)
    damage(bad)
    report = import_documents(store, [reference_documents[0], bad, reference_documents[2]], lang="en")
    assert {p.index for p in report.problems} == {1}
    assert any(p.field == field and reason_word in p.reason for p in report.problems), report.problems
    assert _imported(store) == {reference_documents[0]["household_no"], reference_documents[2]["household_no"]}


def test_line_breaks_stay_allowed_in_notes(store, reference_documents):
    document = _household(reference_documents)
    document["notes"] = "第一次訪視：\n\t家中有長者"
    assert not import_documents(store, [document]).problems


def test_100000_deep_json_is_a_translated_error(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(UserError) as caught:
        read_documents(path)
    assert caught.value.key == "limits.too_deep_file" and "nested" in caught.value.message("en")


def test_too_many_households_in_one_file(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_HOUSEHOLDS_PER_FILE", 2)
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{}, {}, {}]))
    with pytest.raises(UserError) as caught:
        read_documents(path)
    assert caught.value.key == "limits.too_many_households"


def test_one_id_in_two_households_in_a_file_names_both(store, reference_documents):
    first, second = _household(reference_documents, 0), _household(reference_documents, 1)
    second["members"][1]["id_no"] = first["members"][0]["id_no"]
    second["members"][1]["sex"] = first["members"][0]["sex"]
    report = import_documents(store, [first, second], lang="en")
    [problem] = report.problems
    assert problem.index == 1 and problem.path == "/members/1/id_no"
    assert first["household_no"] in problem.reason and second["household_no"] in problem.reason
    assert _imported(store) == {first["household_no"]}


def test_one_id_already_in_another_household_of_the_store_is_refused(store, reference_documents):
    family, other = _household(reference_documents, 1), _household(reference_documents, 0)
    import_documents(store, [family, other])
    child = family["members"][2]
    other["members"].append({**child, "relation": "grandchild"})
    report = import_documents(store, [other], lang="en")
    assert report.updated == 0 and family["household_no"] in report.problems[0].reason
    # A move between two households in one file is fine: the old household lets the child go.
    family["members"].remove(child)
    report = import_documents(store, [family, other])
    assert not report.problems and report.updated == 2


def test_csv_nul_byte_and_shared_id_are_rejected_per_household(store, tmp_path):
    text = GOOD.replace("林志明", "林志\x00明")
    text += f"B7654321,林阿嬤,{HEAD},民國37年3月8日,女,戶長,臺北市萬華區福星里8鄰西寧南路50號4樓之1,,,,\n"
    report = import_csv(store, _write(tmp_path, text), lang="en")
    reasons = {(p.household_no, p.field): p.reason for p in report.row_problems}
    assert "NUL" in reasons[("N1234567", "name")]
    assert "N1234567" not in reasons.get(("B7654321", "id_no"), "")  # N1234567 was rejected: no clash left
    with store.read() as session:
        assert {h.household_no for h in session.query(Household)} == {"A7654321", "B7654321"}
    report = import_csv(store, _write(tmp_path, GOOD.replace("林志明", "林志明"), name="again.csv"), lang="en")
    clash = [p for p in report.row_problems if p.field == "id_no"]
    assert clash and "B7654321" in clash[0].reason and "N1234567" in clash[0].reason
    with store.read() as session:
        assert session.query(Person).filter_by(id_no=HEAD).count() == 1


@pytest.mark.parametrize("key", ["a" * 100_000, "bad\x00key", "ok\u3000\x07"])
def test_property_names_are_bounded_too(store, reference_documents, key):
    document = _household(reference_documents)
    document[key] = "x"
    [problem] = import_documents(store, [document], lang="en").problems
    assert problem.reason.startswith("A field name")


@pytest.mark.parametrize("mark", ["\u202e", "\u200b", "\u200e", "\ufeff"], ids=["RLO", "ZWSP", "LRM", "BOM"])
def test_invisible_format_characters_in_names_are_refused(store, reference_documents, tmp_path, mark):
    """Issue 17 low item: Unicode Cf characters made one name look like another (or reversed it)."""
    document = _household(reference_documents)
    document["members"][0]["name"] = f"林{mark}阿嬤"
    [problem] = import_documents(store, [document], lang="en").problems
    assert problem.path == "/members/0/name" and "invisible formatting character" in problem.reason
    report = import_csv(store, _write(tmp_path, GOOD.replace("林志明", f"林志{mark}明")), lang="zh-TW")
    assert any(p.field == "name" and "格式字元" in p.reason for p in report.row_problems)


def test_format_characters_stay_allowed_in_free_text(store, reference_documents):
    document = _household(reference_documents)
    document["notes"] = "家訪 👨\u200d👩\u200d👧"
    assert not import_documents(store, [document]).problems


def test_full_width_spaces_are_not_control_characters(store, reference_documents):
    document = _household(reference_documents)
    document["members"][0]["name"] = "林\u3000阿嬤"
    assert not import_documents(store, [document]).problems
