"""Qt's own strings that our screens show: which ones, found by opening the dialogs the app opens.

Qt ships no catalogue for Vietnamese, Indonesian or Thai, and its Traditional Chinese one misses
a few newer strings, so `resources/i18n/ui/qt_<lang>.ts` supply them. This module lists what
they must cover by recording every lookup Qt makes while the message box, the file dialogs
(with their "already exists" and "not found" prompts), the print dialog and a text field's
context menu are shown: a Qt upgrade that adds a string makes the translation test fail.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from ui.dialogs import file_dialog

# Key names ("Ctrl", "Del") as printed on the keycaps, shown untranslated in every language; and
# MIME type names, which depend on whichever files a folder holds (any open file list asks).
UNLISTED_CONTEXTS = frozenset({"QShortcut", "QMimeType"})

Message = tuple[str, str, str]  # context, source, disambiguation ("" when none)


class _Recorder(QTranslator):
    """Answers nothing, so the real translators still decide; only remembers what was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[Message] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN202 - Qt override
        self.asked.add((context, source, disambiguation or ""))
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def _answer_prompts() -> QTimer:
    """Dismisses any message box a dialog raises, so the walk never waits for a person."""
    timer = QTimer()
    timer.timeout.connect(lambda: isinstance(w := QApplication.activeModalWidget(), QMessageBox) and w.reject())
    timer.start(20)
    return timer


def _file_dialog(folder: Path, save: bool, typed: str) -> None:
    dialog = file_dialog(None, "", str(folder), "PDF (*.pdf)", save=save)
    dialog.setOption(QFileDialog.DontUseNativeDialog)  # what Linux kiosks show; native ones translate themselves

    def type_and_accept() -> None:
        dialog.findChild(QLineEdit, "fileNameEdit").setText(typed)
        dialog.accept()  # raises the prompt; _answer_prompts closes it
        QTimer.singleShot(50, dialog.reject)

    QTimer.singleShot(50, type_and_accept)
    dialog.exec()


def shown_qt_strings() -> set[Message]:
    """Every (context, source, disambiguation) Qt translates while our dialogs are on screen,
    key and MIME type names excepted."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    app = QCoreApplication.instance()
    recorder = _Recorder()
    app.installTranslator(recorder)
    prompts = _answer_prompts()
    try:
        box = QMessageBox(QMessageBox.Warning, "", "", QMessageBox.Ok)
        box.show()
        box.close()
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "receipt.pdf").write_bytes(b"%PDF-1.4\n")
            _file_dialog(Path(folder), save=True, typed="receipt.pdf")
            _file_dialog(Path(folder), save=False, typed="missing.pdf")
        printer = QPrinter()
        printing = QPrintDialog(printer)
        printing.show()
        QApplication.processEvents()
        printing.close()
        field = QLineEdit()
        field.createStandardContextMenu().deleteLater()
        QApplication.processEvents()
    finally:
        prompts.stop()
        app.removeTranslator(recorder)
    return {message for message in recorder.asked if message[0] not in UNLISTED_CONTEXTS}
