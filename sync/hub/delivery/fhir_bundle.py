"""An accepted application revision as a FHIR R4 transaction Bundle (TW Core identifiers).

Every identifier and fullUrl is derived from the delivery id (application, revision, agency), so
sending the same revision twice produces the same Bundle and the agency's conditional creates
(`ifNoneExist`) make the second one a no-op. The Patient carries only what the service's form
asks for (name, ID, and birth date, address, phone when the form has them); the other answers
go into the QuestionnaireResponse, once.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from typing import Any

from kiosk.catalog import Catalog, Service
from kiosk.json_types import JsonObject
from sync.fhir import REVISION_SYSTEM

MOI = "http://www.moi.gov.tw"  # national ID card number (TW Core Patient idCardNumber)
IMMIGRATION = "http://www.immigration.gov.tw"  # resident certificate number (TW Core residentNumber)
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
TW_CORE_PATIENT = "https://twcore.mohw.gov.tw/ig/twcore/StructureDefinition/Patient-twcore"
APPLICATION_SYSTEM = "urn:kiosk:application"
AGENCY_SYSTEM = "urn:kiosk:agency"
SERVICE_SYSTEM = "urn:kiosk:service"
DELIVERY_SYSTEM = "urn:kiosk:delivery"
PATIENT_FIELDS = ("applicant_name", "applicant_id", "birth_date", "address", "phone")  # carried by Patient only
DELIVERY_NAMESPACE = uuid.UUID("6f1c3c52-8a0e-4c5e-9d0c-5b0f5a1d2e77")


def delivery_id(application_id: str, revision: int, agency: str) -> str:
    """Stable across retries, restarts and hubs: the agency's duplicate key."""
    return str(uuid.uuid5(DELIVERY_NAMESPACE, f"{application_id}/{revision}/{agency}"))


def _full_url(delivery: str, part: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.UUID(delivery), part)}"


def _instant(text: str) -> str:
    """The device's naive UTC times, as FHIR wants them: with a zone."""
    return text if text.endswith("Z") or "+" in text[10:] else text + "Z"


def _identifier(id_no: str) -> JsonObject:
    resident = len(id_no) > 1 and id_no[1] not in "12"  # 8/9 and A-D in second place: resident certificate
    system, code = (IMMIGRATION, "PRC") if resident else (MOI, "NI")
    return {"use": "official", "system": system, "value": id_no,
            "type": {"coding": [{"system": V2_0203, "code": code}]}}


def _patient(values: JsonObject, applicant: JsonObject) -> JsonObject:
    id_no = values.get("applicant_id") or applicant.get("id_no")
    assert isinstance(id_no, str), "the hub accepted only revisions that name their applicant"
    patient: dict[str, Any] = {"resourceType": "Patient", "meta": {"profile": [TW_CORE_PATIENT]},
                               "identifier": [_identifier(id_no)],
                               "name": [{"use": "official", "text": values.get("applicant_name") or applicant.get("name")}]}
    if values.get("birth_date"):
        patient["birthDate"] = values["birth_date"]
    if values.get("address"):
        patient["address"] = [{"use": "home", "text": values["address"], "country": "TW"}]
    if values.get("phone"):
        patient["telecom"] = [{"system": "phone", "value": values["phone"]}]
    return patient


def _answer(value: Any) -> JsonObject:
    if isinstance(value, bool):
        return {"valueBoolean": value}
    if isinstance(value, int):
        return {"valueInteger": value}
    if isinstance(value, float):
        return {"valueDecimal": value}
    return {"valueString": str(value)}


QUESTION_TYPES = {"boolean": "boolean", "integer": "integer", "money": "integer", "date": "date", "choice": "choice"}


def questionnaire_url(service: Service) -> str:
    return f"urn:kiosk:questionnaire:{service.code}"


def questionnaire_version(service: Service, catalog: Catalog) -> str:
    return f"{service.form_version}+{catalog.content_hash[:12]}"


def _questionnaire(service: Service, catalog: Catalog) -> JsonObject:
    """The catalog's form, generated, versioned with the form version and the catalog hash."""
    items = []
    for field in service.fields:
        if field.key in PATIENT_FIELDS:
            continue
        item = {"linkId": field.key, "text": field.label.get("zh-TW", field.key),
                "type": QUESTION_TYPES.get(field.type, "string"), "required": field.required}
        if field.choices:
            item["answerOption"] = [{"valueCoding": {"code": c.value, "display": c.label.get("zh-TW", c.value)}}
                                    for c in field.choices]
        items.append(item)
    return {"resourceType": "Questionnaire", "url": questionnaire_url(service),
            "version": questionnaire_version(service, catalog), "status": "active",
            "title": service.names.get("zh-TW", service.code), "item": items}


def _response(service: Service, catalog: Catalog, values: JsonObject, patient: str, submitted_at: str) -> JsonObject:
    items = []
    for field in service.fields:
        value = values.get(field.key)
        if field.key in PATIENT_FIELDS or value is None:
            continue
        answer = {"valueCoding": {"code": value}} if field.type == "choice" else \
            {"valueDate": value} if field.type == "date" else _answer(value)
        items.append({"linkId": field.key, "text": field.label.get("zh-TW", field.key), "answer": [answer]})
    return {"resourceType": "QuestionnaireResponse", "status": "completed",
            "questionnaire": f"{questionnaire_url(service)}|{questionnaire_version(service, catalog)}",
            "subject": {"reference": patient}, "authored": submitted_at, "item": items}


def _related_person(consent: JsonObject, patient: str) -> JsonObject | None:
    relation = (consent.get("relation") or "").strip()
    if consent.get("method") != "proxy" and not relation:
        return None
    return {"resourceType": "RelatedPerson", "patient": {"reference": patient}, "active": True,
            "name": [{"text": consent.get("given_by") or ""}], "relationship": [{"text": relation or "proxy"}]}


def _consent(consent: JsonObject, patient: str, proxy: str | None) -> JsonObject:
    resource: dict[str, Any] = {
        "resourceType": "Consent", "status": "active",
        "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy"}]},
        "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0", "display": "Patient Consent"}],
                      "text": "個人資料保護法 告知同意"}],
        "patient": {"reference": patient}, "dateTime": _instant(consent["given_at"]),
        "policy": [{"uri": f"urn:kiosk:privacy-notice:{consent['notice_version']}"}],
        "extension": [{"url": "urn:kiosk:consent-method", "valueCode": consent.get("method") or "signature"},
                      {"url": "urn:kiosk:consent-health-data", "valueBoolean": bool(consent.get("health_data"))},
                      *({"url": "urn:kiosk:consent-witness", "valueString": w} for w in consent.get("witnesses") or ())],
        "provision": {"type": "permit"}}
    if proxy:
        resource["performer"] = [{"reference": proxy}]
    return resource


SIGNATURE_CODE = "consent_signature"  # DocumentReference.type of the consent's signature image


def _document(item: JsonObject, data: bytes, patient: str) -> JsonObject:
    return {"resourceType": "DocumentReference", "status": "current",
            "type": {"coding": [{"system": "urn:kiosk:document", "code": item.get("document_code") or "attachment"}]},
            "subject": {"reference": patient},
            "content": [{"attachment": {"contentType": item.get("mime") or "application/octet-stream",
                                        "title": item.get("name"), "size": len(data),
                                        "hash": base64.b64encode(hashlib.sha1(data).digest()).decode(),
                                        "data": base64.b64encode(data).decode()}}]}


def _signature(consent: JsonObject, patient: str, signer: str) -> JsonObject | None:
    """The consent's signature image (the device renders it into the payload), signed by the
    applicant or the proxy; the Consent names it as its source."""
    if not consent.get("signature_png"):
        return None
    png = base64.b64decode(consent["signature_png"], validate=True)
    document = _document({"document_code": SIGNATURE_CODE, "mime": "image/png", "name": "consent-signature.png"},
                         png, patient)
    document["category"] = [{"coding": [{"system": "http://loinc.org", "code": "59284-0",
                                         "display": "Patient Consent"}]}]
    document["description"] = "個人資料保護法告知同意簽名"
    document["author"] = [{"reference": signer}]
    document["content"][0]["attachment"]["creation"] = _instant(consent["given_at"])
    return document


def _entry(full_url: str, resource: JsonObject, if_none_exist: str | None = None) -> JsonObject:
    request = {"method": "POST", "url": resource["resourceType"]}
    if if_none_exist:
        request["ifNoneExist"] = if_none_exist
    return {"fullUrl": full_url, "resource": resource, "request": request}


def build_bundle(delivery: str, payload: JsonObject, digest: str, service: Service, catalog: Catalog,
                 agency_id: str, agency_name: str, blobs: dict[str, bytes]) -> JsonObject:
    """The transaction Bundle for one delivery. `blobs` holds the attachments' bytes by SHA-256."""
    def url(part: str) -> str:
        return _full_url(delivery, part)
    values, consent = payload.get("values") or {}, payload.get("consent") or {}
    patient = _patient(values, payload.get("applicant") or {})
    patient_ref, task_ref = url("patient"), url("task")
    identifier = patient["identifier"][0]
    entries = [_entry(patient_ref, patient, f"identifier={identifier['system']}|{identifier['value']}")]
    organization = {"resourceType": "Organization", "identifier": [{"system": AGENCY_SYSTEM, "value": agency_id}],
                    "name": agency_name}
    entries.append(_entry(url("organization"), organization, f"identifier={AGENCY_SYSTEM}|{agency_id}"))
    questionnaire = _questionnaire(service, catalog)
    entries.append(_entry(url("questionnaire"), questionnaire,
                          f"url={questionnaire['url']}&version={questionnaire['version']}"))
    submitted_at = _instant(payload["submitted_at"])
    entries.append(_entry(url("answers"), _response(service, catalog, values, patient_ref, submitted_at)))
    proxy = _related_person(consent, patient_ref)
    if proxy:
        entries.append(_entry(url("proxy"), proxy))
    signature = _signature(consent, patient_ref, url("proxy") if proxy else patient_ref)
    consent_resource = _consent(consent, patient_ref, url("proxy") if proxy else None)
    if signature:
        entries.append(_entry(url("signature"), signature))
        consent_resource["sourceReference"] = {"reference": url("signature")}
    entries.append(_entry(url("consent"), consent_resource))
    documents = []
    for index, item in enumerate(payload.get("attachments") or ()):
        documents.append(url(f"document/{index}"))
        entries.append(_entry(documents[-1], _document(item, blobs[item["sha256"]], patient_ref)))
    revision_key = f"{payload['application_id']}/{payload['revision']}"
    task = {"resourceType": "Task", "status": "requested", "intent": "order",
            "identifier": [{"system": REVISION_SYSTEM, "value": revision_key}],
            "groupIdentifier": {"system": APPLICATION_SYSTEM, "value": payload["application_id"]},
            "code": {"coding": [{"system": SERVICE_SYSTEM, "code": service.code}],
                     "text": service.names.get("zh-TW", service.code)},
            "for": {"reference": patient_ref}, "focus": {"reference": url("answers")},
            "owner": {"reference": url("organization")}, "authoredOn": submitted_at,
            "input": [{"type": {"text": "consent"}, "valueReference": {"reference": url("consent")}},
                      *({"type": {"text": "attachment"}, "valueReference": {"reference": d}} for d in documents)]}
    entries.append(_entry(task_ref, task, f"identifier={REVISION_SYSTEM}|{revision_key}"))
    provenance = {"resourceType": "Provenance", "target": [{"reference": task_ref}, {"reference": url("answers")},
                                                            {"reference": url("consent")}],
                  "recorded": submitted_at,
                  "agent": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                                  "code": "author"}]},
                             "who": {"identifier": {"system": "urn:kiosk:device-key",
                                                    "value": str(payload.get("device_key_id"))}}}],
                  "entity": [{"role": "source",  # the SHA-256 the device signed its submission with
                              "what": {"identifier": {"system": "urn:kiosk:payload-sha256", "value": digest}}}]}
    entries.append(_entry(url("provenance"), provenance))
    return {"resourceType": "Bundle", "type": "transaction",
            "identifier": {"system": DELIVERY_SYSTEM, "value": delivery}, "entry": entries}
