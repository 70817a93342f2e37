"""The "rows" snapshot (households already in the store's table shape, inserted by SQLite from the
JSON): a device that asks for it with its table layout gets it and makes the same store as from the
plain snapshot; any other request gets the plain one; and nothing personal rests in the clear."""

from __future__ import annotations

import uuid

import pytest
from kiosk.households import snapshot_shape
from kiosk.search import search
from sync import protocol
from sync.client import snapshot
from sync.client.config import client_for
from sync.client.transport import HubClient
from tests.sync.conftest import enroll_device
from tests.sync.test_kill_trials import run_child
from tests.sync.test_snapshot import _hub_documents, _stored

_KEYS = {"id", "household_id", "created_at", "updated_at", "rowid"}  # each device's own


def _served_formats(monkeypatch) -> list[str]:
    served = []
    original = HubClient.send

    def watching(self, method, path, **kwargs):
        response = original(self, method, path, **kwargs)
        if path == protocol.SNAPSHOT_PATH:
            served.append(response.headers.get("Content-Type", ""))
        return response

    monkeypatch.setattr(HubClient, "send", watching)
    return served


def _tables(store) -> dict[str, list[tuple]]:
    """Every household table's rows without the device's own keys and timestamps, sorted."""
    found = {}
    with store.read() as session:
        conn = session.connection()
        for table in ("household", "household_address", "person", "household_search_card"):
            columns = conn.exec_driver_sql(f"SELECT * FROM {table} LIMIT 0").cursor.description
            names = [c[0] for c in columns if c[0] not in _KEYS]
            found[table] = sorted(conn.exec_driver_sql(f"SELECT {', '.join(names)} FROM {table}").all(), key=repr)
    return found


def _searches(store, queries: list[str]) -> list[list[tuple]]:
    with store.read() as session:
        return [[(hit.household_no, hit.matched, hit.matched_name) for hit in search(session, q)] for q in queries]


@pytest.mark.parametrize("hub", ["sqlite", "postgresql"], indirect=True)
def test_the_rows_snapshot_makes_the_store_the_plain_one_makes(hub, tmp_path, monkeypatch):
    served = _served_formats(monkeypatch)
    rows_device = enroll_device(hub, tmp_path / "rows")
    assert rows_device.sync().complete
    monkeypatch.setattr(snapshot, "ACCEPT", protocol.SNAPSHOT_MEDIA_TYPE)  # a device of before the rows snapshot
    plain_device = enroll_device(hub, tmp_path / "plain")
    assert plain_device.sync().complete
    assert [t.split(";")[0] for t in served] == [protocol.SNAPSHOT_ROWS_MEDIA_TYPE, protocol.SNAPSHOT_MEDIA_TYPE]

    assert _stored(rows_device.store) == _stored(plain_device.store) == _hub_documents(hub)
    assert _tables(rows_device.store) == _tables(plain_device.store)
    members = [m for d in list(_hub_documents(hub).values())[:5] for m in d["members"]]
    queries = ["王", "0912", "中正", *(m["name"][:2] for m in members), *(m["id_no"][-4:] for m in members)]
    assert _searches(rows_device.store, queries) == _searches(plain_device.store, queries)
    with rows_device.store.read() as session:
        conn = session.connection()
        keys = [k for t in ("household", "household_address", "person") for k in
                conn.exec_driver_sql(f"SELECT id FROM {t}").scalars()]
        orphans = conn.exec_driver_sql(
            "SELECT count(*) FROM person WHERE household_id NOT IN (SELECT id FROM household)").scalar()
        unindexed = conn.exec_driver_sql(
            "SELECT count(*) FROM household WHERE id NOT IN (SELECT household_id FROM household_search_card)").scalar()
    assert len(set(keys)) == len(keys) and {uuid.UUID(k).version for k in keys} == {7}
    assert orphans == 0 and unindexed == 0
    rows_device.store.close()
    plain_device.store.close()


def test_only_a_device_with_the_hubs_layout_gets_the_rows(device):
    client, _ = client_for(device.store)
    try:
        def served(accept: str | None) -> str:
            headers = {"Accept": accept} if accept else {}
            with client.send("GET", protocol.SNAPSHOT_PATH, headers=headers, stream=True) as response:
                assert response.status_code == 200
                return response.headers["Content-Type"].split(";")[0]

        rows = protocol.SNAPSHOT_ROWS_MEDIA_TYPE
        assert served(snapshot.ACCEPT) == rows
        assert served(None) == protocol.SNAPSHOT_MEDIA_TYPE  # a 1.0 or 1.1 device of before
        assert served(f"{rows}; layout=0123456789abcdef, {protocol.SNAPSHOT_MEDIA_TYPE}") == protocol.SNAPSHOT_MEDIA_TYPE
        assert served(f"{rows}; layout={snapshot_shape.LAYOUT}") == rows
    finally:
        client.close()


def test_no_household_rests_in_the_clear_while_a_rows_snapshot_loads(hub, tmp_path):
    """Killed in the middle of the load: every file in the device's folder is searched for each
    member's ID number and name; only the encrypted store and the sealed download are there."""
    device = enroll_device(hub, tmp_path / "device")
    device.store.close()
    folder = device.store.folder
    assert run_child(folder, "mid_snapshot_load", None) == 137
    assert (folder / snapshot.PARTIAL_NAME).exists()
    secrets = {m[field].encode() for d in _hub_documents(hub).values() for m in d["members"] for field in ("id_no", "name")}
    files = [f for f in folder.rglob("*") if f.is_file()]
    assert len(files) >= 2
    for file in files:
        content = file.read_bytes()
        assert not [s for s in secrets if s in content], f"{file.name} holds personal data in the clear"


def test_the_device_fills_its_own_columns():
    """The hub ships every column but the device's keys, timestamps and sync bookkeeping."""
    assert "id" not in snapshot_shape.SHAPE["person"] and "household_id" not in snapshot_shape.SHAPE["person"]
    assert {"household_no", "region", "extra"} <= set(snapshot_shape.SHAPE["household"])
    assert {"id_no", "name", "birth_date", "receiving"} <= set(snapshot_shape.SHAPE["person"])


def test_a_load_that_stops_early_leaves_no_preparing_thread(monkeypatch):
    """The thread that prepares the next batches ends with the load, also when the load fails."""
    monkeypatch.setattr(snapshot, "INSERT_BATCH", 10)
    line = b'[1,["A0000001"],null,[],["A0000001","","","","",null],["","",""],["","","","",""]]'
    endless = iter(lambda: line, None)
    ahead = snapshot._ShapedAhead(endless, 1, "2026-12-03 00:00:00.000000")
    first = next(iter(ahead))
    assert first.households == 10 and first.tables["household_search_card"][0][0] == 1
    ahead.close()
    assert not ahead._thread.is_alive()


def test_a_line_not_of_the_rows_shape_is_a_damaged_snapshot():
    ahead = snapshot._ShapedAhead(iter([b'[1,["A0000001"]]', b'{"end":true,"households":1}']), 1, "now")
    with pytest.raises(snapshot.SnapshotDamaged):
        list(ahead)
    ahead.close()


def test_a_hub_updated_to_another_table_layout_builds_its_rows_snapshot_anew(tmp_path, reference_documents,
                                                                              monkeypatch):
    """A rows snapshot holds one layout's columns: a hub whose tables changed (an update) must not
    serve the file it built before under its new layout."""
    from sync.hub import snapshot as hub_snapshot
    from sync.hub.db import HubDatabase
    from sync.hub.households import import_documents
    from tests.sync.conftest import SCOPE

    db = HubDatabase(f"sqlite:///{tmp_path / 'hub.db'}")
    db.create()
    import_documents(db, reference_documents, SCOPE)
    (tmp_path / "snapshots").mkdir()
    cache = hub_snapshot.SnapshotCache(db, tmp_path / "snapshots")
    before = cache.current(SCOPE, protocol.SNAPSHOT_ROWS)
    assert cache.current(SCOPE, protocol.SNAPSHOT_ROWS) == before
    monkeypatch.setattr(snapshot_shape, "LAYOUT", "0123456789abcdef")
    after = cache.current(SCOPE, protocol.SNAPSHOT_ROWS)
    assert after.file != before.file and after.etag != before.etag
    assert cache.current(SCOPE) != after, "the plain snapshot is apart"
    db.dispose()
