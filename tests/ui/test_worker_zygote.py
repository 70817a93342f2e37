"""The forked worker of the UI tests (tests/ui/worker_zygote.py) behaves as the started one: it runs
the `kiosk` command on the launcher's own pipes, its exit is the launcher's, and killing the launcher
(as QProcess.kill does) kills it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from tests.ui.worker_zygote import command


def children_of(pid: int) -> set[int]:
    found: set[int] = set()
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as listed:
            found |= {int(child) for child in listed.read().split()}
    return found


def launch(zygote, *argv: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *command(zygote.path)[:-1], *argv], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_forked_command_answers_on_the_launchers_pipes_with_its_exit_code(worker_zygote, tmp_path):
    done = launch(worker_zygote, "--lang", "en", "id-check", "A123456789")
    out, _ = done.communicate(timeout=60)
    assert done.returncode == 0 and out.startswith(b"valid") and b"A1****6789" in out
    refused = launch(worker_zygote, "--lang", "en", "id-check", "A123456780")
    refused.communicate(timeout=60)
    assert refused.returncode not in (0, None)


def test_the_worker_dies_with_its_launcher(worker_zygote, tmp_path):
    before = children_of(worker_zygote.pid)
    waiting = launch(worker_zygote, "worker", "--data-dir", str(tmp_path))  # waits for the key on its stdin
    deadline = time.monotonic() + 60
    while not children_of(worker_zygote.pid) - before and time.monotonic() < deadline:
        time.sleep(0.05)
    (worker,) = children_of(worker_zygote.pid) - before
    waiting.send_signal(signal.SIGKILL)
    waiting.wait(60)
    while worker in children_of(worker_zygote.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert worker not in children_of(worker_zygote.pid)


def test_the_apps_worker_is_forked_from_the_zygote_and_answers(officer_app, worker_zygote, qtbot):
    worker = officer_app.ctx.worker
    qtbot.waitUntil(lambda: worker.pid is not None, timeout=60000)
    assert worker.pid in children_of(worker_zygote.pid)
    assert officer_app.window.nav.screen("home").visits is not None  # the visit plan came from it
