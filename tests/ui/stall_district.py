"""The sync stall test's district: 700 households and 1,000 submitted applications, about a minute of
one core to build. `make test` builds it in the background while the parallel tests run
(`python -m tests.ui.stall_district FOLDER`) and names the folder in KIOSK_STALL_DISTRICT; the test
then starts from a copy. Run on its own, the test builds the district itself."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

APPLICATIONS = 1000
DISTRICT = 700  # enough adults for 1,000 applications
PIN = "135790"
PREBUILT_ENV = "KIOSK_STALL_DISTRICT"
STORE, DOCUMENTS = "store", "households.json"  # the documents go to the hub as they are


def build(folder: Path) -> list[dict]:
    """The store in folder/store and its household documents (also written to folder/households.json)."""
    from kiosk.demo.applications import queue_demo_applications
    from kiosk.households.importer import iter_documents
    from kiosk.workspace import Workspace

    ws = Workspace.unlock(folder / STORE, PIN, create=True, demo_households=DISTRICT)
    try:
        assert queue_demo_applications(ws.store, APPLICATIONS, seed=11) == APPLICATIONS
        documents = list(iter_documents(ws.store))
    finally:
        ws.lock()
    (folder / DOCUMENTS).write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
    return documents


def district(folder: Path) -> tuple[Path, list[dict]]:
    """(the store's folder, its household documents): a copy of the prebuilt district when there is one."""
    prebuilt = os.environ.get(PREBUILT_ENV)
    if prebuilt and (Path(prebuilt) / DOCUMENTS).exists():  # written last: the build finished
        shutil.copytree(Path(prebuilt) / STORE, folder / STORE)
        return folder / STORE, json.loads((Path(prebuilt) / DOCUMENTS).read_text(encoding="utf-8"))
    return folder / STORE, build(folder)


def district_and_hub(folder: Path, scope: str):  # (store folder, sync.hub.process.HubProcess)
    """The district's store, and a hub in its own process that knows its households under `scope`."""
    from sync.hub.db import HubDatabase
    from sync.hub.households import import_documents
    from sync.hub.process import HubProcess

    data_dir, documents = district(folder)
    hub_db = folder / "hub.db"
    db = HubDatabase(f"sqlite:///{hub_db}")
    db.create()
    import_documents(db, documents, scope)
    db.dispose()
    return data_dir, HubProcess(hub_db, scope)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    os.environ.setdefault("KIOSK_KDF_MEMORY_KIB", "19456")  # as tests/conftest.py sets it for the tests
    os.environ.setdefault("KIOSK_KDF_ITERATIONS", "2")
    os.environ.setdefault("KIOSK_LOG_DIR", str(target / "logs"))
    target.mkdir(parents=True, exist_ok=True)
    build(target)
