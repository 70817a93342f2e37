"""Bundled SVG icons: licensed, every one drawn, in the text colour of the theme and at the text size."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor

from kiosk.paths import resource_path
from ui import icons, theme, widgets
from ui.tokens import HIGH_CONTRAST, NORMAL

ROOT = Path(__file__).resolve().parents[2]
EMOJI = re.compile("[\u2600-\u26ff\U0001f000-\U0001faff]")  # pictographs: read aloud as words or not at all


def _colours(pixmap) -> set[str]:
    image = pixmap.toImage()
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = QColor(image.pixelColor(x, y))
            if colour.alpha() == 255:
                found.add(colour.name())
    return found


def test_the_icon_set_is_bundled_with_its_licence_and_each_icon_is_used(qapp):
    folder = resource_path("icons")
    assert "MIT License" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert "@tabler/icons" in (folder / "README.md").read_text(encoding="utf-8")
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "ui").rglob("*.py"))
    for svg in folder.glob("*.svg"):
        assert f'"{svg.stem}"' in code, f"{svg.name} is bundled but never drawn"
        assert not icons.pixmap(svg.stem, "#000000", 24).isNull()


def test_an_icon_takes_its_buttons_text_colour_and_grows_with_the_text(qapp, qtbot):
    primary = widgets.button("查詢住戶", role="primary")
    quiet = widgets.button("返回", role="quiet")
    qtbot.addWidget(primary)
    qtbot.addWidget(quiet)
    try:
        theme.apply(qapp, "normal", 100)
        icons.set_icon(primary, "search")
        icons.set_icon(quiet, "arrow-right")
        assert primary.iconSize().height() == 24
        assert _colours(primary.icon().pixmap(primary.iconSize())) == {NORMAL.primary_text.lower()}
        assert _colours(quiet.icon().pixmap(quiet.iconSize())) == {NORMAL.text.lower()}
        theme.apply(qapp, "high_contrast", 200)  # the theme and size change redraw every icon
        assert primary.iconSize().height() == 48
        assert _colours(primary.icon().pixmap(primary.iconSize())) == {HIGH_CONTRAST.primary_text.lower()}
        assert _colours(quiet.icon().pixmap(quiet.iconSize())) == {HIGH_CONTRAST.text.lower()}
    finally:
        theme.apply(qapp, "normal", 100)


def test_no_screen_draws_an_emoji():
    for path in (ROOT / "ui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if path.name != "language_audit.py":  # it strips such marks from text it checks
                assert not EMOJI.search(line), f"{path.name}:{number}: {line.strip()}"


def _ink_runs(button, ink: str, fill: str) -> list[tuple[int, int]]:
    """(first, last) column of each stretch of columns holding pixels nearer `ink` than `fill`
    (antialiased edges count), left to right, in the button's middle rows (its rounded corners show
    the window behind)."""
    image = button.grab().toImage()

    def near_ink(colour: QColor) -> bool:
        rgb = (colour.red(), colour.green(), colour.blue())
        return (sum((a - b) ** 2 for a, b in zip(rgb, QColor(ink).getRgb()[:3]))
                < sum((a - b) ** 2 for a, b in zip(rgb, QColor(fill).getRgb()[:3])))

    rows = range(image.height() // 4, image.height() * 3 // 4)
    inked = [any(near_ink(image.pixelColor(x, y)) for y in rows) for x in range(image.width())]
    runs, start = [], None
    for x, on in enumerate([*inked, False]):
        if on and start is None:
            start = x
        elif not on and start is not None:
            runs.append((start, x - 1))
            start = None
    return runs


def test_a_buttons_words_keep_their_distance_from_its_icon(qapp, qtbot):
    """Qt leaves a fixed 4 px between a button's icon and its words: beside a 48 px icon at 200 %
    they read as one (seen on the home screen's buttons). The gap grows with the icon."""
    button = widgets.button("查詢住戶", role="primary")
    qtbot.addWidget(button)
    try:
        for scale in (100, 200):
            theme.apply(qapp, "normal", scale)
            icons.set_icon(button, "search")
            button.resize(button.sizeHint())
            (_icon_first, icon_last), (text_first, _) = _ink_runs(button, NORMAL.primary_text, NORMAL.primary)[:2]
            assert text_first - icon_last - 1 >= 0.4 * icons.icon_px(scale), scale
    finally:
        theme.apply(qapp, "normal", 100)
