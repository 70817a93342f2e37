"""A purged SQLite backup is compacted even while someone else reads it for a moment (the hub's own
housekeeping, a purge run by cron): leaving WAL is refused at once while the file is open elsewhere."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from sync.hub.delivery.backups import _compact


def _wal_database(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()


def test_a_backup_read_elsewhere_for_a_moment_is_still_compacted(tmp_path):
    path = tmp_path / "backup.db"
    _wal_database(path)
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    reader.execute("SELECT x FROM t").fetchall()
    threading.Timer(0.3, reader.close).start()  # the other reader is done a moment later

    _compact(path)

    check = sqlite3.connect(path)
    assert check.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    check.close()
    assert not (tmp_path / "backup.db-wal").exists()


def test_a_backup_held_open_longer_than_the_wait_is_reported_not_compacted(tmp_path):
    path = tmp_path / "backup.db"
    _wal_database(path)
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    reader.execute("SELECT x FROM t").fetchall()
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            _compact(path, wait_s=0.2)
    finally:
        reader.close()
