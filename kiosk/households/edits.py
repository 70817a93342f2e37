"""Field edits to households made on this device, and what becomes of them when the hub answers.

An edit is applied to the local record at once and remembered as a pending patch: for every
changed field, the value the officer started from ("base") and the new value. The sync engine
sends the patch; the hub merges it three ways. Until then the edit is never overwritten: a
download of a newer version is rebased under it. A conflict keeps both sides until the officer
chooses field by field.
"""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kiosk import audit
from kiosk.db.households import Household
from kiosk.db.sync_state import OutboxItem
from kiosk.households import patch
from kiosk.households.document import document_rows, household_document, validate_document
from kiosk.i18n import UserError
from kiosk.identity import normalise_id
from kiosk.json_types import JsonObject
from kiosk.states.household_sync import HOUSEHOLD_SYNC, HouseholdSyncState
from kiosk.states.outbox import OPEN, OUTBOX, OutboxKind, OutboxState

if TYPE_CHECKING:
    from kiosk.db.store import Store


class EditError(UserError):
    pass


class ConflictChanged(EditError):
    """The conflict changed (a sync brought a newer version) since the officer chose."""


@dataclass(frozen=True)
class ConflictView:
    household_no: str
    kind: str  # edit_conflict | deleted | gone | invalid
    fields: tuple[JsonObject, ...]  # {"path", "base", "server", "mine"}
    server_version: int | None
    etag: str  # which state of the conflict the officer was shown: a resolution must name it


def conflict_etag(conflict: JsonObject) -> str:
    """Changes whenever the conflict does (a newer hub version, other fields, resolved and conflicting again)."""
    canonical = json.dumps(conflict, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    return None if value is patch.MISSING else value


def _load(session: Session, household_no: str) -> Household:
    household = session.execute(
        select(Household).where(Household.household_no == normalise_id(household_no))
        .options(selectinload(Household.people))).scalars().first()
    if household is None:
        raise EditError("application.no_household", household_no=household_no[:12])
    return household


def _field_names(paths: Iterable[str]) -> list[str]:
    """Paths without the ID numbers in them: what the audit log may say."""
    return sorted({p.split("/")[-1] if p.count("/") == 2 else p.split("/")[0] for p in paths})


def _write_document(session: Session, household: Household, document: JsonObject) -> None:
    from kiosk.households.importer import update_household

    update_household(session, household, document_rows(document))


def queue_patch(session: Session, household: Household) -> None:
    """One open outbox item per household; a changed patch gets a fresh Idempotency-Key."""
    item = session.execute(select(OutboxItem).where(
        OutboxItem.kind == OutboxKind.HOUSEHOLD_PATCH, OutboxItem.target_id == household.id,
        OutboxItem.state.in_(OPEN))).scalars().first()
    if not household.pending_patch or household.sync_state == HouseholdSyncState.CONFLICT:
        if item is not None and item.state == OutboxState.PENDING:
            OUTBOX.move(item, OutboxState.DONE if not household.pending_patch else OutboxState.CONFLICT)
        return
    if item is None:
        session.add(OutboxItem(kind=OutboxKind.HOUSEHOLD_PATCH, target_id=household.id, op_id=str(uuid.uuid4()),
                               state=OutboxState.PENDING))
    elif item.state == OutboxState.PENDING:
        item.op_id = str(uuid.uuid4())
        item.next_attempt_at = None
    # "sending": the completion notices the patch changed and queues the rest


def edit_household(store: Store, household_no: str, changes: dict[str, Any], lang: str | None = None) -> JsonObject:
    """Apply field edits locally and queue them for the hub; returns the edited document."""
    for path in changes:
        try:
            if patch.read_only(path):
                raise EditError("household.read_only_field", field=path.split("/")[-1])
        except patch.PatchError:
            raise EditError("household.unknown_field", field=path[:40]) from None
    with store.write(durable=True) as session:
        household = _load(session, household_no)
        if household.sync_state == HouseholdSyncState.CONFLICT:
            raise EditError("household.in_conflict", household_no=household.household_no)
        current = household_document(household)
        try:
            edited = patch.apply(current, changes)
        except patch.PatchError:
            raise EditError("household.unknown_field", field="members") from None
        problems = validate_document(edited, 0, lang)
        if problems:
            raise EditError("household.invalid_edit", reason=problems[0].reason)
        pending = copy.deepcopy(household.pending_patch or {})
        for path, value in patch.diff(current, edited).items():
            entry = pending.get(path) or {"base": _plain(patch.get(current, path))}
            entry["value"] = value
            if entry["value"] == entry["base"]:
                pending.pop(path, None)
            else:
                pending[path] = entry
        _write_document(session, household, edited)
        household.pending_patch = pending or None
        HOUSEHOLD_SYNC.move(household, HouseholdSyncState.DIRTY if pending else HouseholdSyncState.CLEAN)
        queue_patch(session, household)
        audit.record(session, "edit", "household", household.id, {"fields": _field_names(changes)})
        return edited


def discard_edits(store: Store, household_no: str) -> None:
    """Give up this device's unsent edits and return to the hub's version (when known)."""
    with store.write(durable=True) as session:
        household = _load(session, household_no)
        pending = household.pending_patch or {}
        if household.conflict and household.conflict.get("server"):
            _write_document(session, household, household.conflict["server"])
            household.server_version = household.conflict.get("version")
        elif pending:
            current = household_document(household)
            _write_document(session, household, patch.apply(current, {p: e["base"] for p, e in pending.items()}))
        household.pending_patch = None
        household.conflict = None
        HOUSEHOLD_SYNC.move(household, HouseholdSyncState.CLEAN)
        queue_patch(session, household)
        audit.record(session, "discard_edits", "household", household.id, {"fields": _field_names(pending)})


# -- what the sync engine calls ------------------------------------------------------------------

def sendable_patch(household: Household) -> tuple[JsonObject, JsonObject]:
    """(changes, base) of the household's pending patch, as the hub expects them."""
    pending = household.pending_patch or {}
    return {p: e["value"] for p, e in pending.items()}, {p: e["base"] for p, e in pending.items()}


def mark_sent(household: Household) -> JsonObject:
    """Remember the values about to be sent, in case the answer is lost; returns the sent patch."""
    pending = copy.deepcopy(household.pending_patch or {})
    for entry in pending.values():
        sent = entry.setdefault("sent", [])
        if entry["value"] not in sent:
            sent.append(entry["value"])
    household.pending_patch = pending
    return {p: {"base": e["base"], "value": e["value"]} for p, e in pending.items()}


def rebase(session: Session, household: Household, record: JsonObject, version: int) -> None:
    """A newer hub version arrived under local edits: take it, with the local edits on top."""
    pending = household.pending_patch or {}
    if household.sync_state == HouseholdSyncState.CONFLICT and household.conflict is not None:
        fields = [{**item, "server": _plain(patch.get(record, item["path"]))}  # the agency's values shown are its newest
                  for item in household.conflict.get("fields") or ()]
        household.conflict = {**household.conflict, "server": record, "version": version, "fields": fields}
    try:
        local = patch.apply(record, {p: e["value"] for p, e in pending.items()})
    except patch.PatchError:  # a member edited here was removed there
        household.conflict = {"kind": "edit_conflict", "server": record, "version": version,
                              "fields": [{"path": p, "base": e["base"], "server": None, "mine": e["value"]}
                                         for p, e in pending.items()]}
        HOUSEHOLD_SYNC.move(household, HouseholdSyncState.CONFLICT)
        household.server_version = version
        return
    _write_document(session, household, local)
    household.server_version = version
    queue_patch(session, household)  # sendable now that the hub's version is known


def accept_patch_result(session: Session, household: Household, sent: JsonObject, record: JsonObject, version: int) -> bool:
    """The hub merged `sent`: adopt its record plus any edits made meanwhile. True if edits remain."""
    remaining = {}
    for path, entry in (household.pending_patch or {}).items():
        if path in sent and entry["value"] == sent[path]["value"]:
            continue
        entry = dict(entry)
        if path in sent:  # edited again while in flight: the hub now holds what we sent
            entry["base"] = _plain(patch.get(record, path))
            entry.pop("sent", None)
        remaining[path] = entry
    household.pending_patch = remaining or None
    HOUSEHOLD_SYNC.move(household, HouseholdSyncState.DIRTY if remaining else HouseholdSyncState.CLEAN)
    household.conflict = None
    _write_document(session, household, patch.apply(record, {p: e["value"] for p, e in remaining.items()}))
    household.server_version = version
    return bool(remaining)


def record_conflict(session: Session, household: Household, kind: str, server: JsonObject | None,  # noqa: ARG001 - as the other hooks
                    version: int | None, fields: list[JsonObject]) -> bool:
    """Keep both sides for the officer. Fields where the hub holds a value this device sent earlier
    (an answer that was lost) are rebased silently instead. True when a real conflict remains."""
    pending = copy.deepcopy(household.pending_patch or {})
    real = []
    for item in fields:
        entry = pending.get(item["path"])
        if kind == "edit_conflict" and entry is not None and item.get("server") in entry.get("sent", []) \
                and not item.get("member_removed"):
            entry["base"] = item["server"]
        else:
            real.append(item)
    household.pending_patch = pending or None
    if not real and server is not None:
        household.server_version = version
        return False
    household.conflict = {"kind": kind, "server": server, "version": version, "fields": real}
    HOUSEHOLD_SYNC.move(household, HouseholdSyncState.CONFLICT)
    return True


def conflict_of(store: Store, household_no: str) -> ConflictView | None:
    with store.read() as session:
        household = _load(session, household_no)
        if household.sync_state != HouseholdSyncState.CONFLICT or not household.conflict:
            return None
        c = household.conflict
        return ConflictView(household.household_no, c.get("kind", "edit_conflict"), tuple(c.get("fields") or ()),
                            c.get("version"), conflict_etag(c))


def resolve_conflict(store: Store, household_no: str, choices: dict[str, str], *, etag: str) -> JsonObject:
    """Per conflicting field "mine" or "theirs" (unnamed fields: theirs), chosen against the
    conflict `etag` names (ConflictView.etag): one that changed since is refused, never merged.
    The result is queued against the hub's current version; returns the resulting local document."""
    with store.write(durable=True) as session:
        household = _load(session, household_no)
        conflict = household.conflict
        if household.sync_state != HouseholdSyncState.CONFLICT or not conflict:
            raise EditError("household.no_conflict", household_no=household.household_no)
        if conflict_etag(conflict) != etag:
            raise ConflictChanged("household.conflict_changed", household_no=household.household_no)
        server = conflict.get("server")
        if server is None:  # deleted or out of scope on the hub: nothing to merge into
            raise EditError("household.gone_on_hub", household_no=household.household_no)
        conflicting = {f["path"] for f in conflict.get("fields") or ()}
        pending = {}
        for path, entry in (household.pending_patch or {}).items():
            if path in conflicting:
                if choices.get(path) == "mine":
                    pending[path] = {"base": _plain(patch.get(server, path)), "value": entry["value"]}
            else:
                pending[path] = {"base": entry["base"], "value": entry["value"]}
        for path, choice in choices.items():
            if choice == "mine" and path in conflicting and path not in pending:
                mine = next(f["mine"] for f in conflict["fields"] if f["path"] == path)
                pending[path] = {"base": _plain(patch.get(server, path)), "value": mine}
        try:
            local = patch.apply(server, {p: e["value"] for p, e in pending.items()})
        except patch.PatchError:
            raise EditError("household.gone_on_hub", household_no=household.household_no) from None
        _write_document(session, household, local)
        household.server_version = conflict.get("version")
        household.pending_patch = pending or None
        household.conflict = None
        HOUSEHOLD_SYNC.move(household, HouseholdSyncState.DIRTY if pending else HouseholdSyncState.CLEAN)
        queue_patch(session, household)
        audit.record(session, "resolve_conflict", "household", household.id,
                     {"mine": _field_names(p for p, c in choices.items() if c == "mine"),
                      "theirs": _field_names(conflicting - {p for p, c in choices.items() if c == "mine"})})
        return local
