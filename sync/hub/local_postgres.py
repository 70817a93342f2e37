"""A throw-away PostgreSQL server on loopback, in a temporary folder, from the distribution's own
binaries (scripts/system-deps.sh installs them): what the hub suite (one per test process, unless
KIOSK_TEST_PG_URL names one) and the hub load bench run the hub's database on."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

from sync.hub.pg_dump import binary
from sync.hub.process import free_port


class TempPostgres:
    """`durable`: fsync as a production server does (the load bench); the suite runs without it."""

    def __init__(self, durable: bool = False) -> None:
        self.durable = durable
        self.folder = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.bin = Path(os.path.realpath(binary("initdb"))).parent  # pg_ctl beside it, same version
        self.as_root = os.geteuid() == 0

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    def start(self) -> "TempPostgres":
        if self.as_root:  # the server refuses to run as root
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "kiosk", "-E", "UTF8",
                  "--no-sync")
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   f"-c fsync={'on' if self.durable else 'off'} -c max_connections=200")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "start")
        return self

    @property
    def url(self) -> str:
        return f"postgresql://kiosk@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


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
