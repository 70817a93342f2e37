"""The self-test tour: every screen walked offscreen on a fresh demo district, audited."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.full_tour
def test_full_tour_every_language_size_and_theme_has_no_accessibility_finding(tmp_path):
    """`kiosk --self-test` as IT runs it: 5 languages x 3 text sizes + 2 high-contrast, every screen."""
    kiosk = shutil.which("kiosk", path=str(Path(sys.executable).parent))
    shots = tmp_path / "shots"
    result = subprocess.run([kiosk, "--self-test", "--screenshots", str(shots), "--data-dir", str(tmp_path / "data")],
                            capture_output=True, text=True, timeout=600,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    report = json.loads((shots / "audit.json").read_text(encoding="utf-8"))
    assert result.returncode == 0, report["findings"][:5]
    assert report["findings"] == []
    assert report["combinations"] == 17
    shots_taken = {p.name for p in shots.glob("*.png")}
    assert len(shots_taken) == report["screens"] * report["combinations"]
    from ui.tour_states import PAGE_KINDS

    for lang in ("zh-TW", "en", "vi", "id", "th"):
        for scale in (100, 200):
            assert f"wizard-{lang}-{scale}-normal.png" in shots_taken
            for kind in PAGE_KINDS:  # every wizard page kind, and the error each one can show
                assert f"page-{kind}-{lang}-{scale}-normal.png" in shots_taken
                assert f"error-{kind}-{lang}-{scale}-normal.png" in shots_taken or PAGE_KINDS[kind][2] is None
            for state in ("error-unlock", "error-consent", "error-status", "helper-results", "helper-next-steps",
                          "hand-over"):
                assert f"{state}-{lang}-{scale}-normal.png" in shots_taken


@pytest.mark.slow
def test_tour_in_chinese_and_english_at_100_and_200_percent_and_high_contrast(tmp_path):
    """make test's tour (the five-language one is make test-all): every screen and state, both themes.
    Audited without writing the PNGs, a fifth of its time: the Vietnamese tour below writes them."""
    kiosk = shutil.which("kiosk", path=str(Path(sys.executable).parent))
    shots = tmp_path / "shots"
    result = subprocess.run([kiosk, "--self-test", "--screenshots", str(shots), "--audit-only",
                             "--data-dir", str(tmp_path / "data"), "--tour-languages", "zh-TW,en", "--tour-sizes", "100,200"],
                            capture_output=True, text=True, timeout=600,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    report = json.loads((shots / "audit.json").read_text(encoding="utf-8"))
    assert result.returncode == 0 and report["findings"] == [], report["findings"][:5]
    assert report["combinations"] == 6  # zh-TW and en at 100 and 200 %, zh-TW in high contrast at both
    audited = set(report["audited"])
    assert len(audited) == len(report["audited"]) == report["screens"] * report["combinations"]
    for suffix in ("zh-TW-200-normal", "en-100-normal", "zh-TW-200-high_contrast"):
        for state in ("wizard", "error-unlock", "error-consent", "error-status", "helper-results", "hand-over"):
            assert f"{state}-{suffix}" in audited
    assert not list(shots.glob("*.png"))


@pytest.mark.slow
def test_tour_limited_to_vietnamese_at_100_percent_shows_no_english_or_chinese(tmp_path):
    """`--tour-languages`/`--tour-sizes` keep IT's run short; the language audit runs on every screen."""
    kiosk = shutil.which("kiosk", path=str(Path(sys.executable).parent))
    shots = tmp_path / "shots"
    result = subprocess.run([kiosk, "--self-test", "--screenshots", str(shots), "--data-dir", str(tmp_path / "data"),
                             "--tour-languages", "vi", "--tour-sizes", "100"],
                            capture_output=True, text=True, timeout=600,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    report = json.loads((shots / "audit.json").read_text(encoding="utf-8"))
    assert report["combinations"] == 1
    assert report["findings"] == [] and result.returncode == 0
    lowest = report["lowest_contrast"]  # measured on the screenshots' pixels
    assert lowest["normal:text"]["ratio"] >= 7 and lowest["normal:boundary"]["ratio"] >= 3
    shots_taken = [p.name for p in shots.glob("*.png")]
    assert shots_taken and all(name.endswith("-vi-100-normal.png") for name in shots_taken), shots_taken
    assert sorted(shots_taken) == sorted(f"{name}.png" for name in report["audited"])  # a PNG of every audit
    assert "wizard-vi-100-normal.png" in shots_taken and "error-status-vi-100-normal.png" in shots_taken


def test_audit_finds_a_small_unnamed_low_contrast_button(qapp):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from ui.audit import audit

    window = QWidget()
    layout = QVBoxLayout(window)
    bad = QPushButton()
    bad.setFixedSize(30, 30)
    bad.setStyleSheet("color: #999999; background: #FFFFFF; border: none; padding: 0;")  # measured: 2.8:1
    bad.setText("x")
    layout.addWidget(bad)
    window.resize(400, 300)
    window.show()
    kinds = {f["kind"] for f in audit(window, {"screen": "test"})}
    assert {"target_too_small", "low_contrast"} <= kinds


def test_audit_finds_a_screen_that_scrolls_sideways(qapp):
    from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

    from ui.audit import audit
    from ui.wrapped import WrappedLabel

    def kinds_for(label: QLabel) -> set[str]:
        window = QWidget()
        area = QScrollArea()
        QVBoxLayout(window).addWidget(area)
        label.setText("a field label that a translation made far longer than the screen is wide " * 3)
        area.setWidget(label)
        area.setWidgetResizable(True)
        window.resize(400, 300)
        window.show()
        qapp.processEvents()
        return {f["kind"] for f in audit(window, {"screen": "test"})}

    assert "sideways_scrolling" in kinds_for(QLabel())
    assert "sideways_scrolling" not in kinds_for(WrappedLabel())


def test_a_screen_is_rendered_once_for_its_audit_and_its_screenshot(qapp, tmp_path):
    """The tour's screenshot is the very rendering whose pixels were audited (and costs no second one)."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from ui.selftest import audit_and_shoot

    class CountedPaints(QWidget):
        paints = 0

        def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
            CountedPaints.paints += 1
            super().paintEvent(event)

    window = CountedPaints()
    QVBoxLayout(window).addWidget(QLabel("a screen"))
    window.resize(400, 300)
    window.show()
    qapp.processEvents()
    CountedPaints.paints = 0
    where = {"screen": "counted", "lang": "en", "scale": 100, "theme": "normal"}
    assert audit_and_shoot(window, where, tmp_path, {}) == []
    assert CountedPaints.paints == 1
    shot = QImage(str(tmp_path / "counted-en-100-normal.png"))
    assert (shot.width(), shot.height()) == (400, 300)
