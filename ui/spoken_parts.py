"""A screen's texts as speech parts, in the order its layouts show them, each tagged with what it is.

Labels say the question, a field says its answer, a badge its state, buttons what can be pressed;
kiosk.speech_text then orders and words them. A keypad is not read key by key: keys of one
character (1 … 9, ←, C) and widgets marked `speech="skip"` are left out; the field they type into
says what was typed. Hidden and disabled controls are not offered.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSlider, QCheckBox, QComboBox, QLabel, QLayout, QLineEdit,
                               QScrollArea, QWidget)

from kiosk.i18n import tr
from kiosk.speech_text import Part
from ui import i18n
from ui.widgets import Badge, Card, ChoiceButton, ChoiceCard

_LANGUAGE_OF_NAME = {name: code for code, name in i18n.NATIVE_NAMES.items()}
_BADGE_KINDS = {"danger": "error", "success": "status"}


def _plain(text: str) -> str:
    """Without the mnemonic: "&Name" and the CJK form "名稱(&N)"."""
    text = re.sub(r"\s*[(（]&\w[)）]", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _field_name(field: QWidget, labels: dict[int, str]) -> str:
    return labels.get(id(field)) or field.accessibleName()


def _widget_parts(widget: QWidget, labels: dict[int, str], lang: str) -> list[Part]:
    if isinstance(widget, Badge):
        return [Part(widget.accessibleName() or widget.text(), _BADGE_KINDS.get(widget.property("themeRole"), "content"))]
    if isinstance(widget, QLabel):
        return [] if widget.buddy() is not None else [Part(widget.text())]  # a field's label: said with the field
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.Normal:
            return [Part(_field_name(widget, labels))]  # a PIN is never read out
        return [Part(widget.text(), "answer", label=_field_name(widget, labels))]
    if isinstance(widget, QComboBox):
        value = widget.currentText() if widget.currentData() not in (0, None) or widget.currentText() != "-" else ""
        return [Part(value, "answer", label=_field_name(widget, labels))]
    if isinstance(widget, QAbstractSlider):
        return [Part(str(widget.value()), "answer", label=_field_name(widget, labels))]
    if isinstance(widget, QCheckBox):
        return [Part(tr("speech.on" if widget.isChecked() else "speech.off", lang), "answer", label=_plain(widget.text()))]
    if isinstance(widget, QAbstractButton):
        return _button_parts(widget)
    return []


def _button_parts(button: QAbstractButton) -> list[Part]:
    if not button.isEnabled():
        return []
    text = _plain(button.accessibleName() or button.text())
    code = button.property("lang") or _LANGUAGE_OF_NAME.get(text)
    if code:
        return [Part(text, "language", lang=code)]
    if isinstance(button, ChoiceCard):  # a way to choose: its words and what it means, never its ●/○ mark
        said = [Part(text, "option"), Part(button.accessibleDescription())]
        return said + ([Part(text, "chosen")] if button.isChecked() else [])
    if isinstance(button, Card):
        state = f"{button.chip.accessibleName()}\n" if button.chip is not None else ""
        return [Part(state + button.card_text() or text, "card")]  # its lines apart, as a pause
    if isinstance(button, ChoiceButton):  # an answer, however short (是, 否)
        return [Part(text, "option")] + ([Part(text, "chosen")] if button.isChecked() else [])
    if len(_plain(button.text())) <= 1:
        return []  # a keypad key (1 … 9, ← "Delete last digit"): the field says what was typed
    return [Part(text, "action")]


def _hidden(widget: QWidget) -> bool:
    """Hidden on purpose. A widget just added to a shown page is not shown until the event loop
    turns, yet it is on the page being read."""
    return widget.isHidden() and widget.testAttribute(Qt.WA_WState_ExplicitShowHide)


def _walk(layout: QLayout, root: QWidget, labels: dict[int, str], lang: str, out: list[Part]) -> None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.layout() is not None:
            _walk(item.layout(), root, labels, lang, out)
            continue
        widget = item.widget()
        if widget is None or _hidden(widget) or widget.property("speech") == "skip":
            continue
        if isinstance(widget, QScrollArea) and widget.widget() is not None and widget.widget().layout() is not None:
            _walk(widget.widget().layout(), root, labels, lang, out)
            continue
        parts = _widget_parts(widget, labels, lang)
        if parts or isinstance(widget, QAbstractButton | QLabel):
            out.extend(parts)
        elif widget.layout() is not None:
            _walk(widget.layout(), root, labels, lang, out)


def spoken_parts(root: QWidget, title: str, lang: str) -> list[Part]:
    """What reading `root` aloud says, as parts: its title, then its widgets in layout order."""
    labels = {id(label.buddy()): _plain(label.text()).rstrip("：:") for label in root.findChildren(QLabel)
              if label.buddy() is not None and label.text()}
    out = [Part(title, "title")] if title else []
    if root.layout() is not None:
        _walk(root.layout(), root, labels, lang, out)
    return out
