"""The filled application form (A4): the answers under their questions, the consent with its
notice version and witnesses, the signature drawn from its strokes, the attachments by hash."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiosk.catalog import load_catalog
from kiosk.documents import pdf
from kiosk.documents.fonts import markup
from kiosk.localformat import format_date, format_money

if TYPE_CHECKING:
    from reportlab.platypus import Paragraph

    from kiosk.catalog import FormField
    from kiosk.db.store import Store


def _answer(field: FormField, value: Any, lang: str) -> tuple[str, str]:  # value: a draft's JSON answer, of the field's type
    if value is None or value == "":
        return "—", "—"
    if field.type == "boolean":
        return pdf.both("doc.yes" if value else "doc.no", lang)
    if field.type == "choice":
        choice = next((c for c in field.choices if c.value == value), None)
        if choice:
            return choice.label["zh-TW"], choice.label.get(pdf.second_language(lang), choice.label["en"])
    if field.type == "money":
        return format_money(value, "zh-TW"), format_money(value, pdf.second_language(lang))
    if field.type == "date":
        return format_date(value, "zh-TW"), format_date(value, pdf.second_language(lang))
    return str(value), str(value)


def render_application_form(store: Store, application_id: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from kiosk.applications.service import revision_payload
    from kiosk.applications.signatures import render_signature
    from kiosk.db.applications import Signature

    payload, digest = revision_payload(store, application_id)
    service = load_catalog().service(payload["service"])
    lang = payload["language"]
    second = pdf.second_language(lang)
    page = pdf.layout("a4")
    s = pdf.styles(page)
    usable = page.width - 2 * page.margin
    grid = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 4)])
    def label(pair: tuple[str, str]) -> Paragraph:
        return pdf.bilingual(s["label"], s["small"], pair)

    def value(pair: tuple[str, str]) -> Paragraph:
        return pdf.bilingual(s["body"], s["small"], pair)

    answers = [[label((f.label["zh-TW"], f.label.get(second, f.label["en"]))),
                value(_answer(f, payload["values"].get(f.key), lang))] for f in service.fields]
    consent = payload["consent"]
    method = pdf.both(f"doc.form.method.{consent['method']}", lang)
    consent_rows = [
        [label(pdf.both("doc.form.method", lang)), value(method)],
        [label(pdf.both("doc.form.given_by", lang)),
         value((consent["given_by"] + (f"（{consent['relation']}）" if consent["relation"] else ""),) * 2)],
        [label(pdf.both("doc.form.notice_version", lang)), Paragraph(markup(consent["notice_version"]), s["body"])],
        [label(pdf.both("doc.form.health_consent", lang)),
         value(pdf.both("doc.yes" if consent["health_data"] else "doc.no", lang))],
    ]
    if consent["witnesses"]:
        consent_rows.append([label(pdf.both("doc.form.witnesses", lang)), value(("、".join(consent["witnesses"]),
                                                                                  ", ".join(consent["witnesses"])))])
    story = [pdf.bilingual(s["title"], s["small"], (service.name("zh-TW"), service.name(second))),
             pdf.bilingual(s["small"], s["small"], pdf.both("doc.form.title", lang)), Spacer(1, 10),
             pdf.bilingual(s["body"], s["small"], pdf.both("doc.form.answers", lang)),
             Table(answers, colWidths=[usable * 0.35, usable * 0.65], style=grid), Spacer(1, 10),
             pdf.bilingual(s["body"], s["small"], pdf.both("doc.form.consent", lang)),
             Table(consent_rows, colWidths=[usable * 0.35, usable * 0.65], style=grid)]
    if consent["signature_id"]:
        with store.read() as session:
            signature = session.get_one(Signature, consent["signature_id"])
            image = render_signature(signature.strokes, signature.width, signature.height)
            ratio = signature.height / signature.width
        story += [Spacer(1, 8), pdf.bilingual(s["label"], s["small"], pdf.both("doc.form.signature", lang)),
                  pdf.png_flowable(image, usable * 0.5, usable * 0.5 * ratio)]
    if payload["attachments"]:
        rows = [[Paragraph(markup(a["name"]), s["small"]), Paragraph(f"{a['size']:,} B", s["small"]),
                 Paragraph(a["sha256"][:16], s["small"])] for a in payload["attachments"]]
        story += [Spacer(1, 8), pdf.bilingual(s["body"], s["small"], pdf.both("doc.form.attachments", lang)),
                  Table(rows, colWidths=[usable * 0.5, usable * 0.2, usable * 0.3], style=grid)]
    story += [Spacer(1, 10), Paragraph(markup(f"SHA-256 {digest}"), s["small"])]
    return pdf.build(story, page, title=f"Application {payload['service']} r{payload['revision']}")
