"""The store scan reads facts by a different road (packed SQL columns) than documents do; both
must give the same answers."""

import random

import numpy as np

from kiosk.households.importer import iter_documents
from kiosk.rules import evaluate_documents
from kiosk.rules.proactive import plan_visits, scores
from kiosk.rules.results import HouseholdView
from kiosk.rules.scan import fill_details, scan_store

from tests.conftest import REFERENCE_DAY


def test_scan_equals_documents(demo_store):
    evaluation, _keys, rowids = scan_store(demo_store, REFERENCE_DAY)
    count = len(evaluation.population.household_numbers)
    assert count == 600
    sample = sorted(random.Random(5).sample(range(count), 150))
    fill_details(demo_store, evaluation.population, rowids, sample)
    from_scan = {evaluation.population.household_numbers[h]: HouseholdView(evaluation, h).result() for h in sample}
    documents = [d for d in iter_documents(demo_store) if d["household_no"] in from_scan]
    from_documents = {r["household_no"]: r for r in evaluate_documents(documents, REFERENCE_DAY)}
    assert from_scan == from_documents


def test_visit_plan_is_ordered_by_score(demo_store):
    evaluation, _keys, rowids = scan_store(demo_store, REFERENCE_DAY)
    computed = scores(evaluation)
    visits = plan_visits(evaluation, 10, lambda hs: fill_details(demo_store, evaluation.population, rowids, hs))
    assert [v.score for v in visits] == sorted((v.score for v in visits), reverse=True)
    assert visits[0].score == computed["score"].max()
    assert all(v.head_name for v in visits)
    assert np.all(computed["unclaimed"] >= 0)
    top = visits[0]
    assert top.unclaimed_monthly > 0 and top.unclaimed


def test_scan_equals_documents_for_every_hard_case(demo_store):
    """The showcase households (kiosk.demo.showcase) carry the contract's newer facts in `extra`."""
    documents = [d for d in iter_documents(demo_store) if (d.get("notes") or "").startswith("showcase")]
    assert len(documents) >= 14
    evaluation, _keys, rowids = scan_store(demo_store, REFERENCE_DAY)
    index = {no: h for h, no in enumerate(evaluation.population.household_numbers)}
    wanted = [index[d["household_no"]] for d in documents]
    fill_details(demo_store, evaluation.population, rowids, wanted)
    from_scan = {evaluation.population.household_numbers[h]: HouseholdView(evaluation, h).result() for h in wanted}
    assert from_scan == {r["household_no"]: r for r in evaluate_documents(documents, REFERENCE_DAY)}


def test_visit_plan_names_the_better_of_two_and_a_care_quota_as_services():
    from kiosk.rules.engine import simulate
    from kiosk.rules.units import population_from_documents

    from tests.synthetic import synthetic_id

    farmer = {"id_no": synthetic_id(1, sex="M"), "name": "林阿伯", "sex": "M", "birth_date": "1952-01-01",
              "relation": "head", "monthly_income": 20000, "farmer_insurance_years": 30, "ltc_cms_level": 6}
    document = {"schema_version": 1, "household_no": "P1234567", "region": "雲林縣", "members": [farmer]}
    evaluation = simulate(population_from_documents([document], REFERENCE_DAY))
    reason = plan_visits(evaluation, 1)[0].reason
    assert "老年農民福利津貼" in reason["zh-TW"] and "建議選本項" in reason["zh-TW"]
    assert "價值" in reason["zh-TW"] and "每月約 28,070" not in reason["zh-TW"]
    assert set(reason) == {"zh-TW", "en", "vi", "id", "th"}
