"""Accessibility audit of what is on screen: names, target sizes and spacing, contrast, clipping,
keyboard reach. Reads real widget geometry and palettes; returns findings as dicts."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QComboBox,
                               QLabel, QLineEdit, QScrollBar, QWidget)

from ui import theme
from ui.language_audit import language_audit

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSlider, QAbstractSpinBox)
MIN_CONTRAST = 7.0
_TAGS = re.compile(r"<[^>]+>")


def _shown(w: QWidget, window: QWidget) -> bool:
    return w.isVisibleTo(window) and w.isVisible() and w.width() > 0 and w.height() > 0


def _is_target(w: QWidget) -> bool:
    from ui.signature_pad import SignaturePad

    return (isinstance(w, INTERACTIVE) and not isinstance(w, QScrollBar)) or isinstance(w, SignaturePad)


def _background(w: QWidget):  # noqa: ANN202 - QColor
    node = w
    while node is not None:
        if isinstance(node, QAbstractButton):
            return node.palette().color(QPalette.Button)
        if node.autoFillBackground() or node.isWindow():
            return node.palette().color(node.backgroundRole())
        node = node.parentWidget()
    return w.palette().color(QPalette.Window)


def _label_text(w: QWidget) -> str:
    text = w.text() if hasattr(w, "text") else ""
    return _TAGS.sub("", text).replace("&", "").strip()


def _clipped(w: QWidget) -> bool:
    text = _label_text(w)
    if not text:
        return False
    if isinstance(w, QLabel):
        rect = w.contentsRect()
        if w.wordWrap():
            return w.heightForWidth(rect.width()) > rect.height() + 2 if w.heightForWidth(rect.width()) > 0 else False
        widest = max(w.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        return widest > rect.width() + 1
    if isinstance(w, QAbstractButton) and not w.layout():
        widest = max(w.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        return widest + 12 > w.width()
    return False


def _window_rect(w: QWidget, window: QWidget) -> QRect:
    """The part of the widget actually on screen (a scroll area hides the rest), in window coordinates."""
    visible = w.visibleRegion().boundingRect()
    return QRect(w.mapTo(window, visible.topLeft()), visible.size())


def _visible_in_viewport(w: QWidget) -> bool:
    """False for widgets scrolled out of view (they are audited when the tour scrolls to them)."""
    return not w.visibleRegion().isEmpty()


def audit(window: QWidget, where: dict) -> list[dict]:
    findings: list[dict] = []
    scale_px = max(1.0, window.logicalDpiX() / 96)
    target_px = int(theme.TARGET_PX * scale_px)
    targets: list[tuple[QWidget, QRect]] = []

    def add(kind: str, w: QWidget, detail: str) -> None:
        findings.append({**where, "kind": kind, "widget": type(w).__name__,
                         "name": (w.accessibleName() or _label_text(w))[:60], "detail": detail})

    for w in window.findChildren(QWidget):
        if not _shown(w, window):
            continue
        if isinstance(w, QAbstractScrollArea) and _shown(w.horizontalScrollBar(), window):
            add("sideways_scrolling", w, "content is wider than the screen (WCAG 1.4.10 reflow)")
        if _is_target(w):
            name = w.accessibleName() or (_label_text(w) if isinstance(w, QAbstractButton) else "")
            if not name:
                add("unnamed_control", w, "no accessible name")
            if w.width() < target_px or w.height() < target_px:
                add("target_too_small", w, f"{w.width()}x{w.height()} px < {target_px} px")
            group = w.group() if isinstance(w, QAbstractButton) else None
            in_group = group is not None and group.exclusive() and any(
                b.focusPolicy() & Qt.TabFocus for b in group.buttons())  # tab reaches the group, arrows move in it
            if not w.focusPolicy() & Qt.TabFocus and not in_group:
                add("not_keyboard_reachable", w, "no tab focus")
            if _visible_in_viewport(w):
                targets.append((w, _window_rect(w, window)))
        if isinstance(w, (QLabel, QAbstractButton)) and _label_text(w):
            if isinstance(w, QAbstractButton):
                pair = (w.palette().color(QPalette.ButtonText), w.palette().color(QPalette.Button))
            else:
                pair = (w.palette().color(w.foregroundRole()), _background(w))
            ratio = theme.contrast(*pair)
            if ratio < MIN_CONTRAST:
                add("low_contrast", w, f"{ratio:.1f}:1 ({pair[0].name()} on {pair[1].name()})")
            if _clipped(w):
                add("clipped_text", w, "text does not fit")
    spacing = int(theme.SPACING_PX * scale_px) - 1
    for i, (a, ra) in enumerate(targets):
        for b, rb in targets[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if ra.intersects(rb):
                add("targets_overlap", a, f"overlaps {type(b).__name__} {b.accessibleName()[:30]}")
                continue
            dx = max(rb.left() - ra.right(), ra.left() - rb.right()) - 1
            dy = max(rb.top() - ra.bottom(), ra.top() - rb.bottom()) - 1
            if max(dx, dy) < spacing:
                add("targets_too_close", a, f"{max(dx, dy)} px from {b.accessibleName()[:30]}")
    return findings + language_audit(window, where)
