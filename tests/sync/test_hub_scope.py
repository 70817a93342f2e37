"""Ownership on the hub (issue 17, point 1): two devices in two scopes, every operation tried
across. A foreign id is answered exactly like an unknown one, and nothing of the other scope's
data (decision, digest, attachment) is read, changed or borrowed."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from kiosk.applications.codes import canonical_json
from kiosk.applications.service import revision_payload
from sync import protocol
from sync.client.config import client_for
from tests.conftest import REFERENCE_DAY
from tests.sync.conftest import SCOPE, Device, adults, submit

pytestmark = pytest.mark.parametrize("hub", ["sqlite", "postgresql"], indirect=True)

OTHER_SCOPE = "新北市板橋區留侯里"


def enroll_in_scope(hub, folder: Path, scope: str) -> Device:
    from sync.client.config import enroll
    from sync.hub.auth import new_enrollment_code
    from tests.store_template import template_store

    store = template_store(folder)  # as Store.create leaves it: without Argon2id and every migration again
    enroll(store, hub.url, new_enrollment_code(hub.db, scope, "林社工"))
    return Device(store, hub, hub.url)


@pytest.fixture
def intruder(hub, hub_documents, tmp_path: Path):
    """A device of another scope, with households of its own."""
    from kiosk.demo.generator import generate

    taken = {d["household_no"] for d in hub_documents}
    own = [d for d in generate(12, seed=907, as_of=REFERENCE_DAY) if d["household_no"] not in taken]
    hub.import_documents(own, scope=OTHER_SCOPE)
    device = enroll_in_scope(hub, tmp_path / "intruder", OTHER_SCOPE)
    assert device.sync().complete
    client, _ = client_for(device.store)
    yield device, client
    client.close()
    device.store.close()


@pytest.fixture
def victim(device, hub):
    """Scope A's submitted application with its attachment, delivered to the hub."""
    (household_no, person), = adults(device.store, 1)
    view = submit(device.store, household_no, "S03", person)
    assert device.sync().complete
    payload, digest = revision_payload(device.store, view.id)
    return view.id, payload, digest


def _without_volatile(problem: dict) -> dict:
    return {k: v for k, v in problem.items() if k not in ("instance",)}


def _revision_body(payload: dict, blobs: dict[str, str] | None = None) -> bytes:
    digest = hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()
    return protocol.canonical_body({"payload": payload, "digest": digest, "blobs": blobs or {}})


def _inline(store, payload: dict) -> dict[str, str]:
    return {a["sha256"]: base64.b64encode(store.blobs.get(a["sha256"])).decode() for a in payload["attachments"]}


def _intruders_request(intruder_device, application_id: str, revision: int) -> bytes:
    """The intruder's own, valid submission with its attachment, re-addressed to the given application."""
    (household_no, person), = adults(intruder_device.store, 1)
    view = submit(intruder_device.store, household_no, "S03", person)
    payload, _ = revision_payload(intruder_device.store, view.id)
    payload = {**payload, "application_id": application_id, "revision": revision}
    return _revision_body(payload, _inline(intruder_device.store, payload))


def test_another_scopes_application_cannot_be_taken_over(hub, victim, intruder):
    application_id, _, victim_digest = victim
    intruder_device, client = intruder
    from sync.hub.decisions import decide

    decide(hub.db, application_id, "need-documents", "請補附存摺影本")
    before = [r for r in hub.revisions() if r["application_id"] == application_id]

    unknown_id = str(uuid.uuid4())
    unknown = client.call("PUT", f"/v1/applications/{unknown_id}/revisions/2",
                          body=_intruders_request(intruder_device, unknown_id, 2),
                          idempotency_key=str(uuid.uuid4()))
    assert unknown.status == 422  # an id the intruder did not make is not its to create either

    for revision in (2, 1):  # a later revision, and the same number (whose digest must not leak)
        answer = client.call("PUT", f"/v1/applications/{application_id}/revisions/{revision}",
                             body=_intruders_request(intruder_device, application_id, revision),
                             idempotency_key=str(uuid.uuid4()))
        assert answer.status == 422 and answer.body["errors"][0]["code"] == "not_this_devices_id"
        assert victim_digest not in json.dumps(answer.body)
        assert _without_volatile(answer.body) == _without_volatile(unknown.body)  # known or not: one answer

    after = [r for r in hub.revisions() if r["application_id"] == application_id]
    assert after == before  # same revisions, same status, decision kept
    assert after[-1]["decision"]["outcome"] == "need_documents"


def test_a_printed_id_cannot_be_claimed_before_its_device_syncs(hub, device, intruder):
    """The id is in the receipt's QR code, printed offline: another device sending a revision under
    it first is refused and stores nothing, and the device that made it then syncs as usual."""
    victim_device = device
    (household_no, person), = adults(victim_device.store, 1)
    view = submit(victim_device.store, household_no, "S03", person)  # printed, not yet synced
    intruder_device, client = intruder
    for revision in (1, 2):
        answer = client.call("PUT", f"/v1/applications/{view.id}/revisions/{revision}",
                             body=_intruders_request(intruder_device, view.id, revision),
                             idempotency_key=str(uuid.uuid4()))
        assert answer.status == 422 and answer.body["errors"][0]["code"] == "not_this_devices_id"
    assert not [r for r in hub.revisions() if r["application_id"] == view.id]
    assert victim_device.sync().complete
    _, digest = revision_payload(victim_device.store, view.id)
    assert [r["digest"] for r in hub.revisions() if r["application_id"] == view.id] == [digest]


def test_another_scopes_application_reads_like_an_unknown_one(hub, victim, intruder):
    application_id, _, digest = victim
    _, client = intruder
    foreign = client.call("GET", f"/v1/applications/{application_id}")
    unknown = client.call("GET", f"/v1/applications/{uuid.uuid4()}")
    assert foreign.status == unknown.status == 404
    assert _without_volatile(foreign.body) == _without_volatile(unknown.body)

    fake_id = str(uuid.uuid4())
    answer = client.call("POST", "/v1/applications/reconcile", json_body={"revisions": [
        [application_id, 1, digest], [application_id, 1, "0" * 64], [fake_id, 1, "1" * 64]]})
    assert answer.ok
    assert sorted(answer.body["missing"]) == sorted([[application_id, 1], [fake_id, 1]])
    assert answer.body["mismatched"] == []  # no digest of another scope's revision


def test_another_scopes_attachment_is_invisible_but_can_be_uploaded_again(device, hub, victim, intruder):
    _, payload, _ = victim
    sha256 = payload["attachments"][0]["sha256"]
    data = device.store.blobs.get(sha256)
    _, client = intruder
    owner, _ = client_for(device.store)
    try:
        assert owner.call("HEAD", f"/v1/blobs/sha256:{sha256}", expect_json=False).status == 200
        unknown = client.call("HEAD", f"/v1/blobs/sha256:{hashlib.sha256(b'nothing').hexdigest()}",
                              expect_json=False)
        foreign = client.call("HEAD", f"/v1/blobs/sha256:{sha256}", expect_json=False)
        assert foreign.status == unknown.status == 404
        assert foreign.headers.get("Content-Length") == unknown.headers.get("Content-Length")
        # content-addressed dedupe still works: the other scope proves it holds the bytes by sending them
        assert client.call("PUT", f"/v1/blobs/sha256:{sha256}", body=data, expect_json=False).status == 201
        assert client.call("PUT", f"/v1/blobs/sha256:{sha256}", body=data, expect_json=False).status == 200
        assert client.call("HEAD", f"/v1/blobs/sha256:{sha256}", expect_json=False).status == 200
        assert owner.call("HEAD", f"/v1/blobs/sha256:{sha256}", expect_json=False).status == 200
    finally:
        owner.close()


def test_a_revision_cannot_borrow_another_scopes_attachment(device, hub, victim, intruder):
    _, victim_payload, _ = victim
    borrowed = victim_payload["attachments"][0]
    intruder_device, client = intruder
    (household_no, person), = adults(intruder_device.store, 1)
    view = submit(intruder_device.store, household_no, "S03", person)
    payload, _ = revision_payload(intruder_device.store, view.id)
    payload["attachments"][0] = {**payload["attachments"][0], "sha256": borrowed["sha256"], "size": borrowed["size"]}
    path = f"/v1/applications/{view.id}/revisions/1"
    answer = client.call("PUT", path, body=_revision_body(payload), idempotency_key=str(uuid.uuid4()))
    assert answer.status == 409 and answer.code == protocol.MISSING_BLOBS
    assert borrowed["sha256"] in answer.body["missing_blobs"]
    # the same bytes in both scopes are fine once this scope has sent them itself
    data = device.store.blobs.get(borrowed["sha256"])
    assert client.call("PUT", f"/v1/blobs/sha256:{borrowed['sha256']}", body=data, expect_json=False).status == 201
    sent = client.call("PUT", path, body=_revision_body(payload), idempotency_key=str(uuid.uuid4()))
    assert sent.status in (201, 202)


def test_another_scopes_household_command_and_upload_read_like_unknown_ones(device, hub, intruder):
    from sync.hub.admin import send_command

    _, client = intruder
    owner, config = client_for(device.store)
    try:
        (household_no, _), = adults(device.store, 1)
        patch = {"changes": {"notes": "x"}, "base": {}}
        answers = [client.call("PATCH", f"/v1/households/{number}", json_body=patch, headers={"If-Match": '"v1"'},
                               idempotency_key=str(uuid.uuid4())) for number in (household_no, "99999999")]
        assert answers[0].status == answers[1].status == 404
        assert _without_volatile(answers[0].body) == _without_volatile(answers[1].body)

        command_id = send_command(hub.db, config.device_id, "lock")
        acks = [client.call("POST", "/v1/device/ack-command", json_body={"id": ident}, expect_json=False)
                for ident in (command_id, str(uuid.uuid4()))]
        assert acks[0].status == acks[1].status == 404
        assert _without_volatile(acks[0].body) == _without_volatile(acks[1].body)

        sha256 = hashlib.sha256(b"x" * 10).hexdigest()
        metadata = f"sha256 {base64.b64encode(sha256.encode()).decode()}"
        created = owner.call("POST", "/v1/uploads", headers={"Upload-Length": "10", "Upload-Metadata": metadata},
                             expect_json=False)
        location = created.headers["Location"]
        probes = [client.call("HEAD", path, expect_json=False) for path in (location, f"/v1/uploads/{uuid.uuid4()}")]
        assert probes[0].status == probes[1].status == 404
        checksum = "sha256 " + base64.b64encode(hashlib.sha256(b"x" * 10).digest()).decode()
        chunk = {"Upload-Offset": "0", "Upload-Checksum": checksum, "Content-Type": "application/offset+octet-stream"}
        pushes = [client.call("PATCH", path, body=b"x" * 10, headers=chunk, expect_json=False)
                  for path in (location, f"/v1/uploads/{uuid.uuid4()}")]
        assert pushes[0].status == pushes[1].status == 404
        assert _without_volatile(pushes[0].body) == _without_volatile(pushes[1].body)
        assert owner.call("HEAD", location, expect_json=False).headers["Upload-Offset"] == "0"
    finally:
        owner.close()


def test_a_hub_from_before_ownership_gives_its_blobs_to_the_scopes_that_sent_them(device, hub, victim):
    from sync.hub import schema
    from sync.hub.db import HubDatabase

    _, payload, _ = victim
    sha256 = payload["attachments"][0]["sha256"]
    with hub.db.write() as conn:  # as an older hub left it: blobs, no owners, no marker
        conn.execute(delete(schema.blob_owner))
        conn.execute(delete(schema.meta).where(schema.meta.c.key == "blob_owners"))
    upgraded = HubDatabase(hub.db_url)
    upgraded.create()
    upgraded.dispose()
    with hub.db.read() as conn:
        owners = conn.execute(select(schema.blob_owner.c.scope).where(schema.blob_owner.c.sha256 == sha256)).all()
    assert [r.scope for r in owners] == [SCOPE]
    owner, _ = client_for(device.store)
    try:
        assert owner.call("HEAD", f"/v1/blobs/sha256:{sha256}", expect_json=False).status == 200
    finally:
        owner.close()


def test_a_batch_checks_ownership_item_by_item(hub, victim, intruder):
    """Issue 22: in a batch, the other scope's application is refused (not the intruder's id to
    write), and only it."""
    application_id, _, victim_digest = victim
    intruder_device, client = intruder
    def held() -> list[tuple]:  # the victim's revisions (its status may move on: the decision worker runs)
        return [(r["revision"], r["digest"]) for r in hub.revisions() if r["application_id"] == application_id]

    before = held()
    (household_no, person), = adults(intruder_device.store, 1)
    own = submit(intruder_device.store, household_no, "S03", person)
    own_payload, _ = revision_payload(intruder_device.store, own.id)
    items = [{"idempotency_key": str(uuid.uuid4()), "request": json.loads(body)} for body in (
        _revision_body(own_payload, _inline(intruder_device.store, own_payload)),
        _intruders_request(intruder_device, application_id, 2),
        _intruders_request(intruder_device, application_id, 1))]
    answer = client.call("POST", protocol.BATCH_PATH, body=protocol.canonical_body({"items": items}))
    results = answer.body["results"]
    assert [r["status"] for r in results] == [202, 422, 422]
    assert results[1]["body"]["errors"][0]["code"] == "not_this_devices_id"
    assert victim_digest not in json.dumps(answer.body)
    assert held() == before
    assert [r["application_id"] for r in hub.revisions()].count(own.id) == 1
