"""The receipt drawn with Qt, for the screen preview and for printing (A4 or an 80 mm roll).

The signed PDF (kiosk.documents.receipts) is what "save as PDF" writes; this painting shows the
same facts and the same signed QR code."""

from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter

from kiosk.catalog import load_catalog


def qr_image(text: str) -> QImage:
    import qrcode

    out = io.BytesIO()
    qrcode.make(text, border=2).save(out, format="PNG")
    return QImage.fromData(out.getvalue())


def receipt_lines(data, lang: str) -> list[str]:  # noqa: ANN001 - kiosk.documents.receipts.ReceiptData
    service = load_catalog().service(data.service_code)
    lines = [QCoreApplication.translate("Receipt", "Application receipt"), f"{QCoreApplication.translate('Receipt', 'Tracking number')}: {data.tracking_no}", service.name(lang),
             f"{QCoreApplication.translate('Receipt', 'Applicant')}: {data.applicant_name} {data.masked_id}",
             f"{QCoreApplication.translate('Receipt', 'Submitted')}: {data.submitted_at:%Y-%m-%d %H:%M}", f"{QCoreApplication.translate('Receipt', 'Officer')}: {data.officer}"]
    if data.missing_documents:
        catalog = load_catalog()
        lines.append(QCoreApplication.translate("Receipt", "Documents still needed") + ": " + "、".join(catalog.document_name(d, lang) for d in data.missing_documents))
    lines.append(QCoreApplication.translate("Receipt", "Scan the code to check that this receipt is genuine."))
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
