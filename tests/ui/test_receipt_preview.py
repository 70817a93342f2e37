"""The receipt preview scales to the window, and its print and save actions are on screen on
arrival at every text size, however tall the receipt."""

from __future__ import annotations

import pytest

from ui.selftest import settle


def _show_receipt(kiosk, scale: int, size: tuple[int, int]):
    kiosk.ctx.prefs.set("scale", scale)
    kiosk.apply_display()
    kiosk.window.resize(*size)
    screen = kiosk.window.nav.go("receipt", application_id=kiosk.fixtures["submitted"])
    settle(kiosk)
    return screen


@pytest.mark.parametrize("scale", [100, 200])
def test_the_actions_are_on_screen_on_arrival(officer_app, scale):
    screen = _show_receipt(officer_app, scale, (1280, 800))
    try:
        for button in (screen.print_a4, screen.print_roll, screen.save_pdf):
            shown = button.visibleRegion().boundingRect()
            assert shown.size() == button.size(), f"{button.accessibleName()} is not fully on screen at {scale} %"
    finally:
        officer_app.ctx.prefs.set("scale", 100)
        officer_app.apply_display()


def test_the_preview_grows_with_the_window(officer_app):
    small = _show_receipt(officer_app, 100, (1024, 700)).preview
    small_size = (small.width(), small.height())
    large = _show_receipt(officer_app, 100, (1600, 1000)).preview
    assert small_size[1] > 0 and large.height() > small_size[1] * 1.2
    assert large.height() <= officer_app.window.height()  # never taller than the window
