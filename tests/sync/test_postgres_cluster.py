"""Several hub processes sharing one PostgreSQL database (the deployment at scale): duplicates
sent to different processes at once still make one record, and a device paging the changes
feed while both processes commit never skips an entry (sequence order is commit order)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid

import pytest
import requests

from sync import protocol
from sync.client.config import client_for
from sync.hub.process import free_port
from tests.sync.conftest import LiveHub, adults, enroll_device
from tests.sync.postgres import new_database
from tests.sync.test_protocol import revision_request


def serve(db_url: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "sync.hub.cli", "serve", "--db", db_url, "--port", str(port)],
                               env={**os.environ, "KIOSK_HUB_TEST_FAULTS": "1"}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if requests.get(url + "/v1/health", timeout=1).status_code == 200:
                return process, url
        except requests.RequestException:
            pass
        if time.monotonic() > deadline or process.poll() is not None:
            raise RuntimeError("hub process did not start")
        time.sleep(0.1)


@pytest.fixture
def cluster(postgres_server, hub_documents, tmp_path):
    url = new_database(postgres_server)
    first = LiveHub(url)
    first.import_documents(hub_documents)
    first.start()
    second, second_url = serve(url)
    third, third_url = serve(url)
    yield first, [first.url, second_url, third_url]
    for process in (second, third):
        process.terminate()
        process.wait(20)
    first.close()


def test_duplicates_across_hub_processes_make_one_record(cluster, tmp_path):
    hub, urls = cluster
    device = enroll_device(hub, tmp_path / "device")
    assert device.sync().complete
    path, body, _ = revision_request(device)
    clients = [client_for(device.store, url)[0] for url in urls]
    key = str(uuid.uuid4())
    answers = []

    def send(i: int) -> None:
        answers.append(clients[i % len(clients)].call("PUT", path, body=body,
                                                      idempotency_key=key if i % 2 else str(uuid.uuid4())))

    threads = [threading.Thread(target=send, args=(i,)) for i in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(a.status for a in answers)
    assert statuses.count(202) == 1 and set(statuses) <= {200, 202, 409}, statuses
    assert all(a.code == protocol.IN_FLIGHT for a in answers if a.status == 409)
    assert len(hub.revisions()) == 1
    for client in clients:
        client.close()
    device.store.close()


def test_feed_never_skips_entries_committed_by_concurrent_processes(cluster, tmp_path):
    hub, urls = cluster
    device = enroll_device(hub, tmp_path / "device")
    assert device.sync().complete
    from tests.sync.conftest import submit

    people = adults(device.store, 12)
    revisions = []
    for number, person in people:
        view = submit(device.store, number, "S03", person)
        from kiosk.applications.service import revision_payload

        payload, digest = revision_payload(device.store, view.id)
        revisions.append((view.id, payload, digest))
    reader, _ = client_for(device.store, urls[0])
    first_page = reader.call("GET", "/v1/changes").body
    cursor, seen, done = first_page["next_cursor"], set(), threading.Event()

    def read() -> None:
        nonlocal cursor
        while True:
            finished = done.is_set()
            page = reader.call("GET", "/v1/changes", params={"cursor": cursor, "limit": 3}).body
            seen.update(c["id"] for c in page["changes"] if c["type"] == "application")
            cursor = page["next_cursor"]
            if finished and not page["has_more"]:
                return

    def write(i: int) -> None:
        client = client_for(device.store, urls[i % len(urls)])[0]
        for application_id, payload, digest in revisions[i::3]:
            import base64

            blobs = {a["sha256"]: base64.b64encode(device.store.blobs.get(a["sha256"])).decode()
                     for a in payload["attachments"]}
            answer = client.call("PUT", f"/v1/applications/{application_id}/revisions/1", idempotency_key=str(uuid.uuid4()),
                                 json_body={"payload": payload, "digest": digest, "blobs": blobs})
            assert answer.status == 202, answer.error
        client.close()

    reader_thread = threading.Thread(target=read)
    reader_thread.start()
    writers = [threading.Thread(target=write, args=(i,)) for i in range(3)]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    done.set()
    reader_thread.join(60)
    assert seen >= {application_id for application_id, _, _ in revisions}
    reader.close()
    device.store.close()
