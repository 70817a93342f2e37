"""The one background-work helper: every database, rules, speech-free and network job goes here.

Two lanes: "db" has a single thread (one writer, in order), "work" has two (rules, PDFs, sync).
Results come back on the Qt thread as signals, so callbacks may touch widgets.

Workers run at the window's own priority. A lower one (nice +10) was tried: a worker preempted
while holding the GIL then kept the Qt thread waiting for it, and the longest stall during a
1,000-application sync was 36-68 ms against 21-30 ms at equal priority (4 runs each). Workers
give way for the GIL instead, and run as batch work, which keeps their share of the CPU but never
lets waking one preempt the Qt thread (kiosk/courtesy.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kiosk import courtesy

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, relay: _Relay) -> None:
        super().__init__()
        self.fn, self.args, self.relay = fn, args, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        courtesy.background_thread()
        try:
            result = self.fn(*self.args)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Background(QObject):
    """`run(fn, *args, done=..., failed=..., lane="db")`; failures without a handler go to `unhandled`."""

    unhandled = Signal(object)
    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lanes = {"db": QThreadPool(self), "work": QThreadPool(self)}
        self.lanes["db"].setMaxThreadCount(1)
        self.lanes["work"].setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    def run(self, fn: Callable[..., Any], *args: Any, done: Callable[[Any], None] | None = None,
            failed: Callable[[BaseException], None] | None = None, lane: str = "db") -> None:
        relay = _Relay()  # lives on the Qt thread: its signals are delivered there
        started = time.perf_counter()

        def finish(result: Any) -> None:
            self._release(relay)
            log.debug("%s done in %.0f ms", getattr(fn, "__name__", "job"), (time.perf_counter() - started) * 1000)
            if done:
                done(result)

        def fail(exc: BaseException) -> None:
            self._release(relay)
            (failed or self.unhandled.emit)(exc)

        relay.done.connect(finish)
        relay.failed.connect(fail)
        self._relays.add(relay)
        self.busy_changed.emit(len(self._relays))
        self.lanes[lane].start(_Job(fn, args, relay))

    def _release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        self.busy_changed.emit(len(self._relays))

    @property
    def busy(self) -> int:
        return len(self._relays)

    def wait(self, timeout_ms: int = 30000) -> bool:
        return all(pool.waitForDone(timeout_ms) for pool in self.lanes.values())
