"""Backoff and the circuit breaker (the sync design, Part 1e).

Backoff is full jitter: a random wait between zero and min(cap, base * 2^attempt), never shorter
than the hub's Retry-After. The breaker opens after 5 consecutive failures, or when at least half
of the last 20 requests failed; after a cool-down one health probe decides whether to close it.
"""

from __future__ import annotations

import random
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class BackoffPolicy:
    base_s: float = 2.0
    cap_s: float = 600.0
    attention_after: int = 10  # retryable failures before an item is shown as needing attention
    attention_interval_s: float = 3600.0  # items needing attention are still retried, hourly

    def delay(self, attempts: int, retry_after: float | None = None, rng: random.Random | None = None) -> float:
        if attempts >= self.attention_after:
            ceiling = self.attention_interval_s
        else:
            ceiling = min(self.cap_s, self.base_s * (2 ** max(0, attempts - 1)))
        wait = (rng or random).uniform(0, ceiling)
        return max(wait, retry_after or 0.0)


class CircuitBreaker:
    CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"

    def __init__(self, consecutive: int = 5, window: int = 20, ratio: float = 0.5, cool_down_s: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.consecutive = consecutive
        self.window = window
        self.ratio = ratio
        self.cool_down_s = cool_down_s
        self.clock = clock
        self.state = self.CLOSED
        self.opened_at = 0.0
        self.opened_times = 0
        self._run = 0
        self._recent: deque[bool] = deque(maxlen=window)
        self._lock = threading.Lock()

    def record(self, failure: bool) -> None:
        with self._lock:
            self._recent.append(failure)
            self._run = self._run + 1 if failure else 0
            if self.state == self.CLOSED and (
                self._run >= self.consecutive
                or (len(self._recent) == self.window and sum(self._recent) >= self.ratio * self.window)
            ):
                self._open()

    def _open(self) -> None:
        self.state = self.OPEN
        self.opened_at = self.clock()
        self.opened_times += 1

    def allows(self) -> bool:
        """May a request be sent now? When the cool-down is over the breaker is half-open and the
        caller must `probe` first."""
        with self._lock:
            if self.state == self.OPEN and self.clock() - self.opened_at >= self.cool_down_s:
                self.state = self.HALF_OPEN
            return self.state == self.CLOSED

    def probe(self, healthy: Callable[[], bool]) -> bool:
        """Half-open: one health check closes the breaker or opens it for another cool-down."""
        with self._lock:
            if self.state != self.HALF_OPEN:
                return self.state == self.CLOSED
        ok = healthy()
        with self._lock:
            if ok:
                self.state = self.CLOSED
                self._run = 0
                self._recent.clear()
            else:
                self._open()
            return ok

    def seconds_until_probe(self) -> float:
        with self._lock:
            if self.state == self.CLOSED:
                return 0.0
            return max(0.0, self.opened_at + self.cool_down_s - self.clock())
