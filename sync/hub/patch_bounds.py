"""What a device's edit may do to a household on the hub: name only the contract's fields
(resources/contracts/household.schema.json), carry values within the import's bounds, and leave a
record of bounded size: every version is kept in full in hub_household_history."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from kiosk.households import patch
from kiosk.households.document import schema
from kiosk.households.limits import limit_problems
from kiosk.json_types import JsonObject
from sync import protocol
from sync.hub.problems import HubProblem

MAX_RECORD_BYTES = 256 * 1024  # a 200-member household is under 100 KB; each version is stored in full


@lru_cache(maxsize=1)
def _fields() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    contract = schema()
    defs = contract["$defs"]
    return (frozenset(contract["properties"]), frozenset(defs["member"]["properties"]),
            frozenset(defs["address"]["properties"]))


def _refuse(path: str, code: str, message: str) -> HubProblem:
    return HubProblem(422, protocol.INVALID_SUBMISSION, "Not a field of a household", fixable_by="none",
                      errors=[{"path": path[:120], "code": code, "message": message}])


def _objects_of(parts: tuple[str, ...], value: Any) -> tuple[list[Any], frozenset[str]]:
    """The objects a change writes whole, and the keys they may have."""
    _top, member, address = _fields()
    if parts[0] == "address" and len(parts) == 1:
        return [value], address
    if parts[0] in patch.MEMBER_LISTS and len(parts) == 1:
        return (value if isinstance(value, list) else []), member
    if parts[0] in patch.MEMBER_LISTS and len(parts) == 2:
        return [value], member
    return [], frozenset()


def check_changes(changes: dict[str, Any]) -> None:
    """422 unless every changed path, and every key of an object it writes whole, is a field of the contract."""
    top, member, _address = _fields()
    for path, value in changes.items():
        parts = patch.split(path)
        if parts[0] not in top or (len(parts) == 3 and parts[2] not in member):
            raise _refuse(path, "unknown_field", "only the contract's fields can be changed")
        objects, allowed = _objects_of(parts, value)
        for written in objects:
            extra = sorted(k for k in written if k not in allowed) if isinstance(written, dict) else []
            if extra:
                raise _refuse(f"{path}/{extra[0]}", "unknown_field", "only the contract's fields can be changed")


def check_record(document: JsonObject) -> None:
    """422 when the edited household breaks the import's bounds or would be too large to keep."""
    found = limit_problems(document, "en")
    if found:
        raise HubProblem(422, protocol.INVALID_SUBMISSION, "The edited household is out of bounds", fixable_by="officer",
                         errors=[{"path": p[:120], "code": "out_of_bounds", "message": reason}
                                 for p, _field, reason in found])
    size = len(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode())
    if size > MAX_RECORD_BYTES:
        raise HubProblem(422, protocol.INVALID_SUBMISSION, "The edited household is too large", fixable_by="officer",
                         errors=[{"path": "/", "code": "too_large",
                                  "message": f"{size} bytes; at most {MAX_RECORD_BYTES}"}])
