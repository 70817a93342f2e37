"""Qt's stock dialogs get the app's 64 px touch targets."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QMessageBox

from ui import theme
from ui.dialogs import file_dialog, touch_sized


def _too_small(dialog):
    dialog.show()
    QApplication.processEvents()
    controls = [w for kind in (QAbstractButton, QComboBox, QLineEdit) for w in dialog.findChildren(kind) if w.isVisible()]
    assert controls
    small = [(type(w).__name__, w.objectName(), w.height()) for w in controls if w.height() < theme.TARGET_PX]
    dialog.close()
    dialog.deleteLater()  # a live file dialog keeps looking up its folder's file types
    QApplication.processEvents()
    return small


@pytest.mark.parametrize("save", [False, True])
def test_file_dialogs_have_touch_sized_controls(qapp, tmp_path, save):
    assert _too_small(file_dialog(None, "", str(tmp_path), "PDF (*.pdf)", save=save)) == []


def test_message_boxes_have_touch_sized_buttons(qapp):
    assert _too_small(touch_sized(QMessageBox(QMessageBox.Warning, "", "Disk full", QMessageBox.Ok))) == []


def test_the_stock_print_dialog_is_touch_sized(qapp):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    assert _too_small(touch_sized(QPrintDialog(printer))) == []
