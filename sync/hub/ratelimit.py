"""Attempt limits for guessable secrets (enrolment codes): a sliding window per key, in memory.
Each hub process counts on its own, so N workers allow N times the limit: still far from the
hundreds of guesses a second an unlimited hub allowed.

Keys are kept in order of last attempt, so those idle past the window are dropped from the front a
few at a time as attempts come (O(1) amortised; webhooks call it on the event loop), and past
MAX_KEYS the least recently tried goes first, so memory stays bounded whatever keys a client makes."""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable

MAX_KEYS = 100_000  # keys kept at most (each holds at most `limit` times)


class AttemptLimiter:
    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self._attempts: OrderedDict[str, deque[float]] = OrderedDict()  # least recently tried first
        self._lock = threading.Lock()

    def take(self, key: str) -> int | None:
        """Record an attempt; None when it is allowed, else the seconds to wait (for Retry-After)."""
        now = self.clock()
        with self._lock:
            times = self._attempts.get(key)
            if times is None:
                times = self._attempts[key] = deque()
            else:
                self._attempts.move_to_end(key)
            self._expire(times, now)
            if len(times) >= self.limit:
                return max(1, math.ceil(self.window_s - (now - times[0])))
            times.append(now)
            self._forget_idle(now)
            return None

    def waiting(self, key: str) -> int | None:
        """The seconds to wait if `key` is over its limit now, without counting an attempt (for
        limits that count only failures: check first, `take` when it failed)."""
        now = self.clock()
        with self._lock:
            times = self._attempts.get(key)
            if times is None:
                return None
            self._expire(times, now)
            if len(times) < self.limit:
                return None
            return max(1, math.ceil(self.window_s - (now - times[0])))

    def _expire(self, times: deque[float], now: float) -> None:
        while times and now - times[0] >= self.window_s:
            times.popleft()

    def _forget_idle(self, now: float) -> None:
        """Drop keys from the front while idle past the window (at most two a call: each attempt adds
        at most one key, so the idle ones still go faster than they come), and any past MAX_KEYS."""
        for _ in range(2):
            oldest = next(iter(self._attempts.values()), None)
            if oldest is None or (oldest and now - oldest[-1] < self.window_s):
                break
            self._attempts.popitem(last=False)
        while len(self._attempts) > MAX_KEYS:
            self._attempts.popitem(last=False)
