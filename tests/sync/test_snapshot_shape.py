"""The "rows" snapshot (households already in the store's table shape, bound as shipped, their keys
made by SQLite): a device that asks for it with its table layout gets it and makes the same store as from the
plain snapshot; any other request gets the plain one; and nothing personal rests in the clear."""

from __future__ import annotations

import datetime as dt
import gc
import gzip
import uuid

import orjson
import pytest
from kiosk.demo.generator import generate
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


def _sealed_rows(store, lines: list[bytes], households: int) -> None:
    """A whole downloaded rows snapshot of `lines` in the store's sealed partial file."""
    packed = gzip.compress(b"".join(line + b"\n" for line in lines))
    partial = snapshot.partial_for(store)
    partial.start(snapshot.Described('"e1"', len(packed), "gzip", "cursor", "epoch", households, protocol.SNAPSHOT_ROWS))
    partial.append(packed)


def _rows_line(documents: list[dict], numbered: snapshot_shape.Numbered) -> bytes:
    from kiosk.db.dialect import StoreDialect
    from kiosk.households.document import sound_rows

    return snapshot_shape.shaped_line([(1, sound_rows(d)) for d in documents], StoreDialect(), numbered).strip()


def _households(store) -> int:
    with store.read() as session:
        return session.connection().exec_driver_sql("SELECT count(*) FROM household").scalar_one()


def _end(households: int) -> bytes:
    return orjson.dumps({"end": True, "households": households, "left_out": 0})


def _damaged(line: bytes, what) -> bytes:  # what: changes the parsed line
    parsed = orjson.loads(line)
    what(parsed)
    return orjson.dumps(parsed)


@pytest.mark.parametrize("damage", [
    lambda line: b'[1,["A0000001"],null,[],[],[],[]]',  # a line of the first rows format
    lambda line: _damaged(line, lambda p: p.pop("person")),
    lambda line: _damaged(line, lambda p: p["household"][0].pop()),  # a value short
    lambda line: _damaged(line, lambda p: p["person"][0].__setitem__(1, 999)),  # of a household not in the file
    lambda line: _damaged(line, lambda p: p["household"][1].__setitem__(2, p["household"][0][2])),  # same 戶號 twice
    lambda line: line[: len(line) // 2],
    lambda line: _damaged(line, lambda p: p["person"][0].__setitem__(15, 2**63)),  # beyond SQLite's integers
    lambda line: _damaged(line, lambda p: p["household"][0].__setitem__(0, -1)),  # no key of 12 hex digits
    lambda line: _damaged(line, lambda p: p["household_search_card"].pop()),
    lambda line: _damaged(line, lambda p: p["household_search_text"].append([999, "", "", ""])),
], ids=["first-format", "table-missing", "value-short", "no-such-household", "household-twice", "cut",
        "number-too-big", "negative-number", "card-missing", "search-row-of-no-household"])
def test_a_line_not_of_the_rows_shape_is_a_damaged_snapshot_and_stores_nothing(store, reference_documents, damage):
    documents = reference_documents[:3]
    whole = _rows_line(documents, snapshot_shape.Numbered())
    _sealed_rows(store, [whole, _end(3)], 3)
    with pytest.raises(snapshot.SnapshotDamaged):  # the same store, once the line is damaged
        _sealed_rows(store, [damage(whole), _end(3)], 3)
        snapshot.load(store)
    assert _households(store) == 0 and gc.isenabled()
    _sealed_rows(store, [whole, _end(3)], 3)
    assert snapshot.load(store)["created"] == 3 and _households(store) == 3, "the whole line loads"


def test_the_keys_a_load_makes_in_sql_are_uuid7_and_go_on_across_lines(store):
    documents = generate(5, seed=7, as_of=dt.date(2026, 11, 1))
    numbered = snapshot_shape.Numbered()
    lines = [_rows_line(documents[:2], numbered), _rows_line(documents[2:], numbered)]
    _sealed_rows(store, [*lines, _end(5)], 5)
    assert snapshot.load(store)["created"] == 5
    with store.read() as session:
        conn = session.connection()
        households = conn.exec_driver_sql("SELECT id, household_no FROM household ORDER BY id").all()
        people = conn.exec_driver_sql("SELECT p.id, h.household_no FROM person p JOIN household h "
                                      "ON h.id = p.household_id ORDER BY p.id").all()
    assert [no for _, no in households] == [d["household_no"] for d in documents]
    assert [no for _, no in people] == [d["household_no"] for d in documents for _ in d["members"]]
    keys = [k for k, _ in households + people]
    assert len(set(keys)) == len(keys) and {uuid.UUID(k).version for k in keys} == {7}


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


@pytest.mark.parametrize("end", [{"end": True, "households": 3.0, "left_out": 0},
                                 {"end": True, "households": 3, "left_out": -1}, None])
def test_a_damaged_gzip_stream_or_end_line_is_a_damaged_snapshot(store, reference_documents, end):
    """None: the gzip stream's bytes damaged (a bad CRC or deflate data), the end line whole."""
    whole = _rows_line(reference_documents, snapshot_shape.Numbered())
    _sealed_rows(store, [whole, orjson.dumps(end) if end else _end(3)], 3)
    if end is None:
        partial = snapshot.partial_for(store)
        packed = bytearray(b"".join(partial.plaintext()))
        packed[len(packed) // 2] ^= 0xFF
        partial.start(partial.described)
        partial.append(bytes(packed))
    with pytest.raises(snapshot.SnapshotDamaged):
        snapshot.load(store)
    assert _households(store) == 0
