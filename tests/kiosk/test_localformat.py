"""Dates and numbers in the reader's language: ROC for zh-TW, Gregorian elsewhere."""

from datetime import date

import pytest

from kiosk.localformat import format_date, format_number

BIRTHDAY = date(1937, 3, 16)


@pytest.mark.parametrize(("lang", "shown"), [
    ("zh-TW", "中華民國26年3月16日"),
    ("en", "16 March 1937"),
    ("vi", "16/03/1937"),
    ("id", "16 Maret 1937"),
    ("th", "16 มีนาคม ค.ศ. 1937"),
])
def test_each_language_reads_the_date_in_its_own_calendar(lang, shown):
    assert format_date(BIRTHDAY, lang) == shown
    assert format_date(BIRTHDAY.isoformat(), lang) == shown


@pytest.mark.parametrize("lang", ["en", "vi", "id", "th"])
def test_a_form_adds_the_roc_date_in_brackets_outside_zh_tw(lang):
    shown = format_date(date(2028, 2, 29), lang, with_roc=True)
    assert shown == f"{format_date(date(2028, 2, 29), lang)} (中華民國117年2月29日)"


def test_zh_tw_never_doubles_the_roc_date():
    assert format_date(date(2026, 11, 22), "zh-TW", with_roc=True) == "中華民國115年11月22日"


def test_the_display_language_is_the_default(monkeypatch):
    monkeypatch.setenv("KIOSK_LANG", "vi")
    assert format_date(BIRTHDAY) == "16/03/1937"


@pytest.mark.parametrize(("lang", "shown"), [("zh-TW", "10,286"), ("en", "10,286"), ("vi", "10.286"),
                                             ("id", "10.286"), ("th", "10,286")])
def test_amounts_use_the_language_thousands_separator(lang, shown):
    assert format_number(10286.4, lang) == shown


def test_a_label_and_its_value_are_joined_as_each_language_writes_it():
    from kiosk.localformat import colon

    assert colon("zh-TW") == "：" and {colon(lang) for lang in ("en", "vi", "id", "th")} == {": "}


@pytest.mark.parametrize(("lang", "shown"), [("zh-TW", "10,286 元"), ("en", "NT$10,286"), ("vi", "NT$10.286"),
                                             ("id", "NT$10.286"), ("th", "NT$10,286")])
def test_money_has_one_style_per_language(lang, shown):
    from kiosk.localformat import format_money

    assert format_money(10286, lang) == shown


@pytest.mark.parametrize(("lang", "shown"), [("zh-TW", "每月 10,286 元"), ("en", "NT$10,286 a month"),
                                             ("vi", "NT$10.286 mỗi tháng"), ("id", "NT$10.286 sebulan"),
                                             ("th", "เดือนละ NT$10,286")])
def test_an_amount_sentence_shows_the_money_once_in_the_formatter_style(lang, shown):
    from kiosk.i18n import tr
    from kiosk.rules.explain import money

    assert tr("amount.month", lang, amount=money(10286)) == shown


def test_no_catalogue_sentence_writes_the_currency_beside_an_amount():
    """The formatter writes 元 / NT$: a sentence that wrote it too would show it twice."""
    import json
    import re

    from kiosk.paths import resource_path

    beside = re.compile(r"NT\$\{|\}\s?(?:元|Đài tệ|ดอลลาร์ไต้หวัน)")
    for lang in ("zh-TW", "en", "vi", "id", "th"):
        catalogue = json.loads(resource_path("i18n", "core", f"{lang}.json").read_text(encoding="utf-8"))
        doubled = [key for key, text in catalogue.items() if key != "speech.money" and beside.search(text)]
        assert doubled == [], lang


@pytest.mark.parametrize(("lang", "shown"), [("zh-TW", "中華民國115年3月16日 14:05"), ("en", "16 March 2026 14:05"),
                                             ("vi", "16/03/2026 14:05")])
def test_a_moment_is_its_date_then_the_24_hour_time(lang, shown):
    from datetime import datetime

    from kiosk.localformat import format_datetime

    assert format_datetime(datetime(2026, 3, 16, 14, 5), lang) == shown


def test_counts_are_grouped_like_numbers():
    from kiosk.localformat import format_count

    assert format_count(12000, "vi") == "12.000" and format_count(12000, "zh-TW") == "12,000"


def test_rule_warnings_write_their_dates_in_the_readers_calendar():
    from datetime import date

    from kiosk.rules.history import dated_warnings

    warning = next(w for w in dated_warnings(date(2100, 1, 1)) if w["kind"] == "parameters_not_published")
    assert "中華民國" in warning["message"]["zh-TW"] and "-" not in warning["message"]["zh-TW"]
    assert "/" in warning["message"]["vi"] and warning["until"].count("-") == 2  # the data keeps ISO
