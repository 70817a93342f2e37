"""`kiosk worker`, the window's worker process, as the window runs it: the data key arrives on
stdin and never on its command line or in its environment, a store-wide scan answers with the
same visits as one run in-process, and the process ends when stdin ends, also when the window
process is killed outright."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from kiosk.worker.messages import JobError, JobResult, KeyHandover, Ready, RulesScanRequest, from_json
from tests.conftest import REFERENCE_DAY

WORKER = [sys.executable, "-m", "kiosk.cli.main", "worker", "--data-dir"]


def start_worker(folder, key: bytes) -> subprocess.Popen:
    worker = subprocess.Popen([*WORKER, str(folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    worker.stdin.write(KeyHandover(key.hex()).to_json().encode())
    worker.stdin.flush()
    return worker


def answer(worker: subprocess.Popen):
    line = worker.stdout.readline()
    assert line, f"the worker ended (exit code {worker.wait(30)})"
    return from_json(line)


def gone(pid: int, timeout_s: float = 60) -> bool:
    """True once `pid` has exited (a zombie nobody reaps counts as exited)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with open(f"/proc/{pid}/status", encoding="ascii") as status:
                if any(line.startswith("State:") and "Z" in line for line in status):
                    return True
        except (FileNotFoundError, ProcessLookupError):  # gone before, or while, its status was read
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def test_a_scan_runs_in_the_worker_and_the_key_stays_off_argv_and_environ(demo_store):
    from kiosk.workspace import Workspace

    key = demo_store.data_key()
    worker = start_worker(demo_store.folder, key)
    try:
        ready = answer(worker)
        assert isinstance(ready, Ready) and ready.pid == worker.pid
        for exposed in (f"/proc/{worker.pid}/cmdline", f"/proc/{worker.pid}/environ"):
            with open(exposed, "rb") as seen:
                text = seen.read()
            assert key.hex().encode() not in text.lower() and key not in text, exposed

        worker.stdin.write(RulesScanRequest(7, top=5, on=REFERENCE_DAY).to_json().encode())
        worker.stdin.flush()
        result = answer(worker)
        assert isinstance(result, JobResult) and result.job == 7
        expected = Workspace(demo_store, REFERENCE_DAY).visit_plan(5)
        assert len(expected) == 5
        assert [v["household_no"] for v in result.value] == [v.household_no for v in expected]
        assert result.value == json.loads(json.dumps([v.to_json() for v in expected]))

        worker.stdin.close()  # the window locked or quit
        assert worker.wait(30) == 0
    finally:
        worker.kill()
        worker.wait(30)


def test_a_wrong_key_is_refused_and_the_worker_ends(demo_store):
    worker = start_worker(demo_store.folder, bytes(32))
    try:
        refused = answer(worker)
        assert isinstance(refused, JobError) and refused.job == 0 and refused.key == "store.key_mismatch"
        assert worker.wait(30) != 0
    finally:
        worker.kill()
        worker.wait(30)


def test_no_key_no_store(demo_store):
    worker = subprocess.Popen([*WORKER, str(demo_store.folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    worker.stdin.write(RulesScanRequest(1, top=5).to_json().encode())  # a request where the key belongs
    worker.stdin.flush()
    try:
        refused = answer(worker)
        assert isinstance(refused, JobError) and refused.key == "worker.no_key"
        assert worker.wait(30) != 0
    finally:
        worker.kill()
        worker.wait(30)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_worker_ends_when_the_window_process_is_killed(demo_store, tmp_path):
    """A window killed with SIGKILL cannot close anything: its end of the worker's stdin closes with it."""
    window = tmp_path / "window.py"
    window.write_text(textwrap.dedent(f"""
        import subprocess, sys, time
        from kiosk.worker.messages import KeyHandover
        worker = subprocess.Popen({[*WORKER, str(demo_store.folder)]!r}, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        worker.stdin.write(KeyHandover(sys.stdin.readline().strip()).to_json().encode())
        worker.stdin.flush()
        worker.stdout.readline()  # ready
        print(worker.pid, flush=True)
        time.sleep(600)
    """), encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(window)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    worker_pid = None
    try:
        parent.stdin.write(demo_store.data_key().hex() + "\n")
        parent.stdin.flush()
        worker_pid = int(parent.stdout.readline())
        assert not gone(worker_pid, timeout_s=0.5), "the worker did not stay up while its window lived"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(30)
        assert gone(worker_pid), "the worker outlived its window"
    finally:
        parent.kill()
        parent.wait(30)
        if worker_pid is not None and not gone(worker_pid, timeout_s=0):
            os.kill(worker_pid, signal.SIGKILL)
