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


@pytest.mark.parametrize("theme_name", ["normal", "high_contrast"])
@pytest.mark.parametrize("scale", [100, 200])
def test_the_file_dialog_is_readable_on_its_pixels(qapp, tmp_path, theme_name, scale):
    """Measured on what is drawn: Qt's own "up" arrow was near black on black in high contrast
    (1.3:1), its lists had no outline there, and at 200 % every column was cut to "8…s"."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QToolButton, QTreeView

    from ui import pixel_contrast
    from ui.app import qt_application

    qt_application()  # the app's style (KioskStyle), as every window of the app has it
    (tmp_path / "收據-001.pdf").write_bytes(b"%PDF-1.4")
    theme.apply(qapp, theme_name, scale)
    try:
        dialog = file_dialog(None, "", str(tmp_path), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        dialog.resize(1000 * scale // 100, 700 * scale // 100)
        dialog.show()
        QApplication.processEvents()
        image = pixel_contrast.pixels(dialog.grab().toImage())

        def rect(widget) -> QRect:
            return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())

        tools = [b for b in dialog.findChildren(QToolButton) if b.isVisible() and b.isEnabled() and not b.text()]
        assert tools, "the dialog's tool buttons are gone"
        for tool in tools:  # an icon is all they show: 3:1 for a graphic (WCAG 1.4.11), 4.5 to be safe
            measured = pixel_contrast.text_contrast(image, rect(tool).adjusted(6, 6, -6, -6))
            assert measured is not None and measured.ratio >= 4.5, (tool.objectName(), measured)
            assert tool.accessibleName() or tool.toolTip(), tool.objectName()
        views = [v for v in dialog.findChildren(QAbstractItemView) if v.isVisible() and v.width() > 100]
        assert len(views) >= 2  # the places and the files
        for view in views:
            edge = pixel_contrast.boundary_contrast(image, rect(view), dialog.rect())
            assert edge is not None and edge.ratio >= 3, (view.objectName(), edge)
        tree = next(t for t in dialog.findChildren(QTreeView) if t.isVisible())
        for column in range(1, tree.header().count()):
            if not tree.isColumnHidden(column):
                assert tree.header().sectionSize(column) >= tree.sizeHintForColumn(column), column
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()
    finally:
        theme.apply(qapp, "normal", 100)
