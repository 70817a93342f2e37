"""The self-test tour: every screen walked offscreen on a fresh demo district, audited."""

from __future__ import annotations

import json
import subprocess
import sys


def test_tour_in_chinese_and_english_at_every_size_has_no_accessibility_finding(tmp_path):
    code = ("import sys; from ui.selftest import self_test; from pathlib import Path;"
            "combos=[(l,s,'normal') for l in ('zh-TW','en') for s in (100,150,200)]+[('zh-TW',100,'high_contrast')];"
            f"sys.exit(self_test(Path({str(tmp_path / 'shots')!r}), None, combos))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    report = json.loads((tmp_path / "shots" / "audit.json").read_text(encoding="utf-8"))
    assert result.returncode == 0, report["findings"][:5]
    assert report["findings"] == []
    shots = list((tmp_path / "shots").glob("*.png"))
    assert len(shots) == 17 * 7


def test_audit_finds_a_small_unnamed_low_contrast_button(qapp):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from ui.audit import audit

    window = QWidget()
    layout = QVBoxLayout(window)
    bad = QPushButton()
    bad.setFixedSize(30, 30)
    palette = bad.palette()
    palette.setColor(QPalette.ButtonText, QColor("#999999"))
    palette.setColor(QPalette.Button, QColor("#FFFFFF"))
    bad.setPalette(palette)
    bad.setText("x")
    layout.addWidget(bad)
    window.resize(400, 300)
    window.show()
    kinds = {f["kind"] for f in audit(window, {"screen": "test"})}
    assert {"target_too_small", "low_contrast"} <= kinds
