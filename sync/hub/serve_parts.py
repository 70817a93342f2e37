"""The hub served in two parts (`kiosk-hub serve --citizen-port PORT`): the citizens' pages and
webhooks (/s/) from a process of their own, the device API (/v1/) from the usual workers at a lower
CPU priority. A status lookup is a few milliseconds of CPU; in an API worker busy with sync batches it
waited for that worker's GIL and database pool behind bulk work (seconds under a county's load).
Apart, the citizens' process has its own interpreter and pool, and the scheduler lets it run
before bulk work. A reverse proxy routes /s/ to PORT and the rest to the API's port (README)."""

from __future__ import annotations

import argparse
import ctypes
import logging
import os
import signal
import subprocess
import sys
import threading
import time

SERVES_ENV = "KIOSK_HUB_SERVES"  # all | devices | citizens: what a uvicorn worker's app serves
END_WITH_ENV = "KIOSK_HUB_END_WITH"  # set for the citizens' process: the id of the `serve` it ends with
PR_SET_PDEATHSIG = 1
log = logging.getLogger("kiosk.hub.serve")


def end_with_parent(parent_pid: int) -> None:
    """Linux: SIGTERM to this process when the thread that started it ends, also when its process is
    killed with -9 (uvicorn's workers kept the API's port then, and a new serve could not bind it)."""
    if sys.platform != "linux":
        return
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent_pid:  # it ended before this asked to be told
        os.kill(os.getpid(), signal.SIGTERM)


def end_with_starter() -> None:
    """In a process `serve` started: end with it (after exec, not in a preexec_fn: `serve` has threads)."""
    parent = os.environ.pop(END_WITH_ENV, None)
    if parent is not None:
        end_with_parent(int(parent))


def citizen_web_command(args: argparse.Namespace) -> list[str]:
    command = [sys.executable, "-m", "sync.hub.cli", "citizen-web", "--db", args.db, "--host", args.host,
               "--port", str(args.citizen_port), "--workers", str(args.citizen_workers), "--log-level", args.log_level]
    for proxy in args.trusted_proxy:
        command += ["--trusted-proxy", proxy]
    if args.notify:
        command += ["--notify", args.notify]
    if args.access_log:
        command.append("--access-log")
    return command


class CitizenWeb:
    """The citizens' part as a child process, started again whenever it ends while `serve` runs
    (after 1, 2, 4 ... 30 s; back to 1 s once it has run a minute): else /s/ stayed down unnoticed.

    Started and restarted from a thread made before `serve` lowers its own priority: Linux keeps a
    priority per thread and a child takes its starter thread's, so a restarted citizens' process
    keeps the priority the first one had (only root may raise it again)."""

    def __init__(self, command: list[str], first_delay_s: float = 1.0, max_delay_s: float = 30.0,
                 healthy_after_s: float = 60.0) -> None:
        self.command = command
        self.first_delay_s, self.max_delay_s, self.healthy_after_s = first_delay_s, max_delay_s, healthy_after_s
        self.process: subprocess.Popen[bytes] | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._supervise, name="citizen-web", daemon=True)

    def start(self) -> CitizenWeb:
        self._thread.start()
        return self

    def _supervise(self) -> None:
        delay, restarts = self.first_delay_s, 0
        env = {**os.environ, END_WITH_ENV: str(os.getpid())}
        while True:
            with self._lock:
                if self._stopping.is_set():
                    return
                self.process = process = subprocess.Popen(self.command, env=env)
            started = time.monotonic()
            code = process.wait()
            if self._stopping.is_set():
                return
            if time.monotonic() - started >= self.healthy_after_s:
                delay = self.first_delay_s
            restarts += 1
            log.warning("the citizens' pages (kiosk-hub citizen-web) ended with exit code %s; starting them again "
                        "in %.0f s (restart %d)", code, delay, restarts)
            if self._stopping.wait(delay):
                return
            delay = min(delay * 2, self.max_delay_s)

    def stop(self) -> None:
        with self._lock:
            self._stopping.set()
            process = self.process
        if process is not None:
            stop(process)
        self._thread.join(60)


def start_citizen_web(args: argparse.Namespace) -> CitizenWeb:
    return CitizenWeb(citizen_web_command(args)).start()


def lower_priority(niceness: int) -> None:
    """The API workers' bulk work yields the CPU to the citizens' pages (workers inherit it)."""
    if niceness > 0 and hasattr(os, "nice"):
        os.nice(niceness)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
