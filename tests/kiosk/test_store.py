"""The encrypted store: fail closed, never plaintext, no personal data on disk in the clear."""

import hashlib
import random
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.db.households import Household
from kiosk.db.store import Store, StoreUnavailable
from kiosk.households.importer import import_documents
from kiosk.identity import generate_id
from kiosk.security.keyfile import KdfParams, StoreKeyError, rewrap_dek

from tests.conftest import TEST_PIN

# These tests are about making a store: theirs is created from scratch, not copied from the template.
pytestmark = pytest.mark.fresh_store


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_file_is_sqlcipher_not_sqlite(store):
    with store.write() as session:
        session.add(Household(household_no="N1234567", region="彰化縣"))
    store.checkpoint()
    header = store.path.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    assert oct(store.path.stat().st_mode & 0o777) == "0o600"
    assert oct(store.key_path.stat().st_mode & 0o777) == "0o600"


def test_reopen_with_pin(store, isolated_environment):
    with store.write() as session:
        session.add(Household(household_no="N1234567", region="彰化縣"))
    store.close()
    with Store.open(isolated_environment, TEST_PIN) as again, again.read() as session:
        assert session.query(Household).count() == 1
        assert again.integrity_problems() == []


def _wrapped(key_path: Path) -> dict:
    document = json.loads(key_path.read_text())
    return {k: v for k, v in document.items() if k != "attempts"}  # the wrong-PIN counter may move


def test_wrong_pin_refuses_and_changes_nothing(store, isolated_environment):
    store.close()
    before = {k: v for k, v in _fingerprint(isolated_environment).items() if k != store.key_path.name}
    wrapped = _wrapped(store.key_path)
    for attempt in ("000000", "", TEST_PIN + "0", TEST_PIN.upper() + " "):
        with pytest.raises(StoreKeyError) as caught:
            Store.open(isolated_environment, attempt)
        assert caught.value.key == "store.wrong_pin"
    after = {k: v for k, v in _fingerprint(isolated_environment).items() if k != store.key_path.name}
    assert after == before and _wrapped(store.key_path) == wrapped


def test_missing_key_never_falls_back_and_keeps_the_file(store, isolated_environment):
    store.close()
    store.key_path.unlink()
    before = _fingerprint(isolated_environment)
    with pytest.raises(StoreKeyError) as caught:
        Store.open(isolated_environment, TEST_PIN)
    assert caught.value.key == "store.key_missing"
    with pytest.raises(StoreUnavailable):
        Store.create(isolated_environment, TEST_PIN)
    assert _fingerprint(isolated_environment) == before


@pytest.mark.parametrize("damage", [
    lambda p: p.write_text("{not json"),
    lambda p: p.write_text(json.dumps({"format": 1})),
    lambda p: p.write_text(json.dumps({**json.loads(p.read_text()), "kdf": {"name": "pbkdf2"}})),
])
def test_broken_key_refuses_and_keeps_the_database(store, isolated_environment, damage):
    store.close()
    damage(store.key_path)
    db_before = hashlib.sha256(store.path.read_bytes()).hexdigest()
    with pytest.raises(StoreKeyError) as caught:
        Store.open(isolated_environment, TEST_PIN)
    assert caught.value.key == "store.key_broken"
    assert hashlib.sha256(store.path.read_bytes()).hexdigest() == db_before


def test_key_of_another_store_is_refused(store, isolated_environment, tmp_path, fast_kdf):
    store.close()
    other = Store.create(tmp_path / "other", TEST_PIN, fast_kdf)
    other.close()
    store.key_path.write_bytes(other.key_path.read_bytes())
    with pytest.raises(StoreKeyError) as caught:
        Store.open(isolated_environment, TEST_PIN)
    assert caught.value.key == "store.key_mismatch"
    assert store.path.exists()


def test_weak_pins_and_weak_kdf_are_refused(isolated_environment):
    with pytest.raises(StoreKeyError):
        Store.create(isolated_environment, "123")
    with pytest.raises(StoreKeyError):
        Store.create(isolated_environment, "111111")
    with pytest.raises(ValueError):
        KdfParams(memory_kib=8192, iterations=2)
    assert not (isolated_environment / "kiosk.db").exists()


def test_pin_change_keeps_data(store, isolated_environment):
    with store.write() as session:
        session.add(Household(household_no="N1234567", region="彰化縣"))
    store.close()
    rewrap_dek(store.key_path, TEST_PIN, "new-pin-8642")
    with pytest.raises(StoreKeyError):
        Store.open(isolated_environment, TEST_PIN)
    with Store.open(isolated_environment, "new-pin-8642") as again, again.read() as session:
        assert session.query(Household).count() == 1


def test_durable_writes_sync_fully_and_others_normally(store):
    with store.write(durable=True) as session:
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    with store.write() as session:
        assert session.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    with store.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_write_rolls_back_on_error(store):
    with pytest.raises(RuntimeError), store.write() as session:
        session.add(Household(household_no="N1234567", region="彰化縣"))
        session.flush()
        raise RuntimeError("boom")
    with store.read() as session:
        assert session.query(Household).count() == 0


CANARY_NAME = "測試金絲雀名"
CANARY_ID = generate_id(random.Random(20261122), kind="national", sex="M", letter="Q")


def test_no_personal_data_in_clear_on_disk(store, isolated_environment, tmp_path, reference_documents):
    document = json.loads(json.dumps(reference_documents[0]))
    document["members"][0]["name"] = CANARY_NAME
    document["members"][0]["id_no"] = CANARY_ID
    document["members"][0]["sex"] = "M"
    document["members"][0]["phone"] = "0987-654-321"
    report = import_documents(store, [document])
    assert report.created == 1, report.problems
    from kiosk.search import search

    with store.read() as session:  # exercise the search index too, while the WAL holds the pages
        assert search(session, CANARY_NAME[:2])
        wal = store.path.with_name(store.path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        needles = [CANARY_NAME.encode("utf-8"), CANARY_ID.encode(), CANARY_ID.lower().encode(), b"0987654321",
                   "金絲".encode("utf-8"), CANARY_ID[-6:].encode()]
        scanned = 0
        for path in tmp_path.rglob("*"):
            if path.is_file():
                scanned += 1
                blob = path.read_bytes()
                for needle in needles:
                    assert needle not in blob, f"{needle!r} in clear in {path}"
        assert scanned >= 3  # database, WAL, SHM, key file
    assert not list((tmp_path / "tmp").iterdir()), os.listdir(tmp_path / "tmp")


def test_integrity_check_is_not_fooled_by_connections_with_stale_fts_state(store, reference_documents):
    """Search-index rows replaced from one connection while another stays open (as the sync
    workers and the UI do). A long-lived connection's FTS5 integrity check can then report
    corruption that is not there (an SQLite quirk); searches on it stay right, and the store's
    check, on a fresh connection, must say the file is sound."""
    import random

    from kiosk.households.importer import import_documents
    from kiosk.search import search

    import_documents(store, reference_documents)
    rng = random.Random(7)
    with store.read() as held:  # keeps its own connection (and FTS5 state) for the whole test
        for _ in range(40):
            document = dict(rng.choice(reference_documents), phone=f"02-{rng.randrange(10 ** 8):08d}")
            import_documents(store, [document])  # another pooled connection writes
            held.commit()  # a new read transaction on the same connection
            hits = search(held, document["phone"])
            assert [h.household_no for h in hits] == [document["household_no"]]
            assert store.integrity_problems() == []
