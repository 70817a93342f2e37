"""Turning a feed page's household documents into store rows in a helper process.

On a first download, reading the documents (`sound_rows`) and building their search rows is
about a third of the client's CPU, and it is pure Python: a thread would only take turns with the
one applying pages. A helper process does it for the next page while this one is applied. It only
computes; the page is still applied, with its cursor, in one transaction here, so a helper that
dies costs time, never data: the page is then prepared inline.

The helper is spawned (never forked), so it imports the program's main module again: programs
that turn it on (`kiosk sync`, the bench) keep their work under `if __name__ == "__main__"`.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor

log = logging.getLogger(__name__)

INVALID = "invalid"  # a document that would break the store (it is skipped and counted)
WORTH_A_HELPER = 1000  # pages smaller than this are prepared inline: starting a process costs ~0.5 s


def latest_households(changes: list[dict]) -> dict[str, dict]:
    """A page's household changes by number; a household listed twice keeps its later entry."""
    return {change["id"]: change for change in changes if change.get("type") == "household"}


def prepare_households(changes: list[dict]) -> dict[str, tuple]:
    """{household number: (version, rows, search row) or (version, INVALID)} for the upserts of a
    page; a household listed twice is prepared as its later entry (the one that wins)."""
    from kiosk.households.document import sound_rows
    from kiosk.households.importer import search_row

    prepared: dict[str, tuple] = {}
    for number, change in latest_households(changes).items():
        if change.get("op") != "upsert":
            continue
        rows = sound_rows(change.get("data"))
        prepared[number] = (change["version"], INVALID) if rows is None else (change["version"], rows, search_row(rows))
    return prepared


def _leave_with_parent() -> None:
    """In the helper: exit when the app does, even when it was killed and could not say so
    (a waiting helper never notices on its own and would idle on forever)."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=lambda: (parent.join(), os._exit(0)), daemon=True).start()


class PagePreparer:
    """One helper process, started on the first large page and stopped with the download."""

    def __init__(self, enabled: bool = True) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._broken = not enabled

    def submit(self, changes: list[dict]) -> Future | None:
        if self._broken or len(changes) < WORTH_A_HELPER:
            return None
        try:
            if self._pool is None:
                # spawn: the app has Qt and worker threads running, which a fork would copy mid-flight
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_leave_with_parent)
            return self._pool.submit(prepare_households, changes)
        except Exception:
            log.warning("page preparation helper unavailable; preparing inline", exc_info=True)
            self._broken = True
            return None

    def result(self, future: Future | None) -> dict[str, tuple] | None:
        if future is None:
            return None
        try:
            return future.result()
        except Exception:
            log.warning("page preparation helper failed; preparing inline", exc_info=True)
            self._broken = True
            return None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
