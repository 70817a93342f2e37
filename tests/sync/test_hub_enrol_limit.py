"""Enrolment codes cannot be guessed at speed (issue 17, point 10): attempts are limited per client
address and per code prefix, answered 429 with Retry-After."""

from __future__ import annotations

import http.client
import json

from sync import protocol
from sync.hub.app import ENROL_PER_ADDRESS, ENROL_PER_PREFIX
from sync.hub.ratelimit import AttemptLimiter


def attempt(hub, code: str, source: str = "127.0.0.1") -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", hub.port, timeout=10, source_address=(source, 0))
    body = json.dumps({"code": code, "public_key": "AAAA", "label": ""})
    connection.request("POST", "/v1/devices/enroll", body=body, headers={"Content-Type": "application/json"})
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
