"""The worker protocol: every message type survives its JSON line, one line each, and nothing else
passes for a message."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.worker.messages import (
    MESSAGE_TYPES, BadMessage, CancelRequest, DocumentsRequest, ImportRequest, JobError, JobProgress, JobResult,
    KeyHandover, Ready, RulesScanRequest, SyncCycleRequest, from_json,
)

EXAMPLES = [
    KeyHandover("00ff" * 16),
    SyncCycleRequest(1, max_seconds=30.5, hub_url="https://hub.example:8443"),
    SyncCycleRequest(2),
    RulesScanRequest(3, top=8, on=date(2026, 11, 22)),
    RulesScanRequest(4, top=20),
    ImportRequest(5, "/home/officer/戶籍 2026.csv", format="csv", encoding="big5", lang="vi"),
    ImportRequest(6, "/tmp/households.json"),
    DocumentsRequest(7, ["0190a1b2-0000-7000-8000-000000000001", "0190a1b2-0000-7000-8000-000000000002"], "receipt",
                     "/home/officer/收據", fmt="80mm"),
    CancelRequest(5),
    Ready(pid=4321),
    JobProgress(1, "upload", 3, 1000, "送出申請"),
    JobProgress(1, "download", 7, None),
    JobResult(3, [{"household_no": "A12345678", "reason": {"zh-TW": "獨居長者\n需要訪視"}}]),
    JobResult(1, {"counts": {"sent": 2}, "stopped": None}),
    JobError(1, "sync.busy"),
    JobError(0, "store.key_mismatch", {"path": "/data/kiosk.db"}),
]


@pytest.mark.parametrize("message", EXAMPLES, ids=lambda m: type(m).__name__)
def test_every_message_survives_its_line(message):
    line = message.to_json()
    assert line.endswith("\n") and line.count("\n") == 1  # a newline inside would split it in two on the pipe
    assert from_json(line) == message
    assert from_json(line.encode("utf-8")) == message


def test_the_examples_cover_every_message_type():
    assert {type(m) for m in EXAMPLES} == set(MESSAGE_TYPES.values())


@pytest.mark.parametrize("line", ["", "not json", "[1, 2]", '{"job": 1}', '{"type": "launch_missiles", "job": 1}',
                                  '{"type": "result"}', '{"type": "progress", "job": 1, "phase": "upload"}'])
def test_anything_else_is_refused(line):
    with pytest.raises(BadMessage):
        from_json(line)


def test_the_key_is_never_in_a_message_repr():
    assert "00ff" not in repr(KeyHandover("00ff" * 16))
