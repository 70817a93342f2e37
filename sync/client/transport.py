"""Talking to the hub: signed requests, the officer token, and what each answer means.

Every answer is classified by the table of the sync design (Part 5): success needs the JSON the
protocol promises (a 200 carrying a captive portal's HTML page is a failure), retryable failures
carry the hub's Retry-After, and TLS failures stop everything (no downgrade, ever).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from sync import protocol

if TYPE_CHECKING:
    from kiosk.security.device import DeviceKey

CLIENT_VERSION = "0.1.0"
CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 30.0

# Result kinds
OK = "ok"
RETRY = "retry"  # network, timeout, 5xx, 429, in_flight, captive portal: try again later
AUTH = "auth"  # the officer must sign in again
FORBIDDEN = "forbidden"  # needs a supervisor
REJECTED = "rejected"  # 422: processed and refused, with reasons
CONFLICT = "conflict"  # 409 digest_mismatch / edit_conflict / deleted
MISSING_BLOBS = "missing_blobs"
GONE = "gone"  # 410: start over (cursor, upload)
UPGRADE = "upgrade"  # 426 or a 404 on a protocol path: this Kiosk is too old or misconfigured
TOO_LARGE = "too_large"
FATAL = "fatal"  # TLS/pin failure: stop and alert
BAD_REQUEST = "bad_request"  # a bug on our side; kept for support, never retried in a loop


@dataclass
class Result:
    kind: str
    status: int | None = None
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    retry_after: float | None = None
    error: str = ""
    breaker_counted: bool = False  # an item of a batch: the circuit breaker counted the request once

    @property
    def ok(self) -> bool:
        return self.kind == OK

    @property
    def code(self) -> str | None:
        return self.body.get("code") if isinstance(self.body, dict) else None

    @property
    def replayed(self) -> bool:
        return self.headers.get(protocol.IDEMPOTENT_REPLAYED, "").lower() == "true"

    @property
    def counts_as_failure(self) -> bool:
        """For the circuit breaker: the hub or the path to it is unwell."""
        return self.kind == RETRY and (self.status is None or self.status >= 500)


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _json_body(response: requests.Response) -> Any:
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip()
    if content_type not in ("application/json", protocol.PROBLEM_TYPE):
        return None
    try:
        return response.json()
    except ValueError:
        return None


def classify(response: requests.Response, expect_json: bool = True) -> Result:
    return classify_answer(response.status_code, _json_body(response), response.headers, expect_json)


def classify_answer(status: int, body: Any, headers: Mapping[str, str], expect_json: bool = True) -> Result:
    """What an answer means, from its parts: a whole response's, or one item's of a batch."""
    retry_after = _retry_after(headers)
    code = body.get("code") if isinstance(body, dict) else None

    def result(kind: str, error: str = "") -> Result:
        return Result(kind, status, body, headers, retry_after, error or (code or f"HTTP {status}"))

    if 200 <= status < 300:
        if expect_json and status != 204 and not isinstance(body, dict):
            return result(RETRY, "not the hub's answer (captive portal?)")
        return result(OK)
    if status == 409 and code == protocol.IN_FLIGHT:
        return result(RETRY)
    if status == 409 and code == protocol.MISSING_BLOBS:
        return result(MISSING_BLOBS)
    if status in (409, 412):
        return result(CONFLICT)
    if status == 410:
        return result(GONE)
    if status == 422:
        return result(REJECTED)
    if status == 401:
        return result(AUTH)
    if status == 403:
        return result(FORBIDDEN)
    if status == 426:
        return result(UPGRADE)
    if status == 413:
        return result(TOO_LARGE)
    if status == 429 or status >= 500:
        return result(RETRY)
    if status in (404, 405) and (body is None or code == protocol.UNKNOWN_ENDPOINT):
        return result(UPGRADE)
    return result(BAD_REQUEST)


class HubClient:
    """A connection to one hub for one enrolled device. Thread-safe (two senders share it)."""

    def __init__(self, base_url: str, key: DeviceKey, device_id: str = "", refresh_token: str = "", *,
                 connect_timeout: float = CONNECT_TIMEOUT_S, read_timeout: float = READ_TIMEOUT_S,
                 verify: bool | str = True, keep_alive: bool = True) -> None:
        self.base_url = base_url.rstrip("/")
        self.key = key
        self.device_id = device_id
        self.refresh_token = refresh_token
        self.timeouts = (connect_timeout, read_timeout)
        self.session = requests.Session()
        self.session.verify = verify
        self.session.trust_env = False  # never route through an environment proxy we did not configure
        if not keep_alive:  # one connection per request (flaky mobile links; the fault tests)
            self.session.headers["Connection"] = "close"
        adapter = HTTPAdapter(pool_connections=2, pool_maxsize=4, max_retries=0)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self._token: str | None = None
        self._token_expires = 0.0
        self._token_lock = threading.Lock()

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc

    def close(self) -> None:
        self.session.close()

    # -- raw requests ----------------------------------------------------------------------
    def send(self, method: str, path: str, *, body: bytes = b"", headers: dict[str, str] | None = None,
             params: dict[str, Any] | None = None, idempotency_key: str = "", token: bool = True,
             signed: bool = True, stream: bool = False) -> requests.Response:
        """One signed request; raises requests' exceptions for network failures. `stream`: the
        body is read by the caller (response.raw), who closes the response."""
        request = self.session.prepare_request(requests.Request(
            method, self.base_url + path, data=body, params=params,
            headers={"Content-Type": "application/json", **(headers or {})}))
        extra = {protocol.CLIENT_VERSION_HEADER: CLIENT_VERSION}
        if signed:
            extra.update(protocol.signature_header(self.key.key_id, self.key.sign, method, request.path_url, body,
                                                   idempotency_key))
        if idempotency_key:
            extra["Idempotency-Key"] = idempotency_key
        if token:
            extra["Authorization"] = f"Bearer {self.access_token()}"
        if self.device_id:
            extra[protocol.DEVICE_HEADER] = self.device_id
        request.headers.update(extra)
        return self.session.send(request, timeout=self.timeouts, allow_redirects=False, stream=stream)

    def call(self, method: str, path: str, *, json_body: Any = None, body: bytes | None = None,
             headers: dict[str, str] | None = None, params: dict[str, Any] | None = None,
             idempotency_key: str = "", expect_json: bool = True, token: bool = True) -> Result:
        """A request and its classified answer (network failures included). A token the hub no
        longer accepts is renewed once."""
        raw = body if body is not None else (protocol.canonical_body(json_body) if json_body is not None else b"")
        for attempt in (1, 2):
            try:
                response = self.send(method, path, body=raw, headers=headers, params=params,
                                     idempotency_key=idempotency_key, token=token)
            except requests.exceptions.SSLError as exc:
                return Result(FATAL, error=f"TLS: {type(exc).__name__}")
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout,
                    requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError) as exc:
                return Result(RETRY, error=f"network: {type(exc).__name__}")
            except TokenError as exc:
                return exc.result
            result = classify(response, expect_json)
            if result.kind == AUTH and result.code == protocol.BAD_TOKEN and token and attempt == 1:
                self.forget_token()
                continue
            if result.kind == AUTH and result.code == protocol.STALE_REQUEST:
                result.error = "clock: this computer's time is more than five minutes off"
            return result
        return result

    # -- officer token -------------------------------------------------------------------------
    def forget_token(self) -> None:
        with self._token_lock:
            self._token = None

    def access_token(self) -> str:
        with self._token_lock:
            if self._token and time.monotonic() < self._token_expires:
                return self._token
            try:
                response = self.send("POST", "/v1/auth/token",
                                     body=protocol.canonical_body({"refresh_token": self.refresh_token}), token=False)
            except requests.exceptions.SSLError as exc:
                raise TokenError(Result(FATAL, error=f"TLS: {type(exc).__name__}")) from None
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout,
                    requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError) as exc:
                raise TokenError(Result(RETRY, error=f"network: {type(exc).__name__}")) from None
            result = classify(response)
            if not result.ok or "access_token" not in result.body:
                raise TokenError(result if not result.ok else Result(RETRY, error="token answer without a token"))
            self._token = result.body["access_token"]
            self._token_expires = time.monotonic() + float(result.body.get("expires_in", 60)) * 0.8
            return self._token

    def health(self) -> bool:
        """The circuit breaker's probe: the hub answers its health check with its JSON."""
        try:
            response = self.session.get(self.base_url + "/v1/health", timeout=self.timeouts)
        except requests.exceptions.RequestException:
            return False
        body = _json_body(response)
        return response.status_code == 200 and isinstance(body, dict) and body.get("status") == "ok"


class TokenError(Exception):
    def __init__(self, result: Result) -> None:
        super().__init__(result.error)
        self.result = result

