"""Applying the changes feed. Each page is applied, with the cursor that follows it, in one
transaction: the cursor can never run ahead of the data (the PouchDB #1240 lesson).

Households are upserted by version, and a household with local edits is never overwritten: the
new version goes underneath and the edits are re-applied on top (rebase). A full re-download (the
first sync, or after a 410) keeps every draft, queued item and unsynced edit; clean households
it did not deliver are removed at its end, unless applications still refer to them.
"""

from __future__ import annotations

import logging
import secrets
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, delete, exists, select, update
from sqlalchemy.orm import Session, selectinload

from kiosk import audit
from kiosk.db.applications import Application, ApplicationRevision, Consent
from kiosk.db.base import utcnow
from kiosk.db.households import Household
from kiosk.db.sync_state import DeviceCommand, ReferenceUpdate, SyncConfig, SyncCursor
from kiosk.households import edits
from kiosk.households.bulk_update import update_households
from kiosk.households.document import sound_rows
from kiosk.households.importer import bulk_insert, update_household
from kiosk.json_types import JsonObject
from kiosk.search import compact_index
from kiosk.states.application import APPLICATION, ApplicationState
from kiosk.states.household_sync import HOUSEHOLD_SYNC, HouseholdSyncState
from kiosk.states.revision import REVISION, RevisionState
from kiosk.subscriptions.service import unreachable_at_hub, withdrawn_at_hub
from sync.client.crash import crash_point

if TYPE_CHECKING:
    from kiosk.db.store import Store

log = logging.getLogger(__name__)
FEED = "feed"
RESYNC = "resync"
CHANGES_PER_TRANSACTION = 50  # tens of ms each, well under a second at load average 12
DECIDED = {"approved": ApplicationState.DECIDED, "rejected": ApplicationState.DECIDED,
           "need_documents": ApplicationState.NEEDS_DOCUMENTS}


@dataclass
class PageResult:
    counts: Counter[str] = field(default_factory=Counter)
    commands: list[tuple[str, str]] = field(default_factory=list)  # (id, kind) to carry out after commit


@dataclass(frozen=True)
class FeedPosition:
    cursor: str | None
    epoch: str | None
    resync_mark: str | None


def position(store: Store) -> FeedPosition:
    with store.read() as session:
        feed = session.get(SyncCursor, FEED)
        resync = session.get(SyncCursor, RESYNC)
        return FeedPosition(feed.cursor if feed else None, feed.epoch if feed else None,
                            resync.cursor if resync else None)


def start_resync(store: Store, reason: str) -> str:
    """Forget the cursor and start a full download; nothing local is deleted now."""
    mark = secrets.token_hex(8)
    with store.write(durable=True) as session:
        session.merge(SyncCursor(scope=FEED, cursor=None, epoch=None, updated_at=utcnow()))
        session.merge(SyncCursor(scope=RESYNC, cursor=mark, epoch=None, updated_at=utcnow()))
        audit.record(session, "resync", "sync", None, {"reason": reason[:40]})
    return mark


def _referenced(session: Session, household_id: str) -> bool:
    return bool(session.execute(select(exists().where(Application.household_id == household_id))).scalar()
                or session.execute(select(exists().where(Consent.household_id == household_id))).scalar())


def _remove(session: Session, household: Household, counts: Counter[str]) -> None:
    """Out of this officer's area or deleted: the personal data goes, unless work refers to it."""
    if household.pending_patch or household.sync_state == HouseholdSyncState.CONFLICT:
        return
    if _referenced(session, household.id):
        HOUSEHOLD_SYNC.move(household, HouseholdSyncState.REMOVED)
        counts["kept_referenced"] += 1
        return
    session.delete(household)
    counts["removed"] += 1


def finish_resync(store: Store, mark: str) -> int:
    """The full download is complete: remove clean households it did not deliver."""
    counts: Counter[str] = Counter()
    with store.write(durable=True) as session:
        stale = session.execute(select(Household).where(
            (Household.resync_mark.is_(None)) | (Household.resync_mark != mark),
            Household.sync_state.in_((HouseholdSyncState.CLEAN, HouseholdSyncState.REMOVED)))).scalars().all()
        for household in stale:
            _remove(session, household, counts)
        session.execute(delete(SyncCursor).where(SyncCursor.scope == RESYNC))
        session.execute(update(Household).values(resync_mark=None))
        compact_index(session)
    return counts["removed"]


def _gone(session: Session, household: Household, kind: str, counts: Counter[str]) -> None:
    if household.pending_patch or household.sync_state == HouseholdSyncState.CONFLICT:
        edits.record_conflict(session, household, kind, None, None,
                              [{"path": p, "base": e["base"], "server": None, "mine": e["value"]}
                               for p, e in (household.pending_patch or {}).items()])
        counts["conflicts"] += 1
        return
    _remove(session, household, counts)


def latest_households(changes: list[JsonObject]) -> dict[str, JsonObject]:
    """A page's household changes by number; a household listed twice keeps its later entry."""
    return {change["id"]: change for change in changes if change.get("type") == "household"}


def _apply_households(session: Session, changes: list[JsonObject], resync_mark: str | None, counts: Counter[str]) -> None:
    latest = latest_households(changes)
    plain = _plain_updates(session, latest, resync_mark, counts)
    existing = {h.household_no: h for h in session.execute(
        select(Household).where(Household.household_no.in_([n for n in latest if n not in plain]))
        .options(selectinload(Household.people))
    ).scalars()}
    fresh = []
    for number, change in latest.items():
        if number in plain:
            continue
        household = existing.get(number)
        if change["op"] != "upsert":
            if household is not None:
                _gone(session, household, "deleted" if change["op"] == "delete" else "gone", counts)
            continue
        record, version = change["data"], int(change["version"])
        rows = sound_rows(record)
        if rows is None:  # never store what would break the store; the hub validated the rest
            counts["invalid"] += 1
            log.warning("feed: skipped a malformed household document (version %s)", version)
            continue
        if household is None:
            rows.household.update(server_version=version, resync_mark=resync_mark)
            fresh.append(rows)
            continue
        if resync_mark:
            household.resync_mark = resync_mark
        newer = version > (household.server_version or 0) or (resync_mark and version != household.server_version)
        if household.sync_state == HouseholdSyncState.REMOVED:
            HOUSEHOLD_SYNC.move(household, HouseholdSyncState.CLEAN)
        if not newer:
            continue
        if household.pending_patch or household.sync_state == HouseholdSyncState.CONFLICT:
            edits.rebase(session, household, record, version)
            counts["rebased"] += 1
        else:
            update_household(session, household, rows)
            household.server_version = version
            counts["updated"] += 1
    if fresh:
        bulk_insert(session, fresh)
        counts["created"] += len(fresh)


def _plain_updates(session: Session, latest: dict[str, JsonObject], resync_mark: str | None, counts: Counter[str]) -> set[str]:
    """Upserts of stored clean households (an agency's batch update, a re-download): applied in a
    few statements per table. The numbers handled; the rest (new, edited here, removed, deletions,
    malformed) go through the ORM."""
    table = cast(Table, Household.__table__)
    numbers = [n for n, change in latest.items() if change["op"] == "upsert"]
    stored: dict[str, Any] = {}
    for start in range(0, len(numbers), 500):
        stored.update((row.household_no, row) for row in session.execute(
            select(table.c.household_no, table.c.id, table.c.server_version).where(
                table.c.household_no.in_(numbers[start:start + 500]), table.c.sync_state == HouseholdSyncState.CLEAN,
                table.c.pending_patch.is_(None))))
    updates, marks, handled = [], [], set()
    for number, row in stored.items():
        change = latest[number]
        version = int(change["version"])
        newer = version > (row.server_version or 0) or (resync_mark and version != row.server_version)
        if not newer:
            handled.add(number)
            if resync_mark:
                marks.append({"_id": row.id})
            continue
        rows = sound_rows(change["data"])
        if rows is None:
            continue  # counted and logged by the ORM path
        handled.add(number)
        updates.append((row.id, rows, {"server_version": version, **({"resync_mark": resync_mark} if resync_mark else {})}))
    update_households(session, updates)
    if marks:
        session.connection().execute(update(table).where(table.c.id == bindparam("_id")).values(resync_mark=resync_mark), marks)
    counts["updated"] += len(updates)
    return handled


def _apply_status(session: Session, data: JsonObject, counts: Counter[str]) -> None:
    app = session.get(Application, data.get("application_id"))
    if app is None:
        return
    revision = session.execute(select(ApplicationRevision).where(
        ApplicationRevision.application_id == app.id,
        ApplicationRevision.revision == data.get("revision"))).scalars().first()
    if revision is None:
        return
    if revision.state in REVISION.sources(RevisionState.CONFIRMED) and data.get("status") != "invalid":
        REVISION.move(revision, RevisionState.CONFIRMED)  # the hub's own feed says it holds this revision
    if app.current_revision != data.get("revision"):
        return
    status = data.get("status")
    if status in DECIDED:
        if not APPLICATION.allows(app.state, DECIDED[status]):  # never sent, or refused: not the hub's to decide
            log.warning("feed: a decision for an application in state %s was not applied", app.state)
            return
        if app.state != DECIDED[status] or app.decision != data.get("decision"):
            APPLICATION.move(app, DECIDED[status])
            app.decision = data.get("decision")
            audit.record(session, "decision", "application", app.id, {"outcome": status})
            counts["decisions"] += 1
    elif status in ("received", "review") and app.state in (ApplicationState.QUEUED, ApplicationState.SENT):
        APPLICATION.move(app, ApplicationState.SENT)
        app.decision = data.get("decision")


def _apply_subscription(session: Session, data: JsonObject, counts: Counter[str]) -> None:
    """A withdrawal at the hub, or a channel the hub found not reaching the citizen."""
    if not isinstance(data.get("subscription_id"), str):
        return
    if data.get("state") == "active" and isinstance(data.get("unreachable"), str):
        if unreachable_at_hub(session, data["subscription_id"], data["unreachable"]):
            counts["unreachable"] += 1
        return
    if data.get("state") != "withdrawn":
        return
    try:
        at = datetime.fromisoformat(str(data.get("withdrawn_at")).replace("Z", "+00:00"))
    except ValueError:
        at = utcnow()
    if withdrawn_at_hub(session, data["subscription_id"], at, str(data.get("withdrawn_by") or "hub")):
        counts["withdrawals"] += 1


def apply_page(store: Store, page: JsonObject, resync_mark: str | None) -> PageResult:
    """Apply one page: its households, then its application statuses, CHANGES_PER_TRANSACTION to a
    transaction; then the rest of the page with its cursor, so the cursor never moves ahead of the
    data. A window writing the same store waits for one such transaction, not for a whole page
    (a page of 700 households and 1,000 statuses held the store for 10 s at load average 12). A
    kill in between leaves the cursor where it was: the page comes again, and what is already here
    is skipped (a household of the same version, a status or decision already recorded)."""
    result = PageResult()
    changes = page.get("changes") or []
    households = list(latest_households(changes).values())
    statuses = [change.get("data") or {} for change in changes if change.get("type") == "application"]
    for start in range(0, len(households), CHANGES_PER_TRANSACTION):
        with store.write() as session:
            _apply_households(session, households[start:start + CHANGES_PER_TRANSACTION], resync_mark, result.counts)
    for start in range(0, len(statuses), CHANGES_PER_TRANSACTION):
        with store.write() as session:
            for data in statuses[start:start + CHANGES_PER_TRANSACTION]:
                _apply_status(session, data, result.counts)
    with store.write() as session:
        crash_point("mid_page_apply")
        for change in changes:
            kind, data = change.get("type"), change.get("data") or {}
            if kind == "subscription":
                _apply_subscription(session, data, result.counts)
            elif kind == "refdata":
                row = session.get(ReferenceUpdate, change["id"])
                if row is None or row.version < change["version"]:
                    session.merge(ReferenceUpdate(key=change["id"], kind=data.get("kind", ""),
                                                  version=change["version"], data=data.get("data") or {},
                                                  received_at=utcnow()))
                    result.counts["reference"] += 1
            elif kind == "command" and session.get(DeviceCommand, change["id"]) is None:
                session.add(DeviceCommand(id=change["id"], kind=str(data.get("command"))[:16]))
                if data.get("command") in ("lock", "unlock"):
                    config = session.execute(select(SyncConfig)).scalars().first()
                    if config is not None:
                        config.locked = data["command"] == "lock"
                result.commands.append((change["id"], str(data.get("command"))))
        session.merge(SyncCursor(scope=FEED, cursor=page["next_cursor"], epoch=page.get("server_epoch"),
                                 updated_at=utcnow()))
        result.counts["changes"] += len(changes)
    return result
