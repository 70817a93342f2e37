"""A snapshot's lines made into the store's rows, in a second process while this one inserts.

Parsing the JSON, checking each household (`sound_rows`), making its rows and search row and
converting them for the driver is about half a first download's CPU, and pure: a helper process
does it for the next batches while the loading process runs SQLite's inserts (which release the
GIL but leave no second Python thread room to work). Only the loading process writes, in its
one transaction, so a killed load still leaves the store as empty as before; the helper gets
its parent's data over a pipe and dies with it. On a single core, or if the helper cannot be
started or dies, the batches are prepared in this process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from multiprocessing.process import BaseProcess

import orjson

from kiosk.db.dialect import StoreDialect
from kiosk.households.document import sound_rows
from kiosk.households.importer import PreparedHouseholds, prepare_households

log = logging.getLogger(__name__)
AHEAD = 3  # batches prepared ahead of the inserts (memory: a few thousand households each)


@dataclass
class PreparedLines:
    households: PreparedHouseholds
    invalid: int = 0  # households that would break the store: left out
    ended: int | None = None  # the end line's household count, when this batch held it


@lru_cache(maxsize=1)
def _dialect() -> StoreDialect:
    return StoreDialect()  # its bind processors are what the store's connection uses


def prepare_lines(lines: list[bytes]) -> PreparedLines:
    batch, invalid, ended = [], 0, None
    for line in lines:
        if not line.strip():
            continue
        entry = orjson.loads(line)  # half json's cost per household (measured 23 vs 44 us)
        if entry.get("end"):
            ended = int(entry.get("households", -1))
            continue
        rows = sound_rows(entry.get("data"))
        if rows is None:  # never store what would break the store; the hub validated the rest
            invalid += 1
            continue
        rows.household.update(server_version=int(entry["version"]), resync_mark=None)
        batch.append(rows)
    return PreparedLines(prepare_households(batch, _dialect()), invalid, ended)


def _chunks(lines: Iterable[bytes], size: int) -> Iterator[list[bytes]]:
    it = iter(lines)
    while chunk := list(islice(it, size)):
        yield chunk


HELPER_FROM = 20_000  # households: a smaller snapshot is prepared here sooner than a helper starts (~1 s)


def helpers(households: int) -> int:
    return 1 if households >= HELPER_FROM and (os.cpu_count() or 1) > 1 else 0


def prepared_batches(lines: Iterable[bytes], size: int, workers: int) -> Iterator[PreparedLines]:
    """The lines' prepared batches, in order: by a helper process (`workers`: 1, see `helpers`)
    and by this one. The helper has at most IN_FLIGHT batches at a time;
    while it is still on the batch the loader wants next, the loader prepares the newest one the
    helper was not given, so the two share the work however busy the machine is."""
    chunks = _chunks(lines, size)
    if not workers:
        yield from map(prepare_lines, chunks)
        return
    shared = _SharedWork(ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),  # no inherited locks
                                             initializer=_end_with_loader))
    try:
        for chunk in chunks:
            shared.add(chunk)
            if len(shared.pending) > AHEAD:
                yield shared.next()
        while shared.pending:
            yield shared.next()
    except BaseException:  # also the load stopping early (GeneratorExit): no waiting for what is left
        shared.pool.shutdown(wait=False, cancel_futures=True)
        raise
    shared.pool.shutdown()


def _end_with_loader() -> None:
    """In the helper: end when the loading process does, also when it is killed (its pipes stay open
    in the helper, which would otherwise wait for work forever)."""
    loader = multiprocessing.parent_process()
    if loader is not None:
        threading.Thread(target=_exit_after, args=(loader,), name="end-with-loader", daemon=True).start()


def _exit_after(loader: BaseProcess) -> None:
    loader.join()
    os._exit(0)


IN_FLIGHT = 2  # batches given to the helper at a time: one it works on, one waiting in its pipe


class _SharedWork:
    def __init__(self, pool: ProcessPoolExecutor) -> None:
        self.pool = pool
        self.broken = False
        # each batch: given to the helper (a future), prepared here, or not yet either (None)
        self.pending: deque[tuple[list[bytes], Future[PreparedLines] | PreparedLines | None]] = deque()

    def add(self, chunk: list[bytes]) -> None:
        self.pending.append((chunk, None))
        self._give()

    def _give(self) -> None:
        """Give the helper the oldest batches nobody has, up to IN_FLIGHT unfinished."""
        busy = sum(1 for _, batch in self.pending if isinstance(batch, Future) and not batch.done())
        for n, (chunk, batch) in enumerate(self.pending):
            if busy >= IN_FLIGHT or self.broken:
                return
            if batch is None:
                try:
                    self.pending[n] = (chunk, self.pool.submit(prepare_lines, chunk))
                    busy += 1
                except BrokenProcessPool:  # the helper died: this process prepares the rest
                    self.broken = True

    def next(self) -> PreparedLines:
        oldest = self.pending[0][1]
        if isinstance(oldest, Future) and not oldest.done():
            for n in range(len(self.pending) - 1, 0, -1):  # the newest the helper was not given
                chunk, batch = self.pending[n]
                if batch is None:
                    self.pending[n] = (chunk, prepare_lines(chunk))
                    break
        chunk, batch = self.pending.popleft()
        prepared = self._prepared(chunk, batch)
        self._give()
        return prepared

    def _prepared(self, chunk: list[bytes], batch: Future[PreparedLines] | PreparedLines | None) -> PreparedLines:
        if isinstance(batch, PreparedLines):
            return batch
        if batch is not None:
            try:
                return batch.result()
            except BrokenProcessPool:  # the helper died (killed, out of memory): this process does its share
                log.warning("snapshot: the helper process stopped; preparing the rows here")
                self.broken = True
        return prepare_lines(chunk)
