"""v1.1 snapshot first download: an empty store fetches its scope's households as one gzip file
(sync/hub/snapshot.py), loads them in one transaction, and continues on the feed from the cursor
that came with the file.

The file rests only sealed: each piece read from the network is encrypted (AES-256-GCM under a
key derived from the store's data key) before it is written, so a download killed half-way can
resume by byte range (If-Range: the same snapshot, or a whole new one) without personal data ever
lying on disk in the clear. The load decrypts and inflates it as a stream, in memory, straight
into the store. The device asks for the "rows" snapshot (its households already in the store's
table shape with their search rows, kiosk/households/snapshot_shape.py): it only parses the lines
and inserts them. From a hub that serves only the plain one, the rows are made here (by a helper
process for a big snapshot, snapshot_rows.py) and the search index once at the end. Either way
the rows, the search index and the feed cursor go in one transaction, so a killed load leaves the
store as empty as before (and the sealed file to load again). The file is deleted
once loaded.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import secrets
import struct
import threading
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import orjson
import requests
import urllib3
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import delete, exists, select

from kiosk import audit
from kiosk.db.base import utcnow
from kiosk.db.households import Household
from kiosk.db.sync_state import SyncCursor
from kiosk.households.importer import insert_prepared
from kiosk.households import snapshot_shape
from kiosk.households.snapshot_shape import RowStatements, check_indexed, search_rows
from kiosk.search import SearchDocument, compact_index, index_households, merging_deferred
from sync import protocol
from sync.client import transport
from sync.client.crash import crash_point
from sync.client.download import FEED, RESYNC
from sync.client.snapshot_rows import helpers, prepared_batches
from sync.client.transport import HubClient, Result

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.db.store import Store

log = logging.getLogger(__name__)
PARTIAL_NAME = "snapshot.partial"
PIECE_BYTES = 256 * 1024  # one sealed frame per piece read from the network
INSERT_BATCH = 5000
_FRAME = struct.Struct(">I")


class SnapshotDamaged(Exception):
    """The loaded file is not a whole snapshot (cut short, or not what the hub described)."""


@dataclass(frozen=True)
class Described:
    """What the hub said about the snapshot, kept sealed as the file's first frame."""
    etag: str
    length: int  # bytes of the representation (of the gzip file, when gzip)
    encoding: str  # gzip | identity
    cursor: str
    epoch: str
    households: int
    format: str = protocol.SNAPSHOT_NDJSON  # or protocol.SNAPSHOT_ROWS


class SealedPartial:
    """The downloaded bytes so far, as AES-GCM frames: [length][nonce, ciphertext+tag]. Frame 0
    describes the snapshot; a frame is bound to its place by its associated data."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._aead = AESGCM(key)
        self.described: Described | None = None
        self.received = 0
        self._frames = 0
        self._read_back()

    def _aad(self, index: int) -> bytes:
        return b"kiosk-snapshot-v1:" + str(index).encode()

    def _frames_on_disk(self) -> Iterator[tuple[int, bytes]]:
        """(end offset in the file, plaintext) of each sound frame; stops at a torn or forged one."""
        with open(self.path, "rb") as handle:
            offset, index = 0, 0
            while True:
                head = handle.read(_FRAME.size)
                if len(head) < _FRAME.size:
                    return
                (size,) = _FRAME.unpack(head)
                sealed = handle.read(size)
                if len(sealed) < size or size < 12:
                    return
                try:
                    plain = self._aead.decrypt(sealed[:12], sealed[12:], self._aad(index))
                except InvalidTag:
                    return
                offset += _FRAME.size + size
                index += 1
                yield offset, plain

    def _read_back(self) -> None:
        """Resume what a killed download left: keep its sound frames, cut off a torn last one."""
        if not self.path.exists():
            return
        good = 0
        for end, plain in self._frames_on_disk():
            if self._frames == 0:
                try:
                    self.described = Described(**json.loads(plain))
                except (ValueError, TypeError):
                    break
            else:
                self.received += len(plain)
            self._frames += 1
            good = end
        if self.described is None:
            self.remove()
            return
        with open(self.path, "r+b") as handle:
            handle.truncate(good)

    @property
    def complete(self) -> bool:
        return self.described is not None and self.received == self.described.length

    def start(self, described: Described) -> None:
        self.remove()
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        self.described, self.received, self._frames = described, 0, 0
        self._append(json.dumps(asdict(described)).encode())

    def append(self, piece: bytes) -> None:
        self._append(piece)
        self.received += len(piece)

    def _append(self, plain: bytes) -> None:
        nonce = secrets.token_bytes(12)
        sealed = nonce + self._aead.encrypt(nonce, plain, self._aad(self._frames))
        with open(self.path, "ab") as handle:
            handle.write(_FRAME.pack(len(sealed)) + sealed)
        self._frames += 1

    def finish(self) -> None:
        """The download is whole: make it durable before it is loaded."""
        fd = os.open(self.path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def plaintext(self) -> Iterator[bytes]:
        frames = self._frames_on_disk()
        next(frames, None)  # the description
        for _end, plain in frames:
            yield plain

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
        self.described, self.received, self._frames = None, 0, 0


def partial_for(store: Store) -> SealedPartial:
    return SealedPartial(Path(store.folder) / PARTIAL_NAME, store.subkey("snapshot"))


def discard_partial(store: Store) -> None:
    """A loaded (or no longer wanted) snapshot file goes."""
    (Path(store.folder) / PARTIAL_NAME).unlink(missing_ok=True)


def wanted(store: Store) -> bool:
    """Only into an empty store: with households here, the feed merges and keeps local edits."""
    with store.read() as session:
        return not session.execute(select(exists().where(Household.id.isnot(None)))).scalar()


def fetch(store: Store, client: HubClient, stop: threading.Event | None = None) -> Result:
    """Download (or finish downloading) the snapshot into the sealed partial file. OK with the
    description as body when it is whole; otherwise the classified failure (UPGRADE: a 1.0 hub, or
    one whose snapshot this device cannot take: use the feed)."""
    partial = partial_for(store)
    if partial.complete:
        return Result(transport.OK, 200, partial.described)
    headers = {"Accept-Encoding": "gzip", "Accept": ACCEPT}
    resuming = partial.described is not None and partial.received > 0
    if partial.described is not None and resuming:
        headers.update({"Range": f"bytes={partial.received}-", "If-Range": partial.described.etag})
    try:
        response = client.send("GET", protocol.SNAPSHOT_PATH, headers=headers, stream=True)
    except requests.exceptions.SSLError as exc:
        return Result(transport.FATAL, error=f"TLS: {type(exc).__name__}")
    except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
        return Result(transport.RETRY, error=f"network: {type(exc).__name__}")
    except transport.TokenError as exc:
        return exc.result
    with response:
        if response.status_code not in (200, 206):
            return transport.classify(response)
        if response.status_code == 206 and not (resuming and _continues(response, partial)):
            return Result(transport.RETRY, 206, error="snapshot range does not continue the download")
        if response.status_code == 200:  # from the start: a first request, or the hub has a newer snapshot
            if _format(response.headers.get("Content-Type", "")) is None:
                return Result(transport.RETRY, 200, error="not the hub's snapshot (captive portal?)")
            described = _described(response)
            if described is None:
                return Result(transport.UPGRADE, 200, error="a snapshot this device cannot take")
            partial.start(described)
        try:
            for piece in response.raw.stream(PIECE_BYTES, decode_content=False):
                partial.append(piece)
                crash_point("mid_snapshot_download")
                if stop is not None and stop.is_set():
                    return Result(transport.RETRY, error="stopped")
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            return Result(transport.RETRY, error=f"network: {type(exc).__name__}")
    assert partial.described is not None, "a download in progress is described (partial.start)"
    if partial.received != partial.described.length:
        return Result(transport.RETRY, error="snapshot download cut short")
    partial.finish()
    crash_point("after_snapshot_download")
    return Result(transport.OK, 200, partial.described)


def _continues(response: requests.Response, partial: SealedPartial) -> bool:
    first, _, _ = response.headers.get("Content-Range", "").removeprefix("bytes ").partition("-")
    assert partial.described is not None, "only a described download is resumed"
    return response.headers.get("ETag") == partial.described.etag and first == str(partial.received)


def _described(response: requests.Response) -> Described | None:
    headers = response.headers
    try:
        cursor, epoch = headers[protocol.SNAPSHOT_CURSOR_HEADER], headers[protocol.SNAPSHOT_EPOCH_HEADER]
        households = int(headers[protocol.SNAPSHOT_HOUSEHOLDS_HEADER])
    except (KeyError, ValueError):
        return None
    length = headers.get("Content-Length", "")
    encoding = headers.get("Content-Encoding", "identity").strip().lower() or "identity"
    if encoding not in ("gzip", "identity") or not headers.get("ETag") or not length.isdigit():
        return None  # resuming needs the length and the ETag
    form = _format(headers.get("Content-Type", ""))
    assert form is not None, "fetch() took only a snapshot's media type"
    return Described(headers["ETag"], int(length), encoding, cursor, epoch, households, form)


# the rows snapshot when the hub has this device's table layout, else the plain one
ACCEPT = f"{protocol.SNAPSHOT_ROWS_MEDIA_TYPE}; layout={snapshot_shape.LAYOUT}, {protocol.SNAPSHOT_MEDIA_TYPE}; q=0.5"


def _format(content_type: str) -> str | None:
    name, *params = (part.strip() for part in content_type.split(";"))
    if name.lower() == protocol.SNAPSHOT_MEDIA_TYPE:
        return protocol.SNAPSHOT_NDJSON
    if name.lower() == protocol.SNAPSHOT_ROWS_MEDIA_TYPE and f"layout={snapshot_shape.LAYOUT}" in params:
        return protocol.SNAPSHOT_ROWS
    return None


def _lines(partial: SealedPartial) -> Iterator[bytes]:
    assert partial.described is not None, "load() reads only a whole, described snapshot"
    inflate = zlib.decompressobj(wbits=31) if partial.described.encoding == "gzip" else None
    rest = b""
    try:
        for piece in partial.plaintext():
            rest += inflate.decompress(piece) if inflate else piece
            *whole, rest = rest.split(b"\n")
            yield from whole
        if inflate is not None:
            if not inflate.eof:
                raise SnapshotDamaged("the gzip stream is cut short")
            rest += inflate.flush()
    except zlib.error as exc:  # a bad CRC or deflate data: not the hub's whole snapshot
        raise SnapshotDamaged(f"the gzip stream is damaged: {exc}") from None
    if rest.strip():
        yield rest


def load(store: Store) -> Counter[str]:
    """Load the whole downloaded snapshot and its cursor in one transaction, then delete the file.
    Raises SnapshotDamaged (nothing stored) when it is not a whole snapshot. The store was empty, so
    the snapshot is the whole download: the full-download mark goes in the same transaction (later
    removals come as the feed's tombstones)."""
    partial = partial_for(store)
    described = partial.described
    if described is None or not partial.complete:
        raise SnapshotDamaged("no whole snapshot downloaded")
    counts: Counter[str] = Counter()
    with store.write(durable=True) as session, merging_deferred(session):
        if described.format == protocol.SNAPSHOT_ROWS:
            loaded = _load_rows(session, partial, counts)
        else:
            loaded = _load_documents(session, partial, counts)
        compact_index(session)
        session.merge(SyncCursor(scope=FEED, cursor=described.cursor, epoch=described.epoch, updated_at=utcnow()))
        session.execute(delete(SyncCursor).where(SyncCursor.scope == RESYNC))
        audit.record(session, "snapshot_loaded", "sync", None, {"households": loaded})
        counts["created"] = loaded
    crash_point("after_snapshot_commit")
    discard_partial(store)
    # The one large transaction left a WAL as large as the store: fold it in now, or every later
    # commit's automatic checkpoint would keep copying from it.
    store.checkpoint()
    return counts


def _load_documents(session: Session, partial: SealedPartial, counts: Counter[str]) -> int:
    """The plain snapshot (a hub without this device's layout): rows made here, indexed at the end."""
    assert partial.described is not None, "load() reads only a whole, described snapshot"
    indexed: list[tuple[str, SearchDocument]] = []
    ended = None
    for prepared in prepared_batches(_lines(partial), INSERT_BATCH, helpers(partial.described.households)):
        indexed += insert_prepared(session, prepared.households)
        counts["invalid"] += prepared.invalid
        ended = prepared.ended if prepared.ended is not None else ended
    if ended is None or ended != partial.described.households or ended != len(indexed) + counts["invalid"]:
        raise SnapshotDamaged("the snapshot does not hold what the hub described")
    crash_point("mid_snapshot_load")
    index_households(session, indexed)  # the search index, once, for everything
    return len(indexed)


def _load_rows(session: Session, partial: SealedPartial, counts: Counter[str]) -> int:
    """The rows snapshot: each line parsed and handed to SQLite as it is (snapshot_shape). A thread
    preparing the next lines won nothing: binding the values holds the GIL, and so did parsing."""
    assert partial.described is not None, "load() reads only a whole, described snapshot"
    conn = session.connection()
    first_card = conn.exec_driver_sql("SELECT COALESCE(MAX(rowid), 0) + 1 FROM household_search_card").scalar_one()
    statements = RowStatements(first_card, _driver_now(session))
    indexed_before = search_rows(conn)
    loaded, ended = 0, None
    with _collector_paused():
        for line in _lines(partial):
            if ended is not None:
                raise SnapshotDamaged("households after the end line")
            try:
                entry = orjson.loads(line)
                if isinstance(entry, dict) and entry.get("end") is True:
                    ended, counts["invalid"] = _count(entry.get("households")), _count(entry.get("left_out", 0))
                else:
                    loaded += statements.insert(conn, entry)
            except (ValueError, TypeError) as exc:  # orjson's errors are ValueErrors
                raise SnapshotDamaged(f"a line of the rows snapshot is not whole: {type(exc).__name__}") from None
    if ended is None or ended != partial.described.households or ended != loaded:
        raise SnapshotDamaged("the snapshot does not hold what the hub described")
    try:
        check_indexed(conn, first_card, loaded, indexed_before)
    except ValueError as exc:
        raise SnapshotDamaged(str(exc)) from None
    crash_point("mid_snapshot_load")
    return loaded


def _count(value: object) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("the end line's counts are not counts")
    return value


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the rows are parsed: a line is lists of numbers and
    strings, which hold no cycles, yet their number set off ~1,000 collections per 100,000
    households, 0.4 s of an 8 s load (gc.disable is the process's: restored as it was)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _driver_now(session: Session) -> str:
    """The load's timestamp as the store's driver keeps it (what an ORM insert would write)."""
    convert = Household.__table__.c.created_at.type._cached_bind_processor(session.connection().dialect)  # noqa: SLF001
    return str(convert(utcnow()) if convert else utcnow())
