"""The receipt left in the family's hands: what was applied for, the tracking number, the date in
ROC style, the officer, the documents still needed, what happens next and whom to call, in zh-TW
with the citizen's language beside it, and a QR code anyone can verify."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from kiosk.catalog import load_catalog
from kiosk.documents import pdf
from kiosk.documents.qr import ReceiptClaim, encode_claim, qr_png, with_status_link
from kiosk.i18n import tr

if TYPE_CHECKING:
    from reportlab.platypus import Paragraph
    from sqlalchemy.orm import Session

    from kiosk.db.store import Store


@dataclass(frozen=True)
class ReceiptData:
    application_id: str
    revision: int
    digest: str
    tracking_no: str
    service_code: str
    applicant_name: str  # masked, as printed and signed
    masked_id: str
    submitted_at: datetime
    officer: str
    language: str
    missing_documents: tuple[str, ...]
    qr_text: str


def printed_date(submitted_at: datetime) -> date:
    return submitted_at.astimezone().date() if submitted_at.tzinfo else submitted_at.date()


def status_page_url(session: Session) -> str | None:
    """The status page of the hub this device is enrolled with (it serves /s/), None when not enrolled."""
    from sqlalchemy import select

    from kiosk.db.sync_state import SyncConfig

    hub_url: str | None = session.execute(select(SyncConfig.hub_url)).scalar()
    return f"{hub_url.rstrip('/')}/s/" if hub_url and hub_url.startswith(("https://", "http://")) else None


def receipt_data(store: Store, application_id: str) -> ReceiptData:
    """Everything the receipt shows, read from the submitted revision's frozen payload (never live
    household rows) and signed, all of it, for the QR code."""
    from kiosk.applications.frozen import frozen_applicant
    from kiosk.applications.service import revision_payload
    from kiosk.db.applications import Application
    from kiosk.identity import mask_id, mask_name
    from kiosk.security.device import device_key

    payload, digest = revision_payload(store, application_id)
    with store.read() as session:
        app = session.get_one(Application, application_id)
        name, id_no = frozen_applicant(session, payload, app.household_id)
        tracking_no = app.tracking_no
        assert tracking_no is not None, "revision_payload found a submitted revision: it has its tracking number"
        status_page = status_page_url(session)
    service = load_catalog().service(payload["service"])
    missing = service.documents_still_needed(payload["attachments"])
    key = device_key(store)
    submitted = datetime.fromisoformat(payload["submitted_at"])
    shown_name, shown_id = mask_name(name or "—"), mask_id(id_no) if id_no else "—"
    claim = ReceiptClaim(application_id, payload["revision"], digest, submitted, key.key_id, tracking_no, shown_id,
                         applicant_name=shown_name, service_code=service.code, officer=payload["officer"],
                         date_printed=printed_date(submitted).isoformat(), documents=",".join(missing))
    return ReceiptData(application_id, payload["revision"], digest, tracking_no, service.code, shown_name,
                       shown_id, submitted, payload["officer"], payload["language"], missing,
                       with_status_link(encode_claim(claim, key.sign), status_page, tracking_no))


def render_receipt(data: ReceiptData, fmt: str = "a4") -> bytes:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    page = pdf.layout(fmt)
    s = pdf.styles(page)
    lang = data.language
    catalog = load_catalog()
    service = catalog.service(data.service_code)
    second = pdf.second_language(lang)
    def row(key: str, cell: Paragraph) -> list[Paragraph]:
        return [pdf.bilingual(s["label"], s["small"], pdf.both(key, lang)), cell]

    def value(pair: tuple[str, str]) -> Paragraph:
        return pdf.bilingual(s["body"], s["small"], pair)
    submitted = printed_date(data.submitted_at)
    documents = [(catalog.document_name(code, "zh-TW"), catalog.document_name(code, second))
                 for code in data.missing_documents]
    hotline = (catalog.hotline_name(service.hotline, "zh-TW"), catalog.hotline_name(service.hotline, second))
    def agency(code: str) -> str:
        return service.agency.get(code) or service.agency["en"]
    next_steps = (tr(f"doc.next.{service.benefit_kind}", "zh-TW", agency=agency("zh-TW"), hotline=service.hotline),
                  tr(f"doc.next.{service.benefit_kind}", second, agency=agency(second), hotline=service.hotline))
    rows = [
        row("doc.service", value((service.name("zh-TW"), service.name(second)))),
        row("doc.applicant", value((f"{data.applicant_name}　{data.masked_id}",) * 2)),
        row("doc.tracking_no", Paragraph(data.tracking_no, s["big"])),
        row("doc.date", value(pdf.date_text(submitted, lang))),
        row("doc.officer", value((data.officer, data.officer))),
        row("doc.documents_needed", value(("、".join(d[0] for d in documents), ", ".join(d[1] for d in documents))
                                          if documents else pdf.both("doc.none_needed", lang))),
        row("doc.next_steps", value(next_steps)),
        row("doc.hotline", value(hotline)),
    ]
    qr = pdf.png_flowable(qr_png(data.qr_text), page.qr_size, page.qr_size)
    caption = pdf.bilingual(s["small"], s["small"], pdf.both("doc.scan_to_verify", lang))
    grid = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -2), 0.5, colors.HexColor("#999999")),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 5),
                       ("LEFTPADDING", (0, 0), (-1, -1), 2)])
    usable = page.width - 2 * page.margin
    title = pdf.bilingual(s["title"], s["small"], pdf.both("doc.receipt.title", lang))
    subtitle = pdf.bilingual(s["small"], s["small"], pdf.both("doc.receipt.subtitle", lang))
    footer = pdf.bilingual(s["small"], s["small"], pdf.both("doc.receipt.footer", lang))
    if fmt == "80mm":
        info = Table(rows, colWidths=[usable * 0.34, usable * 0.66], style=grid)
        story = [title, subtitle, Spacer(1, 6), info, Spacer(1, 8), qr, caption, Spacer(1, 6), footer]
    else:
        info = Table(rows, colWidths=[usable * 0.22, usable * 0.50], style=grid)
        side = Table([[qr], [caption]], colWidths=[page.qr_size + 6])
        body = Table([[info, side]], colWidths=[usable * 0.72, usable * 0.28],
                     style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story = [title, subtitle, Spacer(1, 14), body, Spacer(1, 18), footer]
    return pdf.build(story, page, title=f"Receipt {data.tracking_no}", subject=data.qr_text)
