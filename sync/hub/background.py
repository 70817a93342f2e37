"""A hub worker thread that sleeps until poked or stopped (decisions, deliveries)."""

from __future__ import annotations

import threading


class PokedThread:
    """Runs `self._run` in a daemon thread; `poke()` wakes it, `stop()` ends it and waits."""

    def __init__(self, name: str, stop_wait_s: float = 10.0) -> None:
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._stop_wait_s = stop_wait_s
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def _run(self) -> None:
        raise NotImplementedError

    def start(self) -> None:
        self._thread.start()

    def poke(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=self._stop_wait_s)
