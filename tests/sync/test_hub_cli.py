"""The `kiosk-hub` and `kiosk enroll` / `kiosk sync` commands as an operator and an officer use
them (real processes), and the checked-in OpenAPI document against the running hub."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

from sync.hub.openapi import CHECKED_IN, document
from sync.hub.process import free_port
from tests.conftest import TEST_PIN
from tests.forked_cli import run_captured

HUB = [sys.executable, "-m", "sync.hub.cli"]
KIOSK = [sys.executable, "-m", "kiosk.cli.main"]


def run(command: list[str], **env: str) -> subprocess.CompletedProcess:
    """A command to its end in a child process forked from the preloaded server (tests/forked_cli.py);
    `serve` below starts a fresh interpreter, as an operator does."""
    module = {tuple(HUB): "sync.hub.cli", tuple(KIOSK): "kiosk.cli.main"}[tuple(command[:3])]
    return run_captured(module, command[3:], {**os.environ, "PYTHONUTF8": "1", **env})


def test_openapi_document_is_checked_in_and_current():
    assert json.loads(CHECKED_IN.read_text(encoding="utf-8")) == json.loads(json.dumps(document())), \
        "run: kiosk-hub openapi --out sync/openapi.json"


def test_every_documented_operation_is_served(device, hub):
    from sync.client.config import client_for

    client, _ = client_for(device.store)
    spec = json.loads(CHECKED_IN.read_text(encoding="utf-8"))
    try:
        for path, operations in spec["paths"].items():
            concrete = (path.replace("{application_id}", str(uuid.uuid4())).replace("{revision}", "1")
                        .replace("{household_no}", "Z0000000").replace("{upload_id}", str(uuid.uuid4()))
                        .replace("{sha256}", "0" * 64))
            for method in operations:
                answer = client.call(method.upper(), concrete, json_body={} if method in ("post", "put", "patch")
                                     else None, idempotency_key=str(uuid.uuid4()), expect_json=False)
                assert answer.status not in (405,), (method, path)
                assert answer.code != "unknown_endpoint", (method, path)
                if answer.status >= 400 and method != "head":
                    assert answer.headers["Content-Type"].startswith("application/problem+json"), (method, path)
                    assert str(answer.status) in operations[method]["responses"] or \
                        "4XX" in operations[method]["responses"], (method, path, answer.status)
    finally:
        client.close()


@pytest.mark.slow
def test_operator_and_officer_commands_end_to_end(tmp_path: Path, reference_documents):
    db = f"sqlite:///{tmp_path / 'hub.db'}"
    households = tmp_path / "households.json"
    households.write_text(json.dumps(reference_documents, ensure_ascii=False), encoding="utf-8")
    imported = run(HUB + ["import", str(households), "--scope", "福星里", "--db", db])
    assert imported.returncode == 0 and json.loads(imported.stdout)["created"] == len(reference_documents)
    code = run(HUB + ["enrollment-code", "--scope", "福星里", "--db", db]).stdout.strip().splitlines()[-1]
    assert len(code.replace("-", "")) == 12
    port = free_port()
    server = subprocess.Popen(HUB + ["serve", "--db", db, "--port", str(port)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env={**os.environ, "PYTHONUTF8": "1"})
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120  # a busy machine: 30 s was not enough (load 10-20)
        while True:
            try:
                if requests.get(url + "/v1/health", timeout=1).json()["status"] == "ok":
                    break
            except requests.RequestException:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        data = tmp_path / "kiosk"
        officer = {"KIOSK_PIN": TEST_PIN, "KIOSK_DATA_DIR": str(data)}
        assert run(KIOSK + ["init"], **officer).returncode == 0
        enrolled = run(KIOSK + ["enroll", "--hub", url, "--code", code], **officer)
        assert enrolled.returncode == 0, enrolled.stderr
        first = run(KIOSK + ["sync", "--max-seconds", "60"], **officer)
        assert first.returncode == 0, first.stderr
        # an application made with the officer's commands, then sent
        from kiosk.applications.signatures import synthetic_signature

        new = run(KIOSK + ["application", "new", "--household", "A7654321", "--service", "S03", "--person",
                           "A108765438", "--set", "living_arrangement=with_spouse", "--set", "institutionalised=否",
                           "--set", "receive_by=bank", "--set", "bank_account=700-00012345678"], **officer)
        assert new.returncode == 0, new.stderr
        application_id = json.loads(run(KIOSK + ["application", "list", "--json"], **officer).stdout)[0]["id"]
        strokes = tmp_path / "sig.json"
        strokes.write_text(json.dumps({"strokes": synthetic_signature(4), "width": 600, "height": 200}))
        submitted = run(KIOSK + ["application", "submit", application_id, "--consent-by", "陳大明", "--signature",
                                 str(strokes), "--notice-read"], **officer)
        assert submitted.returncode == 0, submitted.stderr
        sent = run(KIOSK + ["sync"], **officer)
        assert sent.returncode == 0, sent.stderr
        listing = json.loads(run(HUB + ["applications", "--json", "--db", db]).stdout)
        assert [(r["application_id"], r["revision"]) for r in listing] == [(application_id, 1)]
        assert set(listing[0]) >= {"application_id", "revision", "digest", "status"}
        decided = run(HUB + ["decide", application_id, "need-documents", "--reason", "請補存摺影本", "--db", db])
        assert decided.returncode == 0 and json.loads(decided.stdout)["status"] == "need_documents"
        assert run(KIOSK + ["sync"], **officer).returncode == 0
        shown = json.loads(run(KIOSK + ["application", "show", application_id, "--json"], **officer).stdout)
        assert shown["state"] == "needs_documents" and shown["decision"]["reason"] == "請補存摺影本"
    finally:
        server.terminate()
        server.wait(20)
    # the hub is gone: sync says what is pending and why, and exits non-zero
    offline = run(KIOSK + ["sync", "--max-seconds", "3"], **officer)
    assert offline.returncode == 2
    assert offline.stderr.strip()
