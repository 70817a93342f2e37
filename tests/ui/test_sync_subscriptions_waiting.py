"""The sync screen says plainly when the hub does not take subscriptions yet (a hub older than
issue 24): they are kept on this device and sent later."""

from __future__ import annotations

from kiosk.subscriptions.notice import NOTICE_VERSION
from kiosk.subscriptions.request import SubscriptionRequest
from tests.sync.older_hub import serve_without_subscriptions
from tests.ui.hub import enter_store_and_hub
from ui.selftest import settle


def test_subscriptions_an_older_hub_refuses_are_said_on_the_sync_screen(officer_app, qtbot, tmp_path, monkeypatch):
    serve_without_subscriptions(monkeypatch)
    kiosk = officer_app
    hub = enter_store_and_hub(kiosk, tmp_path)
    try:
        kiosk.ctx.background.run(kiosk.ctx.workspace.subscribe, SubscriptionRequest(
            language="zh-TW", purposes=("reminders",), calendar=True, household_no=kiosk.fixtures["household_no"],
            notice_version=NOTICE_VERSION))
        settle(kiosk)
        kiosk.window.nav.go("sync")
        assert kiosk.ctx.sync.sync_now()
        qtbot.waitUntil(lambda: not kiosk.ctx.sync.running, timeout=120000)
        settle(kiosk)
        screen = kiosk.window.nav.screen("sync")
        assert "1 筆通知訂閱尚未送出" in screen.details.text()
        kiosk.ctx.languages.set_language("en")
        settle(kiosk)
        assert "1 news subscriptions are not sent yet" in screen.details.text()
    finally:
        kiosk.ctx.languages.set_language("zh-TW")
        hub.close()
