"""Switchable faults for the reliability tests (sync-and-security.md Part 6.3). Off unless the hub
is started with KIOSK_HUB_TEST_FAULTS=1; then POST /v1/_test/faults sets them."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field, fields

from kiosk.json_types import JsonObject


@dataclass
class Faults:
    reject_rate: float = 0.0  # share of new revisions the "back office" refuses with 422
    unavailable: int = 0  # the next N requests get 503 + Retry-After
    rate_limited: int = 0  # the next N requests get 429 + Retry-After
    retry_after_s: int = 1
    slow_commit_s: float = 0.0  # hold each revision's transaction open this long before committing
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def update(self, values: JsonObject) -> JsonObject:
        with self._lock:
            for name, value in values.items():
                if name.startswith("_") or not hasattr(self, name):
                    raise ValueError(name)
                setattr(self, name, type(getattr(self, name))(value))
            return self.as_dict()

    def as_dict(self) -> JsonObject:
        return {f.name: getattr(self, f.name) for f in fields(self) if not f.name.startswith("_")}

    def take_outage(self) -> int | None:
        """The status to answer instead of serving this request, if an outage is scheduled."""
        with self._lock:
            if self.unavailable > 0:
                self.unavailable -= 1
                return 503
            if self.rate_limited > 0:
                self.rate_limited -= 1
                return 429
        return None

    def rejects(self, application_id: str, revision: int) -> bool:
        """Deterministic per revision, so a retry of the same revision gets the same answer."""
        if self.reject_rate <= 0:
            return False
        value = int(hashlib.sha256(f"{application_id}:{revision}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
        return value < self.reject_rate
