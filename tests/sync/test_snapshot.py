"""v1.1 snapshot first download: an empty store loads its scope from one gzip file and continues
on the feed from the cursor that came with it; the file rests only sealed, resumes by byte range,
and a kill at any point never leaves a half-loaded store behind as current."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import stat

import pytest
import requests
from sqlalchemy import func, select

from kiosk.db.households import Household
from kiosk.db.sync_state import DeviceCommand, ReferenceUpdate, SyncConfig
from kiosk.demo.generator import generate
from kiosk.households.document import canonical_document
from kiosk.households.importer import iter_documents
from kiosk.search import search
from sync import protocol
from sync.client import download, snapshot
from sync.client.config import client_for
from sync.client.crash import SNAPSHOT_POINTS
from sync.client.transport import HubClient
from sync.hub import snapshot as hub_snapshot
from sync.hub.db import get_meta
from tests.conftest import TEST_PIN
from tests.sync.conftest import enroll_device
from tests.sync.test_kill_trials import run_child


def _hub_documents(hub) -> dict[str, dict]:
    from sync.hub import schema

    with hub.db.read() as conn:
        rows = conn.execute(select(schema.household.c.data).where(schema.household.c.deleted.is_(False))).scalars()
        return {d["household_no"]: canonical_document(d) for d in map(json.loads, rows)}


def _stored(store) -> dict[str, dict]:
    return {d["household_no"]: d for d in iter_documents(store)}


def _household_count(store) -> int:
    with store.read() as session:
        return session.execute(select(func.count()).select_from(Household)).scalar()


def _watch_snapshot_requests(monkeypatch) -> list[tuple[int, str | None]]:
    """(status, Range asked for) of each snapshot request the device makes from now on."""
    statuses = []
    original = HubClient.send

    def watching(self, method, path, **kwargs):
        response = original(self, method, path, **kwargs)
        if path == protocol.SNAPSHOT_PATH:
            statuses.append((response.status_code, (kwargs.get("headers") or {}).get("Range")))
        return response

    monkeypatch.setattr(HubClient, "send", watching)
    return statuses


# The children's network piece: with it, 600 households (about 125 kB of gzip) are four pieces. At
# the real 256 kB it took 2,500, whose loading was most of these tests' cost and not what they test.
CHILD_PIECE_BYTES = 32 * 1024


@pytest.fixture(scope="module")
def many_households() -> list[dict]:
    return generate(600, seed=81, as_of=dt.date(2026, 11, 1))


@pytest.fixture
def big_hub(tmp_path, hub_documents, many_households, monkeypatch):
    """Enough households for a snapshot of several network pieces: the hub's database is a copy of
    a template holding them (imported once per process, not once per test)."""
    from tests.forked_cli import OVERRIDES_ENV
    from tests.sync.conftest import LiveHub
    from tests.sync.hub_template import hub_database

    monkeypatch.setenv(OVERRIDES_ENV, json.dumps({"sync.client.snapshot:PIECE_BYTES": CHILD_PIECE_BYTES}))
    live = LiveHub(hub_database(tmp_path, hub_documents + many_households)).start()
    yield live
    with live.db.read() as conn:
        epoch = get_meta(conn, "epoch")
    live.close()
    # the process's snapshot folder also holds other tests' hubs' snapshots: this hub's have its epoch
    served = [f.stat().st_size for f in hub_snapshot.snapshot_folder(live.db).glob(f"*-{epoch}-*.ndjson.gz")]
    assert served and min(served) > 3 * CHILD_PIECE_BYTES, f"snapshots of {served} bytes are not several pieces"


@pytest.mark.parametrize("hub", ["sqlite", "postgresql"], indirect=True)
def test_a_first_download_loads_the_snapshot_and_the_feed_brings_the_rest(hub, tmp_path):
    from sync.hub.admin import publish_reference, send_command

    device = enroll_device(hub, tmp_path / "device")
    with device.store.read() as session:
        device_id = session.execute(select(SyncConfig.device_id)).scalar()
    command = send_command(hub.db, device_id, "unlock")  # before the first sync: below the snapshot's position
    publish_reference(hub.db, "notice", "privacy", {"version": 2})

    report = device.sync()

    assert report.complete, report
    assert report.counts["snapshots"] == 1
    assert report.counts["pulled_created"] == len(_hub_documents(hub))
    assert report.counts["pulled_changes"] >= len(_hub_documents(hub)), "the officer is told what arrived"
    assert _stored(device.store) == _hub_documents(hub)
    with device.store.read() as session:
        assert session.get(DeviceCommand, command) is not None, "commands below the snapshot still arrive"
        assert session.execute(select(func.count()).select_from(ReferenceUpdate)).scalar() >= 1
        someone = next(iter(_hub_documents(hub).values()))["members"][0]
        assert search(session, someone["id_no"]), "the search index was built"
    assert not (device.store.folder / snapshot.PARTIAL_NAME).exists()

    # later changes come on the ordinary feed, not as another snapshot
    changed = dict(next(iter(_hub_documents(hub).values())), notes="改過的備註")
    hub.import_documents([changed])
    later = device.sync()
    assert later.complete and later.counts["snapshots"] == 0 and later.counts["pulled_updated"] == 1
    assert _stored(device.store)[changed["household_no"]]["notes"] == "改過的備註"
    device.store.close()


def test_the_feed_after_a_snapshot_skips_the_households_it_holds(device, hub):
    client, _ = client_for(device.store)
    try:
        answer = client.send("GET", protocol.SNAPSHOT_PATH)
        assert answer.status_code == 200
        cursor = answer.headers[protocol.SNAPSHOT_CURSOR_HEADER]
        newcomer = generate(1, seed=82, as_of=dt.date(2026, 11, 1))[0]
        hub.import_documents([newcomer])
        page = client.call("GET", "/v1/changes", params={"cursor": cursor, "limit": 2000}).body
    finally:
        client.close()
    households = [c["id"] for c in page["changes"] if c["type"] == "household"]
    assert households == [newcomer["household_no"]], "only what changed after the snapshot"


def test_snapshots_are_gzip_only_when_the_device_asks_and_hold_the_same(device):
    client, _ = client_for(device.store)
    try:
        packed = client.send("GET", protocol.SNAPSHOT_PATH, headers={"Accept-Encoding": "gzip"}, stream=True)
        raw = packed.raw.read(decode_content=False)
        plain = client.send("GET", protocol.SNAPSHOT_PATH, headers={"Accept-Encoding": "identity"})
    finally:
        client.close()
    assert packed.headers["Content-Encoding"] == "gzip" and packed.headers["Accept-Ranges"] == "bytes"
    assert "Content-Encoding" not in plain.headers
    assert gzip.decompress(raw) == plain.content
    assert len(raw) < len(plain.content) / 2
    lines = [json.loads(line) for line in plain.content.splitlines()]
    assert lines[-1] == {"end": True, "households": len(lines) - 1}


def test_a_v1_0_hub_without_snapshots_gets_the_whole_download_from_the_feed(hub, tmp_path, monkeypatch):
    monkeypatch.setattr(protocol, "SNAPSHOT_PATH", "/v1/no-such-snapshot")  # what a 1.0 hub answers: 404
    device = enroll_device(hub, tmp_path / "device")
    report = device.sync()
    assert report.complete and report.counts["snapshots"] == 0
    assert _stored(device.store) == _hub_documents(hub)
    device.store.close()


def test_a_killed_download_rests_sealed_and_resumes_by_range(big_hub, tmp_path, monkeypatch):
    hub = big_hub
    device = enroll_device(hub, tmp_path / "device")
    monkeypatch.setattr(snapshot, "PIECE_BYTES", 64 * 1024)
    assert run_child(device.store.folder, "mid_snapshot_download", None) == 137

    partial = device.store.folder / snapshot.PARTIAL_NAME
    assert partial.exists() and stat.S_IMODE(partial.stat().st_mode) == 0o600
    # the newest: a snapshot a hub process published earlier stays until it is old (another may be serving it)
    served = max(hub_snapshot.snapshot_folder(hub.db).glob("*.ndjson.gz"), key=lambda f: f.stat().st_mtime_ns).read_bytes()
    sealed = partial.read_bytes()
    # gzip's magic at the start, not anywhere in the first bytes: two given bytes turn up somewhere in
    # 64 bytes of ciphertext about once in a thousand downloads (a make test run failed so)
    assert served[:64] not in sealed and not sealed.startswith(b"\x1f\x8b"), "the download rests encrypted"
    held = snapshot.partial_for(device.store).received
    assert 0 < held < len(served)
    assert _household_count(device.store) == 0

    statuses = _watch_snapshot_requests(monkeypatch)
    report = device.sync()
    assert report.complete and report.counts["snapshots"] == 1
    assert statuses == [(206, f"bytes={held}-")]
    assert _stored(device.store) == _hub_documents(hub)
    assert not partial.exists()
    device.store.close()


def test_a_partial_of_a_replaced_snapshot_starts_over(big_hub, tmp_path, monkeypatch):
    hub = big_hub
    device = enroll_device(hub, tmp_path / "device")
    assert run_child(device.store.folder, "mid_snapshot_download", None) == 137
    monkeypatch.setattr(hub_snapshot, "REBUILD_AFTER", 0)
    changed = dict(next(iter(_hub_documents(hub).values())), notes="新版快照")
    hub.import_documents([changed])  # the hub's snapshot is now stale: the next request rebuilds it

    statuses = _watch_snapshot_requests(monkeypatch)
    report = device.sync()
    assert report.complete and report.counts["snapshots"] == 1
    assert [status for status, _range in statuses] == [200], "If-Range did not match: the whole new file"
    stored = _stored(device.store)
    assert stored == _hub_documents(hub)
    assert stored[changed["household_no"]]["notes"] == "新版快照"
    device.store.close()


@pytest.mark.parametrize("point", [p for p in SNAPSHOT_POINTS if p != "mid_snapshot_download"])  # that one: below
def test_a_load_killed_at_a_named_point_is_never_half_current(big_hub, tmp_path, point):
    hub = big_hub
    on_hub = _hub_documents(hub)
    device = enroll_device(hub, tmp_path / "device")
    device.store.close()
    folder = device.store.folder
    assert run_child(folder, point, None) == 137

    from kiosk.db.store import Store

    store = Store.open(folder, TEST_PIN)
    try:
        count, position = _household_count(store), download.position(store)
        if point == "after_snapshot_commit":
            assert count == len(on_hub) and position.cursor is not None
        else:  # nothing of it is current: no households, no cursor, the sealed file kept to load again
            assert count == 0 and position.cursor is None
            assert snapshot.partial_for(store).complete
        assert store.integrity_problems() == []
    finally:
        store.close()
    assert run_child(folder, None, None) == 0
    store = Store.open(folder, TEST_PIN)
    try:
        assert _stored(store) == on_hub
        assert not (folder / snapshot.PARTIAL_NAME).exists()
    finally:
        store.close()


def test_a_store_with_households_walks_the_feed(hub, tmp_path):
    """Only an empty store takes a snapshot: local households are merged by the feed, edits kept."""
    device = enroll_device(hub, tmp_path / "device")
    assert snapshot.wanted(device.store)
    from kiosk.households.importer import import_documents as local_import

    local_import(device.store, [generate(1, seed=83, as_of=dt.date(2026, 11, 1))[0]])
    assert not snapshot.wanted(device.store)
    report = device.sync()
    assert report.complete and report.counts["snapshots"] == 0
    device.store.close()


def test_the_hub_reuses_a_fresh_snapshot_and_rebuilds_a_stale_one(hub, monkeypatch):
    cache = hub_snapshot.SnapshotCache(hub.db)
    scope = "臺北市萬華區福星里"
    first = cache.current(scope)
    assert cache.current(scope) == first
    monkeypatch.setattr(hub_snapshot, "REBUILD_AFTER", 0)
    hub.import_documents([dict(next(iter(_hub_documents(hub).values())), notes="x")])
    second = cache.current(scope)
    assert second.seq > first.seq and second.etag != first.etag
    assert stat.S_IMODE((cache.folder / second.file).stat().st_mode) == 0o600
    with requests.get(hub.url + protocol.SNAPSHOT_PATH, timeout=10) as unsigned:
        assert unsigned.status_code == 401


def test_a_torn_or_forged_frame_ends_what_a_resume_keeps(tmp_path):
    key = bytes(range(32))
    path = tmp_path / snapshot.PARTIAL_NAME
    partial = snapshot.SealedPartial(path, key)
    partial.start(snapshot.Described('"e1"', 300, "gzip", "cursor", "epoch", 3))
    for piece in (b"a" * 100, b"b" * 100, b"c" * 100):
        partial.append(piece)
    assert snapshot.SealedPartial(path, key).complete

    whole = path.read_bytes()
    path.write_bytes(whole[:-5])  # killed while writing the last frame
    torn = snapshot.SealedPartial(path, key)
    assert torn.received == 200 and not torn.complete
    assert b"".join(torn.plaintext()) == b"a" * 100 + b"b" * 100

    forged = bytearray(whole)
    forged[-10] ^= 0x01  # a flipped bit inside the last frame
    path.write_bytes(bytes(forged))
    assert snapshot.SealedPartial(path, key).received == 200
    assert snapshot.SealedPartial(path, bytes(32)).described is None, "another store's key reads nothing"
    assert not path.exists()


def test_a_snapshot_that_is_not_whole_is_dropped_for_the_feed(big_hub, tmp_path):
    from dataclasses import asdict

    hub = big_hub
    device = enroll_device(hub, tmp_path / "device")
    assert run_child(device.store.folder, "after_snapshot_download", None) == 137
    partial = snapshot.partial_for(device.store)
    lines = gzip.decompress(b"".join(partial.plaintext())).splitlines()
    cut = gzip.compress(b"\n".join(lines[:-2] + lines[-1:]) + b"\n")  # a batch of households missing, the end line kept
    partial.start(snapshot.Described(**{**asdict(partial.described), "length": len(cut)}))
    partial.append(cut)

    report = device.sync()
    assert report.complete and report.counts["snapshots"] == 0
    assert _stored(device.store) == _hub_documents(hub)
    assert not (device.store.folder / snapshot.PARTIAL_NAME).exists()
    device.store.close()
