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
