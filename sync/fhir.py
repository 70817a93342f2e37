"""FHIR R4 checks shared by the hub's connector and the reference agency.

fhir.resources 8 ships R4B models (`fhir.resources.R4B`); R4B changed none of the resources we
exchange (Patient, RelatedPerson, Organization, Questionnaire(Response), Consent,
DocumentReference, Task, Provenance, Bundle), so they validate R4 content.
"""

from __future__ import annotations

REVISION_SYSTEM = "urn:kiosk:application-revision"  # Task.identifier: the agency's duplicate key


def validate_resource(resource: dict) -> None:
    """Raise ValueError unless `resource` is a valid resource of its resourceType."""
    from fhir.resources.R4B import get_fhir_model_class
    from pydantic import ValidationError

    try:
        get_fhir_model_class(str(resource.get("resourceType"))).model_validate(resource)
    except (ValidationError, KeyError) as exc:
        raise ValueError(str(exc)) from None


def validate_bundle(bundle: dict) -> None:
    """The Bundle, and through it every entry's resource against its own type's model (the Bundle
    model dispatches on resourceType: validating entries again costs five times as much)."""
    validate_resource(bundle)
