"""Popups opened and audited on their own pixels like any screen: a field's menu and the error
message box, in both themes; a disabled menu entry is told apart from an enabled one (measured)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QMenu, QMessageBox

from ui import pixel_contrast, theme, tokens
from ui.audit import MIN_CONTRAST, MIN_DISABLED_CONTRAST, audit
from ui.dialogs import touch_sized

ENABLED_VS_DISABLED = 1.8  # the two text colours against each other: told apart at a glance


@pytest.fixture()
def themed(qapp):
    from ui.app import qt_application

    qt_application()
    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    yield lambda name, scale: theme.apply(qapp, name, scale)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def opened_menu(qtbot) -> tuple[QLineEdit, QMenu]:
    field = QLineEdit("秀英")  # nothing to undo or paste: those entries are disabled
    field.setAccessibleName("姓名")
    qtbot.addWidget(field)
    field.show()
    menu = field.createStandardContextMenu()
    menu.popup(field.mapToGlobal(field.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    return field, menu  # the field too: the menu is its child


@pytest.mark.parametrize("name", sorted(tokens.THEMES))
@pytest.mark.parametrize("scale", (100, 200))
def test_a_fields_menu_has_touch_sized_readable_entries_and_disabled_ones_look_disabled(qtbot, themed, name, scale):
    themed(name, scale)
    _field, menu = opened_menu(qtbot)
    try:
        lowest: dict = {}
        assert audit(menu, {"screen": "menu", "theme": name}, lowest) == []
        assert lowest[f"{name}:text"]["ratio"] >= MIN_CONTRAST
        assert lowest[f"{name}:disabled_text"]["ratio"] >= MIN_DISABLED_CONTRAST
        image = pixel_contrast.pixels(menu.grab().toImage())
        fore = {}
        for action in menu.actions():
            if not action.isSeparator():
                fore[action.isEnabled()] = pixel_contrast.text_contrast(image, menu.actionGeometry(action)).fore
        assert set(fore) == {True, False}
        apart = theme.contrast(fore[True], fore[False])
        assert apart >= ENABLED_VS_DISABLED, f"{fore[True]} vs {fore[False]}: {apart:.2f}:1"
    finally:
        menu.close()


@pytest.mark.parametrize("name", sorted(tokens.THEMES))
def test_the_error_message_box_measures_up(qtbot, themed, name):
    themed(name, 200)
    box = touch_sized(QMessageBox(QMessageBox.Warning, "Kiosk", "磁碟已滿。資料沒有遺失；請清出一些空間再試一次。",
                                  QMessageBox.Ok))
    box.setAccessibleName(box.text())
    qtbot.addWidget(box)
    box.show()  # as ErrorHandler.report shows it, without waiting for an answer
    qtbot.waitExposed(box)
    lowest: dict = {}
    assert audit(box, {"screen": "message", "theme": name}, lowest) == []
    assert lowest[f"{name}:text"]["ratio"] >= MIN_CONTRAST and lowest[f"{name}:boundary"]["ratio"] >= 3
