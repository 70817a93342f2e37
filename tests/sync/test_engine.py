"""The client engine's rules: backoff honouring Retry-After, the circuit breaker, strict receipts,
no head-of-line blocking, lost answers, resyncs that keep local work, never overwriting edits."""

from __future__ import annotations

import json
import random
import time

from sqlalchemy import func, select

from kiosk.applications import service
from kiosk.db.applications import Application, ApplicationRevision
from kiosk.db.households import Household
from kiosk.db.sync_state import OutboxItem
from kiosk.households import edits
from kiosk.households.importer import iter_documents
from sync.client.engine import SyncOptions
from sync.client.resilience import BackoffPolicy, CircuitBreaker
from tests.sync.conftest import adults, submit
from tests.sync.invariants import check
from tests.sync.proxy import FaultPlan


def test_backoff_is_full_jitter_capped_and_never_before_retry_after():
    policy = BackoffPolicy(base_s=2, cap_s=600)
    rng = random.Random(1)
    delays = [policy.delay(attempt, rng=rng) for attempt in range(1, 12) for _ in range(200)]
    assert min(delays) >= 0 and max(delays) <= 3600
    assert max(policy.delay(3, rng=rng) for _ in range(500)) <= 8  # base * 2^(3-1)
    assert max(policy.delay(9, rng=rng) for _ in range(500)) <= 600  # the cap
    assert all(policy.delay(1, retry_after=120, rng=rng) >= 120 for _ in range(100))
    # R11: after a long outage (many attempts each) 500 clients' retries do not land together
    starts = sorted(policy.delay(8, rng=rng) for _ in range(500))
    busiest = max(sum(1 for s in starts if t <= s < t + 5) for t in starts)
    assert busiest <= 50


def test_breaker_opens_on_consecutive_or_ratio_failures_and_probes():
    now = [0.0]
    breaker = CircuitBreaker(clock=lambda: now[0])
    for _ in range(4):
        breaker.record(True)
    assert breaker.allows()
    breaker.record(True)
    assert not breaker.allows() and breaker.state == "open"
    now[0] += 61
    assert not breaker.allows() and breaker.state == "half_open"
    assert not breaker.probe(lambda: False) and breaker.state == "open"
    now[0] += 61
    breaker.allows()
    assert breaker.probe(lambda: True) and breaker.allows()
    ratio = CircuitBreaker(clock=lambda: now[0])
    for i in range(20):
        ratio.record(i % 2 == 0)  # never 5 in a row, but half of the last 20
    assert ratio.state == "open"


def test_retry_after_is_honoured(device, hub):
    number, person = adults(device.store, 1)[0]
    submit(device.store, number, "S03", person)
    hub.faults(unavailable=2, retry_after_s=1)
    started = time.monotonic()
    report = device.sync()
    assert report.complete and report.counts["sent"] == 1
    assert time.monotonic() - started >= 1.0  # at least one Retry-After wait, never a hot loop


def test_breaker_stops_hammering_a_dead_hub(device, hub, proxy):
    number, person = adults(device.store, 1)[0]
    for _ in range(3):
        submit(device.store, number, "S03", person)
    proxy.set_plan(FaultPlan(down=True))
    report = device.sync(proxy.url, max_seconds=3, breaker=CircuitBreaker(cool_down_s=60))
    assert report.stopped == "network" and not report.complete
    # five failures open the breaker; then silence, but for requests already on their way then (up to
    # one per sending thread): a busy machine showed 7; without the breaker it is dozens in 3 s
    assert sum(proxy.injected.values()) <= 5 + SyncOptions().max_in_flight
    assert report.outbox.pending == 3
    proxy.set_plan(FaultPlan())
    assert device.sync().complete and len(hub.revisions()) == 3


def test_captive_portal_answer_is_not_a_delivery(device, hub, proxy):
    number, person = adults(device.store, 1)[0]
    view = submit(device.store, number, "S03", person)
    proxy.set_plan(FaultPlan(rate=1.0, faults=("portal",)))
    report = device.sync(proxy.url, max_seconds=2)
    assert not report.complete
    assert service.open_application(device.store, view.id).state == "queued"
    proxy.set_plan(FaultPlan())
    assert device.sync().complete
    assert service.open_application(device.store, view.id).state in ("sent", "decided", "needs_documents")


def test_lost_answers_never_duplicate(device, hub, proxy):
    """R4: the hub commits, the answer is dropped; the retry is a replay, not a second record."""
    people = adults(device.store, 5)
    views = [submit(device.store, number, "S03", person) for number, person in people]
    proxy.set_plan(FaultPlan(rate=1.0, faults=("lose_response",), clean_first=1))  # the token gets through
    device.sync(proxy.url, max_seconds=2)
    assert proxy.injected["lose_response"] > 0 and len(hub.revisions()) > 0  # committed, never heard
    proxy.set_plan(FaultPlan())
    report = device.sync()
    assert report.complete
    received = hub.revisions()
    assert sorted(r["application_id"] for r in received) == sorted(v.id for v in views)
    assert report.counts["replayed"] >= 1  # the hub had them already and said so


def test_refused_items_do_not_block_the_others(device, hub):
    """R10: with 20% refused, every valid item is delivered in the same cycle."""
    hub.faults(reject_rate=0.2)
    people = adults(device.store, 20)
    views = [submit(device.store, number, "S03", person) for number, person in people]
    report = device.sync()
    assert report.complete
    assert report.counts["sent"] + report.counts["rejected"] == len(views)
    assert 0 < report.counts["rejected"] < len(views)
    with device.store.read() as session:
        rejected = session.execute(select(Application).where(Application.state == "rejected")).scalars().all()
        for app in rejected:
            assert app.revisions[-1].problems["errors"]  # visible with its reasons
    assert check(device.store, hub).ok


def test_cursor_expiry_resync_keeps_drafts_queue_and_edits(device, hub):
    from sync.hub.admin import expire_cursors

    (number, person), (other, other_person) = adults(device.store, 2)
    draft = service.start(device.store, household_no=number, service_code="S03", person_id_no=person)
    hub.stop()  # offline: the submission and the edit stay queued
    queued = submit(device.store, other, "S03", other_person)
    edits.edit_household(device.store, other, {"notes": "家訪時更新"})
    hub.start()
    expire_cursors(hub.db)
    before = {d["household_no"] for d in iter_documents(device.store)}
    report = device.sync()
    assert report.complete and report.counts["resyncs"] == 1
    assert {d["household_no"] for d in iter_documents(device.store)} == before
    assert service.open_application(device.store, draft.id).state == "draft"
    assert [r["application_id"] for r in hub.revisions()] == [queued.id]
    assert check(device.store, hub, {(other, "notes"): "家訪時更新"}).ok


def test_incoming_versions_never_overwrite_local_edits(device, hub):
    from kiosk.households.document import canonical_document
    from tests.sync.invariants import hub_households

    number = adults(device.store, 1)[0][0]
    edits.edit_household(device.store, number, {"phone": "0900-111-222"})
    server = hub_households(hub)[number]
    hub.import_documents([canonical_document(dict(server, notes="區公所註記"))])
    # a download only (as if the upload of the edit had failed): the edit stays on top
    engine = device.engine()
    engine._download()
    engine.client.close()
    local = next(d for d in iter_documents(device.store) if d["household_no"] == number)
    assert local["phone"] == "0900-111-222" and local["notes"] == "區公所註記"
    assert device.sync().complete
    assert hub_households(hub)[number]["phone"] == "0900-111-222"


def test_large_attachments_go_by_resumable_upload(device, hub, proxy):
    import io

    from PIL import Image

    number, person = adults(device.store, 1)[0]
    noise = Image.effect_noise((1400, 1000), 90).convert("RGB")
    buffer = io.BytesIO()
    noise.save(buffer, "PNG")
    view = submit(device.store, number, "S03", person, attachment=buffer.getvalue())
    assert view.attachments[0].size > 256 * 1024
    proxy.set_plan(FaultPlan(rate=0.5, faults=("cut_request", "reset"), rng=random.Random(4)))
    device.sync(proxy.url, max_seconds=3)
    proxy.set_plan(FaultPlan())
    assert device.sync().complete
    assert check(device.store, hub).ok


def test_progress_is_reported_through_a_plain_callback(device):
    number, person = adults(device.store, 1)[0]
    submit(device.store, number, "S03", person)
    events = []
    assert device.sync(progress=events.append).complete
    phases = [e.phase for e in events]
    assert "upload" in phases and "download" in phases and phases[-1] == "done"


def test_leases_of_a_dead_sender_are_taken_back(device, hub):
    from datetime import timedelta

    from kiosk.db.base import utcnow

    number, person = adults(device.store, 1)[0]
    submit(device.store, number, "S03", person)
    with device.store.write() as session:  # a sender died holding a fresh lease
        item = session.execute(select(OutboxItem)).scalars().one()
        item.state, item.lease_until = "sending", utcnow() + timedelta(minutes=2)
    assert device.sync().complete
    with device.store.read() as session:
        assert session.execute(select(func.count()).select_from(ApplicationRevision)
                               .where(ApplicationRevision.state.in_(("acked", "confirmed")))).scalar() == 1
        assert session.execute(select(Household.sync_state).distinct()).scalars().all() == ["clean"]


def test_an_unreadable_attachment_holds_back_only_its_own_application(device, hub):
    """Bodies are built ahead of their turn in another thread; a damaged sealed file found there
    still lands on its own item, with the reason, and the others go."""
    people = adults(device.store, 3)
    views = [submit(device.store, number, "S03", person) for number, person in people]
    with device.store.read() as session:
        canonical = session.execute(select(ApplicationRevision.canonical)
                                    .where(ApplicationRevision.application_id == views[1].id)).scalar_one()
    sha256 = json.loads(canonical)["attachments"][0]["sha256"]
    device.store.blobs.path(sha256).write_bytes(b"not a sealed blob")

    report = device.sync(max_seconds=5)  # it is retried (every second here) until the cycle ends
    assert not report.complete  # something is still pending, and the cycle says so
    received = sorted(r["application_id"] for r in hub.revisions())
    assert received == sorted(v.id for v in (views[0], views[2]))
    with device.store.read() as session:
        waiting = session.execute(select(OutboxItem).where(OutboxItem.state == "pending")).scalars().one()
        assert waiting.last_error and "blob.damaged" in waiting.last_error


def test_full_download_of_many_pages_completes_after_history_was_compacted(device, hub):
    """A full download walks the kept history from the start, so its cursors fall below the hub's
    oldest kept position: they must still be honoured while nothing more is compacted meanwhile
    (the network-fault sessions looped on 410 once the scope's feed outgrew one page)."""
    from kiosk.households.document import canonical_document
    from sync.hub.admin import expire_cursors
    from tests.sync.invariants import hub_households

    documents = list(hub_households(hub).values())
    for round_ in range(6):  # every household upserted again: > 200 feed entries, more than a page
        hub.import_documents([canonical_document(dict(d, notes=f"第 {round_} 次更新")) for d in documents])
    expire_cursors(hub.db)
    engine = device.engine()
    engine.options.page_size = 20
    try:
        report = engine.run_cycle()
    finally:
        engine.client.close()
    assert report.complete, (report.stopped, report.detail)
    assert report.counts["resyncs"] == 1
    assert check(device.store, hub).ok


def test_cursor_from_before_a_compaction_still_starts_over(device, hub):
    from sync.hub.admin import expire_cursors

    engine = device.engine()
    engine.options.page_size = 20
    try:
        first = engine.client.call("GET", "/v1/changes", params={"limit": 20})
        assert first.ok and first.body["has_more"]
        expire_cursors(hub.db)  # compaction between two pages of one download
        again = engine.client.call("GET", "/v1/changes", params={"limit": 20, "cursor": first.body["next_cursor"]})
    finally:
        engine.client.close()
    assert again.code == "cursor_expired"
