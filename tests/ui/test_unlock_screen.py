"""The unlock screen's PIN box follows the text size: as many characters wide at every size."""

from __future__ import annotations

from ui.screens.unlock import PIN_FIELD_EM
from ui.selftest import settle


def test_the_pin_box_is_as_many_characters_wide_after_each_text_size_change(qapp, tmp_path):
    from tests.ui.conftest import close_window
    from ui.app import KioskApp, qt_application

    qt_application()
    kiosk = KioskApp(data_dir=tmp_path, mode="officer", lang="zh-TW", crash_dialog=False, kiosk_fullscreen=False)
    kiosk.ctx.prefs._settings = None  # the test neither reads nor changes the user's preferences
    pin = kiosk.window.nav.screen("unlock").pin
    widths = {}
    try:
        for scale in (100, 200, 100, 150):  # it lagged one change behind: 200 % got the 100 % box, and back
            kiosk.ctx.prefs.set("scale", scale)
            kiosk.apply_display()
            settle(kiosk)
            assert pin.maximumWidth() == PIN_FIELD_EM * pin.fontMetrics().averageCharWidth(), scale
            widths[scale] = pin.maximumWidth()
        assert widths[100] < widths[150] < widths[200]
    finally:
        kiosk.ctx.prefs.set("scale", 100)
        kiosk.apply_display()
        kiosk.ctx.speaker.shutdown()
        close_window(kiosk)
