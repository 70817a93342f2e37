"""Enrolment codes cannot be guessed at speed (issue 17, point 10): attempts are limited per client
address and per code prefix, answered 429 with Retry-After."""

from __future__ import annotations

import http.client
import json

from sync import protocol
from sync.hub.app import ENROL_PER_ADDRESS, ENROL_PER_PREFIX
from sync.hub.process import HubProcess
from sync.hub.ratelimit import AttemptLimiter
from tests.sync.conftest import LiveHub


def attempt(hub, code: str, source: str = "127.0.0.1", forwarded_for: str = "") -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", hub.port, timeout=10, source_address=(source, 0))
    body = json.dumps({"code": code, "public_key": "AAAA", "label": ""})
    headers = {"Content-Type": "application/json"} | ({"X-Forwarded-For": forwarded_for} if forwarded_for else {})
    connection.request("POST", "/v1/devices/enroll", body=body, headers=headers)
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


def test_guessing_from_one_address_is_slowed_down(hub):
    answers = [attempt(hub, f"{n:04d}-ZZZZ-ZZZZ") for n in range(ENROL_PER_ADDRESS)]
    assert all(a.status == 400 for a in answers)  # refused for what they are, not yet for their number
    limited = attempt(hub, "9999-ZZZZ-ZZZZ")
    assert limited.status == 429
    assert limited.getheader("Content-Type") == protocol.PROBLEM_TYPE
    assert json.loads(limited.body)["code"] == protocol.RATE_LIMITED
    assert int(limited.getheader("Retry-After")) > 0
    assert attempt(hub, "8888-ZZZZ-ZZZZ", source="127.0.0.2").status == 400  # another address is not held up


def test_guessing_the_rest_of_a_known_prefix_is_slowed_down(hub):
    sources = [f"127.0.0.{n}" for n in range(10, 10 + ENROL_PER_PREFIX)]
    assert all(attempt(hub, f"K7QF-{n:04d}-ZZZZ", source).status == 400 for n, source in enumerate(sources))
    limited = attempt(hub, "k7qf-2m9x-wd4t", "127.0.0.99")  # spelling does not matter
    assert limited.status == 429 and int(limited.getheader("Retry-After")) > 0


def test_the_window_slides():
    now = [0.0]
    limiter = AttemptLimiter(2, 60, clock=lambda: now[0])
    assert limiter.take("a") is None and limiter.take("a") is None
    assert limiter.take("a") == 60
    now[0] = 59.5
    assert limiter.take("a") == 1
    now[0] = 60.0
    assert limiter.take("a") is None


def forged_forwarded_for_neither_escapes_nor_locks_out(hub) -> None:
    """Issue 17 N3: a new X-Forwarded-For per attempt once avoided every 429, and a forged one
    charged the attempts to a chosen victim."""
    answers = [attempt(hub, f"{n:04d}-ZZZZ-ZZZZ", forwarded_for="127.0.0.2") for n in range(ENROL_PER_ADDRESS)]
    assert all(a.status == 400 for a in answers)
    assert attempt(hub, "9999-ZZZZ-ZZZZ", forwarded_for="127.0.0.3").status == 429  # the socket peer is limited
    assert attempt(hub, "8888-ZZZZ-ZZZZ", source="127.0.0.2").status == 400  # the named address is not


def test_forwarded_for_is_not_believed_by_default(hub):
    forged_forwarded_for_neither_escapes_nor_locks_out(hub)


def test_kiosk_hub_serve_does_not_believe_forwarded_for(tmp_path):
    served = HubProcess(tmp_path / "hub.db", "臺北市萬華區福星里")
    try:
        forged_forwarded_for_neither_escapes_nor_locks_out(served)
    finally:
        served.stop()


def test_behind_a_trusted_proxy_only_the_proxys_hop_counts(tmp_path):
    behind_proxy = LiveHub(f"sqlite:///{tmp_path / 'hub.db'}", trusted_proxies=frozenset({"127.0.0.1"})).start()
    try:
        # the client wrote the left entries itself; the proxy appended the address it saw
        answers = [attempt(behind_proxy, f"{n:04d}-ZZZZ-ZZZZ", forwarded_for=f"10.9.9.{n}, 10.0.0.5")
                   for n in range(ENROL_PER_ADDRESS)]
        assert all(a.status == 400 for a in answers)
        assert attempt(behind_proxy, "9999-ZZZZ-ZZZZ", forwarded_for="10.0.0.99, 10.0.0.5").status == 429
        assert attempt(behind_proxy, "8888-ZZZZ-ZZZZ", forwarded_for="10.0.0.6").status == 400
        # a peer that is not the trusted proxy is itself the client, whatever it forwards
        assert attempt(behind_proxy, "7777-ZZZZ-ZZZZ", source="127.0.0.2", forwarded_for="10.0.0.5").status == 400
    finally:
        behind_proxy.stop()
