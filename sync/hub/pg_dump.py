"""Backups of a PostgreSQL hub: pg_dump's custom format (-Fc) and pg_restore, the distribution's
client binaries. The hub's connection reaches them through libpq's environment, so its password is
never on a command line (where `ps` shows it). A dump is written next to its target, fsynced and
renamed over it: a reader sees the old backup or the new one, never half of one, and it is 0600."""

from __future__ import annotations

import glob
import os
import re
import secrets
import shutil
import subprocess
from pathlib import Path

from psycopg.conninfo import make_conninfo
from sqlalchemy.engine import make_url

from kiosk.security.blobs import fsync_dir
from sync.hub.db import normalise_url

MAGIC = b"PGDMP"  # how a custom-format dump begins
TIMEOUT_S = 6 * 3600


def binary(name: str) -> str:
    """pg_dump, pg_restore, initdb...: on PATH, else the newest of the distribution's versions."""
    found = [shutil.which(name)] + sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                                        key=lambda p: float(Path(p).parent.parent.name), reverse=True)
    for path in found:
        if path:
            return path
    raise RuntimeError(f"{name} is not installed: run scripts/system-deps.sh (package postgresql)")


def is_dump(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def _call(command: list[str], env: dict[str, str] | None = None) -> str:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    if done.returncode:  # its first line, quoted values left out: an error may quote a row's content
        first = (done.stderr.strip().splitlines() or [f"{Path(command[0]).name}: exit status {done.returncode}"])[0]
        raise RuntimeError(re.sub(r'"[^"]*"', '"…"', first)[:300])
    return done.stdout


def run(name: str, url: str, *args: str) -> str:
    """Run a client program against the database at `url`; returns its standard output."""
    parsed = make_url(normalise_url(url))
    params = {"host": parsed.host, "port": parsed.port, "user": parsed.username, "dbname": parsed.database,
              **parsed.query}
    env = {**os.environ, **({"PGPASSWORD": parsed.password} if parsed.password else {})}
    conninfo = make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})
    return _call([binary(name), *args, "-d", conninfo], env)


def dump(url: str, target: Path) -> None:
    """Dump the database at `url` to `target` (custom format), atomically, readable by its owner only."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # pg_dump keeps the mode it finds
    try:
        run("pg_dump", url, "--format=custom", "--file", str(temp))
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    fsync_dir(target.parent)


def restore(url: str, source: Path, *options: str) -> None:
    run("pg_restore", url, "--no-owner", "--no-privileges", "--exit-on-error", *options, str(source))


def table_rows(source: Path, table: str) -> list[dict[str, str | None]]:
    """One table's rows in a dump, read without restoring it (pg_restore seeks to its data)."""
    text = _call([binary("pg_restore"), "--data-only", "--table", table, "--file", "-", str(source)])
    rows: list[dict[str, str | None]] = []
    columns: list[str] = []
    for line in text.splitlines():
        if line.startswith("COPY "):
            columns = [c.strip().strip('"') for c in line[line.index("(") + 1:line.index(")")].split(",")]
        elif columns and line == "\\.":
            columns = []
        elif columns:
            rows.append({c: None if v == "\\N" else v for c, v in zip(columns, line.split("\t"))})
    return rows
