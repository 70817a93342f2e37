"""Shared PDF building blocks: bilingual labels, styles and page set-up for A4 and 80 mm rolls."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kiosk.documents.fonts import BODY, markup, register_fonts
from kiosk.i18n import tr
from kiosk.localformat import format_date

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Image, Paragraph

INK = "#111111"
MUTED = "#444444"  # 9.7:1 on white


def second_language(lang: str) -> str:
    """The citizen's language shown beside zh-TW (English when the citizen reads zh-TW)."""
    return lang if lang != "zh-TW" else "en"


def both(key: str, lang: str, **values: object) -> tuple[str, str]:
    return tr(key, "zh-TW", **values), tr(key, second_language(lang), **values)


def date_text(day: date, lang: str) -> tuple[str, str]:
    return format_date(day, "zh-TW"), format_date(day, second_language(lang))


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    margin: float
    body: float
    small: float
    title: float
    qr_size: float


def layout(fmt: str) -> Layout:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    if fmt == "80mm":
        return Layout(80 * mm, 230 * mm, 4 * mm, 9.5, 7.5, 15, 42 * mm)
    if fmt == "a4":
        return Layout(A4[0], A4[1], 18 * mm, 12, 9, 22, 45 * mm)
    raise ValueError(f"unknown format {fmt!r}; use a4 or 80mm")


def styles(page: Layout) -> dict[str, ParagraphStyle]:
    from reportlab.lib.colors import toColor
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle("body", fontName=BODY, fontSize=page.body, leading=page.body * 1.45, textColor=toColor(INK),
                          shaping=1, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=page.small, leading=page.small * 1.4, textColor=toColor(MUTED)),
        "title": ParagraphStyle("title", parent=base, fontSize=page.title, leading=page.title * 1.3),
        "big": ParagraphStyle("big", parent=base, fontSize=page.title * 1.1, leading=page.title * 1.4),
        "label": ParagraphStyle("label", parent=base, fontSize=page.small + 0.5, leading=(page.small + 0.5) * 1.35,
                                textColor=toColor(MUTED)),
    }


def bilingual(style_main: ParagraphStyle, style_second: ParagraphStyle, pair: tuple[str, str]) -> Paragraph:
    """A paragraph with the zh-TW text and, smaller below, the citizen's language."""
    from reportlab.platypus import Paragraph

    main, second = pair
    size = style_second.fontSize
    text = markup(main) if main == second else f'{markup(main)}<br/><font size="{size}" color="{MUTED}">{markup(second)}</font>'
    return Paragraph(text, style_main)


def build(flowables: list[Flowable], page: Layout, *, title: str, subject: str = "") -> bytes:
    from reportlab import rl_config
    from reportlab.platypus import SimpleDocTemplate

    rl_config.trustedHosts = []  # no remote fetches, whatever reaches the parser
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=(page.width, page.height), leftMargin=page.margin,
                                 rightMargin=page.margin, topMargin=page.margin, bottomMargin=page.margin,
                                 title=title, subject=subject, author="Kiosk", creator="Kiosk")
    document.build(flowables)
    return out.getvalue()


def png_flowable(data: bytes, width: float, height: float) -> Image:
    from reportlab.platypus import Image

    return Image(io.BytesIO(data), width=width, height=height)
