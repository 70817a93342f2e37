"""The in-memory attempt limits (issue 24, F7): every attempt costs the same however many keys are
kept (the webhooks take it on the event loop; it scanned every key, 9.4 ms at 100,000), memory
stays bounded whatever keys a client makes, and an IPv6 client counts by its /64."""

from __future__ import annotations

import pytest

from sync.hub import ratelimit
from sync.hub.client_address import client_address
from sync.hub.ratelimit import AttemptLimiter


class CountingClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_keys_tried_within_the_window_stay_under_the_bound(monkeypatch):
    monkeypatch.setattr(ratelimit, "MAX_KEYS", 50)
    limiter = AttemptLimiter(3, 60, clock=CountingClock())
    for n in range(500):  # all within one window: none is idle yet
        assert limiter.take(f"key-{n}") is None
        assert len(limiter._attempts) <= 50


def test_idle_keys_go_as_new_attempts_come():
    clock = CountingClock()
    limiter = AttemptLimiter(3, 60, clock=clock)
    for n in range(1000):
        limiter.take(f"before-{n}")
    clock.now = 61.0  # every key above is idle now
    for n in range(1000):
        limiter.take(f"after-{n}")
    assert len(limiter._attempts) == 1000  # the idle ones went, far below MAX_KEYS


def test_a_key_held_at_its_limit_is_not_forgotten_while_others_come_and_go(monkeypatch):
    monkeypatch.setattr(ratelimit, "MAX_KEYS", 50)
    clock = CountingClock()
    limiter = AttemptLimiter(2, 60, clock=clock)
    assert limiter.take("guessed") is None and limiter.take("guessed") is None
    for n in range(500):
        clock.now = n * 0.1
        limiter.take(f"other-{n}")
        assert limiter.take("guessed") is not None


def test_one_attempt_examines_a_bounded_number_of_keys(monkeypatch):
    """Counted, not timed: the keys a call looks at, with 20,000 kept and none idle."""
    examined = [0]

    class Times(ratelimit.deque):
        def __getitem__(self, index):
            examined[0] += 1
            return super().__getitem__(index)

    monkeypatch.setattr(ratelimit, "deque", Times)
    monkeypatch.setattr(ratelimit, "MAX_KEYS", 10_000)
    limiter = AttemptLimiter(3, 60, clock=CountingClock())
    for n in range(20_000):
        limiter.take(f"key-{n}")
    examined[0] = 0
    for n in range(100):
        limiter.take(f"more-{n}")
    assert examined[0] <= 100 * 4


@pytest.mark.parametrize(("first", "second", "same"), [
    ("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:fffe", True),  # one /64: one client
    ("2001:db8:1:2::1", "2001:db8:1:3::1", False),
    ("2001:DB8:1:2::1", "2001:db8:1:2:0:0:0:9", True),  # however it is written
    ("::ffff:10.0.0.1", "10.0.0.1", True),  # IPv4 in IPv6 is IPv4
    ("10.0.0.1", "10.0.0.2", False),  # IPv4: the full address
])
def test_ipv6_clients_count_by_their_64_and_ipv4_by_the_address(first, second, same):
    keys = {client_address(peer, {}, ()) for peer in (first, second)}
    assert (len(keys) == 1) is same
    forwarded = {client_address("127.0.0.1", {"x-forwarded-for": hop}, {"127.0.0.1"}) for hop in (first, second)}
    assert forwarded == keys
