"""The sync screen tells the officer when the hub refused this device's audit anchor (issue 17 N4):
before, the screen said everything was sent while the hub had refused the audit log."""

from __future__ import annotations

import hashlib

from sync.client.config import client_for
from tests.ui.hub import enter_store_and_hub
from ui.selftest import settle


def test_a_refused_audit_anchor_is_shown_on_the_sync_screen(officer_app, qtbot, tmp_path):
    kiosk = officer_app
    hub = enter_store_and_hub(kiosk, tmp_path)
    try:
        client, _ = client_for(kiosk.ctx.workspace.store)
        try:  # a forged forward skip: every honest anchor after it looks rewound
            assert client.call("POST", "/v1/audit/anchor", expect_json=False,
                               json_body={"seq": 1_000_000, "head": hashlib.sha256(b"x").hexdigest()}).status == 204
        finally:
            client.close()
        kiosk.window.nav.go("sync")
        assert kiosk.ctx.sync.sync_now()
        qtbot.waitUntil(lambda: not kiosk.ctx.sync.running, timeout=60000)
        settle(kiosk)
        screen = kiosk.window.nav.screen("sync")
        assert "稽核紀錄" in screen.details.text()
        kiosk.ctx.languages.set_language("en")
        settle(kiosk)
        assert "tell the security officer" in screen.details.text().lower()
    finally:
        hub.close()
