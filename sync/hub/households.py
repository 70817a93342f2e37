"""Households on the hub: imported per officer scope, versioned, edited by field-level patches
merged three ways. Every replaced version is kept in the history, including the losing side."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row, insert, select, update
from sqlalchemy.engine import Connection

from kiosk.households import patch
from kiosk.households.document import canonical_document, validate_document
from kiosk.households.limits import document_limit_problems
from kiosk.households.shared_ids import reject_shared_ids
from kiosk.json_types import JsonObject
from sync import protocol
from sync.hub import feed, patch_bounds, schema
from sync.hub.auth import Caller
from sync.hub.db import HubDatabase, utcnow
from sync.hub.problems import HubProblem

IMPORT_BATCH = 2000


def dumps(document: JsonObject) -> str:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _history(conn: Connection, row: Row[Any], source: str, device_id: str | None = None) -> None:  # a hub_household row
    conn.execute(insert(schema.household_history).values(
        household_no=row.household_no, version=row.version, data=row.data, source=source, device_id=device_id,
        at=utcnow()))


def import_documents(db: HubDatabase, documents: Iterable[JsonObject], scope: str, lang: str | None = None) -> JsonObject:
    """Create or update households in `scope`; a household that moves here from another scope
    leaves it with an out_of_scope entry there. A document over the import bounds, invalid, or
    registering an ID number another household has is rejected with its reason, never stored
    (the same checks as the kiosk's own import)."""
    report: JsonObject = {"created": 0, "updated": 0, "moved": 0, "unchanged": 0, "invalid": 0, "rejected": []}
    problems, valid, indexes = [], [], []
    for index, document in enumerate(documents):
        found = document_limit_problems(document, index, lang) or validate_document(document, index, lang)
        if found:
            problems += found
        else:
            valid.append(document)
            indexes.append(index)
    clashes, valid, _ = reject_shared_ids(valid, indexes, _registered_elsewhere(db, valid), lang)
    problems += clashes
    report["invalid"] = len({p.index for p in problems})
    report["rejected"] = [p.as_dict() for p in problems]
    for start in range(0, len(valid), IMPORT_BATCH):
        with db.write() as conn:
            _import_batch(conn, valid[start:start + IMPORT_BATCH], scope, report)
    return report


def _registered_elsewhere(db: HubDatabase, documents: list[JsonObject]) -> dict[str, str]:
    """{id_no: household_no} of the hub's households the file does not replace."""
    replaced = {doc["household_no"] for doc in documents}
    wanted = {m["id_no"] for doc in documents for m in doc["members"]}
    hh = schema.household
    owners: dict[str, str] = {}
    with db.read() as conn:
        for number, text in conn.execute(select(hh.c.household_no, hh.c.data).where(hh.c.deleted.is_(False))):
            if number not in replaced:
                owners.update((m["id_no"], number) for m in json.loads(text).get("members", ())
                              if m.get("id_no") in wanted)
    return owners


def _import_batch(conn: Connection, documents: list[JsonObject], scope: str, report: dict[str, int]) -> None:
    hh = schema.household
    numbers = [d["household_no"] for d in documents]
    existing = {r.household_no: r for r in conn.execute(select(hh).where(hh.c.household_no.in_(numbers))).all()}
    now = utcnow()
    fresh, entries = [], []
    for document in documents:
        number, text = document["household_no"], dumps(canonical_document(document))
        row = existing.get(number)
        if row is None:
            fresh.append({"household_no": number, "scope": scope, "version": 1, "data": text, "deleted": False,
                          "updated_at": now})
            entries.append({"scope": scope, "kind": "household", "key": number, "version": 1, "op": "upsert"})
            report["created"] += 1
            continue
        if row.data == text and row.scope == scope and not row.deleted:
            report["unchanged"] += 1
            continue
        _history(conn, row, "import")
        version = row.version + 1
        conn.execute(update(hh).where(hh.c.household_no == number).values(
            scope=scope, version=version, data=text, deleted=False, updated_at=now))
        if row.scope != scope:
            entries.append({"scope": row.scope, "kind": "household", "key": number, "version": version,
                            "op": "out_of_scope"})
            report["moved"] += 1
        else:
            report["updated"] += 1
        entries.append({"scope": scope, "kind": "household", "key": number, "version": version, "op": "upsert"})
    if fresh:
        conn.execute(insert(hh), fresh)
    feed.append(conn, entries)


def delete_household(db: HubDatabase, household_no: str) -> None:
    hh = schema.household
    with db.write() as conn:
        row = conn.execute(select(hh).where(hh.c.household_no == household_no).with_for_update()).first()
        if row is None or row.deleted:
            return
        _history(conn, row, "delete")
        conn.execute(update(hh).where(hh.c.household_no == household_no).values(
            deleted=True, version=row.version + 1, updated_at=utcnow()))
        feed.append(conn, [{"scope": row.scope, "kind": "household", "key": household_no,
                            "version": row.version + 1, "op": "delete"}])


def replace_document(conn: Connection, row: Row[Any], document: JsonObject, source: str,
                     device_id: str | None = None) -> int:
    """Store a new version of a household (the caller holds the row); returns the version."""
    _history(conn, row, source, device_id)
    version: int = row.version + 1
    conn.execute(update(schema.household).where(schema.household.c.household_no == row.household_no).values(
        version=version, data=dumps(document), updated_at=utcnow()))
    feed.append(conn, [{"scope": row.scope, "kind": "household", "key": row.household_no, "version": version,
                        "op": "upsert"}])
    return version


def parse_if_match(value: str | None) -> int:
    if not value:
        raise HubProblem(428, protocol.PRECONDITION_REQUIRED, "If-Match with the household version is required")
    text = value.strip().removeprefix("W/").strip('"')
    if not text.startswith("v") or not text[1:].isdigit():
        raise HubProblem(400, protocol.PRECONDITION_REQUIRED, "If-Match must look like \"v12\"")
    return int(text[1:])


def patch_household(conn: Connection, caller: Caller, household_no: str, if_match: str | None,
                    changes: JsonObject, base: JsonObject) -> tuple[int, JsonObject]:
    """Three-way merge of a device's field edits into the current record: (status, body)."""
    expected = parse_if_match(if_match)
    for path in changes:
        try:
            if patch.read_only(path):
                raise HubProblem(422, protocol.READ_ONLY_FIELD, "This field is decided by the agencies",
                                 errors=[{"path": path, "code": protocol.READ_ONLY_FIELD}], fixable_by="none")
        except patch.PatchError:
            raise HubProblem(422, protocol.INVALID_SUBMISSION, "Not a field of a household",
                             errors=[{"path": path[:120], "code": "unknown_field"}], fixable_by="none") from None
    patch_bounds.check_changes(changes)
    hh = schema.household
    row = conn.execute(select(hh).where(hh.c.household_no == household_no).with_for_update()).first()
    if row is None or row.scope != caller.scope:
        raise HubProblem(404, protocol.NOT_FOUND, "No such household in this device's scope")
    if row.deleted:
        raise HubProblem(409, protocol.DELETED, "The household was deleted on the hub", current=None,
                         version=row.version, base=base, conflicting_fields=sorted(changes))
    current = json.loads(row.data)
    result = patch.merge(current, changes, base)
    if not result.clean:
        return 409, protocol.problem(
            protocol.EDIT_CONFLICT, "Someone else changed the same fields", 409, current=current,
            version=row.version, etag=f'"v{row.version}"', base=base, conflicting_fields=result.conflicts)
    if not result.applied:  # everything already there: a retried patch
        return 200, {"record": current, "version": row.version, "etag": f'"v{row.version}"', "merge": "already"}
    patch_bounds.check_record(result.document)
    problems = validate_document(result.document, 0)
    if problems:
        raise HubProblem(422, protocol.INVALID_SUBMISSION, "The edited household is not valid", fixable_by="officer",
                         errors=[{"path": p.path, "code": "invalid", "message": p.reason} for p in problems])
    version = replace_document(conn, row, canonical_document(result.document), "patch", caller.device_id)
    merge = "clean" if expected == row.version else "auto_merged"
    return 200, {"record": canonical_document(result.document), "version": version, "etag": f'"v{version}"', "merge": merge}
