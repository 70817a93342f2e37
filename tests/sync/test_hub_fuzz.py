"""Schemathesis against the OpenAPI document the hub serves (issue 17, point 9): every operation,
valid and invalid inputs, each request signed by an enrolled device and carrying its officer token
(as a real device would send it), so the fuzzing reaches past authentication. No answer may be a
5xx, and every error is application/problem+json. Bounded: a fixed number of cases per operation."""

from __future__ import annotations

import json

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.core import NOT_SET
from schemathesis.generation import GenerationMode

from sync import protocol
from sync.client.config import client_for

CASES_PER_OPERATION = 12
UNSENDABLE: list[str] = []
STATUSES: dict[int, int] = {}


def _body(case) -> bytes:
    if case.body is NOT_SET or case.body is None and case.media_type is None:
        return b""
    if isinstance(case.body, bytes):
        return case.body
    if case.media_type and "json" not in case.media_type and isinstance(case.body, str):
        return case.body.encode("utf-8")
    return json.dumps(case.body).encode("utf-8")


def _send_signed(client, case) -> requests.Response | None:
    headers = {k: str(v) for k, v in (case.headers or {}).items()}
    key = headers.pop("Idempotency-Key", "")
    try:
        return client.send(case.method.upper(), case.formatted_path, body=_body(case), params=case.query or None,
                           headers={"Content-Type": case.media_type or "application/json", **headers},
                           idempotency_key=key)
    except (UnicodeError, ValueError, requests.exceptions.InvalidHeader) as exc:
        UNSENDABLE.append(f"{case.method} {case.path}: {type(exc).__name__} {exc}"[:200])
        return None  # not sendable over HTTP/1.1 at all (e.g. a newline in a header value)


@pytest.fixture
def client(device):
    hub_client, _ = client_for(device.store)
    yield hub_client
    hub_client.close()


def test_fuzzed_signed_requests_never_get_a_server_error(hub, client):
    schema = schemathesis.openapi.from_url(hub.url + "/openapi.json")
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15

    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @settings(max_examples=CASES_PER_OPERATION, deadline=None, database=None, derandomize=True,
                      phases=[Phase.generate], suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy(generation_mode=mode))
            def check(case) -> None:
                answer = _send_signed(client, case)
                if answer is None:
                    return
                STATUSES[answer.status_code] = STATUSES.get(answer.status_code, 0) + 1
                where = f"{case.method} {case.formatted_path} -> {answer.status_code}"
                if answer.status_code >= 500:
                    failures.append(f"{where}: {answer.text[:200]}")
                elif answer.status_code >= 400 and case.method.upper() != "HEAD" and \
                        answer.headers.get("content-type") != protocol.PROBLEM_TYPE:
                    failures.append(f"{where}: not problem+json")
                if answer.status_code == 405 and not answer.headers.get("Allow"):
                    failures.append(f"{where}: 405 without Allow")

            try:
                check()
            except Unsatisfiable:  # nothing to make invalid (no parameters, no body): nothing to fuzz
                assert mode == GenerationMode.NEGATIVE, operation.label
    assert failures == []
    assert any(200 <= status < 300 for status in STATUSES), STATUSES  # the signing reached the handlers
    assert len(UNSENDABLE) < len(operations) * CASES_PER_OPERATION // 4, UNSENDABLE[:5]
