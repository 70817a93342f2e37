"""FHIR R4 checks shared by the hub's connector and the reference agency.

fhir.resources 8 ships R4B models (`fhir.resources.R4B`); R4B changed none of the resources we
exchange (Patient, RelatedPerson, Organization, Questionnaire(Response), Consent,
DocumentReference, Task, Provenance, Bundle), so they validate R4 content.
"""

from __future__ import annotations

import json

from kiosk.json_types import JsonObject

REVISION_SYSTEM = "urn:kiosk:application-revision"  # Task.identifier: the agency's duplicate key


def validate_resource(resource: JsonObject) -> None:
    """Raise ValueError unless `resource` is a valid resource of its resourceType."""
    from fhir.resources.R4B import get_fhir_model_class
    from pydantic import ValidationError

    try:
        get_fhir_model_class(str(resource.get("resourceType"))).model_validate(resource)
    except (ValidationError, KeyError) as exc:
        raise ValueError(str(exc)) from None


REPEATED = ("Questionnaire", "Organization")  # the same in every Bundle of a service, of an agency
_known_valid: dict[str, None] = {}  # canonical JSON of repeated resources already validated (insertion order)
KNOWN_VALID_LIMIT = 512


def _validate_once(resource: JsonObject) -> None:
    key = json.dumps(resource, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if key in _known_valid:
        return
    validate_resource(resource)
    _known_valid[key] = None
    while len(_known_valid) > KNOWN_VALID_LIMIT:
        _known_valid.pop(next(iter(_known_valid)), None)


def validate_bundle(bundle: JsonObject) -> None:
    """The Bundle, and through it every entry's resource against its own type's model (the Bundle
    model dispatches on resourceType: validating entries again costs five times as much). The
    Questionnaire and Organization recur unchanged in every Bundle, so each distinct one is
    validated once and left out of the Bundle checked after (a fifth of the time per Bundle)."""
    entries = bundle.get("entry")
    if not isinstance(entries, list):
        validate_resource(bundle)
        return
    rest = []
    for entry in entries:
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if isinstance(resource, dict) and resource.get("resourceType") in REPEATED:
            _validate_once(resource)
            entry = {k: v for k, v in entry.items() if k != "resource"}
        rest.append(entry)
    validate_resource({**bundle, "entry": rest})
