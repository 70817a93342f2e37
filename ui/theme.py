"""Theme tokens: every colour and size the UI uses, in one place, for a normal and a high-contrast theme.

Colours are applied through QPalette on the Fusion style (no style sheets), so the accessibility
audit can read the real colours of each widget back from its palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BODY_PT = 18  # body text at 100 %
TEXT_SCALES = (100, 150, 200)
TARGET_PX = 64  # 12 mm at 96 dpi (WCAG 2.5.5 asks 44 CSS px; the product asks more)
SPACING_PX = 12  # 3 mm at 96 dpi
FOCUS_RING_PX = 4


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    text: str
    muted: str  # secondary text, still >= 7:1
    base: str  # input fields
    button: str
    button_text: str
    primary: str
    primary_text: str
    danger: str  # error text on window
    success: str
    border: str  # non-text: >= 3:1 against window
    focus: str
    highlight: str
    highlight_text: str


NORMAL = Theme("normal", window="#FFFFFF", text="#141414", muted="#3D3D3D", base="#FFFFFF", button="#E6ECF5",
               button_text="#0A0A0A", primary="#0B3D91", primary_text="#FFFFFF", danger="#9E0000",
               success="#1B5E20", border="#5C5C5C", focus="#C43E00", highlight="#0B3D91", highlight_text="#FFFFFF")
HIGH_CONTRAST = Theme("high_contrast", window="#000000", text="#FFFFFF", muted="#F0F0F0", base="#000000",
                      button="#1A1A1A", button_text="#FFFF00", primary="#FFFF00", primary_text="#000000",
                      danger="#FF9C9C", success="#8CFF8C", border="#FFFFFF", focus="#00FFFF",
                      highlight="#FFFF00", highlight_text="#000000")
THEMES = {t.name: t for t in (NORMAL, HIGH_CONTRAST)}


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
            "success": (theme.success, theme.window), "selection": (theme.highlight_text, theme.highlight)}


def non_text_pairs(theme: Theme) -> dict[str, tuple[str, str]]:
    # The focus ring is drawn outside the focused widget with a gap, so it always sits on the window.
    return {"border": (theme.border, theme.window), "focus": (theme.focus, theme.window)}


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
    p = palette(theme)
    colours = {"primary": (theme.primary, theme.primary_text), "danger": (theme.window, theme.danger),
               "success": (theme.window, theme.success), "muted": (theme.window, theme.muted)}
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
        widget.setAutoFillBackground(role == "primary")
    factor = prop(widget, "fontScale")
    if factor:
        font = QFont(widget.font())
        font.setPointSizeF(BODY_PT * scale / 100 * float(factor))
        font.setBold(bool(prop(widget, "fontBold", False)))
        widget.setFont(font)


def set_role(widget: QWidget, role: str) -> None:
    """Mark a widget as drawn in a theme role; `apply` repaints it on theme changes."""
    if widget.property("themeRole") == role:
        return  # a new palette and font on every progress tick would cost a full relayout
    widget.setProperty("themeRole", role)
    restyle(widget)


def set_font_scale(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Headings: a size relative to body text, kept through text-size changes."""
    widget.setProperty("fontScale", factor)
    widget.setProperty("fontBold", bold)
    restyle(widget)
