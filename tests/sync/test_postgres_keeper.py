"""The suite's throw-away PostgreSQL server lives exactly as long as the process that started it:
stopped on request, and also when that process is killed outright (a crashed test worker used to
leave its server running, folder and all)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psycopg
import pytest

from sync.hub.local_postgres import TempPostgres
from tests.sync.test_worker_process import gone

OWNER = textwrap.dedent("""
    import json, sys, time
    from sync.hub.local_postgres import TempPostgres
    server = TempPostgres().start()
    print(json.dumps({"url": server.url, "folder": str(server.folder)}), flush=True)
    time.sleep(600)
""")


def postmaster_pid(folder: Path) -> int:
    return int((folder / "data" / "postmaster.pid").read_text().splitlines()[0])


def removed(folder: Path, timeout_s: float = 60) -> bool:
    deadline = time.monotonic() + timeout_s
    while folder.exists():
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def answers(url: str) -> bool:
    with psycopg.connect(url, connect_timeout=10) as conn:
        return conn.execute("SELECT 1").fetchone() == (1,)


def test_a_server_stopped_by_its_owner_is_gone_with_its_folder():
    server = TempPostgres().start()
    postmaster = postmaster_pid(server.folder)
    assert answers(server.url)
    server.stop()
    assert gone(postmaster, timeout_s=0), "stop() returned before the server had stopped"
    assert not server.folder.exists()


def test_a_server_stops_and_its_folder_goes_when_its_owner_is_killed(session_temp_folder):
    # The server's user must reach its folder: the session's temp folder lets it through.
    owner = subprocess.Popen([sys.executable, "-c", OWNER], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "TMPDIR": str(session_temp_folder)})
    postmaster: int | None = None
    folder: Path | None = None
    try:
        line = owner.stdout.readline()
        assert line, f"the owner ended before its server started (exit code {owner.wait(30)})"
        started = json.loads(line)
        folder = Path(started["folder"])
        postmaster = postmaster_pid(folder)
        assert answers(started["url"])

        owner.kill()
        owner.wait(30)

        assert gone(postmaster), "the server outlived the process that started it"
        assert removed(folder), "the server's folder outlived the process that started it"
    finally:
        owner.kill()
        owner.wait(30)
        owner.stdout.close()
        if postmaster is not None and not gone(postmaster, timeout_s=0):
            os.kill(postmaster, signal.SIGQUIT)  # PostgreSQL's immediate shutdown: leave nothing running


def _taken_port() -> socket.socket:
    """A loopback port some other process holds, as one that took the server's port would."""
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    return holder


def test_a_taken_port_is_given_up_for_another():
    with _taken_port() as holder:
        server = TempPostgres()
        server.port = holder.getsockname()[1]
        server.start()
        try:
            assert server.port != holder.getsockname()[1]
            assert answers(server.url)
        finally:
            server.stop()


def test_a_server_that_cannot_start_says_why():
    with _taken_port() as holder:
        server = TempPostgres()
        server.port = holder.getsockname()[1]
        with pytest.raises(RuntimeError, match="already in use"):
            server.start(attempts=1)  # its reason is the server's own log line, quoted
        assert not server.folder.exists()
