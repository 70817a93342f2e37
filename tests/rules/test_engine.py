"""The rules pipeline from contract documents: families by kinship, answers, reminders."""

import copy
import json
from datetime import date

import pytest

from kiosk.demo.generator import generate
from kiosk.i18n import LANGUAGES
from kiosk.rules import evaluate, evaluate_documents
from kiosk.rules.units import population_from_documents

from tests.synthetic import synthetic_id

ON = date(2026, 11, 22)


def _member(seed, relation, birth, sex="F", **facts):
    return {"id_no": synthetic_id(seed, sex=sex), "name": f"成員{seed}", "sex": sex, "birth_date": birth,
            "relation": relation, **facts}


def _household(members, region="彰化縣", elsewhere=(), **facts):
    return {"schema_version": 1, "household_no": "N7000001", "region": region, "members": members,
            "relatives_elsewhere": list(elsewhere), **facts}


def _families(document):
    """Per person (by relation label): the set of relation labels counted in their own unit."""
    population = population_from_documents([document], ON)
    labels = [m.get("relation_label") or m["relation"] for m in document["members"] + document["relatives_elsewhere"]]
    result = {}
    for row, own in enumerate(population.own_sim):
        unit = population.person_unit[own]
        members = [i for i in range(population.size) if population.person_unit[i] == unit]
        result[labels[row]] = {labels[population.sim_to_real[i]] for i in members if population.family_roles[i] == 0}
    return result


def test_grandmother_and_son_have_different_families():
    document = _household([
        _member(1, "head", "1970-01-01", sex="M", relation_label="son"),
        _member(2, "spouse", "1972-01-01", relation_label="daughter_in_law"),
        _member(3, "parent", "1945-01-01", relation_label="grandmother"),
        _member(4, "child", "2005-01-01", sex="M", relation_label="grandson"),
    ])
    families = _families(document)
    assert families["grandmother"] == {"grandmother", "son", "grandson"}
    assert families["son"] == {"son", "daughter_in_law", "grandmother", "grandson"}
    assert families["grandson"] == families["son"]  # not an applicant: the head's family


def test_relatives_elsewhere_first_degree_only_and_exclusions():
    document = _household(
        [_member(1, "head", "1950-01-01", relation_label="head"),
         _member(2, "lodger", "1980-01-01", sex="M", relation_label="lodger"),
         _member(3, "spouse", "1985-01-01", relation_label="wife_not_allowed_to_work", nationality="VN",
                 can_work_in_taiwan=False, id_no=synthetic_id(3, kind="resident", sex="F")),
         _member(4, "sibling", "1955-01-01", sex="M", relation_label="brother")],
        elsewhere=[_member(5, "child", "1975-01-01", sex="M", relation_label="son_elsewhere", monthly_income=60000),
                   _member(6, "grandchild", "2000-01-01", relation_label="granddaughter_elsewhere")],
    )
    assert _families(document)["head"] == {"head", "son_elsewhere"}


def test_a_disabled_child_counts_young_siblings():
    document = _household([
        _member(1, "head", "1980-01-01", sex="M", relation_label="father"),
        _member(2, "child", "2010-01-01", relation_label="disabled_child", disability={"level": "severe"}),
        _member(3, "child", "2012-01-01", sex="M", relation_label="young_brother"),
        _member(4, "child", "1998-01-01", sex="M", relation_label="grown_brother", employed=True),
    ])
    families = _families(document)
    assert families["disabled_child"] == {"disabled_child", "father", "young_brother"}


def test_reference_households_end_to_end(reference_documents):
    h1, h3, h2 = evaluate_documents(reference_documents, ON)
    by = lambda result, code, person=None: next(s for s in result["services"]  # noqa: E731
                                                if s["service"] == code and s["person"] == person)
    assert by(h1, "S03", "N203456124")["eligible"] and by(h1, "S03", "N203456124")["amount"] == 10286
    assert by(h1, "S03", "N203456124")["provisional"] is True
    assert not by(h1, "S01")["eligible"] and by(h1, "S01")["person"] is None
    assert "全家存款與投資 300,000 元，超過限額 96,000 元" in by(h1, "S01")["explanation"]["zh-TW"]
    assert "NT$300,000" in by(h1, "S01")["explanation"]["en"]
    assert "民國32年10月2日以後出生" in by(h1, "S06", "N203456124")["explanation"]["zh-TW"]
    assert "NT$300.000" in by(h1, "S01")["explanation"]["vi"] and "NT$300,000" in by(h1, "S01")["explanation"]["th"]
    assert by(h2, "S03", "A108765438")["amount"] == 5142  # tier B through §5-1 imputation
    assert by(h2, "S15", "A902345670")["eligible"]
    mother = "F200112236"
    assert by(h3, "S07", mother)["amount"] == 32090 and by(h3, "S07", mother)["copay_rate"] == 0.16
    assert {"kind": "disability_certificate_renewal", "service": "S13", "person": mother, "due": "2026-10-02",
            "expires": "2026-12-31", "overdue": False} in h3["reminders"]
    person_level = [s for s in h3["services"] if s["person"] is not None]
    assert {s["person"] for s in person_level} == {"F222334450", "F200112236", "F133445560"}


def test_the_interface_shape(reference_documents):
    result = evaluate(reference_documents[0], ON)
    assert set(result) == {"household_no", "on", "services", "reminders", "warnings"}
    for service in result["services"]:
        assert {"service", "person", "eligible", "amount", "amount_period", "one_of", "copay_rate",
                "explanation", "details"} <= set(service)
        assert set(service["explanation"]) == set(LANGUAGES) and all(service["explanation"].values())
    json.dumps(result)  # plain data


def test_before_the_raise_the_old_amounts_apply(reference_documents):
    result = evaluate(reference_documents[0], date(2026, 6, 30))
    s03 = next(s for s in result["services"] if s["service"] == "S03")
    assert s03["amount"] == 8329 and s03["provisional"] is False


def test_batch_and_one_by_one_agree():
    documents = generate(60, seed=21, as_of=ON)
    batch = evaluate_documents(documents, ON)
    single = [evaluate(d, ON) for d in documents]
    assert batch == single


def test_reminders():
    soon_65 = _member(1, "head", "1961-12-20", sex="M", monthly_income=10000,
                      citizen_certificate_expiry="2026-12-10", legacy_id_no=None)
    wife = _member(2, "spouse", "1990-01-01", nationality="VN", id_no=synthetic_id(2, kind="resident", sex="F"),
                   legacy_id_no=synthetic_id(2, kind="resident_legacy", sex="F"))
    result = evaluate(_household([soon_65, wife], status="middle_low_income"), ON)
    kinds = {r["kind"]: r for r in result["reminders"]}
    assert kinds["turning_65"]["due"] == "2026-12-20"
    assert {"S03", "S10"} <= set(kinds["turning_65"]["services"])
    assert kinds["citizen_certificate_expiry"]["due"] == "2026-10-11" and not kinds["citizen_certificate_expiry"]["overdue"]
    assert kinds["legacy_resident_id"]["due"] == "2030-12-31"
    assert kinds["annual_review"]["service"] == "S02"


def test_aboriginal_milestone_is_55():
    member = _member(1, "head", "1971-12-01", aboriginal=True)
    result = evaluate(_household([member], region="花蓮縣"), ON)
    assert [r["kind"] for r in result["reminders"]] == ["turning_55"]


def test_every_service_is_both_eligible_and_not_in_the_demo_district():
    documents = generate(3000, seed=2026, as_of=ON)
    results = evaluate_documents(documents, ON)
    seen = {}
    for result in results:
        for code in {s["service"] for s in result["services"]} | {"S15"}:
            any_eligible = any(s["eligible"] for s in result["services"] if s["service"] == code)
            seen.setdefault(code, set()).add(any_eligible)
    assert {code: both for code, both in seen.items() if both != {True, False}} == {}
    assert len(seen) == 19


def test_invalid_relation_data_does_not_crash():
    document = copy.deepcopy(_household([_member(1, "head", "1950-01-01")]))
    document["members"][0]["ltc_cms_level"] = None
    assert evaluate(document, ON)["household_no"] == "N7000001"


@pytest.mark.parametrize("region", ["臺北市", "金門縣", "連江縣", "澎湖縣"])
def test_every_region_has_its_standards(region):
    result = evaluate(_household([_member(1, "head", "1950-01-01", monthly_income=5000)], region=region), ON)
    s01 = next(s for s in result["services"] if s["service"] == "S01")
    assert s01["eligible"]
