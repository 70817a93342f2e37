"""Hub command processes for kill trials, forked from a server that has already imported the hub
(multiprocessing's forkserver with the hub's modules preloaded): each is a real process that a
named crash point ends with os._exit or the trial ends with SIGKILL, but it starts in milliseconds
instead of the ~0.7 s a fresh interpreter spends importing SQLAlchemy and the hub and the ~1 s it
spends parsing the service catalogue's YAML (which messages read for the services' hotlines)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time

PRELOAD = ["sync.hub.cli", "sync.hub.notify.sender", "sync.hub.notify.channels", "tests.sync.hub_forks",
           "tests.sync.hub_forks_warm"]
KILLED = (137, -signal.SIGKILL)  # a named crash point (os._exit(137)), a SIGKILL from the trial

_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload(PRELOAD)


def _run_cli(argv: list[str], crash_at: str | None) -> None:
    from sync.client import crash

    crash._target = crash_at  # the forkserver read KIOSK_CRASH_AT once, before this trial chose a point
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    from sync.hub.cli import main

    code = main(argv)
    sys.stdout.flush()
    os._exit(code)  # as the command's own process would end: no multiprocessing clean-up


def run_hub_command(argv: list[str], crash_at: str | None = None, kill_after: float | None = None,
                    timeout_s: float = 120.0) -> int:
    """The exit status of `kiosk-hub ARGV` dying at `crash_at`, or SIGKILLed after `kill_after` seconds."""
    child = _context.Process(target=_run_cli, args=(argv, crash_at), daemon=True)
    child.start()
    if kill_after is not None:
        child.join(kill_after)
        if child.exitcode is None:
            child.kill()
    deadline = time.monotonic() + timeout_s
    child.join(max(0.0, deadline - time.monotonic()))
    if child.exitcode is None:
        child.kill()
        child.join()
        raise TimeoutError(f"kiosk-hub {argv[0]} ran over {timeout_s} s")
    return child.exitcode
