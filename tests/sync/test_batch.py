"""Batched revisions (protocol v1.1, issue 22): one request and one transaction for many revisions,
each answered as its own PUT would be; gzip bodies bounded after inflating; the engine batches
and falls back to one request each against a hub without the route."""

from __future__ import annotations

import gzip
import json
import uuid

import pytest

from kiosk.applications.service import revision_payload
from sync import protocol
from sync.client.config import client_for
from tests.sync.conftest import adults, submit


def _request(store, application_id: str, digest: str | None = None) -> bytes:
    """The body a PUT of the application's revision carries (its attachment inline)."""
    import base64

    payload, real_digest = revision_payload(store, application_id)
    blobs = {a["sha256"]: base64.b64encode(store.blobs.get(a["sha256"])).decode() for a in payload["attachments"]}
    return protocol.canonical_body({"payload": payload, "digest": digest or real_digest, "blobs": blobs})


def _batch(items: list[tuple[str, bytes]]) -> bytes:
    return protocol.canonical_body({"items": [{"idempotency_key": key, "request": json.loads(body)}
                                              for key, body in items]})


@pytest.fixture
def client(device):
    hub_client, _ = client_for(device.store)
    yield hub_client
    hub_client.close()


def _submitted(device, count: int) -> list[str]:
    return [submit(device.store, number, "S03", person).id for number, person in adults(device.store, count)]


@pytest.mark.parametrize("hub", ["sqlite", "postgresql"], indirect=True)
def test_a_batch_answers_each_revision_as_its_put_would(device, hub, client):
    first, second, third = _submitted(device, 3)
    keys = [str(uuid.uuid4()) for _ in range(3)]
    items = [(keys[0], _request(device.store, first)), (keys[1], _request(device.store, second)),
             (keys[2], _request(device.store, third, digest="0" * 64))]
    answer = client.call("POST", protocol.BATCH_PATH, body=_batch(items))
    assert answer.status == 200
    results = answer.body["results"]
    assert [r["idempotency_key"] for r in results] == keys
    assert [r["status"] for r in results] == [202, 202, 400]
    assert results[0]["body"]["receipt"]["application_id"] == first
    assert results[2]["body"]["code"] == protocol.BAD_DIGEST

    again = client.call("POST", protocol.BATCH_PATH, body=_batch(items)).body["results"]
    assert [r["status"] for r in again] == [200, 200, 400]
    assert again[0]["headers"][protocol.IDEMPOTENT_REPLAYED] == "true"
    assert again[0]["body"]["receipt"] == results[0]["body"]["receipt"]
    # the same key by PUT is the same request: replayed, not stored twice
    put = client.call("PUT", f"/v1/applications/{first}/revisions/1", body=items[0][1], idempotency_key=keys[0])
    assert put.status == 200 and put.replayed
    reused = client.call("POST", protocol.BATCH_PATH, body=_batch([(keys[0], items[1][1])])).body["results"]
    assert reused[0]["status"] == 422 and reused[0]["body"]["code"] == protocol.KEY_REUSE

    stored = [(r["application_id"], r["revision"]) for r in hub.revisions()]
    assert sorted(stored) == sorted([(first, 1), (second, 1)])


@pytest.mark.parametrize("hub", ["sqlite", "postgresql"], indirect=True)
def test_a_batch_item_that_needs_its_attachment_uploaded_leaves_the_others_written(device, hub, client):
    first, second = _submitted(device, 2)
    without_blob = json.loads(_request(device.store, second))
    without_blob["blobs"] = {}
    items = [(str(uuid.uuid4()), _request(device.store, first)),
             (str(uuid.uuid4()), protocol.canonical_body(without_blob))]
    results = client.call("POST", protocol.BATCH_PATH, body=_batch(items)).body["results"]
    assert [r["status"] for r in results] == [202, 409]
    assert results[1]["body"]["code"] == protocol.MISSING_BLOBS
    assert [r["application_id"] for r in hub.revisions()] == [first]


def test_a_gzip_batch_is_taken_and_a_zip_bomb_is_refused_unread(device, hub, client):
    (application_id,) = _submitted(device, 1)
    body = _batch([(str(uuid.uuid4()), _request(device.store, application_id))])
    packed = client.call("POST", protocol.BATCH_PATH, body=gzip.compress(body), headers={"Content-Encoding": "gzip"})
    assert packed.status == 200 and packed.body["results"][0]["status"] == 202

    bomb = gzip.compress(b"{" + b" " * (protocol.BATCH_MAX_BYTES + 1024) + b"}", compresslevel=9)
    assert len(bomb) < 100_000  # small on the wire, over the limit once inflated
    refused = client.call("POST", protocol.BATCH_PATH, body=bomb, headers={"Content-Encoding": "gzip"})
    assert refused.status == 413 and refused.code == protocol.TOO_LARGE
    unknown = client.call("POST", protocol.BATCH_PATH, body=body, headers={"Content-Encoding": "br"})
    assert unknown.status == 415 and unknown.code == protocol.UNSUPPORTED_ENCODING
    assert len(hub.revisions()) == 1


def test_more_items_than_a_batch_holds_are_refused(device, client):
    (application_id,) = _submitted(device, 1)
    body = _request(device.store, application_id)
    items = [(str(uuid.uuid4()), body) for _ in range(protocol.BATCH_MAX_ITEMS + 1)]
    answer = client.call("POST", protocol.BATCH_PATH, body=_batch(items))
    assert answer.status == 400 and answer.code == protocol.MALFORMED


def _cycle_counting(device):
    """One sync cycle, and the (method, path) of every request its client sent, in order."""
    engine = device.engine()
    sent: list[tuple[str, str]] = []
    real_send = engine.client.send

    def send(method: str, path: str, **kwargs):
        sent.append((method, path))
        return real_send(method, path, **kwargs)

    engine.client.send = send
    try:
        return engine.run_cycle(), sent
    finally:
        engine.client.close()


def test_the_engine_sends_queued_revisions_in_one_batch(device, hub):
    submitted = _submitted(device, 5)
    report, sent = _cycle_counting(device)
    assert report.complete and report.counts["sent"] == 5
    assert sent.count(("POST", protocol.BATCH_PATH)) == 1
    assert not [s for s in sent if s[0] == "PUT"]
    assert sorted(r["application_id"] for r in hub.revisions()) == sorted(submitted)


def test_the_engine_sends_one_by_one_to_a_hub_without_batches(device, hub):
    hub.app.router.routes[:] = [r for r in hub.app.router.routes if getattr(r, "path", "") != protocol.BATCH_PATH]
    submitted = _submitted(device, 4)
    report, sent = _cycle_counting(device)
    assert report.complete and report.counts["sent"] == 4, report
    assert sent.count(("POST", protocol.BATCH_PATH)) == 1  # asked once, then one request each
    assert len([s for s in sent if s[0] == "PUT"]) == 4
    assert sorted(r["application_id"] for r in hub.revisions()) == sorted(submitted)


def test_feed_pages_are_gzipped_only_when_the_device_asks(device, client):
    pages = {encoding: client.send("GET", "/v1/changes", params={"limit": 200}, headers={"Accept-Encoding": encoding})
             for encoding in ("gzip", "identity")}
    assert pages["gzip"].headers.get("Content-Encoding") == "gzip"
    assert "Content-Encoding" not in pages["identity"].headers
    assert int(pages["gzip"].headers["Content-Length"]) < int(pages["identity"].headers["Content-Length"]) / 2
    assert len(pages["gzip"].json()["changes"]) == len(pages["identity"].json()["changes"]) > 0


def test_a_batch_that_fails_whole_counts_once_for_the_circuit_breaker(device, hub):
    from sync.client.resilience import CircuitBreaker

    _submitted(device, 6)
    hub.faults(unavailable=1)  # the cycle's first request gets 503: the batch of six fails as one
    breaker = CircuitBreaker(consecutive=5, cool_down_s=600)  # once open, it would stop the cycle
    report = device.sync(breaker=breaker)
    assert report.complete and report.counts["sent"] == 6, report
    assert report.counts["retried"] == 6
    assert breaker.allows()


def test_a_revisions_request_body_sets_in_its_stored_canonical_payload_without_encoding_it_again(device, monkeypatch):
    from sync.client import outbox, upload

    [application_id] = _submitted(device, 1)
    expected = _request(device.store, application_id)
    encoded: list[object] = []
    real = protocol.canonical_body
    monkeypatch.setattr(protocol, "canonical_body", lambda value: encoded.append(value) or real(value))
    [lease] = outbox.lease_due(device.store, 5)
    prepared = upload.prepare_revision(device.store, lease)
    assert prepared.body == expected  # byte for byte what canonical_body of the parsed payload gives
    assert not any(isinstance(value, dict) and "payload" in value for value in encoded)
    outbox.give_back(device.store, lease)


def test_the_engine_opens_the_attachment_store_once_per_upload_not_once_per_revision(device, hub, monkeypatch):
    from kiosk.db.store import Store

    _submitted(device, 6)
    derived: list[str] = []
    real = Store.subkey
    monkeypatch.setattr(Store, "subkey", lambda self, purpose: derived.append(purpose) or real(self, purpose))
    report, _ = _cycle_counting(device)
    assert report.complete and report.counts["sent"] == 6
    assert derived.count("attachments") <= 3  # one per upload pass of the cycle; it was one per revision


def test_revisions_no_agency_is_routed_for_do_not_wake_the_delivery_worker(device, hub, client, monkeypatch):
    from sync.hub.delivery import Deliveries

    woken: list[str] = []
    monkeypatch.setattr(Deliveries, "poke", lambda _self: woken.append("poke"))
    first, second = _submitted(device, 2)
    batched = client.call("POST", protocol.BATCH_PATH, body=_batch([(str(uuid.uuid4()), _request(device.store, first))]))
    alone = client.call("PUT", f"/v1/applications/{second}/revisions/1", body=_request(device.store, second),
                        idempotency_key=str(uuid.uuid4()))
    assert [r["status"] for r in batched.body["results"]] == [202] and alone.status == 202
    assert woken == []  # nothing was queued for an agency: waking the worker only cost a locking query
