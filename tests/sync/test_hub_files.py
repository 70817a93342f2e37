"""Hub files private to the operator (issue 17, point 8): the database, its -wal and -shm, and
backups hold every household in plain text, so they are created 0600 whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from sync.hub.cli import main as hub_cli
from sync.hub.db import HubDatabase


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    previous = os.umask(0o022)  # the usual default, which made hub.db 0644
    yield
    os.umask(previous)


def test_database_wal_shm_and_backups_are_private(tmp_path: Path, open_umask, reference_documents):
    from sync.hub.households import import_documents

    path = tmp_path / "hub.db"
    db = HubDatabase(str(path))
    db.create()
    import_documents(db, reference_documents, "福星里")
    with db.read():  # WAL and shared memory exist while a connection is open
        for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert name.exists() and mode(name) == 0o600, name
    db.dispose()
    backup = tmp_path / "copy.db"
    assert hub_cli(["backup", str(backup), "--db", str(path)]) == 0
    assert mode(backup) == 0o600
    os.chmod(backup, 0o644)
    assert hub_cli(["restore", str(backup), "--db", str(path)]) == 0
    assert mode(path) == 0o600


def test_files_an_older_hub_left_readable_are_tightened(tmp_path: Path, open_umask):
    path = tmp_path / "hub.db"
    HubDatabase(str(path)).create()
    os.chmod(path, 0o644)
    db = HubDatabase(str(path))
    db.create()
    assert mode(path) == 0o600
    db.dispose()


def test_backup_into_a_missing_folder_is_a_plain_message(tmp_path: Path, capsys):
    """Issue 17 low item: `kiosk-hub backup sub/new/x.db` ended in a FileNotFoundError traceback."""
    db = f"sqlite:///{tmp_path / 'hub.db'}"
    HubDatabase(db).create()
    target = tmp_path / "sub" / "new" / "x.db"
    assert hub_cli(["backup", str(target), "--db", db]) == 2
    assert str(target.parent) in capsys.readouterr().err
    assert not target.parent.exists()


def test_a_second_handle_on_the_database_keeps_this_process_s_locks(tmp_path):
    """Opening (and closing) the database file again in a process that holds it dropped the
    process's SQLite locks: another process closing its connection then took itself for the last
    one and removed the WAL under the hub (seen as "database disk image is malformed")."""
    import subprocess
    import sys

    from sync.hub.db import HubDatabase

    path = tmp_path / "hub.db"
    first = HubDatabase(f"sqlite:///{path}")
    first.create()
    with first.engine.connect() as held:  # a connection of the serving hub, open throughout
        held.exec_driver_sql("SELECT count(*) FROM hub_meta").scalar()
        HubDatabase(f"sqlite:///{path}")  # e.g. a CLI command run in the same process
        subprocess.run([sys.executable, "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                        "c.execute('select count(*) from hub_meta').fetchall(); c.close()", str(path)], check=True)
        assert (tmp_path / "hub.db-wal").exists()  # the other process knew it was not the last connection
    first.dispose()
