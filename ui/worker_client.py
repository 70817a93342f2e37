"""The window's side of its worker process (sync/client/worker.py): started at unlock, handed the
data key on its stdin, closed at lock and quit.

Replies are read when Qt says the pipe has data, so the event loop never waits on the worker.
A job's result, progress and failure reach its callbacks on the Qt thread, unless its owner was
cleared or the app locked since it was asked (ui/background.py: the same tickets). A worker that
dies is started again once; the jobs it had fail with a plain message, and nothing is lost (the
outbox is in the store, the next sync sends it).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal

from kiosk.i18n import UserError
from kiosk.worker.messages import (
    BadMessage, CancelRequest, DocumentsRequest, ImportRequest, JobError, JobProgress, JobResult, KeyHandover, Ready,
    Request, RulesScanRequest, SyncCycleRequest, from_json,
)

if TYPE_CHECKING:
    from kiosk.rules.proactive import Visit
    from sync.client.engine import CycleReport, Progress
    from ui.background import Background

log = logging.getLogger(__name__)
CLOSE_GRACE_MS = 5000  # after stdin closes the worker ends at once; this only bounds a stuck one
RESTARTS = 1


def worker_command() -> list[str]:
    """Arguments to this same program that make it the worker: the bundle's executable is the
    `kiosk` command itself (installer/entry.py), a source install runs the module."""
    if getattr(sys, "frozen", False):
        return ["worker"]
    return ["-m", "kiosk.cli.main", "worker"]


@dataclass
class _Job:
    decode: Callable[[Any], Any]
    current: Callable[[], bool]
    done: Callable[[Any], None] | None
    failed: Callable[[BaseException], None] | None
    progress: Callable[[JobProgress], None] | None


class WorkerClient(QObject):
    """`visit_plan(...)`, `sync_cycle(...)`, `import_households(...)` and `issue_documents(...)` run in
    the worker (the last two answer with their job number, for `cancel(job)`); `close()` ends it."""

    unhandled = Signal(object)  # a failure nobody asked to hear (a crash between jobs, a job without `failed`)

    def __init__(self, data_dir: Path, key: Callable[[], bytes], background: Background,
                 parent: QObject | None = None) -> None:
        """`key` gives the data key when the worker (re)starts; it is written to the worker's stdin only."""
        super().__init__(parent)
        self.data_dir = data_dir
        self._key = key
        self._background = background
        self._jobs: dict[int, _Job] = {}
        self._next_job = 1
        self._restarts_left = RESTARTS
        self._buffer = b""
        self.process: QProcess | None = None
        self.pid: int | None = None  # once the worker said it opened the store
        self._start()

    # -- the process -----------------------------------------------------------------------
    def _start(self) -> None:
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments([*worker_command(), "--data-dir", str(self.data_dir)])
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)  # its log lines: our stderr
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(lambda *_: self._ended(process))
        process.errorOccurred.connect(lambda error: self._ended(process) if error == QProcess.ProcessError.FailedToStart else None)
        self.process, self.pid, self._buffer = process, None, b""
        process.start()
        process.write(KeyHandover(self._key().hex()).to_json().encode("ascii"))

    def close(self, wait: bool = False) -> None:
        """Lock or quit: pending results are dropped and the worker ends (its stdin closes). `wait`
        (at quit only: it blocks) gives it its moment to end before the app does."""
        self._jobs.clear()
        process, self.process = self.process, None
        if process is None:
            return
        for signal in (process.readyReadStandardOutput, process.finished, process.errorOccurred):
            signal.disconnect()
        process.setParent(QCoreApplication.instance())  # outlives this client until it has ended
        process.finished.connect(process.deleteLater)
        process.closeWriteChannel()
        if wait and not process.waitForFinished(CLOSE_GRACE_MS):
            process.kill()
        elif not wait:
            QTimer.singleShot(CLOSE_GRACE_MS, process, process.kill)  # nothing, if it has ended by then

    def _ended(self, process: QProcess) -> None:
        process.deleteLater()
        if process is not self.process:
            return
        log.warning("the worker process ended (exit code %s)", process.exitCode())
        self.process = None
        restarted = self._restarts_left > 0
        problem = UserError("worker.crashed" if restarted else "worker.gone")
        jobs = self._take_all()
        if restarted:
            self._restarts_left -= 1
            self._start()
        waiting = [job for job in jobs if job.current()]
        for job in waiting:
            if job.failed is not None:
                job.failed(problem)
        if not waiting or any(job.failed is None for job in waiting):  # said once, not once per job
            self.unhandled.emit(problem)

    # -- replies ---------------------------------------------------------------------------
    def _read(self) -> None:
        process = self.process
        if process is None:
            return
        self._buffer += bytes(process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                self._dispatch(from_json(line))
            except BadMessage:
                log.warning("the worker wrote a line that is no message")

    def _dispatch(self, message: object) -> None:
        if isinstance(message, Ready):
            self.pid = message.pid
        elif isinstance(message, JobProgress):
            job = self._jobs.get(message.job)
            if job is not None and job.progress is not None and job.current():
                job.progress(message)
        elif isinstance(message, JobResult):
            job = self._finish(message.job)
            if job is not None and job.done is not None and job.current():
                job.done(job.decode(message.value))
        elif isinstance(message, JobError):
            problem = UserError(message.key, **message.values)
            for job in ([self._finish(message.job)] if message.job else self._take_all()):
                if job is not None and job.current():
                    (job.failed or self.unhandled.emit)(problem)

    def _finish(self, number: int) -> _Job | None:
        return self._jobs.pop(number, None)

    def _take_all(self) -> list[_Job]:
        jobs, self._jobs = list(self._jobs.values()), {}
        return jobs

    @property
    def busy(self) -> int:
        return len(self._jobs)

    # -- jobs ------------------------------------------------------------------------------
    def _run(self, make: Callable[[int], Request], decode: Callable[[Any], Any], *,
             owner: object | None, done: Callable[[Any], None] | None, failed: Callable[[BaseException], None] | None,
             progress: Callable[[JobProgress], None] | None = None) -> int:
        """The job's number (0: none was started, its failure follows)."""
        job = _Job(decode, self._background.ticket(owner), done, failed, progress)
        if self.process is None:  # closed, or died twice: say so on the next turn of the event loop, as a reply would
            problem = UserError("worker.gone")
            QTimer.singleShot(0, lambda: (job.failed or self.unhandled.emit)(problem) if job.current() else None)
            return 0
        number, self._next_job = self._next_job, self._next_job + 1
        self._jobs[number] = job
        self.process.write(make(number).to_json().encode("utf-8"))
        return number

    def cancel(self, number: int) -> None:
        """Asks the worker to stop job `number` at its next step; its result (marked cancelled) still comes."""
        if self.process is not None and number in self._jobs:
            self.process.write(CancelRequest(number).to_json().encode("utf-8"))

    def import_households(self, path: Path, file_format: str = "auto", encoding: str = "utf-8", lang: str | None = None,
                          *, owner: object | None = None, done: Callable[[dict[str, Any]], None] | None = None,
                          failed: Callable[[BaseException], None] | None = None,
                          progress: Callable[[JobProgress], None] | None = None) -> int:
        """A household file into the store (kiosk/worker/bulk.py: its answer's fields)."""
        return self._run(lambda job: ImportRequest(job, str(path), file_format, encoding, lang), dict,
                         owner=owner, done=done, failed=failed, progress=progress)

    def issue_documents(self, application_ids: list[str], kind: str, folder: Path, fmt: str = "a4", *,
                        owner: object | None = None, done: Callable[[dict[str, Any]], None] | None = None,
                        failed: Callable[[BaseException], None] | None = None,
                        progress: Callable[[JobProgress], None] | None = None) -> int:
        """PDF files of `kind` for each application into `folder`, each one audited."""
        return self._run(lambda job: DocumentsRequest(job, list(application_ids), kind, str(folder), fmt), dict,
                         owner=owner, done=done, failed=failed, progress=progress)

    def visit_plan(self, top: int, on: date | None, *, owner: object | None = None,
                   done: Callable[[list[Visit]], None] | None = None,
                   failed: Callable[[BaseException], None] | None = None) -> None:
        """The store-wide rules scan: the `top` households to visit first, as of `on`."""
        from kiosk.rules.proactive import Visit

        self._run(lambda job: RulesScanRequest(job, top, on), lambda value: [Visit.from_json(v) for v in value],
                  owner=owner, done=done, failed=failed)

    def sync_cycle(self, max_seconds: float, hub_url: str | None, *, owner: object | None = None,
                   done: Callable[[CycleReport], None] | None = None, failed: Callable[[BaseException], None] | None = None,
                   progress: Callable[[Progress], None] | None = None) -> None:
        from sync.client.engine import CycleReport, Progress

        def moved(event: JobProgress) -> None:
            if progress is not None:
                progress(Progress(event.phase, event.done, event.total, event.message))

        self._run(lambda job: SyncCycleRequest(job, max_seconds, hub_url), CycleReport.from_json,
                  owner=owner, done=done, failed=failed, progress=moved)
