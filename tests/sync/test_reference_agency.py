"""The reference agency on its own: it refuses what does not validate (storing nothing and echoing
no answers), stores a repeated transaction once, and its caseworker pages escape what they show
and speak the caseworker's language."""

from __future__ import annotations

import copy

import requests

from tests.sync.agency_live import LiveAgency
from tests.sync.test_fhir_bundle import bundle_for, payload


def post(agency: LiveAgency, bundle: dict) -> requests.Response:
    return requests.post(agency.url + "/fhir", json=bundle, timeout=10)


def test_an_invalid_bundle_is_refused_without_echoing_it_and_nothing_is_stored(agency):
    bundle = bundle_for(payload("S03"))
    broken = copy.deepcopy(bundle)
    patient = broken["entry"][0]["resource"]
    patient["birthDate"] = "not-a-date-A123456789"
    answer = post(agency, broken)
    assert answer.status_code == 422 and answer.json()["resourceType"] == "OperationOutcome"
    assert "A123456789" not in answer.text and patient["identifier"][0]["value"] not in answer.text
    assert post(agency, {**bundle, "type": "batch"}).status_code == 400
    assert not agency.state.store.cases()


def test_the_same_transaction_twice_is_one_case_with_the_same_answer(agency):
    bundle = bundle_for(payload("S07"))
    first, second = post(agency, bundle), post(agency, bundle)
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json() and second.headers.get("X-Duplicate") == "true"
    case, = agency.state.store.cases()
    task = requests.get(f"{agency.url}/fhir/Task/{case.id}", timeout=10).json()
    assert task["status"] == "requested" and task["identifier"][0]["value"].endswith("/1")


def test_caseworker_pages_escape_what_they_show_and_speak_the_chosen_language(agency):
    item = payload("S03")
    item["values"]["applicant_name"] = "<script>alert(1)</script>王"
    post(agency, bundle_for(item))
    case, = agency.state.store.cases()
    inbox = requests.get(agency.url + "/?lang=vi", timeout=10).text
    assert "<script>alert(1)</script>" not in inbox and "&lt;script&gt;" in inbox
    assert "Hộp hồ sơ đến" in inbox and "Đang chờ xét duyệt" in inbox
    detail = requests.get(f"{agency.url}/cases/{case.id}?lang=en", timeout=10).text
    assert "Ask for documents" in detail and "700-00012345678" in detail
    refused = requests.post(f"{agency.url}/cases/{case.id}/decision", data={"action": "erase"}, timeout=10,
                            allow_redirects=False)
    assert refused.status_code == 400
    assert requests.get(f"{agency.url}/cases/nope", timeout=10).status_code == 404


def test_a_batch_of_transactions_is_answered_entry_by_entry_and_only_the_valid_ones_are_stored_once(agency):
    s03, s16 = bundle_for(payload("S03")), bundle_for(payload("S16"))
    broken = copy.deepcopy(bundle_for(payload("S07")))
    broken["entry"][0]["resource"]["birthDate"] = "not-a-date-A123456789"
    batch = {"resourceType": "Bundle", "type": "batch",
             "entry": [{"resource": b, "request": {"method": "POST", "url": "."}} for b in (s03, broken, s16, s03)]}
    answer = post(agency, batch)
    assert answer.status_code == 200 and answer.json()["type"] == "batch-response"
    entries = answer.json()["entry"]
    assert [e["response"]["status"].split()[0] for e in entries] == ["201", "422", "201", "200"]
    assert entries[1]["response"]["outcome"]["issue"][0]["code"] == "invalid" and "A123456789" not in answer.text
    assert entries[0]["resource"] == entries[3]["resource"]  # the same transaction twice: one case, one answer
    assert len(agency.state.store.cases()) == 2 and agency.state.transactions == 1
    again = post(agency, batch).json()["entry"]
    assert [e["response"]["status"].split()[0] for e in again] == ["200", "422", "200", "200"]
    assert len(agency.state.store.cases()) == 2
