"""The hub served in two parts (`kiosk-hub serve --citizen-port PORT`): the citizens' pages and
webhooks (/s/) from a process of their own, the device API (/v1/) from the usual workers at a lower
CPU priority. A status lookup is a few milliseconds of CPU; in an API worker busy with sync batches it
waited for that worker's GIL and database pool behind bulk work (seconds under a county's load).
Apart, the citizens' process has its own interpreter and pool, and the scheduler lets it run
before bulk work. A reverse proxy routes /s/ to PORT and the rest to the API's port (README)."""

from __future__ import annotations

import argparse
import ctypes
import os
import signal
import subprocess
import sys

SERVES_ENV = "KIOSK_HUB_SERVES"  # all | devices | citizens: what a uvicorn worker's app serves
PR_SET_PDEATHSIG = 1


def _end_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: the citizens' process gets SIGTERM when `serve` dies, even by kill -9."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


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


def start_citizen_web(args: argparse.Namespace) -> subprocess.Popen[bytes]:
    """The citizens' part as a child process, started before this one lowers its priority (a child
    inherits it, and only root may raise it again)."""
    return subprocess.Popen(citizen_web_command(args),
                            preexec_fn=_end_with_parent if sys.platform == "linux" else None)  # called before any thread starts


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
