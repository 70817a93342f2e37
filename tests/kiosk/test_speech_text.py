"""Speech says meaning: no symbols, numbers by kind, reading order question → answer → actions."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kiosk.i18n import LANGUAGES
from kiosk.paths import resource_path
from kiosk.speech_text import Part, Utterance, say_text, utterances
from kiosk.spoken_numbers import chinese_words, spoken_date


@pytest.mark.parametrize("lang", LANGUAGES)
def test_decorations_are_not_read(lang):
    for decorated in ("▶ Next", "◀ Previous", "✔ Yes", "✖ Wrong", "▲ Careful", "ⓘ Note", "★ Care", "☎ Care",
                      "▦ Scan", "↻ Again", "→ Go", "• Item", "😀 Smile", "╔══╗ Box", "👍🏽 Fine", "1️⃣ One"):
        spoken = say_text(decorated, lang)
        assert all(ord(ch) < 0x2190 or 0x3000 <= ord(ch) for ch in spoken), (decorated, spoken)
        assert spoken.split(" ")[-1] in decorated, (decorated, spoken)


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh-TW", "請打 1 9 5 7。"), ("en", "請打 1 9 5 7。"), ("th", "請打 1 9 5 7。")])
def test_a_hotline_is_read_digit_by_digit_not_as_a_year(lang, expected):
    assert say_text("請打 1957。", lang) == expected
    assert say_text("Need help? Call 1957.", "en") == "Need help? Call 1 9 5 7."
    assert say_text("☎ 1966", lang) == {"zh-TW": "電話 1 9 6 6", "en": "phone 1 9 6 6", "th": "โทร 1 9 6 6"}[lang]


@pytest.mark.parametrize(("lang", "pause"), [("zh-TW", "，"), ("en", ", "), ("vi", ", "), ("id", ", "), ("th", ", ")])
def test_phone_numbers_are_read_digit_by_digit_in_their_groups(lang, pause):
    assert say_text("0912-345-678", lang) == pause.join(["0 9 1 2", "3 4 5", "6 7 8"])
    assert say_text("(02)2345-6789", lang) == pause.join(["0 2", "2 3 4 5", "6 7 8 9"])
    assert say_text("0912345678", lang) == pause.join(["0 9 1 2", "3 4 5", "6 7 8"])
    assert say_text("0223456789", lang) == pause.join(["0 2", "2 3 4 5", "6 7 8 9"])


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("zh-TW", "每月 12,000 元", "每月 一萬二千元"),
    ("zh-TW", "15,515 元", "一萬五千五百一十五元"),
    ("en", "NT$20,000 a month", "20000 Taiwan dollars a month"),
    ("vi", "NT$20,000 a month", "20000 Tân Đài tệ a month"),
    ("id", "NT$20,000", "20000 dolar Taiwan"),
    ("th", "NT$20,000", "สองหมื่น ดอลลาร์ไต้หวัน"),
])
def test_money_is_read_as_a_number_with_its_currency(lang, text, expected):
    assert say_text(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("zh-TW", "65 歲", "六十五 歲"), ("zh-TW", "55–64 歲", "五十五到六十四 歲"), ("en", "55–64", "55 to 64"),
    ("vi", "85 tuổi trở lên", "85 tuổi trở lên"), ("id", "55–64 tahun", "55 sampai 64 tahun"),
    ("th", "85 ปีขึ้นไป", "แปดสิบห้า ปีขึ้นไป")])
def test_ages_are_read_as_numbers(lang, text, expected):
    assert say_text(text, lang) == expected
    assert " " not in say_text("1957年", lang)  # a year, not the hotline read digit by digit


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh-TW", "民國二十六年三月十六日"), ("en", "16 March 1937"), ("vi", "ngày 16 tháng 3 năm 1937"),
    ("id", "16 Maret 1937"), ("th", "วันที่ สิบหก มีนาคม คริสต์ศักราช หนึ่งพันเก้าร้อยสามสิบเจ็ด")])
def test_roc_dates_are_read_as_dates_in_the_language(lang, expected):
    assert say_text("中華民國26年3月16日", lang) == expected
    assert say_text("26/03/16", lang) == expected
    assert say_text("1937-03-16", lang) == expected


def test_chinese_number_words_are_right_where_the_mandarin_voice_is_wrong():
    # espeak-ng 1.51 says 10000 as 十千 and 1001 as 一千一
    assert [chinese_words(n) for n in (0, 10, 15, 110, 1001, 10000, 10500, 12000, 100000, 29500)] == [
        "零", "十", "十五", "一百一十", "一千零一", "一萬", "一萬零五百", "一萬二千", "十萬", "二萬九千五百"]
    assert spoken_date(date(1912, 1, 1), "zh-TW") == "民國元年一月一日"


def test_tracking_numbers_and_masked_ids_are_spelled():
    assert say_text("F5FB-E5KN-7：已核准", "zh-TW") == "F 5 F B，E 5 K N，7：已核准"
    assert say_text("F2****6786", "en") == "F 2 6 7 8 6"
    assert say_text("身分證A123456789，追蹤號碼BB7W-S47D-C", "zh-TW") == (
        "身分證A 1 2 3 4 5 6 7 8 9，追蹤號碼B B 7 W，S 4 7 D，C")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_reading_order_is_question_answer_then_actions_with_each_item_apart(lang):
    parts = [Part("◀ Previous", "action"), Part("Next ▶", "action"), Part("✔ Draft saved", "status"),
             Part("Application", "title"), Part("How much do you earn?"), Part("", "answer", label="How much do you earn?"),
             Part("1", "action"), Part("Delete last digit", "action")]
    spoken = utterances([p for p in parts if p.text != "1"], lang)
    texts = [u.text for u in spoken]
    assert texts[:2] == ["Application", "How much do you earn?"]
    assert "Previous" in texts[-1] and "Next" in texts[-1]  # one item for what can be pressed, last
    assert texts.index("Draft saved") > 2
    assert all(u.lang == lang for u in spoken)
    assert isinstance(spoken[0], Utterance)


def test_a_text_shown_under_the_answer_is_read_after_it():
    parts = [Part("Check my application", "title"), Part("F5FB-E5KN-7", "answer", label="Tracking number"),
             Part("Check", "action"), Part("✖ No application with this number.", "error"), Part("Need help? Call 1957.")]
    assert [u.text for u in utterances(parts, "en")] == [
        "Check my application", "Tracking number: F 5 F B, E 5 K N, 7",
        "Please note: No application with this number.", "Need help? Call 1 9 5 7.", "You can press: Check"]


def test_a_language_name_is_said_in_its_own_language():
    spoken = utterances([Part("Welcome"), Part("Tiếng Việt", "language", lang="vi")], "zh-TW")
    assert spoken == [Utterance("Welcome", "zh-TW"), Utterance("Tiếng Việt", "vi")]


def test_every_speech_message_exists_in_all_five_languages():
    keys = {lang: {k for k in json.loads(resource_path("i18n", "core", f"{lang}.json").read_text(encoding="utf-8"))
                   if k.startswith("speech.")} for lang in LANGUAGES}
    assert keys["zh-TW"] and all(keys[lang] == keys["zh-TW"] for lang in LANGUAGES), keys
    for lang in LANGUAGES:
        assert len(say_text("", lang).split(",")) == 1
        from kiosk.i18n import catalog

        assert len(catalog(lang)["speech.months"].split(",")) == 12


def test_each_group_of_choices_is_one_item_followed_by_what_was_chosen():
    parts = [Part("Settings", "title"), Part("Text size"), Part("100 %", "option"), Part("150 %", "option"),
             Part("150 %", "chosen"), Part("200 %", "option"), Part("Colours"), Part("Normal", "option"),
             Part("Normal", "chosen"), Part("High contrast", "option"), Part("Try the voice", "action")]
    assert [u.text for u in utterances(parts, "en")] == [
        "Settings", "Text size", "The choices are: 100 percent, 150 percent, 200 percent", "You chose: 150 percent", "Colours",
        "The choices are: Normal, High contrast", "You chose: Normal", "You can press: Try the voice"]


@pytest.mark.parametrize("lang", ["en", "vi", "id", "th"])
def test_a_chinese_address_inside_another_language_is_read_by_the_mandarin_voice(lang):
    # The other voices say "Chinese letter" for every character of it.
    spoken = utterances([Part("新北市蘆洲區興仁里16鄰中正路300號2樓", "answer", label="Address")], lang)
    assert spoken[-1] == Utterance("新北市蘆洲區興仁里十六鄰中正路三百號二樓", "zh-TW")
    assert spoken[0].lang == lang and "Address" in spoken[0].text


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh-TW", "部分負擔百分之三十"), ("en", "co-payment 30 percent"), ("th", "ร่วมจ่าย สามสิบ เปอร์เซ็นต์")])
def test_percentages_are_said_in_words_not_as_a_symbol(lang, expected):
    text = {"zh-TW": "部分負擔30%", "en": "co-payment 30%", "th": "ร่วมจ่าย 30 %"}[lang]
    assert say_text(text, lang) == expected
