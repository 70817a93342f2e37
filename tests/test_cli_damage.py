"""Issue 17 point 9: damaged stores and impossible questions give plain errors, never tracebacks,
and a damaged store is never replaced or deleted."""

import hashlib
import shutil

import pytest

from tests.test_cli import kiosk


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_age_on_a_day_before_birth_is_a_plain_error():
    result = kiosk("roc", "115/11/22", "--age-on", "37/3/8", lang="en")
    assert result.returncode == 2 and "before the birth date" in result.stderr and "Traceback" not in result.stderr


@pytest.fixture(scope="session")
def filled_store_folder(tmp_path_factory):
    """A 200-household store made by `kiosk demo-data`, once; each test damages a copy of it."""
    folder = tmp_path_factory.mktemp("filled") / "data"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("KIOSK_KDF_MEMORY_KIB", "19456")
        env.setenv("KIOSK_KDF_ITERATIONS", "2")
        assert kiosk("demo-data", "--households", "200", "--seed", "3", "--data-dir", str(folder)).returncode == 0
    return folder


@pytest.fixture
def filled_store(filled_store_folder, isolated_environment):
    shutil.copytree(filled_store_folder, isolated_environment)
    return isolated_environment / "kiosk.db"


def test_zero_length_database_is_refused_not_recreated(filled_store, tmp_path):
    filled_store.write_bytes(b"")
    for wal in filled_store.parent.glob("kiosk.db-*"):
        wal.unlink()
    result = kiosk("export", "--out", str(tmp_path / "all.json"), lang="en")
    assert result.returncode == 2 and "database file is empty" in result.stderr and "Traceback" not in result.stderr
    assert filled_store.stat().st_size == 0 and not (tmp_path / "all.json").exists()


@pytest.mark.parametrize("damage", ["flip", "truncate"])
def test_damaged_database_on_export_is_a_plain_error(filled_store, tmp_path, damage):
    data = bytearray(filled_store.read_bytes())
    if damage == "flip":
        for page in range(2, len(data) // 4096, 7):  # one byte in every seventh page
            data[4096 * page + 200] ^= 0xFF
    else:
        data = data[:len(data) // 2]
    filled_store.write_bytes(bytes(data))
    before = _digest(filled_store)
    result = kiosk("export", "--out", str(tmp_path / "all.json"), lang="en")
    assert result.returncode == 3 and "damaged" in result.stderr and "Traceback" not in result.stderr
    assert _digest(filled_store) == before
