"""The one background-work helper: every database, rules, speech-free and network job goes here.

Lanes by intent: "db" has a single thread (the store's reads and writes, in order), "work" has two
(rules, sync), "media" one (decoding images, rendering PDFs), so an autosave never waits behind a
photo. Results come back on the Qt thread as signals, so callbacks may touch widgets.

Results never outlive their owner: a job remembers its owner's generation (bumped when a screen is
cleared) and the app's era (bumped at lock); a result or failure arriving for an older one is
dropped, so a locked or cleared screen is never refilled, read aloud or covered by an error dialog.

Only short jobs belong here: these threads share the window's GIL. Sync cycles and the store-wide
rules scan run in the worker process (ui/worker_client.py), which stamps its jobs the same way.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
_running = threading.local()  # the owner of the job a lane thread is running


def current_owner() -> object | None:
    """The owner of the job running on this thread (who caused a write it announces), or None."""
    return getattr(_running, "owner", None)


class _Relay(QObject):
    """One per Background, living as long as it: a job's thread emits on it while the Qt thread may
    already be running the callback, so a relay per job deleted after its result was a sender freed
    in the middle of its own emit (a segfault on a busy machine)."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], relay: _Relay, number: int,
                 owner: object | None) -> None:
        super().__init__()
        self.fn, self.args, self.relay, self.number, self.owner = fn, args, relay, number, owner
        self.setAutoDelete(True)

    def run(self) -> None:
        _running.owner = self.owner
        try:
            result = self.fn(*self.args)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI thread
            self.relay.failed.emit(self.number, exc)
        else:
            self.relay.done.emit(self.number, result)
        finally:
            _running.owner = None


LANE_THREADS = {"db": 1, "work": 2, "media": 1}


class Background(QObject):
    """`run(fn, *args, owner=..., done=..., failed=..., lane="db")`; failures without a handler go
    to `unhandled`; `forget(owner)` (or `forget()` for everyone) drops results still to come."""

    unhandled = Signal(object)
    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lanes = {}
        for lane, threads in LANE_THREADS.items():
            self.lanes[lane] = QThreadPool(self)
            self.lanes[lane].setMaxThreadCount(threads)
        self._relay = _Relay(self)  # created on the Qt thread: its signals are delivered there
        self._relay.done.connect(lambda number, result: self._pending.pop(number)[0](result))
        self._relay.failed.connect(lambda number, exc: self._pending.pop(number)[1](exc))
        self._pending: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self._numbers = itertools.count()
        self._era = 0
        self._generations: weakref.WeakKeyDictionary[object, int] = weakref.WeakKeyDictionary()

    def forget(self, owner: object | None = None) -> None:
        """Drop the results and failures of every job started so far for `owner`, or for anyone."""
        if owner is None:
            self._era += 1
        else:
            self._generations[owner] = self._generations.get(owner, 0) + 1

    def _stamp(self, owner: object | None) -> tuple[int, int]:
        return self._era, (0 if owner is None else self._generations.get(owner, 0))

    def ticket(self, owner: object | None) -> Callable[[], bool]:
        """True while neither `owner` was cleared nor the app locked since this call: whether a
        result arriving later may still be shown."""
        stamp = self._stamp(owner)
        return lambda: self._stamp(owner) == stamp

    def run(self, fn: Callable[..., Any], *args: Any, owner: object | None = None,
            done: Callable[[Any], None] | None = None, failed: Callable[[BaseException], None] | None = None,
            lane: str = "db") -> None:
        number = next(self._numbers)
        started = time.perf_counter()
        still_current = self.ticket(owner)
        name = getattr(fn, "__name__", "job")

        def current() -> bool:
            if still_current():
                return True
            log.debug("%s: result dropped, its owner was cleared or the app locked", name)
            return False

        def finish(result: Any) -> None:
            self.busy_changed.emit(len(self._pending))
            log.debug("%s done in %.0f ms", name, (time.perf_counter() - started) * 1000)
            if done and current():
                done(result)

        def fail(exc: BaseException) -> None:
            self.busy_changed.emit(len(self._pending))
            if current():
                (failed or self.unhandled.emit)(exc)

        self._pending[number] = (finish, fail)
        self.busy_changed.emit(len(self._pending))
        self.lanes[lane].start(_Job(fn, args, self._relay, number, owner))

    @property
    def busy(self) -> int:
        return len(self._pending)

    def wait(self, timeout_ms: int = 30000) -> bool:
        return all(pool.waitForDone(timeout_ms) for pool in self.lanes.values())
