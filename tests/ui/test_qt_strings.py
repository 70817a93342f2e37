"""Qt's own strings (file, print and message dialogs, a field's context menu) speak every UI language."""

import re

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QMessageBox

from ui import i18n
from ui.qt_strings import shown_qt_strings


@pytest.fixture(scope="module")
def shown(qapp):
    return shown_qt_strings()


@pytest.fixture()
def language(qapp):
    languages = i18n.Languages()
    yield languages
    for translator in languages._installed:
        qapp.removeTranslator(translator)


def test_the_walk_sees_every_dialog_our_screens_open(shown):
    expected = {
        ("QPlatformTheme", "OK", ""),  # message box
        ("QFileDialog", "File &name:", ""),  # open and save dialogs
        ("QFileDialog", "%1 already exists.\nDo you want to replace it?", ""),  # saving over a receipt
        ("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given.", ""),
        ("QPrintDialog", "&Print", ""),  # receipt printing
        ("QLineEdit", "&Paste", ""),  # a field's context menu (long press on a touchscreen)
    }
    assert expected <= shown
    assert not any(context in ("QShortcut", "QMimeType") for context, _, _ in shown)


@pytest.mark.parametrize("lang", [lang for lang in i18n.LANGUAGES if lang != "en"])
def test_every_qt_string_we_show_is_translated_with_its_placeholders(shown, language, lang):
    language.set_language(lang)
    missing, broken = [], []
    for context, source, disambiguation in sorted(shown):
        translation = next((text for t in language._installed
                            if (text := t.translate(context, source, disambiguation or None))), "")
        if not translation:
            missing.append((context, source))
        elif sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", translation)):
            broken.append((context, source, translation))
    assert missing == [] and broken == []


@pytest.mark.parametrize(("lang", "file_name", "ok", "paste"), [
    ("vi", "&Tên tệp:", "Đồng ý", "&Dán"),
    ("th", "ชื่อไฟล์(&N):", "ตกลง", "วาง(&P)"),
    ("id", "&Nama berkas:", "OK", "&Tempel"),
    ("zh-TW", "檔名(&N)：", "確定", "貼上(&P)"),
])
def test_dialogs_on_screen_use_the_chosen_language(language, lang, file_name, ok, paste):
    language.set_language(lang)
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    assert dialog.findChild(QLabel, "fileNameLabel").text() == file_name
    box = QMessageBox(QMessageBox.Warning, "", "", QMessageBox.Ok)
    assert box.button(QMessageBox.Ok).text() == ok
    field = QLineEdit()
    menu = field.createStandardContextMenu()
    assert paste in [action.text().split("\t")[0] for action in menu.actions()]
    for widget in (dialog, box, menu):
        widget.deleteLater()
    QApplication.processEvents()
