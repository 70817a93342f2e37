"""Hub processes (uvicorn workers) sharing a snapshot folder build a scope's snapshot at the same
time: none removes the file another has just published and is about to serve (the hub load bench
met it as a 500 on GET /v1/snapshot), and files long replaced are still cleaned up."""

from __future__ import annotations

import os
import time

from sync.hub import snapshot
from sync.hub.db import HubDatabase, take_sequence
from sync.hub.households import import_documents
from tests.sync.conftest import SCOPE


def test_a_snapshot_another_process_just_published_stays_until_it_is_old(tmp_path, reference_documents):
    db = HubDatabase(f"sqlite:///{tmp_path / 'hub.db'}")
    db.create()
    import_documents(db, reference_documents, SCOPE)
    folder = tmp_path / "snapshots"
    folder.mkdir()
    first_process, second_process = snapshot.SnapshotCache(db, folder), snapshot.SnapshotCache(db, folder)
    first = first_process._build(SCOPE, None)
    with db.write() as conn:
        take_sequence(conn)  # the feed moved on between the two builds: another file name
    second = second_process._build(SCOPE, None)  # it saw no published snapshot when it began
    assert second.file != first.file
    assert (folder / first.file).exists() and (folder / second.file).exists()

    aged = time.time() - snapshot.KEEP_RECENT_S - 60
    os.utime(folder / first.file, (aged, aged))
    with db.write() as conn:
        take_sequence(conn)
    third = second_process._build(SCOPE, second)
    assert not (folder / first.file).exists(), "a file long replaced is cleaned up"
    assert (folder / second.file).exists() and (folder / third.file).exists()
    db.dispose()
