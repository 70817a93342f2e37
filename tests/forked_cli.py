"""The `kiosk` and `kiosk-hub` commands as real child processes, forked from a server that has
already imported them (multiprocessing's forkserver), for the kill trials.

A child started with `python -m …` spent most of its life importing (2 s of a busy core for
`kiosk sync`), and a kill trial starts one or more per trial. A forked child is still a process
of its own, with its own environment, killed by SIGKILL or ending itself at a crash point
(os._exit), and its exit status reads as Popen's did (-9 killed, 137 a crash point). The server is
started once per test process and ends with it; it imports, but opens no store or database.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import signal
import sys
import tempfile

# What the commands import: once, in the server. A module left out still works, imported per child.
PRELOAD = ["kiosk.cli.main", "kiosk.cli.commands", "sync.cli", "sync.client.engine", "sync.client.config",
           "sync.hub.cli", "sync.hub.delivery.worker", "sync.hub.notify.sender"]

_context: multiprocessing.context.ForkServerContext | None = None


def _forkserver() -> multiprocessing.context.ForkServerContext:
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
    return _context


def _run(module: str, argv: list[str], env: dict[str, str]) -> None:
    """In the child: the command's own environment and silent output, as `Popen(env=…, DEVNULL)` gave it."""
    silent = os.open(os.devnull, os.O_RDWR)
    os.dup2(silent, 1)
    os.dup2(silent, 2)
    os.environ.clear()
    os.environ.update(env)
    tempfile.tempdir = None  # the server's TMPDIR was the test's that started it
    sys.exit(importlib.import_module(module).main(argv))


def run_command(module: str, argv: list[str], env: dict[str, str], kill_after: float | None = None,
                timeout_s: float = 120) -> int:
    """Run `module`'s main(argv) in a forked child with exactly `env`; SIGKILL it after `kill_after`
    seconds if it still runs. Its exit status, as Popen.returncode would give it."""
    child = _forkserver().Process(target=_run, args=(module, argv, env), daemon=False)
    child.start()
    if kill_after is not None:
        child.join(kill_after)
        if child.exitcode is None:
            os.kill(child.pid, signal.SIGKILL)
    child.join(timeout_s)
    if child.exitcode is None:
        child.kill()
        child.join()
        raise TimeoutError(f"{module} {argv[:1]} still ran after {timeout_s} s")
    return child.exitcode

