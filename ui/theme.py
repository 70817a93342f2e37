"""The theme applied: the design tokens (`ui/tokens.py`) as a palette, for labels and everything the
style sheet leaves alone, and as one generated style sheet (`ui/style_sheet.py`) that draws controls
flat. The accessibility audit measures the result on the rendered pixels, not on these settings.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ui.style_sheet import style_sheet
from ui.tokens import (BODY_PT, FOCUS_RING_PX, HEADING_SCALE, HIGH_CONTRAST, MAX_BOLD_PX, NORMAL, SPACING_PX,  # noqa: F401 - the UI's names
                       TARGET_PX, TEXT_SCALES, THEMES, Theme)


def luminance(color: QColor | str) -> float:
    c = QColor(color)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor | str, b: QColor | str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_pairs(theme: Theme) -> dict[str, tuple[str, str]]:
    return {"text": (theme.text, theme.window), "muted": (theme.muted, theme.window),
            "input": (theme.text, theme.base), "button": (theme.button_text, theme.button),
            "primary": (theme.primary_text, theme.primary), "danger": (theme.danger, theme.window),
            "success": (theme.success, theme.window), "selection": (theme.highlight_text, theme.highlight),
            "surface": (theme.text, theme.surface), "pressed": (theme.button_text, theme.button_pressed),
            "quiet_pressed": (theme.text, theme.button_pressed),
            "primary_pressed": (theme.primary_text, theme.primary_pressed),
            "danger_button": (theme.danger_fill_text, theme.danger_fill), "danger_pressed": (theme.window, theme.text),
            **{f"chip_{kind}": (fg, bg) for kind, fg, bg in theme.chips}}


def disabled_text_pairs(theme: Theme) -> dict[str, tuple[str, str]]:
    """WCAG exempts disabled controls; we hold their words to 4.5:1 all the same."""
    return {"disabled": (theme.disabled_text, theme.disabled_fill)}


def non_text_pairs(theme: Theme) -> dict[str, tuple[str, str]]:
    # The focus ring is drawn outside the focused widget with a gap, so it always sits on the window.
    return {"border": (theme.border, theme.window), "focus": (theme.focus, theme.window),
            "secondary_button": (theme.secondary_border, theme.window), "primary_button": (theme.primary, theme.window),
            "danger_button": (theme.danger_fill, theme.window), "card": (theme.border, theme.surface),
            "scroll_thumb": (theme.thumb, theme.track)}


def palette(theme: Theme) -> QPalette:
    p = QPalette()
    roles = {QPalette.Window: theme.window, QPalette.WindowText: theme.text, QPalette.Base: theme.base,
             QPalette.AlternateBase: theme.button, QPalette.Text: theme.text, QPalette.Button: theme.button,
             QPalette.ButtonText: theme.button_text, QPalette.Highlight: theme.highlight,
             QPalette.HighlightedText: theme.highlight_text, QPalette.ToolTipBase: theme.window,
             QPalette.ToolTipText: theme.text, QPalette.PlaceholderText: theme.muted, QPalette.Link: theme.primary,
             QPalette.BrightText: theme.danger, QPalette.Light: theme.window, QPalette.Midlight: theme.button,
             QPalette.Mid: theme.border, QPalette.Dark: theme.border, QPalette.Shadow: theme.border}
    for role, color in roles.items():
        for group in (QPalette.Active, QPalette.Inactive):
            p.setColor(group, role, QColor(color))
        # Disabled text keeps >= 7:1 too: people must be able to read what they cannot press.
        p.setColor(QPalette.Disabled, role, QColor(theme.muted if role in (QPalette.WindowText, QPalette.Text,
                                                                             QPalette.ButtonText) else color))
    return p


def role_palette(theme: Theme, role: str) -> QPalette:
    """The palette of a widget drawn in one of the theme's roles (primary, danger, success, muted)."""
    return QPalette(_role_palette(theme, role))  # a copy: the widget may change its own


@lru_cache(maxsize=32)
def _role_palette(theme: Theme, role: str) -> QPalette:
    # Built once per theme and role: a card list sets ~40 roles, and each palette is ~60 colours.
    p = palette(theme)
    colours = {"primary": (theme.primary, theme.primary_text), "danger": (theme.window, theme.danger),
               "success": (theme.window, theme.success), "muted": (theme.window, theme.muted),
               "quiet": (theme.window, theme.text),
               "secondary": (theme.window, theme.text)}
    background, foreground = colours[role]
    for group in (QPalette.Active, QPalette.Inactive, QPalette.Disabled):
        if role == "primary":
            if group == QPalette.Disabled:
                continue  # a disabled primary button looks like any disabled button, not pressable
            p.setColor(group, QPalette.Button, QColor(background))
            p.setColor(group, QPalette.ButtonText, QColor(foreground))
        p.setColor(group, QPalette.WindowText, QColor(foreground))
    return p


def apply(app: QApplication, theme_name: str, scale: int) -> Theme:
    theme = THEMES.get(theme_name, NORMAL)
    app.setProperty("kioskTheme", theme.name)
    app.setProperty("kioskScale", scale)
    app.setPalette(palette(theme))
    font = QFont(app.font())
    font.setPointSizeF(BODY_PT * scale / 100)
    app.setFont(font)
    sheet = style_sheet(theme, scale)
    if app.styleSheet() != sheet:  # a new sheet re-polishes every widget: only when it changed
        app.setStyleSheet(sheet)
    for widget in app.allWidgets():
        restyle(widget, theme, scale)
    return theme


def prop(obj, name: str, default=None):  # noqa: ANN001, ANN201
    """A dynamic property of `obj`, or `default` when it was never set."""
    return obj.property(name) if name.encode() in obj.dynamicPropertyNames() else default


def current_theme() -> Theme:
    app = QApplication.instance()
    return THEMES.get(prop(app, "kioskTheme", "normal"), NORMAL) if app else NORMAL


def restyle(widget: QWidget, theme: Theme | None = None, scale: int | None = None) -> None:
    app = QApplication.instance()
    theme = theme or current_theme()
    scale = scale or int(prop(app, "kioskScale", 100))
    role = prop(widget, "themeRole")
    if role:
        widget.setPalette(role_palette(theme, role))
    if prop(widget, "iconName"):
        from ui.icons import draw  # icons draw in the theme's colours: imported late, they import the theme

        draw(widget, theme, scale)
    factor = prop(widget, "fontScale")
    if factor:
        bold = bool(prop(widget, "fontBold", False))
        font = QFont(widget.font())
        point_size = BODY_PT * scale / 100 * float(factor)
        font.setPointSizeF(min(point_size, MAX_BOLD_PX * 72 / widget.logicalDpiY()) if bold else point_size)
        font.setBold(bold)
        widget.setFont(font)


def set_role(widget: QWidget, role: str) -> None:
    """Mark a widget as drawn in a theme role; `apply` repaints it on theme changes."""
    if widget.property("themeRole") == role:
        return  # a new palette and font on every progress tick would cost a full relayout
    widget.setProperty("themeRole", role)
    if isinstance(widget, QAbstractButton):
        repolish(widget)  # before the palette: unpolishing puts back the palette the widget had when polished
    restyle(widget)


def repolish(widget: QWidget) -> None:
    """Let the style sheet's property selectors ([themeRole=...], [chip=...]) see a changed property."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def set_font_scale(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Headings: a size relative to body text, kept through text-size changes."""
    widget.setProperty("fontScale", factor)
    widget.setProperty("fontBold", bold)
    restyle(widget)
