"""The hub's side of the protocol, request by request: authentication (S8), idempotency and the
201/200/202/409/422 answers, concurrent duplicates (R5), resumable uploads (R7), If-Match."""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
import uuid

import pytest
import requests

from kiosk.security.device import DeviceKey
from sync import protocol
from sync.client.config import client_for
from sync.client.transport import HubClient
from tests.sync.conftest import adults, submit


pytestmark = pytest.mark.parametrize("hub", ["sqlite", "postgresql"], indirect=True)

def fresh_key() -> DeviceKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return DeviceKey(hashlib.sha256(public).hexdigest()[:16],
                     private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))


@pytest.fixture
def client(device):
    hub_client, _ = client_for(device.store)
    yield hub_client
    hub_client.close()


def revision_request(device) -> tuple[str, bytes, dict]:
    """A submitted revision's path and body, as the engine would send it."""
    from kiosk.applications.service import revision_payload

    number, person = adults(device.store, 1)[0]
    view = submit(device.store, number, "S03", person)
    payload, digest = revision_payload(device.store, view.id)
    blobs = {a["sha256"]: base64.b64encode(device.store.blobs.get(a["sha256"])).decode()
             for a in payload["attachments"]}
    path = f"/v1/applications/{view.id}/revisions/1"
    return path, protocol.canonical_body({"payload": payload, "digest": digest, "blobs": blobs}), payload


def test_health_needs_no_authentication_and_shows_no_personal_data(hub):
    answer = requests.get(hub.url + "/v1/health", timeout=5).json()
    assert answer["status"] == "ok" and set(answer) == {"status", "protocol", "epoch", "time"}


def test_unsigned_stale_replayed_and_forged_requests_are_refused(device, client, hub):
    assert requests.get(hub.url + "/v1/changes", timeout=5).json()["code"] == protocol.BAD_SIGNATURE
    token = client.access_token()
    # a request signed ten minutes ago
    body = b""
    headers = protocol.signature_header(client.key.key_id, client.key.sign, "GET", "/v1/changes", body,
                                        now=time.time() - 600)
    headers["Authorization"] = f"Bearer {token}"
    stale = requests.get(hub.url + "/v1/changes", headers=headers, timeout=5)
    assert stale.status_code == 401 and stale.json()["code"] == protocol.STALE_REQUEST
    # the same signed request twice: the second is a replay
    headers = protocol.signature_header(client.key.key_id, client.key.sign, "GET", "/v1/changes", body)
    headers["Authorization"] = f"Bearer {token}"
    assert requests.get(hub.url + "/v1/changes", headers=headers, timeout=5).status_code == 200
    replay = requests.get(hub.url + "/v1/changes", headers=headers, timeout=5)
    assert replay.status_code == 401 and replay.json()["code"] == protocol.REPLAYED_NONCE
    # a signature made for another path does not verify
    headers = protocol.signature_header(client.key.key_id, client.key.sign, "GET", "/v1/health", body)
    headers["Authorization"] = f"Bearer {token}"
    forged = requests.get(hub.url + "/v1/changes", headers=headers, timeout=5)
    assert forged.status_code == 401 and forged.json()["code"] == protocol.BAD_SIGNATURE
    # a body changed after signing
    headers = protocol.signature_header(client.key.key_id, client.key.sign, "POST", "/v1/audit/anchor",
                                        b'{"head":"a","seq":1}')
    headers["Authorization"] = f"Bearer {token}"
    tampered = requests.post(hub.url + "/v1/audit/anchor", data=b'{"head":"b","seq":1}', headers=headers, timeout=5)
    assert tampered.status_code == 400 and tampered.json()["code"] == protocol.BAD_DIGEST
    # an unknown key, and a good key with another device's token
    stranger = HubClient(hub.url, fresh_key(), refresh_token="x")
    assert stranger.call("GET", "/v1/changes", token=False).code == protocol.BAD_SIGNATURE
    stranger.close()
    assert client.call("GET", "/v1/changes", headers={}).ok
    client._token, client._token_expires = "v1.e30.AAAA", time.monotonic() + 60
    response = client.send("GET", "/v1/changes")
    assert response.status_code == 401 and response.json()["code"] == protocol.BAD_TOKEN


def test_enrolment_codes_work_once(hub, tmp_path):
    from sync.client.config import NotEnrolled, enroll
    from tests.store_template import template_store

    code = hub.enrollment_code()
    first, second = template_store(tmp_path / "a"), template_store(tmp_path / "b")
    assert enroll(first, hub.url, code.lower()).scope  # codes are case- and dash-insensitive
    with pytest.raises(NotEnrolled):
        enroll(second, hub.url, code)
    first.close()
    second.close()


def test_idempotent_revision_answers(device, client, hub):
    path, body, payload = revision_request(device)
    key = str(uuid.uuid4())
    first = client.call("PUT", path, body=body, idempotency_key=key)
    assert first.status == 202 and not first.replayed
    receipt = first.body["receipt"]
    assert receipt["payload_digest"] == json.loads(body)["digest"]
    assert receipt["application_id"] == payload["application_id"] and receipt["revision"] == 1
    again = client.call("PUT", path, body=body, idempotency_key=key)
    assert again.status == 200 and again.replayed and again.body["receipt"] == receipt
    other_key = client.call("PUT", path, body=body, idempotency_key=str(uuid.uuid4()))
    assert other_key.status == 200 and other_key.replayed  # same revision, same digest: a replay
    changed = json.loads(body)
    changed["payload"]["values"]["bank_account"] = "700-00000000001"
    from kiosk.applications.codes import digest

    changed["digest"] = digest(changed["payload"])
    mismatch = client.call("PUT", path, body=protocol.canonical_body(changed), idempotency_key=str(uuid.uuid4()))
    assert mismatch.status == 409 and mismatch.code == protocol.DIGEST_MISMATCH
    assert mismatch.body["server_digest"] == receipt["payload_digest"]
    reuse = client.call("PUT", path, body=protocol.canonical_body(changed), idempotency_key=key)
    assert reuse.status == 422 and reuse.code == protocol.KEY_REUSE
    assert len(hub.revisions()) == 1


def test_missing_blobs_then_upload_then_accepted(device, client, hub):
    path, body, payload = revision_request(device)
    bare = json.loads(body)
    bare["blobs"] = {}
    key = str(uuid.uuid4())
    missing = client.call("PUT", path, body=protocol.canonical_body(bare), idempotency_key=key)
    assert missing.status == 409 and missing.code == protocol.MISSING_BLOBS
    assert missing.body["missing_blobs"] == [payload["attachments"][0]["sha256"]]
    from sync.client.upload import _upload_blob

    assert _upload_blob(client, device.store, payload["attachments"][0]["sha256"], chunk=4096).ok
    accepted = client.call("PUT", path, body=protocol.canonical_body(bare), idempotency_key=key)
    assert accepted.status == 202


def test_concurrent_duplicates_make_exactly_one_record(device, client, hub):
    """R5: the same revision from eight threads at once, the first held in a slow commit."""
    hub.faults(slow_commit_s=0.5)
    path, body, _ = revision_request(device)
    key = str(uuid.uuid4())
    answers: list = []

    def send(idempotency_key: str) -> None:
        answers.append(client.call("PUT", path, body=body, idempotency_key=idempotency_key))

    threads = [threading.Thread(target=send, args=(key if i % 2 else str(uuid.uuid4()),)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    hub.faults(slow_commit_s=0.0)
    statuses = sorted(a.status for a in answers)
    assert statuses.count(202) == 1, statuses
    assert all(s in (200, 202, 409) for s in statuses), statuses
    assert all(a.code == protocol.IN_FLIGHT for a in answers if a.status == 409)
    assert len(hub.revisions()) == 1


def test_resumable_upload_continues_at_the_hubs_offset(device, client, hub):
    data = bytes(range(256)) * 5000  # 1.28 MB: over the inline limit, more than one chunk
    sha = device.store.blobs.put(data)
    metadata = f"sha256 {base64.b64encode(sha.encode()).decode()}"
    created = client.call("POST", "/v1/uploads", headers={"Upload-Length": str(len(data)),
                                                         "Upload-Metadata": metadata}, expect_json=False)
    url = created.headers["Location"]
    chunk = data[:100_000]
    checksum = "sha256 " + base64.b64encode(hashlib.sha256(chunk).digest()).decode()
    assert client.call("PATCH", url, body=chunk, expect_json=False,
                       headers={"Upload-Offset": "0", "Upload-Checksum": checksum}).status == 204
    wrong = client.call("PATCH", url, body=chunk, expect_json=False,
                        headers={"Upload-Offset": "0", "Upload-Checksum": checksum})
    assert wrong.status == 409 and wrong.headers["Upload-Offset"] == "100000"
    damaged = client.call("PATCH", url, body=data[100_000:200_000], expect_json=False,
                          headers={"Upload-Offset": "100000", "Upload-Checksum": checksum})
    assert damaged.status == 460
    from kiosk.db.base import utcnow
    from kiosk.db.sync_state import BlobUpload
    from sync.client.upload import _upload_blob

    with device.store.write() as session:  # as if a previous run had started it
        session.add(BlobUpload(sha256=sha, url=url, updated_at=utcnow()))
    assert _upload_blob(client, device.store, sha).ok
    assert client.call("HEAD", f"/v1/blobs/sha256:{sha}", expect_json=False).ok
    from sqlalchemy import select

    from sync.hub import schema

    with hub.db.read() as conn:
        stored = conn.execute(select(schema.blob.c.data).where(schema.blob.c.sha256 == sha)).scalar_one()
    assert hashlib.sha256(stored).hexdigest() == sha


def test_household_patch_needs_if_match(device, client):
    number = adults(device.store, 1)[0][0]
    answer = client.call("PATCH", f"/v1/households/{number}", json_body={"changes": {"notes": "x"}, "base": {}},
                         idempotency_key=str(uuid.uuid4()))
    assert answer.status == 428 and answer.code == protocol.PRECONDITION_REQUIRED
    read_only = client.call("PATCH", f"/v1/households/{number}",
                            json_body={"changes": {"status": "low_income"}, "base": {"status": "none"}},
                            headers={"If-Match": '"v1"'}, idempotency_key=str(uuid.uuid4()))
    assert read_only.status == 422 and read_only.code == protocol.READ_ONLY_FIELD


def test_feed_cursor_is_opaque_and_tamper_proof(device, client, hub):
    page = client.call("GET", "/v1/changes", params={"limit": 5}).body
    body, mac = page["next_cursor"].split(".")
    fields = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    fields["s"] = 0
    forged = base64.urlsafe_b64encode(json.dumps(fields).encode()).rstrip(b"=").decode() + "." + mac
    answer = client.call("GET", "/v1/changes", params={"cursor": forged})
    assert answer.status == 410 and answer.code == protocol.CURSOR_EXPIRED
    from sync.hub.admin import new_epoch

    new_epoch(hub.db)
    answer = client.call("GET", "/v1/changes", params={"cursor": page["next_cursor"]})
    assert answer.status == 410 and answer.code == protocol.EPOCH_CHANGED
