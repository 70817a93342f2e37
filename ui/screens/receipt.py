"""The receipt at once after submitting: a preview, print (A4 or 80 mm) and save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.documents.issue import DocumentKind
from kiosk.localformat import colon
from ui import widgets, words
from ui.dialogs import accepted, chosen_path, file_dialog, touch_sized
from ui.receipt_painter import paint_receipt
from ui.screens.base import Screen

ROLL_80MM = QPageSize(QSizeF(80, 200), QPageSize.Millimeter, "80 mm roll")


def families() -> list[str]:
    return QFont(QApplication.instance().font()).families()


class ReceiptScreen(Screen):
    name = "receipt"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.state = widgets.Badge()
        self.state.setWordWrap(True)
        self.preview = QLabel()
        self.print_a4 = widgets.button("", role="primary")
        self.print_roll = widgets.button("")
        self.save_pdf = widgets.button("")
        self.subscribe_button = widgets.button("")  # the citizen's own news and reminders (issue 24)
        self.message = widgets.Badge()
        self.message.setWordWrap(True)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.state)
        self.layout_.addWidget(self.preview)
        self.layout_.addLayout(widgets.row(self.print_a4, self.print_roll, self.save_pdf))
        self.layout_.addLayout(widgets.row(self.subscribe_button))
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)
        self.print_a4.clicked.connect(lambda: self.print_receipt("a4"))
        self.print_roll.clicked.connect(lambda: self.print_receipt("80mm"))
        self.save_pdf.clicked.connect(self._choose_pdf)
        self.subscribe_button.clicked.connect(
            lambda: self.ctx.navigate("subscribe", application_id=self.view.id) if self.view else None)
        self.data = None
        self.view = None

    def title(self) -> str:
        return self.tr("Receipt")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        widgets.rename(self.print_a4, self.tr("Print (A4)"))
        widgets.rename(self.print_roll, self.tr("Print (80 mm)"))
        widgets.rename(self.save_pdf, self.tr("Save as PDF"))
        widgets.rename(self.subscribe_button, self.tr("News and reminders by text message or e-mail…"))
        self.save_pdf.setVisible(self.ctx.mode == "officer")  # volunteers cannot export
        self._show()

    def enter(self, application_id: str = "", **_params) -> None:  # noqa: ANN003
        if not application_id:
            return
        ws = self.ctx.workspace
        self.run(lambda: (ws.application(application_id), ws.receipt_data(application_id)), done=self._loaded)

    def _loaded(self, pair) -> None:  # noqa: ANN001
        self.view, self.data = pair
        self._show()

    def first_focus(self):  # noqa: ANN201
        return self.print_a4

    def _show(self) -> None:
        if self.data is None:
            self.preview.clear()
            self.state.clear()
            return
        kind, text = words.application_state(self.view.state, self.view.decision)
        reason = (self.view.decision or {}).get("reason")
        self.state.set_state(kind, text + (f"{colon(self.ctx.lang)}{reason}" if reason else ""))
        image = QImage(640, 820, QImage.Format_RGB32)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        paint_receipt(painter, QRectF(24, 24, 592, 772), self.data, self.ctx.lang, families())
        painter.end()
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview.setAccessibleName(self.tr("Receipt preview, tracking number %1").replace("%1", self.data.tracking_no))

    def printer(self, fmt: str, pdf_path: Path | None = None):  # noqa: ANN201 - QPrinter
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.HighResolution)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4) if fmt == "a4" else ROLL_80MM,
                                          QPageLayout.Portrait, QMarginsF(8, 8, 8, 8), QPageLayout.Millimeter))
        if pdf_path is not None:
            printer.setOutputFormat(QPrinter.PdfFormat)
            printer.setOutputFileName(str(pdf_path))
        return printer

    def print_receipt(self, fmt: str, pdf_path: Path | None = None) -> bool:
        """Through the print dialog (or straight to `pdf_path`, for tests and 'print to file')."""
        if self.data is None:
            return False
        printer = self.printer(fmt, pdf_path)
        if pdf_path is None:
            from PySide6.QtPrintSupport import QPrintDialog

            if not accepted(touch_sized(QPrintDialog(printer, self))):
                return False
        painter = QPainter(printer)
        area = printer.pageLayout().paintRectPixels(printer.resolution())  # painter origin is its top-left
        paint_receipt(painter, QRectF(0, 0, area.width(), area.height()), self.data, self.ctx.lang, families())
        painter.end()
        self.run(self.ctx.workspace.printed_on_paper, self.data.application_id, DocumentKind.RECEIPT, fmt)
        self._say("ok", self.tr("Sent to the printer"))
        return True

    def _choose_pdf(self) -> None:
        path = chosen_path(file_dialog(self, self.tr("Save as PDF"), f"receipt-{self.data.tracking_no}.pdf", "PDF (*.pdf)",
                                       save=True))
        if path:
            self.save_signed_pdf(Path(path))

    def save_signed_pdf(self, path: Path) -> None:
        """The signed receipt PDF (text and verifiable QR), written in the background."""
        app_id, ws = self.view.id, self.ctx.workspace
        self.run(lambda: path.write_bytes(ws.issue_document(app_id, DocumentKind.RECEIPT)), lane="media",
                 done=lambda _n: self._say("ok", self.tr("Saved: %1").replace("%1", path.name)))

    def _say(self, kind: str, text: str) -> None:
        self.message.set_state(kind, text)
        self.ctx.announcer.announce(text, self.message)

    def clear(self) -> None:
        super().clear()
        self.data = self.view = None
        self.message.clear()
        self._show()
