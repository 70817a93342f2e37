"""The outbox as the sender sees it: leases stored in the database, and one durable transaction
per answer. Nothing is ever deleted here: a delivered revision keeps its receipt, a refused one
keeps its data and reasons, and an item whose sender died is leased again after its lease ends."""

from __future__ import annotations

import uuid
from collections.abc import Set
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, Table, bindparam, func, or_, select, update

from kiosk import audit
from kiosk.db.applications import Application, ApplicationRevision
from kiosk.db.base import utcnow
from kiosk.db.sync_state import OutboxItem
from kiosk.json_types import JsonObject
from kiosk.states.application import APPLICATION, ApplicationState
from kiosk.states.outbox import OPEN, OUTBOX, OutboxKind, OutboxState
from kiosk.states.revision import DELIVERED, REVISION, RevisionState

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.db.store import Store

LEASE = timedelta(minutes=2)
APPLICATION_KIND = OutboxKind.APPLICATION_REVISION


@dataclass(frozen=True)
class Lease:
    id: str
    kind: str
    target_id: str
    op_id: str
    attempts: int
    canonical: str | None = None  # an application revision's payload and digest, read with the lease
    digest: str | None = None


def recover_leases(store: Store, now: datetime | None = None, everything: bool = False) -> int:
    """At start-up: items whose sender died mid-request go back to the queue. With the sync lock
    held (`everything`), every lease belongs to a dead process and is taken back at once."""
    now = now or utcnow()
    query = update(OutboxItem).where(OutboxItem.state == OutboxState.SENDING)
    if not everything:
        query = query.where(OutboxItem.lease_until < now)
    with store.write() as session:
        taken_back = cast(CursorResult[Any], session.execute(query.values(state=OutboxState.PENDING, lease_until=None)))
        return taken_back.rowcount  # an UPDATE's result is a CursorResult; Session.execute is typed for any statement


def release_all_leases(store: Store) -> None:
    """This process holds no lease any more (a cycle ended): hand them back at once."""
    with store.write() as session:
        session.execute(update(OutboxItem).where(OutboxItem.state == OutboxState.SENDING)
                        .values(state=OutboxState.PENDING, lease_until=None))


def lease_due(store: Store, limit: int, *, now: datetime | None = None, ignore_schedule: bool = False,
              exclude: Set[str] = frozenset()) -> list[Lease]:
    """Lease up to `limit` items that are due, oldest first (plain SQL: it runs once per item)."""
    now = now or utcnow()
    with store.write() as session:
        query = (select(OutboxItem.id, OutboxItem.kind, OutboxItem.target_id, OutboxItem.op_id, OutboxItem.attempts,
                        ApplicationRevision.canonical, ApplicationRevision.digest)
                 .outerjoin(ApplicationRevision, (OutboxItem.kind == APPLICATION_KIND)
                            & (ApplicationRevision.id == OutboxItem.target_id))
                 .where(OutboxItem.state == OutboxState.PENDING).order_by(OutboxItem.created_at).limit(limit))
        if not ignore_schedule:
            query = query.where(or_(OutboxItem.next_attempt_at.is_(None), OutboxItem.next_attempt_at <= now))
        if exclude:
            query = query.where(OutboxItem.id.not_in(exclude))
        leases = [Lease(*row) for row in session.execute(query).all()]
        if leases:
            session.execute(update(OutboxItem).where(OutboxItem.id.in_([lease.id for lease in leases]))
                            .values(state=OutboxState.SENDING, lease_until=now + LEASE, updated_at=now)
                            .execution_options(synchronize_session=False))
        return leases


def next_due(store: Store) -> datetime | None:
    with store.read() as session:
        return session.execute(select(func.min(OutboxItem.next_attempt_at))
                               .where(OutboxItem.state == OutboxState.PENDING)).scalar()


def retry_later(store: Store, lease: Lease, delay_s: float, error: str, counted: bool = True) -> None:
    with store.write() as session:
        item = session.get(OutboxItem, lease.id)
        if item is None or item.state != OutboxState.SENDING:
            return
        OUTBOX.move(item, OutboxState.PENDING)
        item.lease_until = None
        item.attempts += 1 if counted else 0
        item.next_attempt_at = utcnow() + timedelta(seconds=delay_s)
        item.last_error = error[:500]


def give_back(store: Store, lease: Lease) -> None:
    """Not attempted (the cycle ended first): due again at once, no attempt counted."""
    with store.write() as session:
        item = session.get(OutboxItem, lease.id)
        if item is not None and item.state == OutboxState.SENDING:
            OUTBOX.move(item, OutboxState.PENDING)
            item.lease_until = None


# -- application revisions -----------------------------------------------------------------------

def _revision(session: Session, lease: Lease) -> tuple[OutboxItem, ApplicationRevision, Application]:
    item = session.get_one(OutboxItem, lease.id)
    revision = session.get_one(ApplicationRevision, lease.target_id)
    return item, revision, session.get_one(Application, revision.application_id)


def acknowledge(store: Store, lease: Lease, receipt: JsonObject) -> None:
    acknowledge_many(store, [(lease, receipt)])


def acknowledge_many(store: Store, acks: list[tuple[Lease, JsonObject]]) -> None:
    """The hub holds these revisions (receipts checked by the caller): one durable transaction for
    all of them (group commit), a handful of statements however many there are. Losing it to a
    crash only means sending them again, which the hub answers as replays."""
    if not acks:
        return
    now = utcnow()
    receipts = {lease.target_id: receipt for lease, receipt in acks}
    with store.write(durable=True) as session:
        session.execute(update(OutboxItem).where(OutboxItem.id.in_([lease.id for lease, _ in acks]))
                        .values(state=OutboxState.DONE, lease_until=None, last_error=None, updated_at=now)
                        .execution_options(synchronize_session=False))
        revisions = session.execute(select(ApplicationRevision.id, ApplicationRevision.application_id,
                                           ApplicationRevision.revision)
                                    .where(ApplicationRevision.id.in_(list(receipts)),
                                           ApplicationRevision.state != RevisionState.CONFIRMED)).all()
        if not revisions:
            return
        conn = session.connection()
        # Each model maps one Table; SQLAlchemy types __table__ as any FromClause.
        revision_table, application_table = cast(Table, ApplicationRevision.__table__), cast(Table, Application.__table__)
        conn.execute(update(revision_table).where(revision_table.c.id == bindparam("revision_id"))
                     .values(state=RevisionState.ACKED, receipt=bindparam("receipt_body")),
                     [{"revision_id": r.id, "receipt_body": receipts[r.id]} for r in revisions])
        conn.execute(update(application_table).where(
            application_table.c.id == bindparam("app_id"), application_table.c.current_revision == bindparam("rev"),
            or_(*(application_table.c.state == s for s in sorted(APPLICATION.sources(ApplicationState.SENT)))))
            .values(state=ApplicationState.SENT, updated_at=now),  # no IN above: executemany
            [{"app_id": r.application_id, "rev": r.revision} for r in revisions])
        audit.record_many(session, [("delivered", "application", r.application_id,
                                     {"revision": r.revision,
                                      "server_id": str(receipts[r.id].get("server_id", ""))[:36]})
                                    for r in revisions])


def reject(store: Store, lease: Lease, problem: JsonObject) -> None:
    """422: kept with its reasons and editable; a new revision is a new submission."""
    with store.write(durable=True) as session:
        item, revision, app = _revision(session, lease)
        OUTBOX.move(item, OutboxState.REJECTED)
        item.lease_until = None
        item.last_error = str(problem.get("title") or "rejected")[:500]
        REVISION.move(revision, RevisionState.REJECTED)
        revision.problems = {"code": problem.get("code"), "title": problem.get("title"),
                             "errors": problem.get("errors") or [], "fixable_by": problem.get("fixable_by")}
        if app.current_revision == revision.revision:
            APPLICATION.move(app, ApplicationState.REJECTED)
        audit.record(session, "rejected", "application", app.id,
                     {"revision": revision.revision, "codes": sorted({e.get("code", "") for e in
                                                                     problem.get("errors") or []})[:10]})


def conflict(store: Store, lease: Lease, problem: JsonObject) -> None:
    """409 digest_mismatch: the hub holds a different revision under this number. Needs support."""
    with store.write(durable=True) as session:
        item, revision, app = _revision(session, lease)
        OUTBOX.move(item, OutboxState.CONFLICT)
        item.lease_until = None
        item.last_error = "digest_mismatch"
        REVISION.move(revision, RevisionState.CONFLICT)
        revision.problems = {"code": problem.get("code"), "server_digest": problem.get("server_digest"),
                             "payload_digest": revision.digest}
        if app.current_revision == revision.revision:
            APPLICATION.move(app, ApplicationState.CONFLICT)
        audit.record(session, "conflict", "application", app.id, {"revision": revision.revision})


def requeue_revisions(store: Store, revisions: list[tuple[str, int]]) -> int:
    """Revisions the hub no longer holds (restored from a backup): send them again."""
    count = 0
    with store.write(durable=True) as session:
        for application_id, number in revisions:
            revision = session.execute(select(ApplicationRevision).where(
                ApplicationRevision.application_id == application_id,
                ApplicationRevision.revision == number)).scalars().first()
            if revision is None or revision.state not in DELIVERED:
                continue
            open_item = session.execute(select(OutboxItem.id).where(
                OutboxItem.target_id == revision.id, OutboxItem.state.in_(OPEN))).first()
            if open_item is not None:
                continue
            REVISION.move(revision, RevisionState.QUEUED)
            session.add(OutboxItem(kind=APPLICATION_KIND, target_id=revision.id, op_id=str(uuid.uuid4()),
                                   state=OutboxState.PENDING))
            audit.record(session, "requeued", "application", application_id, {"revision": number})
            count += 1
    return count


@dataclass(frozen=True)
class OutboxSummary:
    pending: int
    sending: int
    attention: int  # retried ten times or more, still being retried
    rejected: int  # application revisions refused (needs the officer)
    conflicts: int  # applications or households with a conflict
    next_attempt_at: datetime | None
    errors: tuple[str, ...]

    @property
    def drained(self) -> bool:
        return self.pending == 0 and self.sending == 0

    def to_json(self) -> dict[str, object]:
        return {"pending": self.pending, "sending": self.sending, "attention": self.attention, "rejected": self.rejected,
                "conflicts": self.conflicts, "errors": list(self.errors),
                "next_attempt_at": self.next_attempt_at.isoformat() if self.next_attempt_at else None}

    @classmethod
    def from_json(cls, data: JsonObject) -> OutboxSummary:
        when = data["next_attempt_at"]
        return cls(data["pending"], data["sending"], data["attention"], data["rejected"], data["conflicts"],
                   datetime.fromisoformat(when) if when else None, tuple(data["errors"]))


def summary(store: Store, attention_after: int = 10) -> OutboxSummary:
    from kiosk.db.households import Household
    from kiosk.states.household_sync import HouseholdSyncState

    with store.read() as session:
        counts = dict(session.execute(select(OutboxItem.state, func.count()).group_by(OutboxItem.state)).all())
        attention = session.execute(select(func.count()).select_from(OutboxItem).where(
            OutboxItem.state == OutboxState.PENDING, OutboxItem.attempts >= attention_after)).scalar_one()
        rejected = session.execute(select(func.count()).select_from(Application)
                                   .where(Application.state == ApplicationState.REJECTED)).scalar_one()
        conflicts = session.execute(select(func.count()).select_from(Application)
                                    .where(Application.state == ApplicationState.CONFLICT)).scalar_one()
        conflicts += session.execute(select(func.count()).select_from(Household)
                                     .where(Household.sync_state == HouseholdSyncState.CONFLICT)).scalar_one()
        errors = tuple(e for (e,) in session.execute(
            select(OutboxItem.last_error).where(OutboxItem.state == OutboxState.PENDING,
                                                OutboxItem.last_error.is_not(None))
            .group_by(OutboxItem.last_error).limit(5)).all() if e is not None)  # none is, by the query
        next_at = session.execute(select(func.min(OutboxItem.next_attempt_at))
                                  .where(OutboxItem.state == OutboxState.PENDING)).scalar()
    return OutboxSummary(counts.get(OutboxState.PENDING, 0), counts.get(OutboxState.SENDING, 0), attention, rejected, conflicts,
                         next_at, errors)
