"""The `kiosk` and `kiosk-hub` commands as real child processes, forked from a server that has
already imported them (multiprocessing's forkserver), for the kill trials and the CLI tests.

A child started with `python -m …` spent most of its life importing (2 s of a busy core for
`kiosk sync`), and a kill trial starts one or more per trial. A forked child is still a process
of its own, with its own environment, working folder, standard streams and exit status: killed
by SIGKILL or ending itself at a crash point (os._exit), its status reads as Popen's did (-9
killed, 137 a crash point). The server is started once per test process and ends with it; it
imports, but opens no store or database. Starting the interpreter itself stays tested where it
matters (tests/test_cli.py's help test, tests/test_gui_extra.py).
"""

from __future__ import annotations

import contextlib
import importlib
import locale
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

# What the commands import and warm up: once, in the server. A module left out still works, imported
# per child. One list for every user: a process has one forkserver (tests/sync/deliverer.py forks
# from it too), and the preload of whichever user starts it first is the one it keeps.
PRELOAD = ["kiosk.cli.main", "kiosk.cli.commands", "sync.cli", "sync.client.engine", "sync.client.config",
           "sync.hub.cli", "sync.hub.delivery.worker", "sync.hub.delivery.backups", "sync.hub.notify.sender",
           "tests.warm_cli", "tests.sync.warm_hub"]

_context: multiprocessing.context.ForkServerContext | None = None


def forkserver() -> multiprocessing.context.ForkServerContext:
    global _context
    if _context is None:
        from tests.store_template import template

        template()  # first: the server derives its key once for all children (tests/warm_cli.py)
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
    return _context


def _run(module: str, argv: list[str], env: dict[str, str], cwd: str, streams: tuple[str, str, str]) -> None:
    """In the child: the command's own environment, folder and standard streams, as Popen gave them."""
    for fd, (path, mode) in enumerate(zip(streams, (os.O_RDONLY, os.O_WRONLY, os.O_WRONLY))):
        opened = os.open(path, mode)
        os.dup2(opened, fd)
        os.close(opened)
    sys.stdin = open(0, closefd=False)  # multiprocessing gave the child an empty stdin of its own
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    tempfile.tempdir = None  # the server's TMPDIR was the test's that started it
    _override_settings(env)
    sys.exit(importlib.import_module(module).main(argv))


# A test's settings for its children, as JSON {"module:NAME": value}: monkeypatch reaches only the
# test's own process (tests/sync/test_snapshot.py's children download in small pieces).
OVERRIDES_ENV = "KIOSK_TEST_CHILD_OVERRIDES"


def _override_settings(env: dict[str, str]) -> None:
    import json

    for target, value in json.loads(env.get(OVERRIDES_ENV, "{}")).items():
        module, name = target.split(":")
        loaded = importlib.import_module(module)
        if not hasattr(loaded, name):
            raise AttributeError(f"{module} has no {name} to override")  # renamed: the test must follow
        setattr(loaded, name, value)


def _start(module: str, argv: list[str], env: dict[str, str], streams: tuple[str, str, str]):
    child = forkserver().Process(target=_run, args=(module, argv, env, os.getcwd(), streams), daemon=False)
    child.start()
    return child


def _finish(child, module: str, argv: list[str], timeout_s: float) -> int:
    child.join(timeout_s)
    if child.exitcode is None:
        child.kill()
        child.join()
        raise TimeoutError(f"{module} {argv[:1]} still ran after {timeout_s} s")
    return child.exitcode


def run_command(module: str, argv: list[str], env: dict[str, str], kill_after: float | None = None,
                timeout_s: float = 120) -> int:
    """Run `module`'s main(argv) in a forked child with exactly `env`, its output discarded; SIGKILL
    it after `kill_after` seconds if it still runs. Its exit status, as Popen.returncode gives it."""
    child = _start(module, argv, env, (os.devnull,) * 3)
    if kill_after is not None:
        child.join(kill_after)
        if child.exitcode is None:
            with contextlib.suppress(ProcessLookupError):  # it ended on its own in between (a busy machine)
                os.kill(child.pid, signal.SIGKILL)
    return _finish(child, module, argv, timeout_s)


def run_captured(module: str, argv: list[str], env: dict[str, str], stdin: str | None = None,
                 timeout_s: float = 120) -> subprocess.CompletedProcess:
    """As `subprocess.run([python, -m, module, *argv], env=env, input=stdin, capture_output=True,
    text=True)`, in a forked child."""
    encoding = locale.getpreferredencoding(False)
    with tempfile.TemporaryDirectory(prefix="forked-cli-") as folder:
        given, out, err = (Path(folder) / name for name in ("stdin", "stdout", "stderr"))
        given.write_text(stdin or "", encoding=encoding)
        out.touch()
        err.touch()
        code = _finish(_start(module, argv, env, (str(given), str(out), str(err))), module, argv, timeout_s)
        return subprocess.CompletedProcess([module, *argv], code, out.read_text(encoding=encoding, errors="replace"),
                                           err.read_text(encoding=encoding, errors="replace"))
