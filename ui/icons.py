"""The bundled Tabler icons (resources/icons, MIT), drawn through QtSvg in the colour of the text
beside them and at the current text size, so they follow the theme (high contrast too) and the
text size. An icon never stands alone: its button or label carries the words and the name."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.paths import resource_path
from ui.tokens import Theme, scaled

ICON_PX = 24  # at 100 %: the height of body text (18 pt)
# Room after a button's icon, a share of its size: Qt leaves a fixed 4 px before the words, as
# narrow as the space between two Chinese characters: the icon read as one more of them.
BUTTON_ICON_GAP = 1 / 3


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


@lru_cache(maxsize=512)
def pixmap(name: str, colour: str, px: int, ratio: float = 1.0, after: int = 0) -> QPixmap:
    """The icon `name` in `colour` (the SVG's currentColor), `px` logical pixels square, then
    `after` transparent pixels to its right."""
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour).encode()))
    device = max(1, round(px * ratio))
    image = QPixmap(device + round(after * ratio), device)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter, QRectF(0, 0, device, device))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def icon_px(scale: int, factor: float = 1.0) -> int:
    return scaled(round(ICON_PX * factor), scale)


def _ratio(widget: QWidget) -> float:
    return widget.devicePixelRatioF() if widget is not None else QApplication.instance().devicePixelRatio()


def button_colour(widget: QAbstractButton, theme: Theme) -> str:
    """The colour of the button's words in its role, as the style sheet draws them."""
    if widget.property("card"):
        return theme.text
    return {"primary": theme.primary_text, "danger": theme.danger_fill_text,
            "quiet": theme.text}.get(widget.property("themeRole") or "", theme.button_text)


def label_colour(widget: QWidget, theme: Theme) -> str:
    return {"danger": theme.danger, "success": theme.success, "muted": theme.muted}.get(
        widget.property("themeRole") or "", theme.text)


def set_icon(widget: QWidget, name: str, factor: float = 1.0) -> None:
    """Give a button or label an icon; `theme.apply` draws it again on a theme or text size change."""
    widget.setProperty("iconName", name)
    widget.setProperty("iconFactor", factor)
    draw(widget)


def draw(widget: QWidget, theme: Theme | None = None, scale: int | None = None) -> None:
    from ui import theme as themes  # ui.theme calls back here from restyle

    theme = theme or themes.current_theme()
    scale = scale or int(themes.prop(QApplication.instance(), "kioskScale", 100))
    name, factor = widget.property("iconName"), float(widget.property("iconFactor") or 1.0)
    px, ratio = icon_px(scale, factor), _ratio(widget)
    if isinstance(widget, QAbstractButton):
        gap = round(px * BUTTON_ICON_GAP)
        shown = QIcon()
        shown.addPixmap(pixmap(name, button_colour(widget, theme), px, ratio, gap), QIcon.Normal)
        shown.addPixmap(pixmap(name, theme.disabled_text, px, ratio, gap), QIcon.Disabled)
        widget.setIcon(shown)
        widget.setIconSize(QSize(px + gap, px))
    elif isinstance(widget, QLabel):
        widget.setPixmap(pixmap(name, label_colour(widget, theme), px, ratio))
        widget.setFixedSize(px, px)


def icon_label(name: str, factor: float = 1.0) -> QLabel:
    """An icon beside words that say the same: hidden from screen readers, which read the words."""
    label = QLabel()
    label.setAccessibleName("")
    label.setAccessibleDescription("")
    label.setFocusPolicy(Qt.NoFocus)
    label.setAttribute(Qt.WA_TransparentForMouseEvents)
    label.setProperty("decorative", True)
    set_icon(label, name, factor)
    return label


def themed_icon(name: str) -> QIcon:
    """A QIcon of `name` in the current theme's text colour, greyed when its control is disabled:
    for Qt's own dialogs, which ask the style for their icons (see widgets.KioskStyle)."""
    from ui.theme import current_theme

    theme = current_theme()
    icon = QIcon()
    for px in (16, 24, 32, 48):
        icon.addPixmap(pixmap(name, theme.text, px), QIcon.Normal)
        icon.addPixmap(pixmap(name, theme.disabled_text, px), QIcon.Disabled)
    return icon
