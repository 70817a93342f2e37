"""Errors the hub answers with: RFC 9457 problem documents with a stable code."""

from __future__ import annotations

from typing import Any

from sync import protocol


class HubProblem(Exception):
    def __init__(self, status: int, code: str, title: str, headers: dict[str, str] | None = None,
                 **extra: Any) -> None:
        super().__init__(f"{status} {code}: {title}")
        self.status = status
        self.code = code
        self.title = title
        self.headers = headers or {}
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return protocol.problem(self.code, self.title, self.status, **self.extra)
