"""A refused audit anchor is seen (issue 17 N4): `kiosk sync` warns and exits non-zero instead of
"Sync complete", and `kiosk-hub devices` flags the device. The refusal here follows a forged forward
skip, which the hub accepts (anchors are sparse) and which then makes the honest chain look rewound."""

from __future__ import annotations

import hashlib
import json

import pytest

from sync.cli import print_report
from sync.client.config import client_for
from sync.hub.cli import main as hub_cli


@pytest.fixture
def forged_skip(device):
    client, _ = client_for(device.store)
    try:
        forged = client.call("POST", "/v1/audit/anchor", expect_json=False,
                             json_body={"seq": 1_000_000, "head": hashlib.sha256(b"forged").hexdigest()})
    finally:
        client.close()
    assert forged.status == 204
    return device


def test_kiosk_sync_warns_and_fails_when_the_hub_refuses_the_audit_anchor(forged_skip, capsys):
    report = forged_skip.sync()
    assert report.audit_refused == "audit_rewound"
    assert print_report(report, "en") == 4
    out = capsys.readouterr()
    assert "Sync complete" not in out.out
    assert "security officer" in out.err and "audit log" in out.err


def test_kiosk_hub_devices_flags_the_refused_device(forged_skip, hub, capsys):
    forged_skip.sync()
    forged_skip.sync()
    capsys.readouterr()
    assert hub_cli(["devices", "--json", "--db", hub.db_url]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["audit_refused"]["count"] == 2 and listed["audit_refused"]["last_code"] == "audit_rewound"
    assert listed["audit_seq"] == 1_000_000  # the forged anchor is visible too
    assert hub_cli(["devices", "--db", hub.db_url]) == 0
    assert "AUDIT LOG REFUSED 2 time(s)" in capsys.readouterr().out
