"""Design tokens: every colour, size and distance the UI draws with, for the normal and the
high-contrast theme. Plain data (no Qt): `ui/theme.py` applies them, `ui/style_sheet.py` turns
them into the one style sheet, and the tests hold every pair to its contrast bar.

Bars: text >= 7:1 against what it sits on (WCAG 1.4.6 AAA); every boundary a user must find
(fields, buttons, cards, focus ring, scroll bar thumb) >= 3:1 against its surroundings (1.4.11).
"""

from __future__ import annotations

from dataclasses import dataclass

BODY_PT = 18  # body text at 100 %
TEXT_SCALES = (100, 150, 200)
TARGET_PX = 64  # 12 mm at 96 dpi (WCAG 2.5.5 asks 44 CSS px; the product asks more)
SPACING_PX = 12  # 3 mm at 96 dpi
FOCUS_RING_PX = 4
HEADING_SCALE = {1: 1.6, 2: 1.2, 3: 1.1}  # relative to body text; headings are always bold
# Qt draws glyphs above 64 px as outlines, and outlines lose the synthetic bold of our CJK font (it
# has no bold face): a 1.6× heading at 200 % (77 px) came out thin. Bold text stays below 64 px.
MAX_BOLD_PX = 62

# Sizes at 100 %; they grow with the text so a label never touches its button's edge at 200 %.
PADDING_X_PX = 16
PADDING_Y_PX = 8
RADIUS_PX = 6
BORDER_PX = 2
CHIP_PADDING_X_PX = 10
MENU_PADDING_Y_PX = 20  # a menu entry: a line of text and this above and below reach the 64 px target
SCROLL_THUMB_MIN_PX = 64


def scaled(px: int, scale: int) -> int:
    """A size at 100 % grown with the text size (150 % → ×1.5)."""
    return max(1, round(px * scale / 100))


def border_px(scale: int) -> int:
    return BORDER_PX if scale < 200 else BORDER_PX + 1


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    text: str
    muted: str  # secondary text, still >= 7:1
    base: str  # input fields
    button: str  # a secondary button's fill
    button_text: str
    primary: str
    primary_text: str
    danger: str  # error text on window
    success: str
    border: str  # fields, cards and quiet buttons: >= 3:1 against window
    focus: str
    highlight: str
    highlight_text: str
    surface: str  # a card's fill
    secondary_border: str  # a secondary button's outline
    primary_pressed: str
    button_pressed: str  # a secondary, quiet or card button held down
    danger_fill: str  # a danger button
    danger_fill_text: str
    disabled_fill: str
    disabled_text: str  # >= 4.5:1: WCAG exempts disabled controls, people still read them
    disabled_border: str  # dashed: disabled is told by shape as well as by shade
    track: str  # scroll bar groove
    thumb: str  # scroll bar handle: >= 3:1 against the track
    chips: tuple[tuple[str, str, str], ...]  # (kind, text colour, fill) for status chips


NORMAL = Theme(
    "normal", window="#FFFFFF", text="#141414", muted="#3D3D3D", base="#FFFFFF", button="#EEF3FA",
    button_text="#0B3D91", primary="#0B3D91", primary_text="#FFFFFF", danger="#9E0000", success="#1B5E20",
    border="#5F6B7A", focus="#C43E00", highlight="#0B3D91", highlight_text="#FFFFFF", surface="#FFFFFF",
    secondary_border="#0B3D91", primary_pressed="#072A66", button_pressed="#DCE6F5", danger_fill="#9E0000",
    danger_fill_text="#FFFFFF", disabled_fill="#EFEFEF", disabled_text="#595959", disabled_border="#8A8A8A",
    track="#EDF0F4", thumb="#4A5563",
    chips=(("ok", "#1B5E20", "#F1F8F1"), ("warn", "#5A3E00", "#FFF4D6"), ("error", "#9E0000", "#FBEAEA"),
           ("info", "#0B3D91", "#E6ECF5"), ("neutral", "#3D3D3D", "#F1F3F6")))
HIGH_CONTRAST = Theme(
    "high_contrast", window="#000000", text="#FFFFFF", muted="#F0F0F0", base="#000000", button="#000000",
    button_text="#FFFF00", primary="#FFFF00", primary_text="#000000", danger="#FF9C9C", success="#8CFF8C",
    border="#FFFFFF", focus="#00FFFF", highlight="#FFFF00", highlight_text="#000000", surface="#000000",
    secondary_border="#FFFF00", primary_pressed="#FFFFFF", button_pressed="#333333", danger_fill="#FF9C9C",
    danger_fill_text="#000000", disabled_fill="#000000", disabled_text="#BDBDBD", disabled_border="#A0A0A0",
    track="#000000", thumb="#FFFFFF",
    chips=(("ok", "#8CFF8C", "#000000"), ("warn", "#FFFF00", "#000000"), ("error", "#FF9C9C", "#000000"),
           ("info", "#FFFFFF", "#000000"), ("neutral", "#F0F0F0", "#000000")))
THEMES = {t.name: t for t in (NORMAL, HIGH_CONTRAST)}
