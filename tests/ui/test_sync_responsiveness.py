"""The window never freezes while 1,000 applications go up to a hub (a guard with a generous
ceiling: tests/ui/stall.py), and the progress bar moves. The hub is its own process, as a real one
would be."""

from __future__ import annotations

import shutil
import time

import pytest
from PySide6.QtCore import Qt

from tests.ui.stall import FREEZE_CEILING_MS, StallMeter, report_figures
from tests.ui.stall_district import APPLICATIONS, PIN, district_and_hub

pytestmark = pytest.mark.stall

SCOPE = "stall-test"


@pytest.mark.timeout(900)  # building the district and 1,000 applications took over 300 s at load average 12
def test_a_thousand_applications_sync_without_stalling_the_window(tmp_path, qapp, qtbot):
    from sync.client.config import enroll
    from ui.app import KioskApp, qt_application
    from ui.selftest import settle, unlock_and_wait

    data_dir, hub = district_and_hub(tmp_path, SCOPE)
    qt_application()
    kiosk = KioskApp(data_dir=data_dir, mode="officer", lang="zh-TW", crash_dialog=False, kiosk_fullscreen=False)
    try:
        assert unlock_and_wait(kiosk, PIN), "the store did not unlock"
        enroll(kiosk.ctx.workspace.store, hub.url, hub.code())
        kiosk.ctx.sync.refresh()
        settle(kiosk)
        screen = kiosk.window.nav.go("sync")
        seen_progress = set()
        kiosk.ctx.sync.progress.connect(lambda p: seen_progress.add(screen.bar.value()))

        meter = StallMeter()
        meter.start()
        started = time.monotonic()
        qtbot.mouseClick(screen.sync_button, Qt.LeftButton)
        assert kiosk.ctx.sync.running
        while kiosk.ctx.sync.running:
            assert time.monotonic() - started < 300, "sync never finished"
            qtbot.wait(10)
        meter.stop()
        report = kiosk.ctx.sync.last_report
        assert report is not None and report.complete, kiosk.ctx.sync.last_error
        assert hub.count_revisions() == APPLICATIONS
        assert len(seen_progress) > 3, "the progress bar never moved"
        print(f"1,000 applications synced in {time.monotonic() - started:.1f} s; longest stall "
              f"{meter.longest_ms:.1f} ms over {meter.ticks} ticks")
        report_figures("sync_1000_applications", meter)
        assert meter.longest_ms <= FREEZE_CEILING_MS, f"the event loop froze for {meter.longest_ms:.0f} ms"
    finally:
        kiosk.lock()
        settle(kiosk)
        kiosk.ctx.speaker.shutdown()
        kiosk.window.close()
        hub.stop()
        shutil.rmtree(data_dir, ignore_errors=True)
