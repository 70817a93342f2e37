"""The worker's bulk jobs, as the window asks for them over the pipe: a household file goes into the
store in short transactions with progress, a cancel stops it at its next chunk (importing the file
again completes it), and a batch of receipts comes out as audited PDF files."""

from __future__ import annotations

import json
from contextlib import contextmanager

from sqlalchemy import func, select

from kiosk.worker.messages import CancelRequest, DocumentsRequest, ImportRequest, JobProgress, JobResult, Ready
from tests.conftest import REFERENCE_DAY
from tests.sync.test_worker_process import answer, start_worker

HOUSEHOLDS = 1500


def household_file(tmp_path, households: int = HOUSEHOLDS):
    from kiosk.demo.generator import generate

    path = tmp_path / "戶籍.json"
    path.write_text(json.dumps(generate(households, 5, REFERENCE_DAY), ensure_ascii=False), encoding="utf-8")
    return path


def households_in(store) -> int:
    from kiosk.db.households import Household

    with store.read() as session:
        return session.execute(select(func.count()).select_from(Household)).scalar_one()


def ask(worker, request) -> None:
    worker.stdin.write(request.to_json().encode("utf-8"))
    worker.stdin.flush()


@contextmanager
def running_worker(store):
    worker = start_worker(store.folder, store.data_key())
    try:
        assert isinstance(answer(worker), Ready)
        yield worker
    finally:
        worker.kill()
        worker.wait(30)


def until_result(worker, job: int, on_progress=None) -> JobResult:
    while True:
        message = answer(worker)
        if isinstance(message, JobProgress) and message.job == job and on_progress is not None:
            on_progress(message)
        elif isinstance(message, JobResult) and message.job == job:
            return message
        else:
            assert isinstance(message, (JobProgress, Ready)), message


def test_a_household_file_is_imported_in_chunks_with_progress(store, tmp_path):
    from kiosk.worker.bulk import IMPORT_CHUNK

    path = household_file(tmp_path)
    before = households_in(store)
    with running_worker(store) as worker:
        ask(worker, ImportRequest(1, str(path)))
        stored = []
        result = until_result(worker, 1, lambda p: stored.append(p.done) if p.phase == "store" else None)
        assert result.value["created"] == HOUSEHOLDS and not result.value["cancelled"]
        assert result.value["problem_count"] == 0
        assert households_in(store) == before + HOUSEHOLDS
        assert stored[-1] == HOUSEHOLDS and stored == sorted(stored) and len(stored) > 2
        assert IMPORT_CHUNK < HOUSEHOLDS  # so it took several transactions


def test_a_cancelled_import_stops_at_a_chunk_and_importing_again_completes_it(store, tmp_path):
    path = household_file(tmp_path)
    before = households_in(store)
    with running_worker(store) as worker:
        ask(worker, ImportRequest(1, str(path)))

        def cancel_once_storing(progress: JobProgress) -> None:
            if progress.phase == "store" and progress.done == 0:
                ask(worker, CancelRequest(1))

        cancelled = until_result(worker, 1, cancel_once_storing).value
        assert cancelled["cancelled"] and cancelled["created"] < HOUSEHOLDS
        assert households_in(store) == before + cancelled["created"]  # whole chunks, nothing half-stored

        ask(worker, ImportRequest(2, str(path)))
        again = until_result(worker, 2).value
        assert not again["cancelled"]
        assert again["updated"] == cancelled["created"] and again["created"] == HOUSEHOLDS - cancelled["created"]
        assert households_in(store) == before + HOUSEHOLDS


def test_a_batch_of_receipts_is_written_as_audited_pdf_files(store, tmp_path):
    from kiosk.db.audit import AuditEvent
    from kiosk.demo.applications import queue_demo_applications
    from kiosk.demo.generator import generate
    from kiosk.households.importer import import_documents
    from kiosk.workspace import Workspace

    import_documents(store, generate(40, 3, REFERENCE_DAY))
    assert queue_demo_applications(store, 4, seed=5) == 4
    ids = [summary.id for summary in Workspace(store).applications()]
    out = tmp_path / "收據"
    out.mkdir()
    with running_worker(store) as worker:
        ask(worker, DocumentsRequest(3, ids, "receipt", str(out), fmt="80mm"))
        rendered = []
        result = until_result(worker, 3, lambda p: rendered.append(p.done)).value
        assert not result["cancelled"] and len(result["written"]) == len(ids)
        assert sorted(p.name for p in out.iterdir()) == sorted(result["written"])
        assert all((out / name).read_bytes().startswith(b"%PDF") for name in result["written"])
        assert rendered[-1] == len(ids)
        with store.read() as session:
            printed = session.execute(select(AuditEvent.record_id, AuditEvent.details)
                                      .where(AuditEvent.action == "print")).all()
        assert sorted(record for record, _ in printed) == sorted(ids)
        assert all(details["format"] == "80mm" and details["medium"] == "pdf" for _, details in printed)
