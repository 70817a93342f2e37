"""The officer learns of a new release from the hub, on the home and sync screens, in words and in
their language; a forged manifest shows nothing; the app offers no way to install anything itself."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QAbstractButton

from kiosk import __version__
from tests.sync.releases import pin_release_key, signed
from tests.ui.hub import enter_store_and_hub
from ui.audit import audit
from ui.selftest import settle


def sync_and_wait(kiosk, qtbot) -> None:
    assert kiosk.ctx.sync.sync_now()
    qtbot.waitUntil(lambda: not kiosk.ctx.sync.running, timeout=60000)
    settle(kiosk)
    assert kiosk.ctx.sync.last_report.complete, kiosk.ctx.sync.last_error


def test_a_signed_release_is_announced_and_a_forged_one_is_not(officer_app, qtbot, tmp_path, monkeypatch):
    from kiosk import updates
    from sync.hub.admin import publish_release, publish_reference

    kiosk = officer_app
    key = pin_release_key(tmp_path, monkeypatch)
    hub = enter_store_and_hub(kiosk, tmp_path)
    try:
        home, sync_screen = kiosk.window.nav.screen("home"), kiosk.window.nav.screen("sync")
        kiosk.window.nav.home()
        settle(kiosk)
        assert home.update_note.isHidden()

        publish_release(hub.db, signed(key, "9.0.0"))
        sync_and_wait(kiosk, qtbot)
        assert home.update_note.isVisible()
        text = home.update_note.accessibleName()
        assert "9.0.0" in text and __version__ in text and "收據可用手機掃描驗證" in text
        assert audit(kiosk.window, {"screen": "home"}) == []
        kiosk.window.grab().save(str(tmp_path / "home-update.png"))

        kiosk.window.nav.go("sync")
        settle(kiosk)
        assert sync_screen.update_note.isVisible() and "9.0.0" in sync_screen.update_note.accessibleName()
        assert audit(kiosk.window, {"screen": "sync"}) == []
        buttons = [b.accessibleName() for b in kiosk.window.findChildren(QAbstractButton) if b.isVisible()]
        assert not any("9.0.0" in name for name in buttons)  # told, never offered an install button

        kiosk.ctx.languages.set_language("en")
        settle(kiosk)
        assert "Ask IT support" in sync_screen.update_note.accessibleName()

        forged = signed(Ed25519PrivateKey.generate(), "9.9.9")  # a hub that pins no key passes it on
        publish_reference(hub.db, updates.REFERENCE_KIND, updates.REFERENCE_KEY, forged)
        sync_and_wait(kiosk, qtbot)
        assert sync_screen.update_note.isHidden()
    finally:
        hub.close()
