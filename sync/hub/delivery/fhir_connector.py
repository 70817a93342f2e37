"""Talking FHIR to an agency: POST the transaction Bundle to its base URL, read back the Task's
location, and later GET that Task to see whether the agency decided.

Every answer is classified, never trusted blindly: 2xx delivered, 429/5xx/timeouts worth another
try (with the agency's Retry-After when it gives one), any other 4xx a refusal a person must look
at. Reasons keep only status codes and FHIR issue codes: an agency's diagnostics may echo answers.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from typing import TypeVar

import requests

from kiosk.json_types import JsonObject

FHIR_JSON = "application/fhir+json"
_Item = TypeVar("_Item")
_Answer = TypeVar("_Answer")


@dataclass(frozen=True)
class SendResult:
    outcome: str  # delivered | retry | refused
    reason: str = ""
    task_url: str | None = None
    retry_after_s: float | None = None


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _issues(response: requests.Response) -> str:
    try:
        return _issues_of(response.json())
    except ValueError:
        return ""


def _issues_of(outcome: object) -> str:
    if not isinstance(outcome, dict) or outcome.get("resourceType") != "OperationOutcome":
        return ""
    return "; ".join(f"{i.get('code', '?')} at {','.join(i.get('expression') or ['-'])}"
                     for i in (outcome.get("issue") or [])[:5] if isinstance(i, dict))


def _task_location(endpoint: str, answer: JsonObject) -> str | None:
    for entry in answer.get("entry") or ():
        location = ((entry or {}).get("response") or {}).get("location") or ""
        if location.startswith("Task/"):
            return f"{endpoint}/{'/'.join(location.split('/')[:2])}"  # without /_history/n
    return None


class FhirConnector:
    """One keep-alive session per sending thread (requests.Session is not meant to be shared), on
    threads that live as long as the connector, so their connections are reused round after round."""

    def __init__(self, timeout_s: float = 30.0) -> None:
        self.timeout_s = timeout_s
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None
        self._proxies: dict[str, dict[str, str]] = {}

    @property
    def session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
            # the environment is read once per agency (_proxies_for), not on every request: requests
            # scanned all of os.environ for proxy settings per call, a tenth of the hub's delivery time
            session.trust_env = False
            session.verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
            with self._lock:
                self._sessions.append(session)
        return session

    def _proxies_for(self, url: str) -> JsonObject:
        origin = "/".join(url.split("/", 3)[:3])
        if origin not in self._proxies:
            self._proxies[origin] = requests.utils.get_environ_proxies(origin)
        return self._proxies[origin]

    def map(self, act: Callable[[_Item], _Answer], items: Iterable[_Item], concurrency: int) -> list[_Answer]:
        """`act` on every item on the connector's threads (made on first use, kept until close)."""
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(concurrency, thread_name_prefix="hub-delivery")
            pool = self._pool
        return list(pool.map(act, items))

    def _post(self, endpoint: str, body: JsonObject) -> requests.Response | SendResult:
        try:
            return self.session.post(endpoint, json=body, timeout=(5.0, self.timeout_s),
                                     proxies=self._proxies_for(endpoint),
                                     headers={"Content-Type": FHIR_JSON, "Accept": FHIR_JSON})
        except requests.Timeout:
            return SendResult("retry", "timeout")
        except requests.RequestException as exc:
            return SendResult("retry", f"connection: {type(exc).__name__}")

    @staticmethod
    def _failed(response: requests.Response) -> SendResult:
        code = response.status_code
        if code == 429 or code >= 500:
            return SendResult("retry", f"HTTP {code}", retry_after_s=retry_after(response.headers.get("Retry-After")))
        return SendResult("refused", f"HTTP {code} {_issues(response)}".strip())

    def send(self, endpoint: str, bundle: JsonObject) -> SendResult:
        response = self._post(endpoint, bundle)
        if isinstance(response, SendResult):
            return response
        code = response.status_code
        if code in (200, 201):
            try:
                task_url = _task_location(endpoint, response.json())
            except ValueError:
                task_url = None
            if task_url is None:
                return SendResult("refused", f"HTTP {code} without a Task location")
            return SendResult("delivered", task_url=task_url)
        return self._failed(response)

    def send_batch(self, endpoint: str, bundles: list[JsonObject]) -> list[SendResult]:
        """Several transactions in one FHIR batch (to an agency whose routing entry has `batch`):
        one request and one commit at the agency for all; each answered on its own in the
        batch-response, so one the agency refuses does not hold up the others."""
        batch = {"resourceType": "Bundle", "type": "batch",
                 "entry": [{"resource": b, "request": {"method": "POST", "url": "."}} for b in bundles]}
        response = self._post(endpoint, batch)
        if isinstance(response, SendResult):
            return [response] * len(bundles)
        if response.status_code not in (200, 201):
            return [self._failed(response)] * len(bundles)
        try:
            entries = response.json().get("entry") or []
        except (ValueError, AttributeError):
            entries = []
        if len(entries) != len(bundles):
            return [SendResult("refused", f"HTTP {response.status_code} batch answer without an entry each")] * len(bundles)
        return [self._entry_result(endpoint, entry) for entry in entries]

    @staticmethod
    def _entry_result(endpoint: str, entry: object) -> SendResult:
        answer = (entry.get("response") or {}) if isinstance(entry, dict) else {}
        status = str(answer.get("status") or "").split(" ")[0]
        code = int(status) if status.isdigit() else 0
        if 200 <= code < 300:
            task_url = _task_location(endpoint, entry.get("resource") or {}) if isinstance(entry, dict) else None
            return SendResult("delivered", task_url=task_url) if task_url else \
                SendResult("refused", f"HTTP {code} without a Task location")
        if code == 429 or code >= 500:
            return SendResult("retry", f"HTTP {code}")
        return SendResult("refused", f"HTTP {code or '?'} {_issues_of(answer.get('outcome'))}".strip())

    def task(self, task_url: str) -> JsonObject:
        """The agency's Task now; raises requests.RequestException or ValueError on trouble."""
        response = self.session.get(task_url, timeout=(5.0, self.timeout_s), headers={"Accept": FHIR_JSON},
                                    proxies=self._proxies_for(task_url))
        response.raise_for_status()
        task = response.json()
        if not isinstance(task, dict) or task.get("resourceType") != "Task":
            raise ValueError("not a Task")
        return task

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
        with self._lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()


def decision_of(task: JsonObject) -> tuple[str, str] | None:
    """(outcome, reason) once the agency decided: completed = approved, rejected = rejected,
    on-hold with businessStatus need-documents = documents requested; None while it works on it."""
    status = task.get("status")
    reason = ((task.get("statusReason") or {}).get("text") or "").strip()
    business = {c.get("code") for c in ((task.get("businessStatus") or {}).get("coding") or ())}
    if status == "completed":
        return "approved", reason
    if status == "rejected":
        return "rejected", reason
    if status == "on-hold" and "need-documents" in business:
        return "need_documents", reason
    return None
