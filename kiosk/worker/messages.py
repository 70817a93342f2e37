"""What the window and its worker process say to each other: one JSON object per line.

The window writes requests to the worker's stdin; the worker answers on its stdout with progress,
a result or an error for the request's job number. The very first stdin line is the data key
(`KeyHandover`): a key never goes on the command line or in the environment, where other
processes of the same user can read it (/proc/PID/cmdline, /proc/PID/environ).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any, ClassVar, Union


class _Line:
    """to_json(): the message as one line; from_fields(): back from the decoded JSON object."""

    type: ClassVar[str]

    def fields_json(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload, no-any-return]

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> Any:
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{name: value for name, value in data.items() if name in names})

    def to_json(self) -> str:
        """One line (JSON escapes every newline inside), ending with a newline."""
        return json.dumps({"type": self.type, **self.fields_json()}, ensure_ascii=False, separators=(",", ":")) + "\n"

    @staticmethod
    def from_json(line: str | bytes) -> Message:
        try:
            data = json.loads(line)
            kind = MESSAGE_TYPES[data.pop("type")]
            return kind.from_fields(data)  # type: ignore[no-any-return]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BadMessage("not a worker message") from exc


@dataclass(frozen=True)
class KeyHandover(_Line):
    """The store's data key, hex; the first line the worker reads."""

    type: ClassVar[str] = "key"
    key_hex: str

    def __repr__(self) -> str:  # never the key in a log line or a test failure
        return "KeyHandover(key_hex=<hidden>)"


@dataclass(frozen=True)
class SyncCycleRequest(_Line):
    type: ClassVar[str] = "sync_cycle"
    job: int
    max_seconds: float = 120.0
    hub_url: str | None = None  # overrides the enrolled hub's address (tests, a hub that moved)


@dataclass(frozen=True)
class RulesScanRequest(_Line):
    """The visit plan: every household of the store against the service rules, the `top` first."""

    type: ClassVar[str] = "rules_scan"
    job: int
    top: int
    on: date | None = None  # None: the worker's today

    def fields_json(self) -> dict[str, Any]:
        return {"job": self.job, "top": self.top, "on": self.on.isoformat() if self.on else None}

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> RulesScanRequest:
        return cls(data["job"], data["top"], date.fromisoformat(data["on"]) if data.get("on") else None)


@dataclass(frozen=True)
class ImportRequest(_Line):
    """A household file (interchange JSON or CSV) into the store, stored in short transactions."""

    type: ClassVar[str] = "import"
    job: int
    path: str
    format: str = "auto"  # "auto" (by the file's suffix), "json" or "csv"
    encoding: str = "utf-8"  # CSV only: "utf-8" or "big5"
    lang: str | None = None  # the language of the problems it reports


@dataclass(frozen=True)
class DocumentsRequest(_Line):
    """A batch of documents (receipts, forms) rendered as PDF files into `folder`, each one audited."""

    type: ClassVar[str] = "documents"
    job: int
    application_ids: list[str]
    kind: str
    folder: str
    fmt: str = "a4"


@dataclass(frozen=True)
class CancelRequest(_Line):
    """Stop `job` at its next safe point; it answers with what it finished, marked cancelled."""

    type: ClassVar[str] = "cancel"
    job: int


@dataclass(frozen=True)
class Ready(_Line):
    """The worker opened the store with the key it was given."""

    type: ClassVar[str] = "ready"
    pid: int


@dataclass(frozen=True)
class JobProgress(_Line):
    type: ClassVar[str] = "progress"
    job: int
    phase: str
    done: int
    total: int | None
    message: str = ""


@dataclass(frozen=True)
class JobResult(_Line):
    """`value` is the job's answer as JSON (a sync report, a list of visits); its owner decodes it."""

    type: ClassVar[str] = "result"
    job: int
    value: Any


@dataclass(frozen=True)
class JobError(_Line):
    """A failure as a message key and its values (kiosk.i18n), so the window says it in its language.
    job 0: the worker itself failed (a wrong key, a missing store)."""

    type: ClassVar[str] = "error"
    job: int
    key: str
    values: dict[str, str] = field(default_factory=dict)


Message = Union[KeyHandover, SyncCycleRequest, RulesScanRequest, ImportRequest, DocumentsRequest, CancelRequest, Ready,
                JobProgress, JobResult, JobError]
Request = Union[SyncCycleRequest, RulesScanRequest, ImportRequest, DocumentsRequest]
JOB_REQUESTS = (SyncCycleRequest, RulesScanRequest, ImportRequest, DocumentsRequest)
MESSAGE_TYPES: dict[str, type[Any]] = {kind.type: kind for kind in
                                      (KeyHandover, *JOB_REQUESTS, CancelRequest, Ready, JobProgress, JobResult, JobError)}


class BadMessage(ValueError):
    pass


def to_json(message: Message) -> str:
    return message.to_json()


def from_json(line: str | bytes) -> Message:
    """Any message, by its "type"; BadMessage for anything else."""
    return _Line.from_json(line)
