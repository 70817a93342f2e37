"""Each application as an R4 transaction Bundle: valid resource by resource, TW Core identifiers,
a Patient holding only what the service's form asks, stable identifiers, and the checked-in
examples for three services still what the hub sends (KIOSK_WRITE_EXAMPLES=1 rewrites them)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

import pytest

from kiosk.applications.signatures import render_signature, synthetic_signature
from kiosk.catalog import load_catalog
from sync.fhir import validate_bundle, validate_resource
from sync.hub.delivery.fhir_bundle import SIGNATURE_CODE, build_bundle, delivery_id
from tests.synthetic import synthetic_id

EXAMPLES = Path(__file__).resolve().parents[2] / "sync" / "hub" / "examples"
PHOTO = b"\xff\xd8\xff\xe0synthetic signed form\xff\xd9"
SHA = hashlib.sha256(PHOTO).hexdigest()
SIGNATURE = render_signature(synthetic_signature(1, 300, 100), 300, 100, scale=1.0)  # as the device renders it
ANSWERS = {
    "S03": {"living_arrangement": "alone", "institutionalised": False, "receive_by": "bank",
            "bank_account": "700-00012345678", "phone": "02-2306-1234"},
    "S07": {"needs": "home_care", "has_foreign_caregiver": False, "phone": "02-2306-1234"},
    "S16": {},
}


def payload(service: str, id_no: str | None = None, consent: dict | None = None) -> dict:
    id_no = id_no or synthetic_id(23)
    return {"application_id": f"0190a000-0000-7000-8000-00000000{service[1:]:0>4}", "revision": 1, "service": service,
            "household_no": "F0000001", "person": id_no, "applicant": {"name": "王大明", "id_no": id_no},
            "values": {"applicant_name": "王大明", "applicant_id": id_no, "birth_date": "1950-03-08",
                       "address": "臺北市萬華區福星里8鄰西寧南路50號4樓", **ANSWERS[service]},
            "consent": consent or {"id": "c1", "method": "signature", "given_by": "王大明", "relation": None,
                                   "witnesses": [], "notice_version": "N-1", "health_data": service != "S03",
                                   "signature_id": "s1", "given_at": "2026-11-20T09:30:00",
                                   "signature_png": base64.b64encode(SIGNATURE).decode()},
            "attachments": [{"name": "signed_form.jpg", "sha256": SHA, "size": len(PHOTO), "mime": "image/jpeg",
                             "document_code": "signed_form"}],
            "device_key_id": "k-0001", "submitted_at": "2026-11-20T09:31:00"}


def bundle_for(item: dict) -> dict:
    catalog = load_catalog()
    delivery = delivery_id(item["application_id"], item["revision"], "taipei-social-welfare")
    return build_bundle(delivery, item, "ab" * 32, catalog.service(item["service"]), catalog,
                        "taipei-social-welfare", "臺北市政府社會局", {SHA: PHOTO})


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


@pytest.mark.parametrize("service", ["S03", "S07", "S16"])
def test_examples_validate_and_are_what_the_hub_builds(service):
    built = bundle_for(payload(service))
    path = EXAMPLES / f"{service}-transaction.json"
    if os.environ.get("KIOSK_WRITE_EXAMPLES") == "1":
        path.write_text(json.dumps(built, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    example = json.loads(path.read_text(encoding="utf-8"))
    validate_bundle(example)
    assert example == built
    kinds = {e["resource"]["resourceType"] for e in example["entry"]}
    assert {"Patient", "QuestionnaireResponse", "Consent", "DocumentReference", "Task", "Provenance"} <= kinds


def test_patient_carries_only_the_fields_the_form_asks_for():
    s16 = bundle_for(payload("S16"))  # its form has no phone
    patient, = resources(s16, "Patient")
    assert set(patient) == {"resourceType", "meta", "identifier", "name", "birthDate", "address"}
    s03 = bundle_for(payload("S03"))
    patient, = resources(s03, "Patient")
    assert patient["telecom"] == [{"system": "phone", "value": "02-2306-1234"}]
    answered = {i["linkId"] for i in resources(s03, "QuestionnaireResponse")[0]["item"]}
    assert answered == {"living_arrangement", "institutionalised", "receive_by", "bank_account"}  # identity once


def test_national_and_resident_numbers_use_the_tw_core_systems():
    national = resources(bundle_for(payload("S03")), "Patient")[0]["identifier"][0]
    resident_id = synthetic_id(24, kind="resident")
    resident = resources(bundle_for(payload("S03", resident_id)), "Patient")[0]["identifier"][0]
    assert national["system"] == "http://www.moi.gov.tw" and national["type"]["coding"][0]["code"] == "NI"
    assert resident["system"] == "http://www.immigration.gov.tw" and resident["value"] == resident_id


def test_the_same_revision_builds_the_same_bundle_and_a_proxy_signer_is_a_related_person():
    proxy = {"id": "c2", "method": "proxy", "given_by": "王小華", "relation": "女兒", "witnesses": ["李里長"],
             "notice_version": "N-1", "health_data": True, "signature_id": "s2", "given_at": "2026-11-20T09:30:00"}
    first, second = bundle_for(payload("S07", consent=proxy)), bundle_for(payload("S07", consent=proxy))
    assert first == second
    validate_bundle(first)
    related, = resources(first, "RelatedPerson")
    assert related["relationship"] == [{"text": "女兒"}]
    consent, = resources(first, "Consent")
    assert consent["performer"][0]["reference"] == next(e["fullUrl"] for e in first["entry"]
                                                        if e["resource"]["resourceType"] == "RelatedPerson")
    assert {"url": "urn:kiosk:consent-witness", "valueString": "李里長"} in consent["extension"]
    document, = resources(first, "DocumentReference")
    assert base64.b64decode(document["content"][0]["attachment"]["data"]) == PHOTO


def _signature_document(bundle: dict) -> tuple[str, dict] | None:
    return next(((e["fullUrl"], e["resource"]) for e in bundle["entry"] if e["resource"]["resourceType"] ==
                 "DocumentReference" and e["resource"]["type"]["coding"][0]["code"] == SIGNATURE_CODE), None)


def test_the_consent_signature_is_a_document_reference_the_consent_names_as_its_source():
    bundle = bundle_for(payload("S03"))
    validate_bundle(bundle)
    full_url, document = _signature_document(bundle)
    validate_resource(document)  # on its own too, with fhir.resources
    attachment = document["content"][0]["attachment"]
    assert attachment["contentType"] == "image/png" and base64.b64decode(attachment["data"]) == SIGNATURE
    assert attachment["size"] == len(SIGNATURE) and attachment["creation"] == "2026-11-20T09:30:00Z"
    patient_url = bundle["entry"][0]["fullUrl"]
    assert document["subject"]["reference"] == patient_url and document["author"] == [{"reference": patient_url}]
    consent, = resources(bundle, "Consent")
    assert consent["sourceReference"] == {"reference": full_url}


def test_a_proxys_signature_is_authored_by_the_proxy_and_a_fingerprint_consent_has_no_signature_image():
    proxy = {"id": "c2", "method": "proxy", "given_by": "王小華", "relation": "女兒", "witnesses": [],
             "notice_version": "N-1", "health_data": True, "signature_id": "s2", "given_at": "2026-11-20T09:30:00",
             "signature_png": base64.b64encode(SIGNATURE).decode()}
    bundle = bundle_for(payload("S07", consent=proxy))
    validate_bundle(bundle)
    related = next(e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "RelatedPerson")
    assert _signature_document(bundle)[1]["author"] == [{"reference": related}]
    fingerprint = {**proxy, "method": "fingerprint", "relation": None, "witnesses": ["李里長", "陳社工"],
                   "signature_id": None}
    del fingerprint["signature_png"]
    bundle = bundle_for(payload("S07", consent=fingerprint))
    validate_bundle(bundle)
    assert _signature_document(bundle) is None and "sourceReference" not in resources(bundle, "Consent")[0]


@pytest.mark.parametrize(("kind", "required"), [("Task", "intent"), ("Consent", "scope"), ("Provenance", "recorded"),
                                                ("QuestionnaireResponse", "status"), ("Questionnaire", "status")])
def test_a_resource_missing_what_r4_requires_fails_the_whole_bundle(kind, required):
    import copy

    validate_bundle(bundle_for(payload("S07")))  # its Questionnaire known valid: a changed one is checked again
    bundle = copy.deepcopy(bundle_for(payload("S07")))
    del resources(bundle, kind)[0][required]
    with pytest.raises(ValueError):
        validate_bundle(bundle)
