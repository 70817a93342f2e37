"""Agency decisions. The hub re-evaluates every received application with the same rules as the
kiosk (the hub is authoritative): a clear eligible case is approved automatically; anything else
waits in the agency's inbox for a person (`kiosk-hub decide`). A decision reaches the device
through the changes feed, and an approval updates the household (who now receives what), which
reaches every device of the area the same way."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import select, text, update
from sqlalchemy.engine import Connection

from kiosk.catalog import load_catalog
from kiosk.json_types import JsonObject
from sync import protocol
from sync.hub import feed, schema
from sync.hub.background import ArrivalGate, PokedThread
from sync.hub.applications import status_entry
from sync.hub.db import HubDatabase, utcnow
from sync.hub.households import replace_document
from sync.hub.notify import news as notify_news
from sync.hub.problems import HubProblem

log = logging.getLogger(__name__)
OUTCOMES = {"approve": "approved", "reject": "rejected", "need-documents": "need_documents"}
BATCH = 500
WELFARE_STATUS = {"S01": "low_income", "S02": "middle_low_income"}


def _assessment(results: JsonObject, service: str, person: str | None) -> JsonObject | None:
    for entry in results["services"]:
        if entry["service"] == service and (entry["person"] == person or entry["person"] is None and person is None):
            found: JsonObject = entry
            return found
    return None


def _apply_to_household(conn: Connection, household_no: str, service: str, person: str | None) -> None:
    """After an approval the household record says the service is received (server-authoritative)."""
    row = conn.execute(select(schema.household).where(schema.household.c.household_no == household_no)
                       .with_for_update()).first()
    if row is None or row.deleted:
        return
    document = json.loads(row.data)
    changed = False
    if service in WELFARE_STATUS:
        if document.get("status") != WELFARE_STATUS[service]:
            document["status"] = WELFARE_STATUS[service]
            changed = True
    elif person:
        for member in document.get("members", ()):
            if member.get("id_no") == person and service not in (member.get("receiving") or []):
                member["receiving"] = sorted({*(member.get("receiving") or []), service})
                changed = True
    if changed:
        replace_document(conn, row, document, "decision")


def record_decision(conn: Connection, application_id: str, outcome: str, reason: str, by: str,
                    assessment: JsonObject | None = None, only_if: str | None = None) -> bool:
    """Store a decision and announce it; `only_if` makes it conditional on the current status."""
    table = schema.application
    row = conn.execute(select(table).where(table.c.id == application_id).with_for_update()).first()
    if row is None:
        raise HubProblem(404, protocol.NOT_FOUND, "No such application")
    if only_if is not None and row.status != only_if:
        return False
    decision = {"outcome": outcome, "reason": reason, "by": by, "revision": row.latest_revision,
                "decided_at": utcnow().isoformat(timespec="seconds") + "Z"}
    if assessment is not None:
        decision.update(amount=assessment.get("amount"), amount_period=assessment.get("amount_period"),
                        explanation=assessment.get("explanation"))
    status = outcome if outcome in OUTCOMES.values() else "review"
    conn.execute(update(table).where(table.c.id == application_id).values(
        status=status, decision=json.dumps(decision, ensure_ascii=False), updated_at=utcnow()))
    if status == "approved":
        _apply_to_household(conn, row.household_no, row.service, row.person)
    feed.append(conn, [status_entry(conn, application_id)])
    notify_news.on_decision(conn, application_id, status, row.latest_revision, row.status)  # subscribers' outbox
    return True


def decide(db: HubDatabase, application_id: str, action: str, reason: str, by: str = "agency") -> JsonObject:
    """A person's decision (`kiosk-hub decide`)."""
    if action not in OUTCOMES:
        raise ValueError(action)
    with db.write() as conn:
        record_decision(conn, application_id, OUTCOMES[action], reason, by)
        row = conn.execute(select(schema.application).where(schema.application.c.id == application_id)).one()
        return {"application_id": row.id, "status": row.status, "decision": json.loads(row.decision)}


ASSESSOR_LOCK = 0x4B696F736B  # a PostgreSQL advisory lock: one assessment at a time per database


@contextmanager
def _assessor_turn(db: HubDatabase, wait: bool) -> Iterator[bool]:
    """Whether this process assesses now. Each hub process (uvicorn worker) runs a decision worker
    on the shared PostgreSQL database: without this they all simulated the same received
    applications at the same time, and all decisions but one were thrown away (only_if)."""
    if db.is_sqlite:  # one hub process per SQLite database, and its write lock orders the rest
        yield True
        return
    with db.engine.connect() as conn:
        if wait:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": ASSESSOR_LOCK})
            taken = True
        else:
            taken = bool(conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": ASSESSOR_LOCK}).scalar())
        conn.commit()  # a session lock: it outlives this transaction, and goes with the connection if we die
        try:
            yield taken
        finally:
            if taken:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ASSESSOR_LOCK})
                conn.commit()


def assess_received(db: HubDatabase, on: date, wait: bool = True) -> int:
    """Evaluate received applications in one vectorised simulation; returns how many were decided.
    `wait=False`: 0 at once when another hub process is assessing (it decides these too)."""
    with _assessor_turn(db, wait) as ours:
        return _assess(db, on) if ours else 0


def _assess(db: HubDatabase, on: date) -> int:
    with db.read() as conn:
        routed = select(schema.delivery.c.id).where(schema.delivery.c.application_id == schema.application.c.id)
        rows = conn.execute(select(schema.application)  # an application sent to its agency is decided there
                            .where(schema.application.c.status == "received", ~routed.exists())
                            .order_by(schema.application.c.updated_at).limit(BATCH)).all()
        if not rows:
            return 0
        numbers = sorted({r.household_no for r in rows})
        documents = {r.household_no: json.loads(r.data) for r in conn.execute(
            select(schema.household.c.household_no, schema.household.c.data)
            .where(schema.household.c.household_no.in_(numbers), schema.household.c.deleted.is_(False)))}
    # Imported when there is something to decide: a periodic pass over nothing imported the rules
    # engine (1-2 s of CPU), on a fresh hub right as its first uploads arrived.
    from kiosk.rules import evaluate_documents

    results = {r["household_no"]: r for r in evaluate_documents(list(documents.values()), on)}
    catalog = load_catalog()
    decided = 0
    with db.write() as conn:
        for row in rows:
            result = results.get(row.household_no)
            entry = _assessment(result, row.service, row.person) if result else None
            if entry is not None and entry["eligible"] and not entry.get("provisional"):
                reason = entry["explanation"].get("zh-TW", "")
                outcome = "approved"
            else:
                reason = (entry["explanation"].get("zh-TW", "") if entry else "") or "需承辦人審查"
                outcome = "review"
                if catalog.services.get(row.service) is None:
                    reason = "Unknown service"
            if record_decision(conn, row.id, outcome, reason, "rules", entry, only_if="received"):
                decided += 1
    return decided


class DecisionWorker(PokedThread):
    """Background assessment in the hub process: wakes when revisions arrive, or every few seconds."""

    def __init__(self, db: HubDatabase, today: Callable[[], date] = date.today, interval_s: float = 5.0,
                 settle_s: float = 1.0, max_settle_s: float = 60.0, arrivals: ArrivalGate | None = None) -> None:
        self.db = db
        self.today = today
        self.arrivals = arrivals or ArrivalGate()  # requests being received come first
        self.interval_s = interval_s
        self.settle_s = settle_s  # let arrivals gather: one simulation for many is far cheaper
        self.max_settle_s = max_settle_s  # but a never-ending stream still gets decided
        super().__init__("hub-decisions")

    def _run(self) -> None:
        from sync.hub.auth import purge_nonces

        while not self._stop.is_set():
            if self._wake.wait(self.interval_s):
                # let a burst of arrivals finish (up to a minute of it): requests come first, and
                # one simulation over many households costs far less than many small ones. Timed,
                # not counted: counting settle periods let an upload at 100 requests/s through
                # every 0.6 s, and decisions took 18% of the hub's CPU during it.
                burst_ends = time.monotonic() + self.max_settle_s
                while time.monotonic() < burst_ends:
                    self._wake.clear()
                    if self._stop.is_set():  # stop() sets the flag before it pokes: that poke was a stop
                        break
                    if self.arrivals.busy():  # a request still being received pokes when it ends
                        self.arrivals.wait_idle(max(0.0, burst_ends - time.monotonic()))
                        continue
                    if not self._wake.wait(self.settle_s):
                        break
            self._wake.clear()
            try:
                while not self._stop.is_set() and assess_received(self.db, self.today(), wait=False) == BATCH:
                    if self._wake.is_set() or self.arrivals.busy():  # arrivals again: they come first
                        break
                purge_nonces(self.db)
            except Exception:
                log.exception("assessment failed")
