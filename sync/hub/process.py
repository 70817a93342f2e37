"""The reference hub as a child process on loopback (`kiosk-hub serve`): what benchmarks and the UI's
sync tests talk to, so the hub never shares the caller's interpreter (and its GIL) as a real one wouldn't."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING

import requests

if TYPE_CHECKING:
    from sync.hub.db import HubDatabase


PORT_TRIES = 3  # a server on a port free_port() found: the first try and two more on new ports


def port_was_taken(said: str) -> bool:
    """Whether a server's output says its port was taken (free_port() only found it free a moment ago)."""
    return "address already in use" in said.lower()


def _tail(output: IO[bytes], limit: int = 2000) -> str:
    output.flush()
    output.seek(0)
    return output.read().decode("utf-8", "replace")[-limit:].strip() or "it said nothing"


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
        `log`: a file for the hub's output (else an unnamed temporary file); its end is quoted if it does not start.
        A port another process took between free_port() and the hub's bind is tried again, twice."""
        self.db = db_path if isinstance(db_path, str) and "://" in db_path else f"sqlite:///{db_path}"
        self.scope = scope
        for attempt in range(PORT_TRIES):
            self.port = free_port()
            self.url = f"http://127.0.0.1:{self.port}"
            citizen_port = free_port() if citizen_web else None
            self.citizen_url = f"http://127.0.0.1:{citizen_port}" if citizen_port else self.url
            output = log.open("a+b") if log else tempfile.TemporaryFile()  # readable: quoted if it does not start
            try:
                self.process = subprocess.Popen([sys.executable, "-m", "sync.hub.cli", "serve", "--db", self.db,
                                                 "--port", str(self.port), "--workers", str(workers),
                                                 "--decisions", decisions,
                                                 *(("--citizen-port", str(citizen_port)) if citizen_port else ()),
                                                 *extra_args],
                                                stdout=subprocess.DEVNULL, stderr=output)
                deadline = time.monotonic() + 120  # a deadline only: at load 20+ a start took over 60 s
                if all(self._started(ready, deadline) for ready in (self.url + "/v1/health",
                                                                      self.citizen_url + "/s/static/kiosk.css")):
                    return
                said = _tail(output)
            finally:
                output.close()  # the hub has its own copy
            if not port_was_taken(said) or attempt == PORT_TRIES - 1:
                raise RuntimeError(f"hub did not start: {said}")

    def _started(self, url: str, deadline: float) -> bool:
        """Whether `url` answered; False, with the process stopped, if it ended or the deadline passed."""
        while True:
            try:
                if requests.get(url, timeout=1).status_code == 200:
                    return True
            except requests.RequestException:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                return False
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
