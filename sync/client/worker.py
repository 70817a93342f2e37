"""`kiosk worker`: the window's worker process. Sync cycles, the store-wide rules scan, household
file imports and batches of PDF documents (kiosk/worker/bulk.py) run here, so they never hold the
window's GIL; the window keeps only short queries (kiosk/worker/messages.py has what travels
between them).

The first stdin line is the data key; each later line is a request, answered on stdout, or a cancel
of one (an import or a batch stops at its next step). Two jobs may run side by side (a sync and a
scan). End of stdin (the window locked, quit or died) ends the process at once, even mid-sync:
every change is one transaction and a sync lease left behind is taken back by the next engine
(sync/client/lock.py), which the kill trials check.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from kiosk.i18n import UserError
from kiosk.json_types import JsonObject
from kiosk.worker.messages import (
    JOB_REQUESTS, BadMessage, CancelRequest, DocumentsRequest, ImportRequest, JobError, JobProgress, JobResult, KeyHandover,
    Message, Ready, Request, RulesScanRequest, SyncCycleRequest, from_json,
)

if TYPE_CHECKING:
    from kiosk.workspace import Workspace

log = logging.getLogger(__name__)
PROGRESS_S = 0.1  # the window follows progress at most this often: 1,000 uploads are not 1,000 messages
JOBS_AT_ONCE = 2


class Replies:
    """Writes whole lines from any job thread; a window that went away is not an error here."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self._lock = threading.Lock()

    def send(self, message: Message) -> None:
        data = message.to_json().encode("utf-8")
        with self._lock:
            try:
                self.out.write(data)
                self.out.flush()
            except (BrokenPipeError, ValueError):
                pass


def _failure(job: int, exc: BaseException) -> JobError:
    if isinstance(exc, UserError):
        return JobError(job, exc.key, {name: str(value) for name, value in exc.values.items()})
    log.error("worker job %d failed: %s", job, type(exc).__name__)  # the type only: messages may carry personal data
    return JobError(job, "worker.failed")


class Worker:
    def __init__(self, workspace: Workspace, replies: Replies) -> None:
        self.workspace = workspace
        self.replies = replies
        self._cancels: dict[int, threading.Event] = {}

    def accept(self, request: Request) -> None:
        """Called as the request is read (before it waits for a free thread), so a cancel can find it."""
        self._cancels[request.job] = threading.Event()

    def cancel(self, job: int) -> None:
        event = self._cancels.get(job)
        if event is not None:
            event.set()

    def handle(self, request: Request) -> None:
        from kiosk.worker import bulk

        cancelled = self._cancels.setdefault(request.job, threading.Event())
        try:
            if isinstance(request, SyncCycleRequest):
                value: object = self.sync_cycle(request)
            elif isinstance(request, ImportRequest):
                value = bulk.import_file(self.workspace, request, self._progress(request.job), cancelled)
            elif isinstance(request, DocumentsRequest):
                value = bulk.issue_batch(self.workspace, request, self._progress(request.job), cancelled)
            else:
                value = self.rules_scan(request)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the window
            self.replies.send(_failure(request.job, exc))
        else:
            self.replies.send(JobResult(request.job, value))
        finally:
            self._cancels.pop(request.job, None)

    def _progress(self, job: int) -> Callable[..., None]:  # a kiosk.worker.bulk.Progress, message optional
        last_at, last_phase = 0.0, None

        def progress(phase: str, done: int, total: int | None, message: str = "") -> None:
            nonlocal last_at, last_phase
            now = time.monotonic()
            if phase != last_phase or now - last_at >= PROGRESS_S or done == total:
                last_at, last_phase = now, phase
                self.replies.send(JobProgress(job, phase, done, total, message))
        return progress

    def sync_cycle(self, request: SyncCycleRequest) -> dict[str, object]:
        from sync.client.engine import Progress, SyncOptions
        from sync.client.session import SyncSession

        report = self._progress(request.job)

        def progress(event: Progress) -> None:
            report(event.phase, event.done, event.total, event.message)

        session = SyncSession(self.workspace, request.hub_url)
        return session.run_cycle(SyncOptions(max_seconds=request.max_seconds), progress).to_json()

    def rules_scan(self, request: RulesScanRequest) -> list[JsonObject]:
        from kiosk.workspace import Workspace

        workspace = Workspace(self.workspace.store, request.on) if request.on else self.workspace
        return [visit.to_json() for visit in workspace.visit_plan(request.top)]


def serve(folder: Path, requests: BinaryIO, answers: BinaryIO) -> int:
    """Open the store with the key from the first line, then answer requests until stdin ends."""
    from kiosk.db.store import Store
    from kiosk.workspace import Workspace

    replies = Replies(answers)
    try:
        handover = from_json(requests.readline())
    except BadMessage:
        handover = None
    if not isinstance(handover, KeyHandover):
        replies.send(JobError(0, "worker.no_key"))
        return 2
    try:
        store = Store.open_with_key(folder, bytes.fromhex(handover.key_hex))
    except BaseException as exc:  # noqa: BLE001 - the window hears why, then the process ends
        replies.send(_failure(0, exc))
        return 1
    del handover
    worker = Worker(Workspace(store), replies)
    replies.send(Ready(os.getpid()))
    jobs = ThreadPoolExecutor(JOBS_AT_ONCE, thread_name_prefix="job")
    for line in requests:
        try:
            request = from_json(line)
        except BadMessage:
            log.warning("worker: a line that is no request was ignored")
            continue
        if isinstance(request, CancelRequest):
            worker.cancel(request.job)
        elif isinstance(request, JOB_REQUESTS):
            worker.accept(request)
            jobs.submit(worker.handle, request)
    return 0


def run_worker(folder: Path) -> int:
    """The process's life: stdout carries only messages (a stray print goes to stderr), and the
    end of stdin ends everything, running jobs included (see above)."""
    answers = sys.stdout.buffer
    sys.stdout = sys.stderr
    code = serve(folder, sys.stdin.buffer, answers)
    answers.flush()
    os._exit(code)  # not sys.exit: that would wait for running job threads
