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
