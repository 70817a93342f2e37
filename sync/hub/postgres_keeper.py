"""The keeper of a throw-away PostgreSQL server (sync/hub/local_postgres.py): a small process,
started by the server's owner, that creates and starts the server, answers "ready" on stdout, and
stops it and removes its folder as soon as the owner asks (a line on stdin, or stdin closed) or
ends in any way, a kill -9 included (a pidfd on the owner). pg_ctl detaches the postmaster, so
nothing else would stop it: a crashed test worker used to leave its server running.

    python -m sync.hub.postgres_keeper OWNER_PID FOLDER PORT DURABLE(0|1)"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from sync.hub.pg_dump import binary

READY = "ready"
# A server sized for a county's hub rather than the distribution's smallest defaults; commits stay
# synchronous and fsynced (durability is the product).
DURABLE_SETTINGS = ("shared_buffers=256MB", "wal_buffers=16MB", "max_wal_size=8GB", "checkpoint_timeout=30min")


class Server:
    def __init__(self, folder: Path, port: int, durable: bool) -> None:
        self.folder, self.port, self.durable = folder, port, durable
        self.data = folder / "data"
        self.bin = Path(os.path.realpath(binary("initdb"))).parent  # pg_ctl beside it, same version
        self.as_root = os.geteuid() == 0

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        if self.as_root:  # the server refuses to run as root
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "kiosk", "-E", "UTF8",
                  "--no-sync")
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   f"-c fsync={'on' if self.durable else 'off'} -c max_connections=200")
        if self.durable:  # the load bench: no checkpoint within a run (each one writes whole pages to the WAL again)
            options += " " + " ".join(f"-c {setting}" for setting in DURABLE_SETTINGS)
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "start")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")


def _wait_for_stop(owner_gone: int) -> None:
    """Until the owner writes a line, closes our stdin, or ends."""
    stdin = sys.stdin.fileno()
    select.select([stdin, owner_gone], [], [])


def main(argv: list[str]) -> int:
    owner, folder, port, durable = int(argv[0]), Path(argv[1]), int(argv[2]), argv[3] == "1"
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the owner, which then stops us
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # the finally below still stops the server
    server: Server | None = None
    try:
        owner_gone = os.pidfd_open(owner)
        if os.getppid() != owner:  # it ended before its pidfd was opened
            return 1
        server = Server(folder, port, durable)
        server.start()
        print(READY, flush=True)
        _wait_for_stop(owner_gone)
        return 0
    except (OSError, subprocess.SubprocessError, RuntimeError) as error:
        detail = (getattr(error, "stderr", None) or b"").decode(errors="replace")
        log = folder / "log"  # why the postmaster ended (a taken port: "Address already in use")
        if log.exists():
            detail += " " + log.read_text(encoding="utf-8", errors="replace")[-1500:]
        print(" ".join(f"{type(error).__name__}: {error} {detail}".split()), flush=True)  # one line
        return 1
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
