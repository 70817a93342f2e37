"""A hub worker thread that sleeps until poked or stopped (decisions, deliveries, notifications),
and the retry backoff they share."""

from __future__ import annotations

import random
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager


def jittered_backoff_s(base_s: float, cap_s: float, attempts: int) -> float:
    """Exponential with equal jitter: at least half the step, so a crowd of failures spreads out
    without any of them retrying at once."""
    step: float = min(cap_s, base_s * 2 ** max(0, attempts - 1))
    return step / 2 + random.uniform(0, step / 2)


class PokedThread(ABC):
    """Runs `self._run` in a daemon thread; `poke()` wakes it, `stop()` ends it and waits."""

    def __init__(self, name: str, stop_wait_s: float = 10.0) -> None:
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._stop_wait_s = stop_wait_s
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    @abstractmethod
    def _run(self) -> None:
        """The worker's loop (decisions, deliveries, notifications): until `self._stop` is set."""

    def start(self) -> None:
        self._thread.start()

    def poke(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=self._stop_wait_s)


class HeldWorker:
    """What the hub app holds of a worker (deliveries, notifications): started with the app's
    database by the holder, poked when there is work, stopped with the app."""

    worker: PokedThread | None = None

    def poke(self) -> None:
        if self.worker is not None:
            self.worker.poke()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None


class ArrivalGate:
    """Revision requests the hub is receiving right now. A background worker that would compete
    with them for the CPU (and Python's lock) waits until none is: under load one request can take
    longer than a worker's settle period, and pokes alone then let a batch of decisions in mid-upload."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._count = 0
        self._idle = threading.Event()
        self._idle.set()

    @contextmanager
    def receiving(self) -> Iterator[None]:
        with self._guard:
            self._count += 1
            self._idle.clear()
        try:
            yield
        finally:
            with self._guard:
                self._count -= 1
                if self._count == 0:
                    self._idle.set()

    def busy(self) -> bool:
        return not self._idle.is_set()

    def wait_idle(self, timeout_s: float) -> bool:
        return self._idle.wait(timeout_s)
