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
        assert primary.iconSize().width() == 24
        assert _colours(primary.icon().pixmap(primary.iconSize())) == {NORMAL.primary_text.lower()}
        assert _colours(quiet.icon().pixmap(quiet.iconSize())) == {NORMAL.text.lower()}
        theme.apply(qapp, "high_contrast", 200)  # the theme and size change redraw every icon
        assert primary.iconSize().width() == 48
        assert _colours(primary.icon().pixmap(primary.iconSize())) == {HIGH_CONTRAST.primary_text.lower()}
        assert _colours(quiet.icon().pixmap(quiet.iconSize())) == {HIGH_CONTRAST.text.lower()}
    finally:
        theme.apply(qapp, "normal", 100)


def test_no_screen_draws_an_emoji():
    for path in (ROOT / "ui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if path.name != "language_audit.py":  # it strips such marks from text it checks
                assert not EMOJI.search(line), f"{path.name}:{number}: {line.strip()}"
