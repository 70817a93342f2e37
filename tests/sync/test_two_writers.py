"""Two processes write one store: the worker runs a real sync cycle (1,000 applications up, the
district's households down, from a hub in its own process) while the window autosaves drafts as an
officer types. No autosave waits long for the worker's transactions (a generous ceiling: a wait
up to the 15 s busy timeout is what this guards against), and every autosave is there afterwards."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select

from kiosk.worker.messages import JobResult, Ready, SyncCycleRequest
from tests.sync.test_worker_bulk_jobs import ask, until_result
from tests.sync.test_worker_process import answer, start_worker
from tests.ui.stall_district import APPLICATIONS, PIN, district_and_hub

# It measures waits, like the stall tests: make test runs it with them, alone, on their prebuilt district.
pytestmark = pytest.mark.stall

SCOPE = "two-writers"
AUTOSAVE_EVERY_S = 0.02  # a typing officer saves far less often; this keeps the window knocking
WAIT_CEILING_S = 3.0  # generous for a loaded machine (1.1 s at load average 15); it waited 10-11 s before
DRAFTS = 3


def drafts(workspace) -> list[str]:
    from kiosk.db.households import Person

    with workspace.store.read() as session:
        people = session.execute(select(Person).where(Person.birth_date <= "1950-01-01").limit(DRAFTS)).scalars().all()
        chosen = [(person.household.household_no, person.id_no) for person in people]
    return [workspace.start_application(household_no, "S03", id_no, "zh-TW").id for household_no, id_no in chosen]


@pytest.mark.timeout(900)  # the district alone took minutes on a loaded machine (tests/ui/stall_district.py)
def test_the_window_autosaves_while_the_worker_syncs_and_never_waits_long(tmp_path):
    from kiosk.workspace import Workspace
    from sync.client.config import enroll

    data_dir, hub = district_and_hub(tmp_path, SCOPE)
    workspace = Workspace.unlock(data_dir, PIN)
    worker = None
    try:
        enroll(workspace.store, hub.url, hub.code())
        ids = drafts(workspace)
        assert len(ids) == DRAFTS
        worker = start_worker(data_dir, workspace.worker_key())
        assert isinstance(answer(worker), Ready)
        ask(worker, SyncCycleRequest(1, max_seconds=600))

        waits, saved, report = [], {}, []
        reader = threading.Thread(target=lambda: report.append(until_result(worker, 1)), daemon=True)
        reader.start()
        turn = 0
        while reader.is_alive():
            application_id, value = ids[turn % DRAFTS], f"700-{turn:011d}"
            started = time.perf_counter()
            workspace.set_field(application_id, "bank_account", value)
            waits.append(time.perf_counter() - started)
            saved[application_id] = value
            turn += 1
            time.sleep(AUTOSAVE_EVERY_S)
        result = report[0]
        assert isinstance(result, JobResult) and result.value["stopped"] is None and result.value["feed_current"], result
        assert hub.count_revisions() == APPLICATIONS
        for application_id, value in saved.items():  # nothing an autosave wrote was lost
            assert workspace.application(application_id).values["bank_account"] == value
        longest = max(waits)
        print(f"{len(waits)} autosaves during the sync; longest wait {longest * 1000:.0f} ms, "
              f"median {sorted(waits)[len(waits) // 2] * 1000:.0f} ms")
        assert len(waits) > 20, "the sync ended before the window had saved anything much"
        assert longest <= WAIT_CEILING_S, f"an autosave waited {longest:.1f} s for the worker"
    finally:
        if worker is not None:
            worker.kill()
            worker.wait(30)
        workspace.lock()
        hub.stop()
