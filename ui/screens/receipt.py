"""The receipt at once after submitting: a preview, print (A4 or 80 mm) and save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from kiosk.changes import Changes
from kiosk.documents.issue import DocumentKind
from kiosk.localformat import colon
from ui import icons, theme, widgets, words
from ui.dialogs import accepted, chosen_path, file_dialog, touch_sized
from ui.receipt_painter import paint_receipt
from ui.screens.base import Screen

ROLL_80MM = QPageSize(QSizeF(80, 200), QPageSize.Millimeter, "80 mm roll")


def families() -> list[str]:
    return QFont(QApplication.instance().font()).families()


class ReceiptPreview(QWidget):
    """The receipt as it will print, drawn at the size of the window: as wide as the screen allows,
    never taller than the visible part of the screen, so it scales with the window and text size."""

    PAPER = (640, 820)  # the preview's proportions (a receipt page with its margins)
    MARGIN = 24

    def __init__(self) -> None:
        super().__init__()
        self.data, self.lang = None, "zh-TW"
        policy = QSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(240)

    def show_receipt(self, data, lang: str) -> None:  # noqa: ANN001 - kiosk.documents.receipts.ReceiptData
        self.data, self.lang = data, lang
        self.updateGeometry()
        self.update()

    def _page_width(self, width: int) -> int:
        visible = self.window().height() * 3 // 4  # leave room for the heading and the actions
        return max(240, min(width, visible * self.PAPER[0] // self.PAPER[1]))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._page_width(width) * self.PAPER[1] // self.PAPER[0] if self.data is not None else 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.PAPER[0], self.heightForWidth(self.PAPER[0]))

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt override
        if self.data is None:
            return
        width = self._page_width(self.width())
        paper = QRectF(0, 0, width, width * self.PAPER[1] / self.PAPER[0])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(paper, QColor("#FFFFFF"))  # paper is white in every theme
        painter.setPen(QPen(QColor(theme.current_theme().border), 2))
        painter.drawRect(paper.adjusted(1, 1, -1, -1))
        painter.setPen(QColor("#000000"))
        margin = self.MARGIN * width / self.PAPER[0]
        paint_receipt(painter, paper.adjusted(margin, margin, -margin, -margin), self.data, self.lang, families())
        painter.end()


class ReceiptScreen(Screen):
    name = "receipt"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.state = widgets.Badge()
        self.state.setWordWrap(True)
        self.preview = ReceiptPreview()
        self.print_a4 = widgets.button("", role="primary")
        self.print_roll = widgets.button("")
        self.save_pdf = widgets.button("")
        self.subscribe_button = widgets.wrapping_button("")  # the citizen's own news and reminders (issue 24)
        for b, name in ((self.print_a4, "printer"), (self.print_roll, "printer"), (self.save_pdf, "file-download")):
            icons.set_icon(b, name)
        self.message = widgets.Badge()
        self.message.setWordWrap(True)
        self.message.hide()  # until there is something to say: no gap between the actions and the preview
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.state)
        # the actions above the preview: on screen on arrival at any text size, however tall the receipt
        self.layout_.addLayout(widgets.row(self.print_a4, self.print_roll, self.save_pdf))
        self.layout_.addLayout(widgets.row(self.subscribe_button))
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.preview)
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
        changes = self.take_changes()
        if self.view is None or self.view.id != application_id or changes:
            self._load(application_id)

    def concerns(self, changes: Changes) -> bool:
        """A decision or a tracking number arrived for the application shown."""
        return self.view is not None and changes.application_among([self.view.id])

    def redraw(self, changes: Changes) -> None:
        if self.view is not None:
            self._load(self.view.id)

    def _load(self, application_id: str) -> None:
        ws = self.ctx.workspace
        self.run(lambda: (ws.application(application_id), ws.receipt_data(application_id)), done=self._loaded)

    def _loaded(self, pair) -> None:  # noqa: ANN001
        self.view, self.data = pair
        self._show()

    def first_focus(self):  # noqa: ANN201
        return self.print_a4

    def _show(self) -> None:
        if self.data is None:
            self.preview.show_receipt(None, self.ctx.lang)
            self.state.clear()
            return
        kind, text = words.application_state(self.view.state, self.view.decision)
        reason = (self.view.decision or {}).get("reason")
        self.state.set_state(kind, text + (f"{colon(self.ctx.lang)}{reason}" if reason else ""))
        self.preview.show_receipt(self.data, self.ctx.lang)
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
        self.message.show()
        self.ctx.announcer.announce(text, self.message)

    def clear(self) -> None:
        super().clear()
        self.data = self.view = None
        self.message.clear()
        self.message.hide()
        self._show()
