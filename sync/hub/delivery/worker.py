"""The delivery worker in the hub process: sends due deliveries, retries with backoff and jitter,
dead-letters after a bound, and polls delivered Tasks until the agency decides; the decision then
goes out over the changes feed like any other (decisions.record_decision)."""

from __future__ import annotations

import json
import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select

from kiosk.catalog import load_catalog
from kiosk.json_types import JsonObject
from sync.client.crash import crash_point  # the same named-point mechanism as the device's kill tests
from sync.hub import schema
from sync.hub.background import PokedThread, jittered_backoff_s
from sync.hub.db import HubDatabase, utcnow
from sync.hub.decisions import record_decision
from sync.hub.delivery import batch_file, outbox
from sync.hub.delivery.batch_file.results import import_all
from sync.hub.delivery.retention import purge_expired
from sync.fhir import validate_bundle
from sync.hub.delivery.fhir_bundle import build_bundle
from sync.hub.delivery.fhir_connector import FhirConnector, SendResult, decision_of
from sync.hub.routing import DEFAULT_RETENTION_DAYS, RoutingTable

log = logging.getLogger(__name__)
CRASH_POINTS = (  # where the delivery kill trials stop the hub (KIOSK_CRASH_AT)
    "delivery_after_claim",  # leased, nothing sent
    "delivery_after_agency_stored",  # the agency has it; the hub has not noted so
    "delivery_after_record",
    "delivery_after_task_read",  # the agency decided; the hub has not recorded it
    "delivery_after_decision_commit",
)
RETRY_AFTER_LIMIT_S = 3600.0  # an agency asking for more than an hour is retried after one


@dataclass(frozen=True)
class DeliveryPolicy:
    max_attempts: int = 10  # then dead-lettered, for a person to look at and re-drive
    base_s: float = 2.0
    cap_s: float = 600.0
    timeout_s: float = 30.0
    lease_s: float = 120.0  # longer than one send can take: a live worker's lease never runs out
    poll_s: float = 60.0  # how often a delivered Task is asked for its decision
    idle_s: float = 2.0
    concurrency: int = 8  # deliveries in flight at once: an agency's answer takes longer than our part
    results_s: float = 30.0  # how often batch-file agencies' folders are looked at for result files
    purge_s: float = 300.0  # how often payloads past their agency's retention are purged


def backoff_s(policy: DeliveryPolicy, attempts: int) -> float:
    return jittered_backoff_s(policy.base_s, policy.cap_s, attempts)


def _stored(db: HubDatabase, dues: list[outbox.Due]) -> dict[str, tuple[JsonObject, str, dict[str, bytes]]]:
    """(payload, digest, attachment bytes) of each delivery's revision, in one read."""
    revision = schema.revision
    with db.read() as conn:
        rows = conn.execute(select(revision.c.application_id, revision.c.revision, revision.c.body, revision.c.digest)
                            .where(or_(*(and_(revision.c.application_id == d.application_id,
                                              revision.c.revision == d.revision) for d in dues)))).all()
        found = {(r.application_id, r.revision): (json.loads(r.body), r.digest) for r in rows}
        wanted = {a["sha256"] for payload, _ in found.values() for a in payload.get("attachments") or ()}
        blobs = dict(conn.execute(select(schema.blob.c.sha256, schema.blob.c.data)
                                  .where(schema.blob.c.sha256.in_(wanted))).all()) if wanted else {}
    return {d.id: (*found[(d.application_id, d.revision)], blobs) for d in dues
            if (d.application_id, d.revision) in found}


def _bundle(routing: RoutingTable, due: outbox.Due, stored: tuple[JsonObject, str, dict[str, bytes]]) -> JsonObject:
    payload, digest, blobs = stored
    catalog = load_catalog()
    agency = routing.agencies.get(due.agency)
    bundle = build_bundle(due.id, payload, digest, catalog.service(payload["service"]), catalog, due.agency,
                          agency.name if agency else due.agency, blobs)
    validate_bundle(bundle)
    return bundle


def _retry_delay_s(policy: DeliveryPolicy, attempts: int, result: SendResult) -> float:
    delay = backoff_s(policy, attempts)
    if result.retry_after_s is not None:  # the agency said when: never sooner, spread a little, within reason
        delay = min(RETRY_AFTER_LIMIT_S, max(delay, result.retry_after_s) * random.uniform(1.0, 1.1))
    return delay


def _not_delivered(db: HubDatabase, policy: DeliveryPolicy, due: outbox.Due, result: SendResult,
                   delays: dict[tuple[int, float | None], float], since: datetime) -> str:
    """Dead, or pending again after a backoff. `delays` is shared by the deliveries of one request:
    those that failed together are due together, so a failed batch is tried again as one batch."""
    attempts = due.attempts + 1
    if result.outcome == "refused" or attempts >= policy.max_attempts:
        reason = result.reason if result.outcome == "refused" else f"gave up after {attempts} attempts: {result.reason}"
        outbox.dead_letter(db, due.id, attempts, reason)
        return "dead"
    key = (attempts, result.retry_after_s)
    if key not in delays:
        delays[key] = _retry_delay_s(policy, attempts, result)
    outbox.retry_later(db, due.id, attempts, result.reason, delays[key], since)
    return "pending"


# A backup follows the hub's purges, so a hub restored from one may hold a delivery still open whose
# payload the live hub had purged after its agency's retention: there is nothing left to send.
PURGED_REASON = "payload purged after its retention: nothing left to send"


def send_many(db: HubDatabase, routing: RoutingTable, connector: FhirConnector, policy: DeliveryPolicy,
              dues: list[outbox.Due]) -> list[str]:
    """One attempt for deliveries to one agency: a transaction each, or one batch of them when the
    agency takes batches; returns each delivery's state after it."""
    stored = _stored(db, dues)
    states: dict[str, str] = {}
    ready = []
    for due in dues:
        if due.id in stored and "purged" in stored[due.id][0]:  # a restored backup's delivery, purged since
            outbox.dead_letter(db, due.id, due.attempts + 1, PURGED_REASON)
            states[due.id] = "dead"
            continue
        try:
            ready.append((due, _bundle(routing, due, stored[due.id])))
        except (ValueError, KeyError) as exc:  # our own Bundle is wrong: sending again will not help
            outbox.dead_letter(db, due.id, due.attempts + 1, f"bundle invalid: {type(exc).__name__}")
            states[due.id] = "dead"
    if len(ready) == 1:
        results = [connector.send(ready[0][0].endpoint, ready[0][1])]
    else:
        results = connector.send_batch(ready[0][0].endpoint, [bundle for _, bundle in ready]) if ready else []
    delivered = [(due, result.task_url) for (due, _), result in zip(ready, results) if result.outcome == "delivered"]
    if delivered:
        crash_point("delivery_after_agency_stored")
        agency = routing.agencies.get(dues[0].agency)
        outbox.delivered_many(db, [(due.id, due.attempts + 1, url) for due, url in delivered], policy.poll_s,
                              dues[0].agency, agency.retention_days if agency else DEFAULT_RETENTION_DAYS)
        crash_point("delivery_after_record")
    delays: dict[tuple[int, float | None], float] = {}
    answered = utcnow()
    for (due, _), result in zip(ready, results):
        states[due.id] = "delivered" if result.outcome == "delivered" else _not_delivered(db, policy, due, result,
                                                                                            delays, answered)
    return [states[due.id] for due in dues]


def send(db: HubDatabase, routing: RoutingTable, connector: FhirConnector, policy: DeliveryPolicy,
         due: outbox.Due) -> str:
    """One attempt; returns the delivery's state after it."""
    return send_many(db, routing, connector, policy, [due])[0]


def poll(db: HubDatabase, connector: FhirConnector, policy: DeliveryPolicy, due: outbox.Due) -> str:
    """Ask the agency's Task for a decision; record it once, on the revision it was made for."""
    try:
        assert due.task_url is not None, "a delivered delivery has its Task"  # if not, handled as any trouble
        decided = decision_of(connector.task(due.task_url))
    except Exception as exc:  # noqa: BLE001 - any trouble asking: ask again later
        outbox.poll_again(db, due.id, backoff_s(policy, 3), f"poll: {type(exc).__name__}")
        return "delivered"
    if decided is None:
        outbox.poll_again(db, due.id, policy.poll_s)
        return "delivered"
    outcome, reason = decided
    crash_point("delivery_after_task_read")
    with db.write() as conn:
        latest = conn.execute(select(schema.application.c.latest_revision)
                              .where(schema.application.c.id == due.application_id)).scalar()
        if latest == due.revision:
            record_decision(conn, due.application_id, outcome, reason, due.agency)
        outbox.mark_decided(conn, due.id)
    crash_point("delivery_after_decision_commit")
    return "decided"


def _act(db: HubDatabase, routing: RoutingTable, connector: FhirConnector, policy: DeliveryPolicy,
         work: list[outbox.Due]) -> None:
    """Send pending deliveries (several to one agency when it takes batches) or poll one Task."""
    try:
        if work[0].state == "pending":
            send_many(db, routing, connector, policy, work)
        else:
            poll(db, connector, policy, work[0])
    except Exception as exc:  # noqa: BLE001 - the lease runs out and it is tried again
        log.error("delivery %s failed: %s", work[0].id, type(exc).__name__)  # no message: it may quote answers


def _work(routing: RoutingTable, dues: list[outbox.Due]) -> list[list[outbox.Due]]:
    """Pending deliveries to an agency that takes batches go in batches of its size; the rest alone."""
    work: list[list[outbox.Due]] = []
    batches: dict[str, list[outbox.Due]] = {}
    for due in dues:
        agency = routing.agencies.get(due.agency)
        if due.state != "pending" or agency is None or agency.batch <= 1:
            work.append([due])
            continue
        batch = batches.setdefault(due.agency, [])
        if not batch:
            work.append(batch)
        batch.append(due)
        if len(batch) >= agency.batch:
            del batches[due.agency]
    return work


def _write_files(db: HubDatabase, routing: RoutingTable, policy: DeliveryPolicy, claimed: list[outbox.Due]) -> None:
    """Batch-file deliveries: into their agency's file of the day, agency by agency."""
    by_agency: dict[str, list[outbox.Due]] = {}
    for due in claimed:
        by_agency.setdefault(due.agency, []).append(due)
    for agency_id, dues in by_agency.items():
        agency = routing.agencies.get(agency_id)
        if agency is None or agency.connector != "batch-file":  # taken out of the table since: wait for a person
            for due in dues:
                outbox.dead_letter(db, due.id, due.attempts, "agency is no longer a batch-file agency in the routing table")
            continue
        try:
            batch_file.deliver(db, routing, agency, dues, policy, lambda tries: backoff_s(policy, tries))
        except Exception as exc:  # noqa: BLE001 - the leases run out and they are tried again
            log.error("batch file for %s failed: %s", agency_id, type(exc).__name__)


def run_once(db: HubDatabase, routing: RoutingTable, connector: FhirConnector, policy: DeliveryPolicy) -> int:
    """Act on the deliveries due now, several at a time; returns how many."""
    # four requests per sending thread, as many deliveries as they carry: the threads fall out of step
    # (one builds while another waits for the agency) instead of all building, then all waiting
    per_request = max([1, *(a.batch for a in routing.agencies.values())])
    claimed = outbox.claim_due(db, policy.lease_s, limit=policy.concurrency * 4 * per_request)
    if claimed:
        crash_point("delivery_after_claim")
    files = [due for due in claimed if due.connector == "batch-file"]
    if files:
        _write_files(db, routing, policy, files)
    work = _work(routing, [due for due in claimed if due.connector != "batch-file"])
    if len(work) <= 1 or policy.concurrency <= 1:
        for item in work:
            _act(db, routing, connector, policy, item)
    else:
        connector.map(lambda item: _act(db, routing, connector, policy, item), work, policy.concurrency)
    return len(claimed)


def housekeeping(db: HubDatabase, routing: RoutingTable, policy: DeliveryPolicy, last: dict[str, float]) -> None:
    """Now and then (`last` remembers when): result files the agencies dropped, payloads past
    their retention."""
    now = time.monotonic()
    if now - last.get("results", -1e9) >= policy.results_s:
        last["results"] = now
        import_all(db, routing)
    if now - last.get("purge", -1e9) >= policy.purge_s:
        last["purge"] = now
        purge_expired(db, routing)


class DeliveryWorker(PokedThread):
    def __init__(self, db: HubDatabase, routing: RoutingTable, policy: DeliveryPolicy | None = None) -> None:
        self.db, self.routing, self.policy = db, routing, policy or DeliveryPolicy()
        self.connector = FhirConnector(self.policy.timeout_s)
        super().__init__("hub-deliveries", stop_wait_s=self.policy.timeout_s + 10)

    def stop(self) -> None:
        super().stop()
        self.connector.close()


    def _run(self) -> None:
        last: dict[str, float] = {}
        while not self._stop.is_set():
            self._wake.clear()
            try:
                busy = run_once(self.db, self.routing, self.connector, self.policy)
                housekeeping(self.db, self.routing, self.policy, last)
            except Exception as exc:  # noqa: BLE001 - a database hiccup: keep serving, try again
                log.error("delivery round failed: %s", type(exc).__name__)
                busy = 0
            if not busy:
                self._wake.wait(self.policy.idle_s)
