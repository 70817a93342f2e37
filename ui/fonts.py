"""The bundled fonts, registered at start so the UI renders on a machine without CJK fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from kiosk.paths import resource_path

BUNDLED = ("wqy-microhei.ttc", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf")
# Text in each language the UI must draw; the tests check every character has a glyph.
SAMPLES = {"zh-TW": "臺灣戶籍謄本福利小幫手", "en": "Welfare helper", "vi": "Trợ giúp phúc lợi ắằẳẵặđ",
           "id": "Bantuan kesejahteraan", "th": "ผู้ช่วยสวัสดิการ"}


def register() -> list[str]:
    """Add the bundled fonts and make them the application's font families; returns the families."""
    families: list[str] = []
    for name in BUNDLED:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else ():
            if family not in families:
                families.append(family)
    return families


def ui_font(families: list[str], point_size: float) -> QFont:
    font = QFont()
    # First the CJK family (it covers Latin and Vietnamese), then Thai.
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    return font
