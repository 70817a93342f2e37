"""Qt's stock dialogs (files, printing, messages) with touch-sized controls like the rest of the app.

Qt's own dialogs size their buttons and fields for a mouse; an officer with a touchscreen laptop
or a stylus needs the same 64 px targets there as on our screens. Native dialogs (Windows, a GTK
desktop) build no Qt widgets and keep the platform's sizes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QFileDialog, QLineEdit, QToolButton, QWidget

from ui import theme


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
    return touch_sized(dialog)


def folder_dialog(parent: QWidget, title: str, start: str) -> QFileDialog:
    """Choose a folder (where a batch of files goes); `chosen_path` gives it."""
    dialog = QFileDialog(parent, title, start)
    dialog.setFileMode(QFileDialog.Directory)
    dialog.setOption(QFileDialog.ShowDirsOnly, True)
    return touch_sized(dialog)


def accepted(dialog: QDialog) -> bool:
    """Show the dialog; whether the person accepted it. The dialog is then disposed of."""
    answer = dialog.exec() == QDialog.Accepted
    dialog.deleteLater()
    return answer


def chosen_path(dialog: QFileDialog) -> str:
    """The file the person chose, or "" when they cancelled; the dialog is then disposed of."""
    chosen = dialog.selectedFiles() if accepted(dialog) else []
    return chosen[0] if chosen else ""
