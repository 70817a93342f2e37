"""The reference hub as a child process on loopback (`kiosk-hub serve`): what benchmarks and the UI's
sync tests talk to, so the hub never shares the caller's interpreter (and its GIL) as a real one wouldn't."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import requests

if TYPE_CHECKING:
    from sync.hub.db import HubDatabase


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class HubProcess:
    def __init__(self, db_path: Path | str, scope: str, workers: int = 1, decisions: str = "background",
                 extra_args: tuple[str, ...] = (), citizen_web: bool = False, log: Path | None = None) -> None:
        """`db_path`: a SQLite file, or a database URL (postgresql://...). `citizen_web`: the citizens'
        pages from their own process (serve --citizen-port), at `citizen_url`; else at `url` too.
        `log`: a file for the hub's output (else it is dropped)."""
        self.db = db_path if isinstance(db_path, str) and "://" in db_path else f"sqlite:///{db_path}"
        self.scope = scope
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        citizen_port = free_port() if citizen_web else None
        self.citizen_url = f"http://127.0.0.1:{citizen_port}" if citizen_port else self.url
        output = log.open("ab") if log else None
        try:
            self.process = subprocess.Popen([sys.executable, "-m", "sync.hub.cli", "serve", "--db", self.db, "--port",
                                             str(self.port), "--workers", str(workers), "--decisions", decisions,
                                             *(("--citizen-port", str(citizen_port)) if citizen_port else ()),
                                             *extra_args],
                                            stdout=subprocess.DEVNULL, stderr=output or subprocess.DEVNULL)
        finally:
            if output is not None:
                output.close()  # the hub has its own copy
        deadline = time.monotonic() + 120  # a deadline only: at load 20+ a start took over 60 s
        for ready in (self.url + "/v1/health", self.citizen_url + "/s/static/kiosk.css"):
            self._wait_for(ready, deadline)

    def _wait_for(self, url: str, deadline: float) -> None:
        while True:
            try:
                if requests.get(url, timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                raise RuntimeError("hub did not start")
            time.sleep(0.1)

    def _db(self) -> HubDatabase:
        from sync.hub.db import HubDatabase

        return HubDatabase(self.db)

    def code(self) -> str:
        from sync.hub.auth import new_enrollment_code

        db = self._db()
        try:
            return new_enrollment_code(db, self.scope, "bench")
        finally:
            db.dispose()

    def count_revisions(self) -> int:
        from sqlalchemy import func, select

        from sync.hub import schema

        db = self._db()
        try:
            with db.read() as conn:
                return conn.execute(select(func.count()).select_from(schema.revision)).scalar_one()
        finally:
            db.dispose()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
        self.process.wait(30)
