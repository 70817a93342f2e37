"""The demo district: deterministic, valid, and shaped like the people we serve."""

from collections import Counter
from datetime import date

from kiosk.demo.generator import generate
from kiosk.demo.showcase import FOREIGN_CAREGIVER_CASES
from kiosk.households.document import validate_document
from kiosk.identity import parse_id
from kiosk.rocdate import age_on

from tests.conftest import REFERENCE_DAY


def test_same_seed_same_district_other_seed_other_district():
    assert generate(50, seed=3, as_of=REFERENCE_DAY) == generate(50, seed=3, as_of=REFERENCE_DAY)
    assert generate(50, seed=3, as_of=REFERENCE_DAY) != generate(50, seed=4, as_of=REFERENCE_DAY)


def test_every_document_is_valid_and_ids_are_unique():
    documents = generate(1500, seed=5, as_of=REFERENCE_DAY)
    for index, document in enumerate(documents):
        assert validate_document(document, index, today=REFERENCE_DAY) == [], document["household_no"]
    ids = [m["id_no"] for d in documents for m in d["members"] + d["relatives_elsewhere"]]
    assert len(ids) == len(set(ids))
    assert len({d["household_no"] for d in documents}) == len(documents)


def test_shape_of_the_district():
    documents = generate(3000, seed=6, as_of=REFERENCE_DAY)
    people = [m for d in documents for m in d["members"]]
    ages = [age_on(date.fromisoformat(m["birth_date"]), REFERENCE_DAY) for m in people]
    seniors = sum(a >= 65 for a in ages) / len(ages)
    assert 0.3 < seniors < 0.6, seniors  # skewed to seniors (Taiwan overall is about 20%)
    assert 2.0 < len(people) / len(documents) < 3.2
    kinds = Counter(parse_id(m["id_no"]).kind for m in people)
    assert kinds["resident"] > 30
    assert sum(1 for m in people if m.get("legacy_id_no")) > 15
    assert {parse_id(m["legacy_id_no"]).kind for m in people if m.get("legacy_id_no")} == {"resident_legacy"}
    assert sum(1 for m in people if m["id_no"][2] == "6") > 5  # naturalised spouses
    assert len({d["region"] for d in documents}) >= 20
    assert sum(1 for m in people if m["disability"]) / len(people) > 0.05
    assert {m["disability"]["level"] for m in people if m["disability"]} == {"mild", "moderate", "severe", "profound"}
    assert any(m["disability"] and m["disability"]["certificate_expiry"] is None for m in people)
    assert {m["ltc_cms_level"] for m in people if m["ltc_cms_level"]} == set(range(2, 9))
    assert Counter(d["status"] for d in documents).keys() == {"none", "low_income", "middle_low_income"}
    assert sum(1 for m in people if m["aboriginal"]) > 20
    assert sum(1 for m in people if m["days_in_taiwan_last_year"] < 183) > 10
    assert sum(1 for d in documents if d["relatives_elsewhere"]) > 100
    assert sum(1 for d in documents if d.get("hardship_events")) > 20
    assert sum(1 for m in people if m["birth_date"] <= "1943-10-01") > 50
    assert any(not m.get("can_work_in_taiwan", True) for m in people)
    assert any(m["name"].isascii() for m in people) and any("氏" in m["name"] for m in people)


def test_every_hard_case_of_eligibility_is_in_the_district():
    documents = generate(200, seed=8, as_of=REFERENCE_DAY)
    for index, document in enumerate(documents):
        assert validate_document(document, index, today=REFERENCE_DAY) == [], document["household_no"]
    cases = {d["notes"].removeprefix("showcase: "): d for d in documents if (d["notes"] or "").startswith("showcase")}

    def age(member):
        return age_on(date.fromisoformat(member["birth_date"]), REFERENCE_DAY)

    spouse = cases["vietnamese_spouse_without_registration"]["members"][1]
    assert (spouse["nationality"], spouse["residence_permit"], age(spouse)) == ("VN", "arc", 68)
    assert cases["japanese_spouse"]["members"][1]["nationality"] == "JP"
    assert cases["permanent_resident"]["members"][0]["residence_permit"] == "aprc"
    naturalised = cases["naturalised_citizen"]["members"][1]
    assert naturalised["naturalised"] and naturalised["original_nationality"] == "VN"
    native = cases["native_citizen_third_digit_6"]["members"][0]
    assert native["id_no"][2] == "6" and not native.get("naturalised") and native.get("nationality", "TW") == "TW"
    carer = cases["care_level_4_at_57"]["members"][0]
    assert (age(carer), carer["ltc_cms_level"]) == (57, 4)
    assert min(age(m) for m in cases["mother_with_child_under_6"]["members"]) < 6
    farmer = cases["farmer_with_farmer_insurance"]["members"][0]
    assert farmer["social_insurance"] == "farmer" and farmer["farmer_insurance_years"] >= 15
    assert cases["dementia_at_52"]["members"][0]["dementia"] and age(cases["dementia_at_52"]["members"][0]) >= 50
    child = cases["disabled_child"]["members"][1]
    assert child["disability"] and age(child) < 18
    assert cases["foreign_caregiver_household"]["foreign_caregiver"] is True
    overdue = cases["overdue_disability_certificate"]["members"][0]["disability"]["certificate_expiry"]
    assert overdue < REFERENCE_DAY.isoformat()
    # the rest of the district carries the new facts too
    people = [m for d in documents for m in d["members"]]
    assert {m.get("social_insurance") for m in people} >= {"labor", "farmer", "national_pension"}
    assert sum(1 for d in documents if d.get("foreign_caregiver")) > len(FOREIGN_CAREGIVER_CASES)
