"""Quick to start: the unlock screen is painted before the store, the rules and the PDFs are loaded."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from pathlib import Path
from ui.app import FirstPaint, KioskApp, qt_application
app = qt_application()
kiosk = KioskApp(data_dir=Path(sys.argv[1]), crash_dialog=False, kiosk_fullscreen=False)
def report():
    heavy = ("sqlalchemy", "sqlcipher3", "openfisca_core", "reportlab", "requests", "pyttsx3", "kiosk.workspace")
    print("loaded_at_first_paint=" + ",".join(m for m in heavy if m in sys.modules), flush=True)
    app.quit()
probe = FirstPaint(kiosk.unlock_screen, report)
app.exec()
kiosk.ctx.background.wait(20000)
kiosk.ctx.speaker.shutdown()
"""


def test_unlock_screen_is_painted_before_the_heavy_modules_load(tmp_path):
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    line = next(x for x in result.stdout.splitlines() if x.startswith("loaded_at_first_paint="))
    assert line == "loaded_at_first_paint=", line


def test_startup_probe_reports_and_quits(tmp_path):
    kiosk = os.path.join(os.path.dirname(sys.executable), "kiosk")
    result = subprocess.run([kiosk, "--startup-probe", "--no-crash-dialog", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert any(x.startswith("startup_s=") for x in result.stdout.splitlines())
    assert "Traceback" not in result.stderr
