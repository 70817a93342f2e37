"""Accessibility audit of what is on screen: names, target sizes and spacing, contrast, clipping,
keyboard reach. Reads real widget geometry, and measures contrast on the window's rendered pixels
(`ui/pixel_contrast.py`); returns findings as dicts, each contrast finding with its measured ratio."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QAbstractSlider,
                               QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QMenu, QPushButton, QScrollBar, QStyle,
                               QStyleOptionButton, QWidget)

from ui import pixel_contrast, theme
from ui.language_audit import language_audit

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSlider, QAbstractSpinBox)
BOUNDED = (QPushButton, QLineEdit, QComboBox, QAbstractSpinBox)  # controls found by their outline or fill
MIN_CONTRAST = 7.0  # text (WCAG 1.4.6)
MIN_DISABLED_CONTRAST = 4.5  # WCAG exempts disabled controls; their words must still be readable
MIN_BOUNDARY = 3.0  # a control's edge against its surroundings (WCAG 1.4.11)
CONTROL_INSET_PX = 6  # a control's text is measured inside its outline
_TAGS = re.compile(r"<[^>]+>")


def _shown(w: QWidget, window: QWidget) -> bool:
    return w.isVisibleTo(window) and w.isVisible() and w.width() > 0 and w.height() > 0


def _is_target(w: QWidget) -> bool:
    from ui.signature_pad import SignaturePad

    return (isinstance(w, INTERACTIVE) and not isinstance(w, QScrollBar)) or isinstance(w, SignaturePad)


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
    if isinstance(w, QPushButton) and not w.layout():
        widest = max(w.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        return widest + _icon_room(w) > _contents_width(w)
    if isinstance(w, QAbstractButton) and not w.layout():
        widest = max(w.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        return widest + 12 > w.width()
    return False


def _contents_width(button: QPushButton) -> int:
    """The width a push button leaves for its words: inside the style sheet's border and padding
    (which grow with the text size), not the button's whole width."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    return button.style().subElementRect(QStyle.SE_PushButtonContents, option, button).width()


def _icon_room(button: QPushButton) -> int:
    return button.iconSize().width() + 4 if not button.icon().isNull() else 0  # Qt's gap beside the icon


def _window_rect(w: QWidget, window: QWidget) -> QRect:
    """The part of the widget actually on screen (a scroll area hides the rest), in window coordinates."""
    visible = w.visibleRegion().boundingRect()
    return QRect(w.mapTo(window, visible.topLeft()), visible.size())


def _visible_in_viewport(w: QWidget) -> bool:
    """False for widgets scrolled out of view (they are audited when the tour scrolls to them)."""
    return not w.visibleRegion().isEmpty()


def _viewport_rect(w: QWidget, window: QWidget) -> QRect:
    """Where the widget's surroundings can be seen: its scroll area's viewport, or the window."""
    node = w.parentWidget()
    while node is not None and node is not window:
        if isinstance(node, QAbstractScrollArea):
            viewport = node.viewport()
            return QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
        node = node.parentWidget()
    return window.rect()


def _a_line_shows(w: QWidget) -> bool:
    """At least a line of its text is in view: a sliver at a scroll area's edge shows an outline or
    the tops of letters, no words to measure (they are measured when the tour scrolls to them)."""
    return w.visibleRegion().boundingRect().height() >= min(w.height(), w.fontMetrics().height())


def _text_shown(w: QWidget) -> bool:
    if isinstance(w, (QLabel, QAbstractButton)):
        return bool(_label_text(w))
    if isinstance(w, QLineEdit):
        return bool(w.text() or w.placeholderText())
    return isinstance(w, QComboBox) and bool(w.currentText())


def _text_rect(w: QWidget, window: QWidget) -> QRect:
    rect = _window_rect(w, window)
    if isinstance(w, (QAbstractButton, *BOUNDED)):
        return rect.adjusted(CONTROL_INSET_PX, CONTROL_INSET_PX, -CONTROL_INSET_PX, -CONTROL_INSET_PX)
    return rect


def _thumb_contrast(bar: QScrollBar, window: QWidget, image) -> pixel_contrast.Measured | None:  # noqa: ANN001
    """The thumb of a scroll bar that has somewhere to scroll, against its track."""
    if bar.maximum() <= bar.minimum():
        return None
    rect = _window_rect(bar, window)
    if bar.orientation() == Qt.Vertical:
        middle = QRect(rect.center().x(), rect.top(), 1, rect.height())
        edge = (slice(rect.top(), rect.bottom() + 1), slice(rect.left() + 2, rect.left() + 3))
    else:
        middle = QRect(rect.left(), rect.center().y(), rect.width(), 1)
        edge = (slice(rect.top() + 2, rect.top() + 3), slice(rect.left(), rect.right() + 1))
    return pixel_contrast.fill_contrast(image, middle, edge)


def _ring_contrast(window: QWidget, image) -> pixel_contrast.Measured | None:  # noqa: ANN001
    """The focus ring against what surrounds it."""
    from ui.widgets import FocusRing

    for ring in window.findChildren(FocusRing):
        if ring.isVisible():
            rect = QRect(ring.mapTo(window, ring.rect().topLeft()), ring.size())
            return pixel_contrast.boundary_contrast(image, rect, window.rect())
    return None


def _rows(view: QAbstractItemView, window: QWidget) -> list[tuple[str, QRect]]:
    """The rows of a list (a drop-down's choices) on screen, with their rectangles in window coordinates."""
    model, viewport = view.model(), view.viewport()
    rows = []
    for row in range(model.rowCount() if model is not None else 0):
        index = model.index(row, view.modelColumn() if hasattr(view, "modelColumn") else 0)
        rect = view.visualRect(index).intersected(viewport.rect())
        if not rect.isEmpty():
            rows.append((str(index.data() or ""), QRect(viewport.mapTo(window, rect.topLeft()), rect.size())))
    return rows


def _menu_findings(menu: QMenu, image, where: dict, lowest: dict | None, target_px: int) -> list[dict]:  # noqa: ANN001
    """Each entry of an opened menu, measured like a widget: its height, and its words against its
    background (disabled entries held to the disabled bar)."""
    findings = []
    for action in menu.actions():
        rect = menu.actionGeometry(action)
        if action.isSeparator() or not action.isVisible() or rect.isEmpty():
            continue
        finding = {**where, "kind": "", "widget": "QMenu", "name": action.text().replace("&", "")[:60]}
        if rect.height() < target_px:
            findings.append({**finding, "kind": "target_too_small", "detail": f"entry {rect.width()}x{rect.height()} px < {target_px} px"})
        measured = pixel_contrast.text_contrast(image, rect.adjusted(2, 2, -2, -2))
        if measured is None:
            continue
        enabled = action.isEnabled()
        _note(lowest, where, "text" if enabled else "disabled_text", measured)
        if measured.ratio < (MIN_CONTRAST if enabled else MIN_DISABLED_CONTRAST):
            findings.append({**finding, "kind": "low_contrast",
                             "detail": f"measured {measured.ratio:.1f}:1 ({measured.fore} on {measured.back})"})
    return findings


def _note(lowest: dict | None, where: dict, kind: str, measured: pixel_contrast.Measured) -> None:
    if lowest is not None:
        key = f"{where.get('theme', 'normal')}:{kind}"
        if key not in lowest or measured.ratio < lowest[key]["ratio"]:
            lowest[key] = {"ratio": measured.ratio, "fore": measured.fore, "back": measured.back,
                           **{k: v for k, v in where.items() if k != "theme"}}


def audit(window: QWidget, where: dict, lowest: dict | None = None, shot: QImage | None = None) -> list[dict]:
    """Findings on the window as shown; `lowest` collects the lowest measured ratio per theme and kind.
    `shot`: the window already rendered (`window.grab().toImage()`), measured instead of rendering it again."""
    findings: list[dict] = []
    image = pixel_contrast.pixels(shot if shot is not None else window.grab().toImage())
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
        on_screen = _visible_in_viewport(w)
        if _text_shown(w) and on_screen and _a_line_shows(w):
            measured = pixel_contrast.text_contrast(image, _text_rect(w, window))
            bar = MIN_CONTRAST if w.isEnabled() else MIN_DISABLED_CONTRAST
            if measured is not None:
                _note(lowest, where, "text" if w.isEnabled() else "disabled_text", measured)
                if measured.ratio < bar:
                    add("low_contrast", w, f"measured {measured.ratio:.1f}:1 ({measured.fore} on {measured.back})")
        if isinstance(w, BOUNDED) and w.isEnabled() and on_screen:
            whole = QRect(w.mapTo(window, w.rect().topLeft()), w.size())  # sides scrolled away are not measured
            measured = pixel_contrast.boundary_contrast(image, whole, _viewport_rect(w, window))
            if measured is not None:
                _note(lowest, where, "boundary", measured)
                if measured.ratio < MIN_BOUNDARY:
                    add("weak_boundary", w, f"measured {measured.ratio:.1f}:1 ({measured.fore} against {measured.back})")
        if isinstance(w, QScrollBar) and on_screen:
            measured = _thumb_contrast(w, window, image)
            if measured is not None:
                _note(lowest, where, "boundary", measured)
                if measured.ratio < MIN_BOUNDARY:
                    add("weak_boundary", w, f"scroll bar thumb measured {measured.ratio:.1f}:1 "
                                            f"({measured.fore} on {measured.back})")
        if isinstance(w, QAbstractItemView) and on_screen:
            for text, rect in _rows(w, window):  # rows are no widgets: each is a target and a text
                finding = {**where, "kind": "", "widget": type(w).__name__, "name": text[:60]}
                if rect.height() < target_px:
                    findings.append({**finding, "kind": "target_too_small",
                                     "detail": f"row {rect.width()}x{rect.height()} px < {target_px} px"})
                measured = pixel_contrast.text_contrast(image, rect)
                if measured is not None:
                    _note(lowest, where, "text", measured)
                    if measured.ratio < MIN_CONTRAST:
                        findings.append({**finding, "kind": "low_contrast", "detail": f"measured {measured.ratio:.1f}:1 "
                                                                                     f"({measured.fore} on {measured.back})"})
        if isinstance(w, (QLabel, QAbstractButton)) and _label_text(w) and _clipped(w):
            add("clipped_text", w, "text does not fit")
    if isinstance(window, QMenu):  # a menu's entries are no widgets: each is a target and a text
        findings += _menu_findings(window, image, where, lowest, target_px)
    ring = _ring_contrast(window, image)
    if ring is not None:
        _note(lowest, where, "boundary", ring)
        if ring.ratio < MIN_BOUNDARY:
            findings.append({**where, "kind": "weak_boundary", "widget": "FocusRing", "name": "",
                             "detail": f"focus ring measured {ring.ratio:.1f}:1 ({ring.fore} against {ring.back})"})
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
