"""The one style sheet, generated from the design tokens for a theme and text size: flat solid
fills and clear outlines (no Fusion gradients or bevels), padding and corners that grow with the
text. Buttons take their look from their `themeRole` property (primary, secondary, quiet, danger);
labels keep their colours in the palette (`theme.set_role`), so the sheet never sets a label's colour."""

from __future__ import annotations

from kiosk.paths import resource_path
from ui.tokens import (CHIP_PADDING_X_PX, MENU_PADDING_Y_PX, PADDING_X_PX, PADDING_Y_PX, RADIUS_PX,
                       SCROLL_THUMB_MIN_PX, TARGET_PX, Theme, border_px, scaled)


def _button(selector: str, fill: str, text: str, edge: str, pressed: str, bw: int, pressed_text: str = "") -> str:
    return (f"{selector} {{ background: {fill}; color: {text}; border: {bw}px solid {edge}; }}\n"
            f"{selector}:pressed, {selector}:checked {{ background: {pressed}; color: {pressed_text or text}; }}\n")


def _mark(name: str, t: Theme) -> str:
    """A bundled mark (tick, arrow) in the theme's text colour, as a style sheet url."""
    shade = "dark" if t.name == "normal" else "light"
    return resource_path("marks", f"{name}-{shade}.svg").as_posix()


def style_sheet(t: Theme, scale: int) -> str:
    bw = border_px(scale)
    box = scaled(36, scale)
    pad_x, pad_y, radius = scaled(PADDING_X_PX, scale), scaled(PADDING_Y_PX, scale), scaled(RADIUS_PX, scale)
    chips = "".join(f"QLabel[chip=\"{kind}\"] {{ color: {fg}; background: {bg}; border: {bw}px solid {fg}; "
                    f"border-radius: {radius}px; padding: {pad_y // 2}px {scaled(CHIP_PADDING_X_PX, scale)}px; }}\n"
                    for kind, fg, bg in t.chips)
    return (
        f"QPushButton {{ border-radius: {radius}px; padding: {pad_y}px {pad_x}px; }}\n"
        + _button("QPushButton", t.button, t.button_text, t.secondary_border, t.button_pressed, bw)
        + _button("QPushButton[themeRole=\"primary\"]", t.primary, t.primary_text, t.primary, t.primary_pressed, bw)
        + _button("QPushButton[themeRole=\"quiet\"]", t.window, t.text, t.border, t.button_pressed, bw)
        + _button("QPushButton[themeRole=\"danger\"]", t.danger_fill, t.danger_fill_text, t.danger_fill, t.text, bw,
                  pressed_text=t.window)
        + _button("QPushButton[card=\"true\"]", t.surface, t.text, t.border, t.button_pressed, bw)
        + f"QFrame[serviceCard=\"true\"] {{ background: {t.surface}; border: {bw}px solid {t.border}; "
          f"border-radius: {radius}px; }}\n"
        # Disabled: grey fill, grey text, dashed outline: told apart by shape as well as by shade.
        + f"QPushButton:disabled {{ background: {t.disabled_fill}; color: {t.disabled_text}; "
          f"border: {bw}px dashed {t.disabled_border}; }}\n"
        # No `color` for fields: it would turn the placeholder into half-transparent grey (3.5:1).
        + f"QLineEdit, QComboBox, QAbstractSpinBox {{ background: {t.base}; "
          f"border: {bw}px solid {t.border}; border-radius: {radius}px; padding: {pad_y // 2}px {pad_x // 2}px; "
          f"selection-background-color: {t.highlight}; selection-color: {t.highlight_text}; }}\n"
        + f"QLineEdit:disabled, QComboBox:disabled {{ color: {t.disabled_text}; background: {t.disabled_fill}; "
          f"border: {bw}px dashed {t.disabled_border}; }}\n"
        + f"QComboBox::drop-down {{ border: none; width: {scaled(40, scale)}px; }}\n"
        + f"QComboBox::down-arrow {{ image: url({_mark('arrow-down', t)}); width: {scaled(20, scale)}px; "
          f"height: {scaled(20, scale)}px; }}\n"
        + f"QCheckBox {{ spacing: {scaled(PADDING_Y_PX, scale)}px; }}\n"
        + f"QCheckBox::indicator {{ width: {box}px; height: {box}px; background: {t.base}; "
          f"border: {bw}px solid {t.border}; border-radius: {scaled(4, scale)}px; }}\n"
        + f"QCheckBox::indicator:checked {{ image: url({_mark('check', t)}); }}\n"
        + f"QCheckBox::indicator:disabled {{ border: {bw}px dashed {t.disabled_border}; }}\n"
        + f"QComboBox QAbstractItemView {{ background: {t.base}; color: {t.text}; border: {bw}px solid {t.border}; "
          f"selection-background-color: {t.highlight}; selection-color: {t.highlight_text}; outline: 0; }}\n"
        + f"QComboBox QAbstractItemView::item {{ min-height: {TARGET_PX}px; padding: {pad_y // 2}px {pad_x}px; }}\n"
        + f"QScrollBar:vertical {{ background: {t.track}; width: {TARGET_PX}px; margin: 0; border: none; }}\n"
        + f"QScrollBar:horizontal {{ background: {t.track}; height: {TARGET_PX}px; margin: 0; border: none; }}\n"
        + f"QScrollBar::handle {{ background: {t.thumb}; border-radius: {radius}px; margin: 8px; "
          f"min-height: {SCROLL_THUMB_MIN_PX}px; min-width: {SCROLL_THUMB_MIN_PX}px; }}\n"
        + "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; background: none; }\n"
        + "QScrollBar::add-page, QScrollBar::sub-page { background: none; }\n"
        # A slider's handle and groove in the theme's colours: Fusion's pale handle was 1.3:1 (near black in high contrast).
        + f"QSlider::groove:horizontal {{ height: {scaled(8, scale)}px; background: {t.track}; "
          f"border: {bw}px solid {t.border}; border-radius: {scaled(4, scale)}px; }}\n"
        + f"QSlider::sub-page:horizontal {{ background: {t.primary}; border-radius: {scaled(4, scale)}px; }}\n"
        + f"QSlider::handle:horizontal {{ background: {t.primary}; border: {bw}px solid {t.primary}; "
          f"width: {scaled(28, scale)}px; margin: -{scaled(14, scale)}px 0; border-radius: {scaled(14, scale)}px; }}\n"
        + f"QSlider::handle:horizontal:disabled {{ background: {t.disabled_fill}; "
          f"border: {bw}px dashed {t.disabled_border}; }}\n"
        + f"QFrame[frameShape=\"4\"], QFrame[frameShape=\"5\"] {{ color: {t.border}; }}\n"
        # Qt's file dialog: its lists and tool buttons outlined like our fields (no frame at all was
        # seen in high contrast), the disabled ones dashed.
        + f"QFileDialog QAbstractItemView {{ background: {t.base}; color: {t.text}; border: {bw}px solid {t.border}; "
          f"selection-background-color: {t.highlight}; selection-color: {t.highlight_text}; }}\n"
        + f"QFileDialog QHeaderView::section {{ background: {t.base}; color: {t.text}; border: none; "
          f"border-bottom: {bw}px solid {t.border}; padding: {pad_y // 2}px {pad_x // 2}px; }}\n"
        + f"QFileDialog QToolButton {{ background: {t.button}; border: {bw}px solid {t.border}; "
          f"border-radius: {radius}px; }}\n"
        + f"QFileDialog QToolButton:disabled {{ background: {t.disabled_fill}; border: {bw}px dashed {t.disabled_border}; }}\n"
        # Menus (a field's own copy-and-paste menu): entries as tall as any target, a disabled
        # entry in the disabled grey rather than the palette's near-black.
        + f"QMenu {{ background: {t.base}; color: {t.text}; border: {bw}px solid {t.border}; }}\n"
        + f"QMenu::item {{ padding: {scaled(MENU_PADDING_Y_PX, scale)}px {pad_x}px; }}\n"
        + f"QMenu::item:selected {{ background: {t.highlight}; color: {t.highlight_text}; }}\n"
        + f"QMenu::item:disabled {{ color: {t.disabled_text}; background: {t.base}; }}\n"
        + f"QMenu::separator {{ height: {bw}px; background: {t.border}; margin: {pad_y}px 0; }}\n"
        + f"QToolTip {{ background: {t.window}; color: {t.text}; border: {bw}px solid {t.border}; }}\n"
        + chips
    )
