"""A large feed page read into rows by the helper process lands in the store exactly as one read
inline, search included; a helper that dies only sends the page back to be read inline."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.demo.generator import generate
from kiosk.households.document import canonical_document
from kiosk.households.importer import iter_documents
from kiosk.search import search
from sync.client import download
from sync.client.page_prep import WORTH_A_HELPER, PagePreparer, prepare_households
from tests.store_template import template_store


@pytest.fixture(scope="module")
def page() -> dict:
    documents = generate(WORTH_A_HELPER + 50, seed=77, as_of=dt.date(2026, 11, 1))
    changes = [{"type": "household", "id": d["household_no"], "op": "upsert", "version": 3, "data": d}
               for d in documents]
    broken = dict(documents[5], members=[])  # no head of household: must be skipped, not stored
    changes.append({"type": "household", "id": broken["household_no"], "op": "upsert", "version": 4, "data": broken})
    return {"changes": changes, "next_cursor": "c1", "server_epoch": "e1"}


def _applied(folder, page: dict, prepared: dict | None) -> tuple[list[dict], dict]:
    store = template_store(folder)
    try:
        mark = download.start_resync(store, "first")
        counts = download.apply_page(store, page, mark, prepared).counts
        documents = list(iter_documents(store))
        with store.read() as session:
            someone = documents[17]["members"][0]
            hits = [h.household_no for query in (someone["name"], someone["id_no"], documents[3]["household_no"])
                    for h in search(session, query)]
        return documents, {"counts": dict(counts), "hits": hits}
    finally:
        store.close()


def test_a_page_prepared_by_the_helper_is_stored_as_one_read_inline(page, tmp_path):
    preparer = PagePreparer()
    try:
        future = preparer.submit(page["changes"])
        assert future is not None, "a page this large goes to the helper"
        prepared = preparer.result(future)
    finally:
        preparer.close()
    assert prepared is not None and len(prepared) == WORTH_A_HELPER + 50

    helped, helped_facts = _applied(tmp_path / "helped", page, prepared)
    inline, inline_facts = _applied(tmp_path / "inline", page, None)

    assert helped == inline
    assert helped_facts == inline_facts
    assert helped_facts["counts"]["created"] == WORTH_A_HELPER + 49
    assert helped_facts["counts"]["invalid"] == 1
    assert helped_facts["hits"], "the search index was built from the helper's rows"


def test_rows_prepared_for_another_version_are_not_used(page, tmp_path):
    prepared = prepare_households(page["changes"])
    first = page["changes"][0]
    stale = dict(first, data=dict(first["data"], notes="older"), version=2)
    prepared[first["id"]] = prepare_households([stale])[first["id"]]  # a helper answer for version 2

    documents, _ = _applied(tmp_path / "s", page, prepared)

    stored = next(d for d in documents if d["household_no"] == first["id"])
    assert stored["notes"] == first["data"].get("notes")  # version 3, read inline


def test_a_helper_that_dies_sends_the_page_back_inline(page):
    preparer = PagePreparer()
    try:
        preparer.submit(page["changes"][:WORTH_A_HELPER]).result()  # the helper is up
        for process in list(preparer._pool._processes.values()):
            process.kill()
            process.join()
        future = preparer.submit(page["changes"])
        assert preparer.result(future) is None
        assert preparer.submit(page["changes"]) is None  # no more helper for this download
    finally:
        preparer.close()


def test_small_pages_are_read_inline():
    assert PagePreparer().submit([{"type": "household"}] * (WORTH_A_HELPER - 1)) is None


HELPER_PARENT = """
import sys, time
from sync.client.page_prep import WORTH_A_HELPER, PagePreparer
if __name__ == "__main__":
    preparer = PagePreparer()
    preparer.submit([{"type": "household", "id": "A1234567", "op": "delete"}] * WORTH_A_HELPER).result()
    print(*preparer._pool._processes, flush=True)
    time.sleep(120)
"""


def test_the_helper_leaves_when_the_app_is_killed(tmp_path):
    script = tmp_path / "app.py"
    script.write_text(HELPER_PARENT)
    app = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        helper = int(app.stdout.readline())
        app.kill()  # SIGKILL: the app cannot tell its helper anything
        app.wait()
        deadline = time.monotonic() + 20
        while _running(helper):
            assert time.monotonic() < deadline, "the helper outlived the app"
            time.sleep(0.1)
    finally:
        app.kill()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "zombie" in status.read_text())


def test_the_helper_can_be_turned_off():
    assert PagePreparer(enabled=False).submit([{"type": "household"}] * WORTH_A_HELPER) is None


@pytest.mark.slow
def test_a_first_download_through_the_helper_matches_the_hub(hub, tmp_path, monkeypatch):
    from sync.client.config import client_for
    from sync.client.engine import SyncEngine, SyncOptions
    from tests.sync.conftest import enroll_device

    extra = generate(3 * WORTH_A_HELPER, seed=78, as_of=dt.date(2026, 11, 1))
    hub.import_documents(extra)
    device = enroll_device(hub, tmp_path / "device")
    helped = []
    original = PagePreparer.submit

    def counting(self, changes):
        future = original(self, changes)
        helped.append(future is not None)
        return future

    monkeypatch.setattr(PagePreparer, "submit", counting)
    client, _ = client_for(device.store, hub.url)
    try:
        report = SyncEngine(device.store, client, SyncOptions(max_seconds=120, page_size=WORTH_A_HELPER,
                                                              page_helper=True)).run_cycle()
    finally:
        client.close()
    assert report.complete
    assert sum(helped) >= 2, "the pages after the first went through the helper"
    stored = {d["household_no"]: d for d in iter_documents(device.store)}
    for document in extra:
        assert stored[document["household_no"]] == canonical_document(document)
    assert len(stored) == report.counts["pulled_created"]
    device.store.close()
