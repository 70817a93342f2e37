"""A caseworker's decision as a Task update (what the hub polls for)."""

from __future__ import annotations

from kiosk.json_types import JsonObject
from sync.fhir import validate_resource

BUSINESS_STATUS = "urn:kiosk:agency-decision"
ACTIONS = {  # action -> (Task.status, businessStatus code)
    "approve": ("completed", "approved"),
    "reject": ("rejected", "rejected"),
    "need-documents": ("on-hold", "need-documents"),
}


def decided_task(task: JsonObject, action: str, reason: str) -> JsonObject:
    """The Task after `action`; raises KeyError for an unknown action, ValueError for an invalid Task."""
    status, code = ACTIONS[action]
    updated = {**task, "status": status, "businessStatus": {"coding": [{"system": BUSINESS_STATUS, "code": code}]}}
    if reason.strip():
        updated["statusReason"] = {"text": reason.strip()}
    else:
        updated.pop("statusReason", None)
    validate_resource(updated)
    return updated
