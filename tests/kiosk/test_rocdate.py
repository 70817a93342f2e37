from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.rocdate import InvalidRocDate, add_years, age_on, parse_any_date, parse_roc, to_roc


def test_styles():
    day = date(2026, 11, 22)
    assert to_roc(day, "long") == "中華民國115年11月22日"
    assert to_roc(day, "short") == "115/11/22"
    assert to_roc(day, "compact") == "1151122"
    assert to_roc(date(1956, 3, 8), "compact") == "0450308"


def test_first_year_and_before():
    assert to_roc(date(1912, 1, 1)) == "中華民國元年1月1日"
    assert to_roc(date(1911, 12, 31)) == "中華民國前1年12月31日"
    assert to_roc(date(1900, 6, 1)) == "中華民國前12年6月1日"
    assert to_roc(date(1911, 12, 31), "short") == "前1/12/31"
    with pytest.raises(ValueError):
        to_roc(date(1911, 12, 31), "compact")


def test_leap_day_formats_without_replacing_the_year():
    assert to_roc(date(2024, 2, 29), "short") == "113/02/29"
    assert parse_roc("113/02/29") == date(2024, 2, 29)


@pytest.mark.parametrize("text", [
    "中華民國115年11月22日", "民國115年11月22日", "115年11月22日", "115/11/22", "115.11.22", "115-11-22",
    "1151122", "１１５／１１／２２", " 115 / 11 / 22 ", "民國一一五年十一月二十二日", "中華民國一百一十五年十一月二十二日",
])
def test_parse_every_common_form(text):
    assert parse_roc(text) == date(2026, 11, 22)


def test_parse_first_year_and_before():
    assert parse_roc("民國元年1月1日") == date(1912, 1, 1)
    assert parse_roc("民國前1年12月31日") == date(1911, 12, 31)
    assert parse_roc("0450308") == date(1956, 3, 8)


@pytest.mark.parametrize("text,key", [
    ("113/02/30", "rocdate.no_such_day"), ("114/02/29", "rocdate.no_such_day"), ("115/13/01", "rocdate.no_such_day"),
    ("0/01/01", "rocdate.year_zero"), ("2026-11-22", "rocdate.format"), ("hello", "rocdate.format"),
    ("", "rocdate.empty"),
])
def test_invalid_dates_raise_clear_errors(text, key):
    with pytest.raises(InvalidRocDate) as caught:
        parse_roc(text)
    assert caught.value.key == key
    assert isinstance(caught.value, ValueError)
    assert str(caught.value)


def test_any_date_accepts_iso_and_roc():
    assert parse_any_date("1948-03-08") == parse_any_date("37/03/08") == parse_any_date("19480308") == date(1948, 3, 8)


@given(st.dates(min_value=date(1912, 1, 1), max_value=date(2910, 12, 31)), st.sampled_from(["long", "short", "compact"]))  # ROC 1-999
def test_round_trip_after_first_year(day, style):
    assert parse_roc(to_roc(day, style)) == day


@given(st.dates(min_value=date(1800, 1, 1), max_value=date(1911, 12, 31)), st.sampled_from(["long", "short"]))
def test_round_trip_before_first_year(day, style):
    assert parse_roc(to_roc(day, style)) == day


def test_age_on():
    birth = date(1948, 3, 8)
    assert age_on(birth, date(2026, 11, 22)) == 78
    assert age_on(birth, date(2013, 3, 7)) == 64
    assert age_on(birth, date(2013, 3, 8)) == 65
    with pytest.raises(ValueError):
        age_on(birth, date(1940, 1, 1))


def test_leap_day_birthday_completes_the_year_on_the_first_of_march():
    birth = date(2000, 2, 29)
    assert age_on(birth, date(2001, 2, 28)) == 0
    assert age_on(birth, date(2001, 3, 1)) == 1
    assert age_on(birth, date(2004, 2, 29)) == 4
    assert add_years(birth, 1) == date(2001, 3, 1)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 1, 1)), st.integers(0, 100))
def test_age_reaches_n_exactly_on_the_nth_birthday(birth, years):
    birthday = add_years(birth, years)
    assert age_on(birth, birthday) == years
    if years:
        assert age_on(birth, date.fromordinal(birthday.toordinal() - 1)) == years - 1


def test_today_is_taiwans_date_whatever_the_machines_time_zone(monkeypatch, tmp_path):
    """At 17:00 UTC it is already tomorrow in Taiwan: ages, rules and "today's" receipts count
    Taiwan's day (CI and many laptops run in UTC; a test failed daily from 16:00 to 24:00 UTC)."""
    from datetime import date as real_date
    from datetime import datetime as real_datetime
    from datetime import timezone

    import kiosk.rocdate
    from kiosk.workspace import Workspace

    class EveningInUtc(real_datetime):
        @classmethod
        def now(cls, tz=None):
            moment = real_datetime(2026, 12, 3, 17, 0, tzinfo=timezone.utc)
            return moment.astimezone(tz) if tz else moment.replace(tzinfo=None)

    monkeypatch.setattr(kiosk.rocdate, "datetime", EveningInUtc)
    assert kiosk.rocdate.taiwan_today() == real_date(2026, 12, 4)
    workspace = Workspace.__new__(Workspace)  # the clock's day, without a store
    workspace._fixed_today = None
    assert workspace.today == real_date(2026, 12, 4)
