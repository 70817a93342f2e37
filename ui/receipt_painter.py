"""The receipt drawn with Qt, for the screen preview and for printing (A4 or an 80 mm roll).

The signed PDF (kiosk.documents.receipts) is what "save as PDF" writes; this painting shows the
same facts and the same signed QR code."""

from __future__ import annotations

import io

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter

from kiosk.catalog import load_catalog


def qr_image(text: str) -> QImage:
    import qrcode

    out = io.BytesIO()
    qrcode.make(text, border=2).save(out, format="PNG")
    return QImage.fromData(out.getvalue())


def receipt_lines(data, lang: str) -> list[str]:  # noqa: ANN001 - kiosk.documents.receipts.ReceiptData
    """The printed receipt's lines, with the labels the PDF receipt uses (the core catalogue)."""
    from kiosk.i18n import tr as core_text  # not `tr`: lupdate would take these keys for UI strings
    from kiosk.localformat import format_date

    catalog = load_catalog()
    submitted = data.submitted_at.astimezone().date() if data.submitted_at.tzinfo else data.submitted_at.date()
    day = format_date(submitted, lang, with_roc=True)
    lines = [core_text("doc.receipt.title", lang), f"{core_text('doc.tracking_no', lang)}: {data.tracking_no}",
             f"{core_text('doc.service', lang)}: {catalog.service(data.service_code).name(lang)}",
             f"{core_text('doc.applicant', lang)}: {data.applicant_name} {data.masked_id}",
             f"{core_text('doc.date', lang)}: {day}", f"{core_text('doc.officer', lang)}: {data.officer}"]
    if data.missing_documents:
        lines.append(f"{core_text('doc.documents_needed', lang)}: "
                     + "、".join(catalog.document_name(code, lang) for code in data.missing_documents))
    lines.append(core_text("doc.scan_to_verify", lang))
    return lines


def paint_receipt(painter: QPainter, page: QRectF, data, lang: str, families: list[str]) -> None:  # noqa: ANN001
    """Lay the receipt out in `page` (device units): text at the top, the QR code below."""
    narrow = page.width() < page.height() / 2.5  # an 80 mm roll
    lines = receipt_lines(data, lang)
    y = page.top()
    for i, line in enumerate(lines):
        font = QFont()
        font.setFamilies(families)
        font.setPixelSize(max(12, int(page.width() / (22 if narrow else 34) * (1.4 if i == 0 else 1))))
        font.setBold(i in (0, 1))
        painter.setFont(font)
        box = painter.boundingRect(QRectF(page.left(), y, page.width(), page.height()), Qt.TextWordWrap, line)
        painter.drawText(box, Qt.TextWordWrap, line)
        y = box.bottom() + font.pixelSize() * 0.5
    side = min(page.width() * (0.8 if narrow else 0.35), page.bottom() - y)
    if side > 40:
        painter.drawImage(QRectF(page.left(), y, side, side), qr_image(data.qr_text))
