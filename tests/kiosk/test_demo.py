"""The demo district: deterministic, valid, and shaped like the people we serve."""

from collections import Counter
from datetime import date

from kiosk.demo.generator import generate
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
