"""The design system on the rendered pixels: flat fills in the theme's own colours, text >= 7:1 and
every boundary >= 3:1 in both themes at every text size, disabled told apart, bold headings."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (QComboBox, QLabel, QLineEdit, QPushButton, QScrollArea, QStyleFactory, QVBoxLayout,
                               QWidget)

from ui import pixel_contrast, theme, tokens, widgets
from ui.audit import audit


@pytest.fixture()
def themed(qapp):
    """Apply a theme and text size the way the app does; the app's look is put back afterwards."""
    from ui.app import qt_application

    qt_application()
    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    windows: list[QWidget] = []

    def use(name: str, scale: int) -> None:
        theme.apply(qapp, name, scale)

    use.windows = windows
    yield use
    for window in windows:
        window.close()
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def _shown(qtbot, window: QWidget, size=(900, 700)) -> QWidget:
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _every_control() -> tuple[QWidget, dict[str, QWidget]]:
    window = QWidget()
    outer = QVBoxLayout(window)
    area = QScrollArea()
    area.setWidgetResizable(True)
    inner = QWidget()
    layout = widgets.column(inner)
    label = widgets.field_label()
    label.setText("姓名")
    edit = widgets.line_edit(label, "例如：秀英")
    combo = widgets.combo(QLabel("語言"))
    combo.addItems(["中文（臺灣）", "Tiếng Việt"])
    controls = {"heading": widgets.heading("設定"), "label": label, "edit": edit, "combo": combo,
                "primary": widgets.button("下一步", role="primary"), "secondary": widgets.button("上一步"),
                "quiet": widgets.button("結束", role="quiet"), "danger": widgets.button("刪除草稿", role="danger"),
                "card": widgets.Card("福利小幫手\n回答幾個問題"), "check": widgets.checkbox("自動朗讀")}
    for w in controls.values():
        layout.addWidget(w)
    for _ in range(12):  # enough to scroll: the scroll bar's thumb is measured too
        layout.addWidget(widgets.body("一段說明文字。"))
    area.setWidget(inner)
    outer.addWidget(area)
    return window, controls


@pytest.mark.parametrize("name", sorted(tokens.THEMES))
@pytest.mark.parametrize("scale", tokens.TEXT_SCALES)
def test_every_text_and_boundary_measures_up_on_the_pixels(qtbot, themed, name, scale):
    themed(name, scale)
    window, controls = _every_control()
    _shown(qtbot, window)
    controls["edit"].setFocus()  # the focus ring is measured as well
    qtbot.waitUntil(lambda: controls["edit"].hasFocus())
    lowest: dict = {}
    findings = audit(window, {"screen": "controls", "theme": name, "scale": scale}, lowest)
    contrast = [f for f in findings if f["kind"] in ("low_contrast", "weak_boundary")]
    assert contrast == []
    assert lowest[f"{name}:text"]["ratio"] >= 7
    assert lowest[f"{name}:boundary"]["ratio"] >= 3


def test_primary_button_is_drawn_in_the_themes_dark_blue_without_a_gradient(qtbot, themed):
    themed("normal", 100)
    window = QWidget()
    primary = widgets.button("送出申請", role="primary")
    QVBoxLayout(window).addWidget(primary)
    _shown(qtbot, window, (400, 200))
    image = pixel_contrast.pixels(primary.grab().toImage())
    column = image[4:-4, 8]  # down the button's left side, inside its corner: one flat colour
    assert {f"#{c:06x}" for c in column} == {tokens.NORMAL.primary.lower()}
    measured = pixel_contrast.text_contrast(image, primary.rect().adjusted(6, 6, -6, -6))
    assert measured.ratio >= 10 and measured.back == tokens.NORMAL.primary.lower()


def test_audit_measures_a_fusion_gradient_primary_button_below_7_to_1(qtbot, qapp):
    """The old look: Fusion draws the palette's #0B3D91 as a lighter gradient; the palette says
    10:1, the pixels say less than 7:1."""
    sheet = qapp.styleSheet()
    qapp.setStyleSheet("")
    try:
        window = QWidget()
        window.setPalette(theme.palette(tokens.NORMAL))
        old = QPushButton("送出申請")
        old.setStyle(QStyleFactory.create("Fusion"))
        old.setPalette(theme.role_palette(tokens.NORMAL, "primary"))
        old.setMinimumSize(200, 64)
        QVBoxLayout(window).addWidget(old)
        _shown(qtbot, window, (400, 200))
        findings = [f for f in audit(window, {"screen": "old"}) if f["kind"] == "low_contrast"]
    finally:
        qapp.setStyleSheet(sheet)
    assert findings and findings[0]["detail"].startswith("measured ")
    ratio = float(findings[0]["detail"].split()[1].split(":")[0])
    assert ratio < 7


def test_audit_finds_a_field_whose_outline_is_too_faint(qtbot, qapp):
    window = QWidget()
    faint = QLineEdit("秀英")
    faint.setAccessibleName("姓名")
    faint.setMinimumSize(300, 64)
    faint.setStyleSheet("background: #FFFFFF; color: #141414; border: 2px solid #B6B6B6;")  # 2.0:1 on white
    window.setStyleSheet("background: #FFFFFF;")
    QVBoxLayout(window).addWidget(faint)
    _shown(qtbot, window, (400, 200))
    weak = [f for f in audit(window, {"screen": "faint"}) if f["kind"] == "weak_boundary"]
    assert weak and "2.0:1" in weak[0]["detail"]


@pytest.mark.parametrize("name", sorted(tokens.THEMES))
def test_a_disabled_button_looks_disabled_and_stays_readable(qtbot, themed, name):
    themed(name, 100)
    window = QWidget()
    layout = QVBoxLayout(window)
    enabled = {role: widgets.button("上一題", role=role) for role in ("primary", "secondary", "quiet", "danger")}
    disabled = widgets.button("上一題")
    disabled.setEnabled(False)
    for w in (*enabled.values(), disabled):
        layout.addWidget(w)
    _shown(qtbot, window, (400, 600))

    def look(button: QPushButton) -> tuple[pixel_contrast.Measured, int]:
        image = pixel_contrast.pixels(button.grab().toImage())
        edge = image[button.height() // 2 - 10:button.height() // 2 + 10, 0]  # down its left outline
        return pixel_contrast.text_contrast(image, button.rect().adjusted(6, 6, -6, -6)), len(set(edge.tolist()))

    text, outline_colours = look(disabled)
    assert text.ratio >= 4.5
    assert outline_colours > 1  # dashed: its outline is broken, whatever the colours
    for role, button in enabled.items():
        other, solid = look(button)
        assert solid == 1, role
        assert (other.fore, other.back) != (text.fore, text.back), role


def test_headings_stay_bold_at_200_percent(qtbot, themed):
    themed("normal", 200)
    window = QWidget()
    layout = QVBoxLayout(window)
    bold = widgets.heading("設定語言", level=1)
    plain = QLabel("設定語言")
    plain.setFont(bold.font())
    plain_font = plain.font()
    plain_font.setBold(False)
    plain.setFont(plain_font)
    layout.addWidget(bold)
    layout.addWidget(plain)
    _shown(qtbot, window, (900, 500))

    def dark_pixels(label: QLabel) -> int:
        return int((pixel_contrast.pixels(label.grab().toImage()) < 0x404040).sum())

    assert dark_pixels(bold) > dark_pixels(plain) * 1.2
