"""A throw-away PostgreSQL server on loopback, in a temporary folder, from the distribution's own
binaries (scripts/system-deps.sh installs them): what the hub suite (one per test process, unless
KIOSK_TEST_PG_URL names one) and the hub load bench run the hub's database on."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

from sync.hub.postgres_keeper import READY
from sync.hub.process import PORT_TRIES, free_port, port_was_taken


class TempPostgres:
    """`durable`: fsync as a production server does (the load bench); the suite runs without it.
    The server lives exactly as long as this process: its keeper (sync/hub/postgres_keeper.py)
    stops it when asked, and also when this process ends without asking (a crash, a kill -9)."""

    def __init__(self, durable: bool = False) -> None:
        self.durable = durable
        self.folder = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.keeper: subprocess.Popen[str] | None = None

    def start(self, attempts: int = PORT_TRIES) -> "TempPostgres":
        """Started, or RuntimeError with the keeper's reason. A port that another process took
        since free_port() found it is given up for a new one, as the hub's own process does."""
        answer = self._start_once()
        for _retry in range(attempts - 1):
            if answer == READY or not port_was_taken(answer):
                break
            self.stop()  # the keeper has removed the folder: a new one, on a new port
            self.folder = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
            self.data = self.folder / "data"
            self.port = free_port()
            answer = self._start_once()
        if answer != READY:
            self.stop()
            raise RuntimeError(f"the PostgreSQL test server did not start: {answer or 'no answer'}")
        return self

    def _start_once(self) -> str:
        # A session of its own: Ctrl-C, or a kill of the owner's process group, leaves the keeper
        # to stop the server after the owner has gone.
        self.keeper = subprocess.Popen(
            [sys.executable, "-m", "sync.hub.postgres_keeper", str(os.getpid()), str(self.folder), str(self.port),
             "1" if self.durable else "0"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, start_new_session=True)
        assert self.keeper.stdout is not None
        return self.keeper.stdout.readline().strip()

    @property
    def url(self) -> str:
        return f"postgresql://kiosk@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        """Stops the server and removes its folder; returns once both are done."""
        if self.keeper is None:
            return
        keeper, self.keeper = self.keeper, None
        try:
            assert keeper.stdin is not None
            keeper.stdin.write("stop\n")
            keeper.stdin.close()
        except (BrokenPipeError, OSError):  # already gone: it stopped the server on its way out
            pass
        keeper.wait(timeout=120)
        if keeper.stdout is not None:
            keeper.stdout.close()


def new_database(server_url: str, name: str | None = None, template: str | None = None) -> str:
    """A new database on the server, empty or a copy of `template`; returns its URL."""
    name = name or "hub_" + uuid.uuid4().hex[:12]
    copy_of = f' TEMPLATE "{template}"' if template else ""
    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(server_url, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"{copy_of}')
            break
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    return server_url.rsplit("/", 1)[0] + "/" + name
