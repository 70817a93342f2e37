"""The tour's language audit: English or Chinese left on a screen in another language is a finding."""

import pytest


def _window(qapp, *texts):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    window = QWidget()
    layout = QVBoxLayout(window)
    for text in texts:
        layout.addWidget(QLabel(text))
    named = QPushButton("▶")
    named.setAccessibleName(texts[0] if texts else "")
    layout.addWidget(named)
    window.show()
    qapp.processEvents()
    return window


def _kinds(qapp, lang, *texts, own=()):
    from ui.language_audit import language_audit

    window = _window(qapp, *texts)
    try:
        return sorted({(f["kind"], f["detail"]) for f in language_audit(window, {"screen": "t", "lang": lang}, own)})
    finally:
        window.close()


@pytest.mark.parametrize("lang", ["zh-TW", "vi", "id", "th"])
def test_an_english_catalogue_sentence_on_a_translated_screen_is_found(qapp, lang):
    found = _kinds(qapp, lang, "Trợ cấp · ★ đủ điều kiện. aged 65 or over (88)")
    assert ("english_text", "aged 65 or over") in found


def test_english_is_no_finding_on_the_english_screen(qapp):
    assert _kinds(qapp, "en", "aged 65 or over (88)") == []


def test_a_roc_date_in_a_vietnamese_line_is_found_but_names_and_brackets_pass(qapp):
    line = "• 王秀英（chủ hộ）F2****6786　中華民國26年3月16日　89 tuổi"
    found = _kinds(qapp, "vi", line, own=["王秀英"])
    assert ("chinese_text", "中華民國") in found
    assert not any(detail == "王秀英" for _, detail in found)
    ok = "sinh vào hoặc trước ngày 1/10/1943 (民國32年10月1日); 新北市板橋區文化路一段1號"
    assert _kinds(qapp, "vi", ok, own=["新北市板橋區文化路一段1號"]) == []


def test_chinese_is_fine_on_the_chinese_screen_and_language_names_pass(qapp):
    assert _kinds(qapp, "zh-TW", "訪視清單完成：8 戶") == []
    assert _kinds(qapp, "th", "中文（臺灣）") == []


def test_words_written_by_people_pass_even_in_english(qapp):
    note = "與證件不符 / does not match the documents"
    assert _kinds(qapp, "id", f"Email：{note}", own=[note]) == []
    assert ("english_text", "does not match") in _kinds(qapp, "id", f"Email：{note}")
