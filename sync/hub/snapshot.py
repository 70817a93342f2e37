"""v1.1 snapshot first download: a scope's households as one gzip NDJSON file, built on demand,
cached, and served resumable by byte range (ETag / If-Range).

A device with an empty store fetches it instead of walking the whole feed, loads it in bulk, and
continues on the ordinary feed from the cursor served with it. That cursor starts the feed from
the beginning but skips household entries up to the position the snapshot was read at
(feed.encode_cursor's `households_through`), so application status, reference data and commands
still arrive, and nothing after the snapshot is missed.

File: one line per household {"id", "version", "data"}, then {"end": true, "households": n}. A device
that asks for it with its table layout (kiosk/households/snapshot_shape.py) gets the "rows" file
instead: its households already in the store's table shape with their search rows, a line per
batch, then {"end": true, "households": n, "left_out": k} (k households that would break a store).
The position is read before the households: every household change at or below it committed
before it was read (sequence order is commit order), so the scan sees it; a later change may be
in the file too and comes again on the feed, where the device ignores versions it holds.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import tempfile
import threading
import time
import zlib
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, Response, StreamingResponse
from sqlalchemy import func, select

from kiosk.db.dialect import StoreDialect
from kiosk.households import snapshot_shape
from kiosk.households.document import sound_rows
from sync import protocol
from sync.hub import schema
from sync.hub.auth import Caller, Secrets
from sync.hub.db import HubDatabase, current_sequence, get_meta
from sync.hub.feed import _scope_hash, encode_cursor

REBUILD_AFTER = 1000  # more household changes since the snapshot than this make it stale (the feed
# brings those after loading it; past this many, a new snapshot is cheaper for every device after)
READ_BATCH = 2000
GZIP_LEVEL = 6  # built once, fetched by every device of the scope
KEEP_RECENT_S = 600.0  # a file younger than this may be another hub process's, published and about to be served


@dataclass(frozen=True)
class Snapshot:
    file: str
    epoch: str
    min_seq: int
    seq: int
    households: int
    size: int
    format: str = protocol.SNAPSHOT_NDJSON  # or protocol.SNAPSHOT_ROWS
    layout: str = ""  # a rows snapshot's table layout (kiosk/households/snapshot_shape.py)

    @property
    def etag(self) -> str:
        tag = "" if self.format == protocol.SNAPSHOT_NDJSON else f"{self.format}-{self.layout}-"
        return f'"{tag}{self.epoch}-{self.min_seq}-{self.seq}-{self.size}"'


def snapshot_folder(db: HubDatabase) -> Path:
    """Beside a SQLite hub's file; $KIOSK_HUB_SNAPSHOTS or a private temp folder otherwise."""
    configured = os.environ.get("KIOSK_HUB_SNAPSHOTS")
    if configured:
        folder = Path(configured)
    elif db.is_sqlite and db.engine.url.database not in (None, "", ":memory:"):
        folder = Path(f"{db.engine.url.database}.snapshots")
    else:
        folder = Path(tempfile.gettempdir()) / f"kiosk-hub-snapshots-{hashlib.sha256(db.url.encode()).hexdigest()[:12]}"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


class SnapshotCache:
    """The current snapshot of each scope, rebuilt when stale. One build at a time per scope in
    this process; hub processes sharing a folder each publish by an atomic rename."""

    def __init__(self, db: HubDatabase, folder: Path | None = None) -> None:
        self.db = db
        self.folder = folder or snapshot_folder(db)
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _index(self, scope: str, form: str) -> Path:
        return self.folder / f"{_named(scope, form)}.json"

    def current(self, scope: str, form: str = protocol.SNAPSHOT_NDJSON) -> Snapshot:
        with self._guard:
            lock = self._locks.setdefault(f"{form}:{scope}", threading.Lock())
        with lock:
            known = self._published(scope, form)
            if known is not None and not self._stale(known, scope):
                return known
            return self._build(scope, known, form)

    def _published(self, scope: str, form: str) -> Snapshot | None:
        try:
            snapshot = Snapshot(**json.loads(self._index(scope, form).read_text()))
        except (OSError, ValueError, TypeError):
            return None
        return snapshot if (self.folder / snapshot.file).exists() else None

    def _stale(self, snapshot: Snapshot, scope: str) -> bool:
        with self.db.read() as conn:
            if get_meta(conn, "epoch") != snapshot.epoch or int(get_meta(conn, "min_seq")) != snapshot.min_seq \
                    or current_sequence(conn) < snapshot.seq:  # history lost without a new epoch
                return True
            log = schema.change_log
            changed = conn.execute(select(func.count()).select_from(log).where(
                log.c.scope == scope, log.c.kind == "household", log.c.seq > snapshot.seq)).scalar_one()
        return changed > REBUILD_AFTER

    def _build(self, scope: str, previous: Snapshot | None, form: str = protocol.SNAPSHOT_NDJSON) -> Snapshot:
        hh = schema.household
        handle, partial = tempfile.mkstemp(dir=self.folder, prefix=".building-")
        count, left_out = 0, 0
        numbered = snapshot_shape.Numbered()
        try:
            with os.fdopen(handle, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=GZIP_LEVEL,
                                                              mtime=0) as packed:
                with self.db.read() as conn:
                    seq = current_sequence(conn)  # first: see the module's note
                    epoch, min_seq = get_meta(conn, "epoch"), int(get_meta(conn, "min_seq"))
                    rows = conn.execution_options(stream_results=True).execute(
                        select(hh.c.household_no, hh.c.version, hh.c.data)
                        .where(hh.c.scope == scope, hh.c.deleted.is_(False)).order_by(hh.c.household_no))
                    for chunk in rows.partitions(READ_BATCH):
                        if form == protocol.SNAPSHOT_ROWS:
                            lines, written = _shaped(chunk, numbered)
                            packed.write(lines)
                            count, left_out = count + written, left_out + len(chunk) - written
                            continue
                        packed.write("".join(
                            f'{{"id":{json.dumps(r.household_no)},"version":{r.version},"data":{_one_line(r.data)}}}\n'
                            for r in chunk).encode("utf-8"))
                        count += len(chunk)
                more = f',"left_out":{left_out}' if form == protocol.SNAPSHOT_ROWS else ""
                packed.write(f'{{"end":true,"households":{count}{more}}}\n'.encode())
                packed.flush()
                raw.flush()
                os.fsync(raw.fileno())
            size = os.path.getsize(partial)
            name = f"{_named(scope, form)}-{epoch}-{seq}-{size}.ndjson.gz"
            os.replace(partial, self.folder / name)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
        snapshot = Snapshot(name, epoch, min_seq, seq, count, size, form,
                            snapshot_shape.LAYOUT if form == protocol.SNAPSHOT_ROWS else "")
        index = self.folder / f".{_named(scope, form)}.json.tmp{os.getpid()}"
        index.write_text(json.dumps(asdict(snapshot)))
        os.replace(index, self._index(scope, form))
        self._forget_older(scope, form, keep={name, previous.file if previous else name})
        return snapshot

    def _forget_older(self, scope: str, form: str, keep: set[str]) -> None:
        """Keep the new file, the one before it (a download may still be reading it) and any made
        lately: hub processes sharing the folder build at the same time, and removing the file
        another had just published made its answer a 500."""
        recent = time.time() - KEEP_RECENT_S
        # the rows snapshots of every layout: those of a layout before this hub's update go too
        family = _scope_hash(scope) + ("-" if form == protocol.SNAPSHOT_NDJSON else f".{form}-")
        for path in self.folder.glob(f"{family}*.ndjson.gz"):
            try:
                if path.name not in keep and path.stat().st_mtime < recent:
                    path.unlink(missing_ok=True)
            except FileNotFoundError:
                pass  # another process forgot it first


def _named(scope: str, form: str) -> str:
    """A scope's files of one format: the plain snapshot's keep their old names; the rows
    snapshot's name the table layout, so a hub updated to another one builds anew."""
    return _scope_hash(scope) + ("" if form == protocol.SNAPSHOT_NDJSON else f".{form}-{snapshot_shape.LAYOUT}")


def _shaped(chunk: Sequence[Any], numbered: snapshot_shape.Numbered) -> tuple[bytes, int]:
    """The rows-snapshot line of the sound households of a chunk, and how many."""
    batch = []
    for r in chunk:
        rows = sound_rows(json.loads(r.data))
        if rows is not None:
            rows.household.update(server_version=int(r.version), resync_mark=None)
            batch.append((int(r.version), rows))
    return snapshot_shape.shaped_line(batch, _DIALECT, numbered), len(batch)


_DIALECT = StoreDialect()  # the device's: its bind processors make the values its driver would


def _one_line(document: str) -> str:
    return document if "\n" not in document else json.dumps(json.loads(document), ensure_ascii=False)


def _accepts_gzip(header: str) -> bool:
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        if name.strip().lower() in ("gzip", "*"):
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


_ROWS_MEDIA_TYPE = f"{protocol.SNAPSHOT_ROWS_MEDIA_TYPE}; layout={snapshot_shape.LAYOUT}"


def _asks_for_rows(accept: str) -> bool:
    """The device asks for the rows snapshot with its table layout: only the hub's own will do."""
    for part in accept.split(","):
        name, *params = (p.strip() for p in part.split(";"))
        if name.lower() == protocol.SNAPSHOT_ROWS_MEDIA_TYPE and f"layout={snapshot_shape.LAYOUT}" in params:
            return True
    return False


def _inflated(path: Path) -> Iterator[bytes]:
    inflate = zlib.decompressobj(wbits=31)
    with open(path, "rb") as handle:
        while block := handle.read(256 * 1024):
            yield inflate.decompress(block)
    yield inflate.flush()


def mount(app: FastAPI, db: Callable[[], HubDatabase], secrets: Callable[[], Secrets],
          caller: Callable[[Request, bytes], Awaitable[Caller]]) -> None:  # the app's own accessors
    """Add GET /v1/snapshot to the hub. `db()` and `secrets()` give the hub's database and secrets
    once it started; `caller(request, body)` verifies a request as every route does."""
    caches: dict[int, SnapshotCache] = {}

    def cache() -> SnapshotCache:
        database = db()
        if id(database) not in caches:
            caches.clear()
            caches[id(database)] = SnapshotCache(database)
        return caches[id(database)]

    @app.get(protocol.SNAPSHOT_PATH, responses={200: {"description": "The snapshot (gzip NDJSON: the rows snapshot "
                                                                      "when the Accept header has this hub's layout)"},
                                                206: {"description": "A byte range of it (If-Range honoured)"}},
             summary="v1.1: this device's scope as one file of households, with the feed cursor to continue "
                     "from; gzip when the device accepts it, then resumable by byte range")
    async def get_snapshot(request: Request) -> Response:
        who: Caller = await caller(request, b"")
        current = cache()
        form = protocol.SNAPSHOT_ROWS if _asks_for_rows(request.headers.get("accept", "")) else protocol.SNAPSHOT_NDJSON
        snapshot = await run_in_threadpool(current.current, who.scope, form)
        secrets_: Secrets = secrets()
        headers = {
            "ETag": snapshot.etag,
            protocol.SNAPSHOT_CURSOR_HEADER: encode_cursor(secrets_, snapshot.epoch, 0, who.scope, snapshot.min_seq,
                                                           households_through=snapshot.seq),
            protocol.SNAPSHOT_EPOCH_HEADER: snapshot.epoch,
            protocol.SNAPSHOT_HOUSEHOLDS_HEADER: str(snapshot.households),
            "Cache-Control": "private, no-store",
            "Vary": "Accept-Encoding",
        }
        path = current.folder / snapshot.file
        media_type = protocol.SNAPSHOT_MEDIA_TYPE if form == protocol.SNAPSHOT_NDJSON else _ROWS_MEDIA_TYPE
        if _accepts_gzip(request.headers.get("accept-encoding", "")):
            # the stored bytes as they are: ranges count them, and GZipMiddleware leaves them alone
            return FileResponse(path, media_type=media_type, headers={**headers, "Content-Encoding": "gzip"})
        return StreamingResponse(_inflated(path), media_type=media_type, headers=headers)
