"""Attempt limits for guessable secrets (enrolment codes): a sliding window per key, in memory.
Each hub process counts on its own, so N workers allow N times the limit: still far from the
hundreds of guesses a second an unlimited hub allowed."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

MAX_KEYS = 100_000  # keys idle longer than the window are dropped past this, so memory stays bounded


class AttemptLimiter:
    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self._attempts: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> int | None:
        """Record an attempt; None when it is allowed, else the seconds to wait (for Retry-After)."""
        now = self.clock()
        with self._lock:
            if len(self._attempts) > MAX_KEYS:
                self._forget_idle(now)
            times = self._attempts.setdefault(key, deque())
            while times and now - times[0] >= self.window_s:
                times.popleft()
            if len(times) >= self.limit:
                return max(1, math.ceil(self.window_s - (now - times[0])))
            times.append(now)
            return None

    def waiting(self, key: str) -> int | None:
        """The seconds to wait if `key` is over its limit now, without counting an attempt (for
        limits that count only failures: check first, `take` when it failed)."""
        now = self.clock()
        with self._lock:
            times = self._attempts.get(key)
            while times and now - times[0] >= self.window_s:
                times.popleft()
            if times is None or len(times) < self.limit:
                return None
            return max(1, math.ceil(self.window_s - (now - times[0])))

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, times in self._attempts.items() if not times or now - times[-1] >= self.window_s]:
            del self._attempts[key]
