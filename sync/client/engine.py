"""One sync cycle: send the outbox, pull the changes feed, reconcile, and report.

Qt-free; progress goes to a plain callback, so the UI can show it from its worker thread and the
CLI can draw a bar. At most two requests are in flight. Failures are classified (transport.py):
retryable ones back off with full jitter and feed the circuit breaker; a refused item is set
aside with its reasons and never holds up the others.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select, update

from kiosk import audit
from kiosk.changes import NOTHING, ChangeCollector, Changes
from kiosk.db.applications import ApplicationRevision
from kiosk.db.audit import AuditEvent
from kiosk.db.base import utcnow
from kiosk.db.households import Household
from kiosk.db.sync_state import DeviceCommand, OutboxItem, SyncConfig
from kiosk.households import edits
from kiosk.json_types import JsonObject
from kiosk.security.blobs import BlobError
from kiosk.states.outbox import OutboxKind
from sync import protocol
from sync.client import download, outbox, snapshot, subscriptions, transport, upload
from sync.client.crash import crash_point
from sync.client.lock import SyncLock
from sync.client.outbox import APPLICATION_KIND, Lease
from sync.client.resilience import BackoffPolicy, CircuitBreaker
from sync.client.transport import HubClient, Result

if TYPE_CHECKING:
    from kiosk.db.store import Store
    from kiosk.security.blobs import BlobStore
    from sync.client.snapshot import Described
    from sync.client.upload import PreparedRevision

log = logging.getLogger(__name__)
RECONCILE_DAYS = 180
LEASE_AHEAD = 6  # items leased beyond the free slots, to spend one transaction on several
GROUP_WINDOW_S = 0.03  # answers recorded together: one durable commit per window
GROUP_MAX = 32
Answers = list[tuple[Lease, Result]]  # what a request brought back, still to record
Sending = Future[Answers]  # a request on the wire
_HURRY: list[Sending] = []  # queued by flush() and known by identity: stop waiting for more answers


@dataclass(frozen=True)
class Progress:
    phase: str  # upload | download | reconcile | done
    done: int
    total: int | None
    message: str = ""


@dataclass
class SyncOptions:
    max_in_flight: int = 2
    # The hub's largest page. Each page is one transaction, and every commit re-encrypts the
    # index pages it touched (ID numbers arrive in random order): on a 100,000-household first
    # download, 2,000 per page spent 9.5 s committing where 1,000 spent 14.0 s.
    page_size: int = 2000
    max_seconds: float = 300.0
    # A first download into an empty store fetches the scope's snapshot (protocol v1.1) and loads
    # it in one transaction, instead of walking the whole feed; False walks the feed (the bench's
    # v1 baseline).
    snapshot: bool = True
    # Application revisions per request (protocol v1.1 batches; 1 sends each by itself). Falls
    # back to one per request by itself when the hub does not know the batch route.
    batch_size: int = 50
    backoff: BackoffPolicy = field(default_factory=BackoffPolicy)
    sync_now: bool = True  # an officer asked: skip waits (the breaker still decides)


@dataclass
class CycleReport:
    counts: Counter[str] = field(default_factory=Counter)
    feed_current: bool = False
    stopped: str | None = None  # why the cycle stopped early: network, auth, upgrade, tls, forbidden, wiped, deadline
    detail: str = ""
    outbox: outbox.OutboxSummary | None = None
    audit_refused: str | None = None  # the hub refused our audit anchor: audit_rewound | audit_rewritten
    changes: Changes = NOTHING  # what the cycle touched, for the window's screens to redraw

    @property
    def complete(self) -> bool:
        return self.stopped is None and self.feed_current and self.outbox is not None and self.outbox.drained

    def to_json(self) -> dict[str, object]:
        """For the worker process's result message (kiosk/worker/messages.py)."""
        return {"counts": dict(self.counts), "feed_current": self.feed_current, "stopped": self.stopped,
                "detail": self.detail, "outbox": self.outbox.to_json() if self.outbox else None,
                "audit_refused": self.audit_refused, "changes": self.changes.to_json()}

    @classmethod
    def from_json(cls, data: JsonObject) -> CycleReport:
        return cls(Counter(data["counts"]), data["feed_current"], data["stopped"], data["detail"],
                   outbox.OutboxSummary.from_json(data["outbox"]) if data["outbox"] else None, data["audit_refused"],
                   Changes.from_json(data["changes"]) if data.get("changes") else NOTHING)


STOPPING = {transport.AUTH: "auth", transport.UPGRADE: "upgrade", transport.FATAL: "tls",
            transport.FORBIDDEN: "forbidden"}


class SyncEngine:
    def __init__(self, store: Store, client: HubClient, options: SyncOptions | None = None,
                 progress: Callable[[Progress], None] | None = None, breaker: CircuitBreaker | None = None) -> None:
        self.store = store
        self.client = client
        self.options = options or SyncOptions()
        self.progress = progress or (lambda _p: None)
        self.breaker = breaker or CircuitBreaker()
        self._stop = threading.Event()
        self._report = CycleReport()
        self._touched = ChangeCollector()
        self._lock = threading.Lock()
        self._prefetch: ThreadPoolExecutor | None = None
        self._preparer: ThreadPoolExecutor | None = None  # builds request bodies ahead of their turn
        self._prepared: dict[str, Future[PreparedRevision]] = {}
        self._blobs: BlobStore | None = None  # the store's attachments, opened once per upload
        self._deadline = time.monotonic() + self.options.max_seconds
        self._batching = self.options.batch_size > 1

    # -- the cycle ---------------------------------------------------------------------------
    def run_cycle(self) -> CycleReport:
        """One cycle; raises SyncBusy if another engine is syncing this store."""
        with SyncLock(self.store.folder):
            return self._cycle()

    def _cycle(self) -> CycleReport:
        self._report = CycleReport()
        self._touched = ChangeCollector()
        self._stop.clear()
        self._deadline = time.monotonic() + self.options.max_seconds
        outbox.recover_leases(self.store, everything=True)  # we hold the sync lock: every lease is stale
        if self.options.sync_now:
            with self.store.write() as session:
                session.execute(update(OutboxItem).where(OutboxItem.state == "pending").values(next_attempt_at=None))
        try:
            self._upload()
            epoch_changed = self._download()
            crash_point("before_reconcile")
            if not self._report.stopped and self._reconcile(everything=epoch_changed):
                self._upload()
            if not self._report.stopped and self._sendable_now():
                self._upload()
                self._download()
            if not self._report.stopped:
                self._anchor_audit()
        finally:
            if self._report.stopped != "wiped":
                outbox.release_all_leases(self.store)
        crash_point("before_cycle_end")
        if self._report.stopped != "wiped":
            self._report.outbox = outbox.summary(self.store, self.options.backoff.attention_after)
            with self.store.write() as session:
                config = session.execute(select(SyncConfig)).scalars().first()
                if config is not None and self._report.complete:
                    config.last_sync_at = utcnow()
        self._report.changes = self._touched.changes()
        self.progress(Progress("done", 0, None, self._report.stopped or ""))
        return self._report

    def stop(self) -> None:
        """Ask a running cycle to finish what is in flight and stop."""
        self._stop.set()

    def _halt(self, reason: str, detail: str = "") -> None:
        with self._lock:
            if self._report.stopped is None:
                self._report.stopped = reason
                self._report.detail = detail
        self._stop.set()

    def _time_left(self) -> float:
        return self._deadline - time.monotonic()

    # -- upload ------------------------------------------------------------------------------
    def _breaker_allows(self) -> bool:
        if self.breaker.allows():
            return True
        wait_s = self.breaker.seconds_until_probe()
        if wait_s > self._time_left() - 1:
            return False
        if self._stop.wait(wait_s):
            return False
        return self.breaker.probe(self.client.health)

    def _upload(self) -> None:
        """Send due items, two requests at a time. Answers are recorded by a recorder thread (group
        commits), so a slot is refilled the moment its request returns."""
        total = outbox.summary(self.store).pending
        done = 0
        futures: dict[Sending, int] = {}  # a request in flight -> how many items it carries
        ready: deque[Lease] = deque()  # leased a few at a time (one transaction), sent as slots free up
        recorder = _Recorder(self._finish)
        with ThreadPoolExecutor(self.options.max_in_flight, thread_name_prefix="sync-send") as pool, \
                ThreadPoolExecutor(1, thread_name_prefix="sync-prepare") as preparer:
            self._preparer, self._prepared, self._blobs = preparer, {}, self.store.blobs
            try:
                while not self._stop.is_set() and self._time_left() > 0 and recorder.healthy:
                    if not self._fill(pool, futures, ready):
                        break
                    if not futures:
                        recorder.flush()  # answers recorded before deciding there is nothing due
                        next_at = outbox.next_due(self.store)
                        if next_at is None:
                            break
                        pause = (next_at - utcnow()).total_seconds()
                        if pause >= self._time_left() or self._stop.wait(max(0.01, pause)):
                            break
                        continue
                    finished, _ = wait(list(futures), return_when=FIRST_COMPLETED, timeout=1.0)
                    for future in finished:
                        done += futures.pop(future)
                    if finished:
                        recorder.put(list(finished))
                        self.progress(Progress("upload", done, max(total, done)))
            finally:
                wait(list(futures))  # stopping: let in-flight requests finish, and record every answer
                recorder.put(list(futures))
                recorder.close()
                for lease in ready:  # leased, never sent: due again at once
                    outbox.give_back(self.store, lease)

    def _fill(self, pool: ThreadPoolExecutor, futures: dict[Sending, int], ready: deque[Lease]) -> bool:
        """Start requests in the free slots; False when the breaker stops the upload."""
        free = self.options.max_in_flight - len(futures)
        if free <= 0:
            return True
        if not self._breaker_allows():
            if not futures:
                self._halt("network", "circuit breaker open")
                return False
            return True
        if not ready:
            # whole batches, one more than the free slots: its bodies are built while these are sent
            self._lease_ahead(ready, (free + 1) * self.options.batch_size if self._batching else free + LEASE_AHEAD)
        while free > 0 and ready:
            group = self._next_request(ready)
            crash_point("after_lease")
            prepared = [self._prepared.pop(lease.id, None) for lease in group]
            if len(group) > 1:
                futures[pool.submit(self._process_batch, group, prepared)] = len(group)
            else:
                futures[pool.submit(self._process, group[0], prepared[0])] = 1
            free -= 1
        return True

    def _lease_ahead(self, ready: deque[Lease], wanted: int) -> None:
        """Lease up to `wanted` due items into `ready`, their request bodies built in the background."""
        leased = outbox.lease_due(self.store, wanted)
        assert self._preparer is not None, "_upload runs the preparer while it fills"
        for lease in leased:  # bodies are built while the requests before them are on the wire
            if lease.kind == APPLICATION_KIND:
                self._prepared[lease.id] = self._preparer.submit(upload.prepare_revision, self.store, lease,
                                                                 self._blobs)
        ready.extend(leased)

    def _next_request(self, ready: deque[Lease]) -> list[Lease]:
        """The items of the next request: a household patch or a subscription alone, or application
        revisions, as many as a batch takes when the hub speaks batches. The others keep their place
        in the queue."""
        first = ready.popleft()
        group = [first]
        if first.kind != APPLICATION_KIND or not self._batching:
            return group
        skipped: list[Lease] = []
        while ready and len(group) < self.options.batch_size:
            lease = ready.popleft()
            (group if lease.kind == APPLICATION_KIND else skipped).append(lease)
        ready.extendleft(reversed(skipped))
        return group

    def _finish(self, futures: list[Sending]) -> None:
        """Record the answers of finished requests; acknowledgements share one commit."""
        acks = []
        for future in futures:
            exc = future.exception()
            if exc is not None:
                log.error("sending an item failed: %s", type(exc).__name__)
                raise exc
            for lease, result in future.result():
                if result.ok and not self._settle(lease, result):
                    acks.append((lease, result))
                else:
                    self._record_revision(lease, result)
        if acks:
            outbox.acknowledge_many(self.store, [(lease, result.body["receipt"]) for lease, result in acks])
            crash_point("after_ack_commit")
            for _lease, result in acks:
                self._report.counts["replayed" if result.replayed else "sent"] += 1

    def _process(self, lease: Lease, prepared: Future[PreparedRevision] | None = None) -> Answers:
        """Send one item (in a sender thread); returns the answer still to record, if any."""
        if self._stop.is_set():
            outbox.give_back(self.store, lease)
            return []
        if lease.kind == APPLICATION_KIND:
            try:
                body = prepared.result() if prepared is not None else None  # raises what preparing raised
                self._touch_revision(body)
                result = upload.send_revision(self.client, self.store, lease, body)
            except BlobError as exc:  # an attachment file is unreadable here: keep the item, say why
                outbox.retry_later(self.store, lease, self.options.backoff.attention_interval_s, exc.key)
                return []
            crash_point("after_response_before_commit")
            return [(lease, result)]
        if lease.kind == OutboxKind.SUBSCRIPTION:
            self._process_subscription(lease)
            return []
        self._process_patch(lease)
        return []

    def _process_batch(self, leases: list[Lease], prepared: list[Future[PreparedRevision] | None]) -> Answers:
        """Send application revisions in batches (in a sender thread). One with an attachment to
        upload first goes by itself, as does any whose batch item needs blobs sent first, and all
        of them when the hub turns out not to know batches."""
        if self._stop.is_set():
            for lease in leases:
                outbox.give_back(self.store, lease)
            return []
        answers: list[tuple[Lease, Result]] = []
        batchable = []
        for lease, future in zip(leases, prepared):
            try:
                body = future.result() if future is not None else upload.prepare_revision(self.store, lease)
            except BlobError as exc:
                outbox.retry_later(self.store, lease, self.options.backoff.attention_interval_s, exc.key)
                continue
            self._touch_revision(body)
            if body.upload_first or not self._batching:
                answers += self._process(lease, _done(body))
            else:
                batchable.append((lease, body))
        for group in upload.batches(batchable, self.options.batch_size):
            sent = upload.send_batch(self.client, group) \
                if self._batching and not self._stop.is_set() else None
            if sent is None:  # a v1.0 hub (or a batch before this one found out), or stopping
                if not self._stop.is_set():
                    self._batching = False  # one by one from now on: _process gives back if stopping
                answers += [answer for lease, body in group for answer in self._process(lease, _done(body))]
                continue
            request, results = sent
            self.breaker.record(request.counts_as_failure)  # one request, counted once
            crash_point("after_response_before_commit")
            for (lease, body), result in zip(group, results):
                if result.kind == transport.MISSING_BLOBS:  # uploads its attachments, then sends again
                    answers += self._process(lease, _done(body))
                else:
                    answers.append((lease, result))
        return answers

    def _touch_revision(self, body: PreparedRevision | None) -> None:
        if body is None:  # not prepared ahead (never, today): which application is unknown here
            self._touched.everything()
        else:
            self._touched.add(applications=(body.application_id,))

    def _retry(self, lease: Lease, result: Result) -> None:
        if not result.breaker_counted:
            self.breaker.record(result.counts_as_failure)
        delay = self.options.backoff.delay(lease.attempts + 1, result.retry_after)
        outbox.retry_later(self.store, lease, delay, result.error or result.kind)
        self._report.counts["retried"] += 1

    def _settle(self, lease: Lease, result: Result) -> bool:
        """Shared handling of answers that are not about the item itself; True when handled."""
        if result.kind in STOPPING:
            outbox.give_back(self.store, lease)
            self._halt(STOPPING[result.kind], result.error)
            return True
        if result.kind in (transport.RETRY, transport.MISSING_BLOBS, transport.GONE, transport.TOO_LARGE,
                           transport.BAD_REQUEST):
            self._retry(lease, result)
            return True
        if not result.breaker_counted:
            self.breaker.record(False)
        return False

    def _record_revision(self, lease: Lease, result: Result) -> None:
        if self._settle(lease, result):
            return
        if result.ok:
            outbox.acknowledge(self.store, lease, result.body["receipt"])
            crash_point("after_ack_commit")
            self._report.counts["replayed" if result.replayed else "sent"] += 1
        elif result.kind == transport.REJECTED:
            outbox.reject(self.store, lease, result.body or {})
            self._report.counts["rejected"] += 1
        elif result.kind == transport.CONFLICT:
            outbox.conflict(self.store, lease, result.body or {})
            self._report.counts["conflicts"] += 1

    def _process_subscription(self, lease: Lease) -> None:
        self._touched.add(subscriptions=(lease.target_id,))
        later = subscriptions.after_its_applications(self.store, lease)
        if later is not None:  # its applications go first: the hub refuses news about ones it has not got
            outbox.retry_later(self.store, lease, (later - utcnow()).total_seconds(), "waiting for its applications",
                               counted=False)
            return
        result = subscriptions.send(self.client, subscriptions.prepare(self.store, lease))
        if subscriptions.hub_lacks_route(result):  # an older hub: keep it, say so, let the rest go on
            self.breaker.record(False)
            outbox.retry_later(self.store, lease, subscriptions.WAIT_FOR_HUB_S, subscriptions.NO_ROUTE, counted=False)
            self._report.counts["subscriptions_waiting"] += 1
            return
        if subscriptions.waits_for_applications(result):
            self._retry(lease, result)
            return
        if self._settle(lease, result):
            return
        self._report.counts[subscriptions.settle(self.store, lease, result)] += 1
        crash_point("after_ack_commit")

    def _process_patch(self, lease: Lease) -> None:
        prepared = upload.prepare_patch(self.store, lease)
        if prepared is None:
            return
        household_no, version, sent = prepared
        self._touched.add(households=(household_no,))
        if version is None:  # the hub's version is not known yet; the download re-queues it
            outbox.retry_later(self.store, lease, 3600.0, "waiting for the household from the hub", counted=False)
            return
        result = upload.send_patch(self.client, household_no, version, sent, lease.op_id)
        if self._settle(lease, result):
            return
        with self.store.write(durable=True) as session:
            household = session.get_one(Household, lease.target_id)
            item = session.get_one(OutboxItem, lease.id)
            item.lease_until = None
            if result.ok:
                item.state = "done"
                edits.accept_patch_result(session, household, sent, result.body["record"], result.body["version"])
                self._report.counts["household_edits"] += 1
            elif result.kind == transport.CONFLICT:
                body = result.body or {}
                kind = body.get("code") or "edit_conflict"
                real = edits.record_conflict(session, household, kind, body.get("current"), body.get("version"),
                                             body.get("conflicting_fields") or [])
                item.state = "conflict" if real else "done"
                self._report.counts["household_conflicts" if real else "household_rebased"] += 1
            else:  # 422 (or 404: the household left this officer's area)
                body = result.body or {}
                edits.record_conflict(session, household, "invalid" if result.kind == transport.REJECTED else "gone",
                                      None, None, [{"path": e.get("path", ""), "code": e.get("code"),
                                                    "message": e.get("message")} for e in body.get("errors") or []])
                item.state = "rejected"
                self._report.counts["household_conflicts"] += 1
            edits.queue_patch(session, household)
        crash_point("after_patch_commit")

    def _sendable_now(self) -> bool:
        with self.store.read() as session:
            return session.execute(select(OutboxItem.id).where(
                OutboxItem.state == "pending", OutboxItem.attempts == 0,
                OutboxItem.next_attempt_at.is_(None))).first() is not None

    # -- download ----------------------------------------------------------------------------
    def _download(self) -> bool:
        """Pull until current. True when the hub's epoch changed (a restore): reconcile everything.

        The next page is fetched while this one is applied (the hub works in its own process), so
        a first download by the feed costs the larger of the two rather than their sum. The cursor
        still only moves in the transaction that applies its page."""
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-prefetch") as prefetch:
            self._prefetch = prefetch
            try:
                return self._pull()
            finally:
                self._prefetch = None

    def _page(self, cursor: str | None) -> Result:
        params: dict[str, str | int] = {"limit": self.options.page_size}
        if cursor:
            params["cursor"] = cursor
        return self.client.call("GET", "/v1/changes", params=params)

    def _pull(self) -> bool:
        position = download.position(self.store)
        mark = position.resync_mark
        epoch_changed = False
        if position.cursor is None and mark is None:
            mark = download.start_resync(self.store, "first")
        cursor = position.cursor
        if cursor is None and self.options.snapshot and snapshot.wanted(self.store):
            cursor = self._snapshot()
            if cursor is not None:
                mark = None  # the snapshot was the whole download
            elif self._report.stopped or self._stop.is_set():
                return epoch_changed
        elif cursor is not None:
            snapshot.discard_partial(self.store)  # loaded before a kill could delete it
        restarts = failures = 0
        pulled = 0
        ahead: Future[Result] | None = None  # the page after `cursor`, already requested
        while not self._stop.is_set():
            if self._time_left() <= 0:
                self._halt("deadline")
                break
            if not self._breaker_allows():
                self._halt("network", "circuit breaker open")
                break
            result = ahead.result() if ahead is not None else self._page(cursor)
            ahead = None
            if result.kind == transport.GONE and restarts < 2:
                restarts += 1
                code = result.code or "gone"
                epoch_changed = epoch_changed or code == "epoch_changed"
                mark, cursor = download.start_resync(self.store, code), None
                self._report.counts["resyncs"] += 1
                continue
            if not result.ok:
                failures += 1
                if self._waited_to_retry(result, failures):
                    continue
                break
            failures = 0
            self.breaker.record(False)
            page = result.body
            if position.epoch and page.get("server_epoch") != position.epoch:
                epoch_changed = True
            crash_point("after_page_fetch")
            if page.get("has_more"):
                assert self._prefetch is not None, "_download runs the prefetcher while it pulls"
                ahead = self._prefetch.submit(self._page, page["next_cursor"])
            applied = download.apply_page(self.store, page, mark)
            crash_point("after_page_commit")
            self._touch_page(page.get("changes") or [])
            self._report.counts.update({f"pulled_{k}": v for k, v in applied.counts.items()})
            pulled += len(page.get("changes") or [])
            self.progress(Progress("download", pulled, None))
            cursor = page["next_cursor"]
            if applied.commands and self._run_commands():
                break
            if not page.get("has_more"):
                if mark:
                    removed = download.finish_resync(self.store, mark)
                    self._report.counts["removed"] += removed
                    if removed:  # which ones is not said: a screen may show any of them
                        self._touched.everything()
                self._report.feed_current = True
                break
        return epoch_changed

    def _touch_page(self, changes: list[JsonObject]) -> None:
        """What a feed page touched: household numbers, application and subscription ids."""
        touched: dict[str, list[str]] = {"household": [], "application": [], "subscription": []}
        for change in changes:
            kind = change.get("type")
            if kind == "household":
                touched["household"].append(str(change.get("id")))
            elif kind in ("application", "subscription"):
                found = (change.get("data") or {}).get(f"{kind}_id")
                if isinstance(found, str):
                    touched[kind].append(found)
        self._touched.add(households=touched["household"], applications=touched["application"],
                          subscriptions=touched["subscription"])

    def _waited_to_retry(self, result: Result, failures: int) -> bool:
        """A download request failed: True after backing off when it is worth another try; else
        the cycle halts with the reason."""
        self.breaker.record(result.counts_as_failure)
        if result.kind == transport.RETRY and failures < 6:
            pause = self.options.backoff.delay(failures, result.retry_after)
            if pause < self._time_left() and not self._stop.wait(pause):
                return True
        self._halt(STOPPING.get(result.kind, "network"), result.error)
        return False

    def _snapshot(self) -> str | None:
        """v1.1 first download into an empty store: fetch (or resume) the snapshot and load it.
        The feed cursor to continue from, or None to walk the feed instead (a 1.0 hub, a damaged
        file) or when the cycle stops."""
        failures = 0
        while not self._stop.is_set() and self._time_left() > 0:
            if not self._breaker_allows():
                self._halt("network", "circuit breaker open")
                return None
            result = snapshot.fetch(self.store, self.client, self._stop)
            if self._stop.is_set():
                return None
            if result.ok:
                self.breaker.record(False)
                try:
                    counts = snapshot.load(self.store)
                except snapshot.SnapshotDamaged:
                    log.warning("snapshot: the downloaded file is not whole; walking the feed instead")
                    snapshot.discard_partial(self.store)
                    return None
                self._report.counts.update({f"pulled_{k}": v for k, v in counts.items()})
                self._report.counts["pulled_changes"] += counts["created"] + counts["invalid"]  # what `kiosk sync` prints
                self._report.counts["snapshots"] += 1
                self._touched.everything()  # a whole district arrived
                self.progress(Progress("download", counts["created"], None))
                described: Described = result.body
                return described.cursor
            if result.kind in (transport.UPGRADE, transport.BAD_REQUEST):
                return None  # a 1.0 hub (no such path): the feed serves the whole download
            failures += 1
            if not self._waited_to_retry(result, failures):
                return None
        if not self._stop.is_set():
            self._halt("deadline")
        return None

    def _run_commands(self) -> bool:
        """Carry out and acknowledge commands from the hub; True when this device was wiped."""
        with self.store.read() as session:
            pending = [(c.id, c.kind) for c in session.execute(
                select(DeviceCommand).where(DeviceCommand.acked_at.is_(None))).scalars()]
        for command_id, kind in pending:
            if kind == "wipe":
                self.client.call("POST", "/v1/device/ack-command", json_body={"id": command_id}, expect_json=False)
                from kiosk.security.wipe import crypto_wipe

                folder = self.store.folder
                self.store.close()
                crypto_wipe(folder)
                self._touched.everything()
                self._halt("wiped")
                return True
            ack = self.client.call("POST", "/v1/device/ack-command", json_body={"id": command_id}, expect_json=False)
            with self.store.write() as session:
                row = session.get_one(DeviceCommand, command_id)
                row.executed_at = row.executed_at or utcnow()
                if ack.ok:
                    row.acked_at = utcnow()
                audit.record(session, f"command_{kind}", "device", None, {"command": command_id})
        return False

    # -- reconciliation and audit ------------------------------------------------------------
    def _reconcile(self, everything: bool) -> bool:
        """Ask the hub which revisions we believe delivered it does not hold; queue those again."""
        states = ("acked", "confirmed") if everything else ("acked",)
        since = utcnow() - timedelta(days=RECONCILE_DAYS)
        with self.store.read() as session:
            rows = session.execute(select(ApplicationRevision.application_id, ApplicationRevision.revision,
                                          ApplicationRevision.digest)
                                   .where(ApplicationRevision.state.in_(states),
                                          ApplicationRevision.submitted_at >= since)).all()
        if not rows:
            return False
        self.progress(Progress("reconcile", 0, len(rows)))
        result = self.client.call("POST", "/v1/applications/reconcile",
                                  json_body={"revisions": [[a, r, d] for a, r, d in rows]})
        if not result.ok:
            self.breaker.record(result.counts_as_failure)
            return False
        missing = [(a, int(r)) for a, r in result.body.get("missing", [])]
        requeued = outbox.requeue_revisions(self.store, missing) if missing else 0
        self._touched.add(applications=[application_id for application_id, _revision in missing])
        crash_point("after_reconcile_requeue")
        self._report.counts["requeued"] += requeued
        with self.store.write() as session:
            config = session.execute(select(SyncConfig)).scalars().first()
            if config is not None:
                config.last_reconcile_at = utcnow()
        return requeued > 0

    def _anchor_audit(self) -> None:
        with self.store.read() as session:
            head = session.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc())
                                   .limit(1)).first()
        if head is not None:
            result = self.client.call("POST", "/v1/audit/anchor", json_body={"seq": head.seq, "head": head.hash},
                                      expect_json=False)
            if result.kind == transport.OK:  # `kiosk audit verify` holds the log to what the hub acknowledged
                with self.store.write() as session:
                    audit.acknowledge_anchor(session, head.seq, head.hash)
            elif result.code in (protocol.AUDIT_REWOUND, protocol.AUDIT_REWRITTEN):
                self._report.audit_refused = result.code


_T = TypeVar("_T")


def _done(value: _T) -> Future[_T]:
    future: Future[_T] = Future()
    future.set_result(value)
    return future


class _Recorder:
    """Records answers off the sending loop: whatever arrives within a short window is written in
    one durable transaction (group commit). Without the window each answer got a commit of its own
    (988 commits for 1,000 items, ~5 ms of CPU each, on the core the hub needs). A crash inside the
    window only means those items are sent again and answered as replays. Raises what recording
    raised when closed."""

    def __init__(self, finish: Callable[[list[Sending]], None]) -> None:
        self._finish = finish
        self._queue: queue.SimpleQueue[list[Sending] | None] = queue.SimpleQueue()  # None: close
        self._idle = threading.Condition()
        self._pending = 0
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="sync-record", daemon=True)
        self._thread.start()

    @property
    def healthy(self) -> bool:
        return self.error is None

    def put(self, futures: list[Sending]) -> None:
        if futures:
            with self._idle:
                self._pending += 1
            self._queue.put(futures)

    def flush(self) -> None:
        self._queue.put(_HURRY)  # someone waits: commit what has arrived without lingering
        with self._idle:
            self._idle.wait_for(lambda: self._pending == 0 or self.error is not None)
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        stop = False
        while not stop:
            batches = self._gather()
            stop = None in batches
            batches = [b for b in batches if b is not _HURRY]
            work = [f for batch in batches if batch is not None for f in batch]
            try:
                if work and self.error is None:
                    self._finish(work)
            except BaseException as exc:  # noqa: BLE001 - handed to the sending loop
                self.error = exc
            with self._idle:
                self._pending -= sum(1 for b in batches if b is not None)
                self._idle.notify_all()

    def _gather(self) -> list[list[Sending] | None]:
        batches = [self._queue.get()]
        deadline = time.monotonic() + GROUP_WINDOW_S
        count = 0
        while True:
            last = batches[-1]
            if last is None or last is _HURRY:
                return batches
            count += len(last)
            left = deadline - time.monotonic()
            if count >= GROUP_MAX:
                left = 0
            try:
                batches.append(self._queue.get(timeout=left) if left > 0 else self._queue.get_nowait())
            except queue.Empty:
                return batches
