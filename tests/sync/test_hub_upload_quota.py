"""Unfinished resumable uploads are bounded per device and abandoned ones expire (issue 17 N2c):
40 unfinished 8 MB uploads once stayed on the hub forever."""

from __future__ import annotations

import base64
import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from sync import protocol
from sync.client.config import client_for
from sync.hub import blobs, schema
from sync.hub.db import utcnow


@pytest.fixture
def client(device):
    hub_client, _ = client_for(device.store)
    yield hub_client
    hub_client.close()


def start(client, n: int, length: int = 8 * 1024 * 1024):
    sha = hashlib.sha256(f"file {n}".encode()).hexdigest()
    return client.call("POST", "/v1/uploads", expect_json=False, headers={
        "Upload-Length": str(length), "Upload-Metadata": f"sha256 {base64.b64encode(sha.encode()).decode()}",
        "Tus-Resumable": "1.0.0"})


def open_uploads(hub) -> tuple[int, int]:
    with hub.db.read() as conn:
        return (conn.execute(select(func.count()).select_from(schema.upload)).scalar(),
                conn.execute(select(func.count()).select_from(schema.upload_chunk)).scalar())


def test_too_many_unfinished_uploads_are_429(client, hub):
    assert all(start(client, n).status == 201 for n in range(blobs.MAX_OPEN_UPLOADS))
    refused = start(client, 99)
    assert refused.status == 429 and refused.code == protocol.UPLOAD_QUOTA
    assert int(refused.headers["Retry-After"]) > 0
    assert start(client, 0).status == 201  # starting the same file again replaces its unfinished upload
    assert open_uploads(hub)[0] == blobs.MAX_OPEN_UPLOADS


def test_too_many_unfinished_bytes_are_413(client, hub):
    assert start(client, 1, blobs.MAX_BLOB_BYTES).status == 201
    assert start(client, 2, blobs.MAX_BLOB_BYTES).status == 201
    refused = start(client, 3, 1024)
    assert refused.status == 413 and refused.code == protocol.UPLOAD_QUOTA
    assert refused.body["limit"] == blobs.MAX_OPEN_UPLOAD_BYTES


def test_abandoned_uploads_expire(client, hub):
    url = start(client, 1, 10).headers["Location"]
    piece = b"12345"
    checksum = "sha256 " + base64.b64encode(hashlib.sha256(piece).digest()).decode()
    assert client.call("PATCH", url, body=piece, expect_json=False, headers={
        "Content-Type": "application/offset+octet-stream", "Upload-Offset": "0", "Upload-Checksum": checksum,
        "Tus-Resumable": "1.0.0"}).ok
    assert open_uploads(hub) == (1, 1)
    with hub.db.write() as conn:  # a day and a bit without a chunk
        conn.execute(update(schema.upload).values(expires_at=utcnow() - timedelta(minutes=1)))
    assert start(client, 2, 10).status == 201
    assert open_uploads(hub) == (1, 0)  # the abandoned upload and its chunk are gone
