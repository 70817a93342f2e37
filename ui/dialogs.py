"""Qt's stock dialogs (files, printing, messages) with touch-sized controls like the rest of the app.

Qt's own dialogs size their buttons and fields for a mouse; an officer with a touchscreen laptop
or a stylus needs the same 64 px targets there as on our screens. Native dialogs (Windows, a GTK
desktop) build no Qt widgets and keep the platform's sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QDialog, QFileDialog,
                               QHeaderView, QLineEdit, QToolButton, QTreeView, QWidget)

from ui import icons, theme


def touch_sized(dialog: QDialog) -> QDialog:
    for control in [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QComboBox),
                    *dialog.findChildren(QLineEdit)]:
        control.setMinimumHeight(theme.TARGET_PX)
        if isinstance(control, QToolButton):
            control.setMinimumWidth(theme.TARGET_PX)
    return dialog


def file_dialog(parent: QWidget, title: str, start: str, filters: str, *, save: bool = False) -> QFileDialog:
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptSave if save else QFileDialog.AcceptOpen)
    dialog.setFileMode(QFileDialog.AnyFile if save else QFileDialog.ExistingFile)
    return readable(touch_sized(dialog))


def readable(dialog: QFileDialog) -> QFileDialog:
    """Icons at the size of the text beside them (Qt's are 16 px at any text size), and the file
    list's name column taking the room, the others as wide as what they show: at 200 % Qt cut
    every column to "8…s" and "P…t"."""
    px = icons.icon_px(int(theme.prop(QApplication.instance(), "kioskScale", 100)))
    for control in [*dialog.findChildren(QToolButton), *dialog.findChildren(QAbstractItemView),
                    *dialog.findChildren(QComboBox)]:
        control.setIconSize(QSize(px, px))
    sidebar = dialog.findChild(QAbstractItemView, "sidebar")  # the places: Computer, home; whole, not "Compu…"
    if sidebar is not None:
        sidebar.setMinimumWidth(sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + px)
    for tree in dialog.findChildren(QTreeView):
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
    return dialog


def folder_dialog(parent: QWidget, title: str, start: str) -> QFileDialog:
    """Choose a folder (where a batch of files goes); `chosen_path` gives it."""
    dialog = QFileDialog(parent, title, start)
    dialog.setFileMode(QFileDialog.Directory)
    dialog.setOption(QFileDialog.ShowDirsOnly, True)
    return readable(touch_sized(dialog))


def accepted(dialog: QDialog) -> bool:
    """Show the dialog; whether the person accepted it. The dialog is then disposed of."""
    answer = dialog.exec() == QDialog.Accepted
    dialog.deleteLater()
    return answer


def chosen_path(dialog: QFileDialog) -> str:
    """The file the person chose, or "" when they cancelled; the dialog is then disposed of."""
    chosen = dialog.selectedFiles() if accepted(dialog) else []
    return chosen[0] if chosen else ""
