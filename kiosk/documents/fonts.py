"""The bundled fonts: WenQuanYi Micro Hei (Traditional Chinese, Latin, Vietnamese) and Noto Sans
Thai. Embedded and subset in every PDF, so documents print the same on any machine.

Chinese and Latin text is not shaped, so pdftotext gives it back exactly; Thai is shaped with
HarfBuzz, because without shaping its tone marks collide with upper vowels."""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

from kiosk.paths import resource_path

BODY = "KioskSans"
THAI = "KioskThai"
_THAI_RUN = re.compile(r"([\u0E00-\u0E7F]+)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(BODY, str(resource_path("fonts", "wqy-microhei.ttc")), subfontIndex=0,
                                   shapable=False))
    pdfmetrics.registerFont(TTFont(THAI, str(resource_path("fonts", "NotoSansThai-Regular.ttf")), shapable=True))


def markup(text: object) -> str:
    """User text made safe for reportlab's paragraph markup: every <, > and & escaped (so no
    <font color=...>, <img> or <unichar> ever reaches the parser), control characters dropped,
    and Thai runs set in the Thai font."""
    parts = _THAI_RUN.split(_CONTROL.sub("", "" if text is None else str(text)))
    return "".join(f'<font name="{THAI}">{escape(part)}</font>' if i % 2 else escape(part)
                   for i, part in enumerate(parts)).replace("\n", "<br/>")
