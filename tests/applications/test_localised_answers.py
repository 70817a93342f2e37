"""Numbers and dates of a form in the citizen's language: errors, typed answers and the printed form."""

import pytest

from kiosk.applications.forms import FieldError, normalise_value
from kiosk.catalog import FormField
from kiosk.documents.application_form import _answer

INCOME = FormField("monthly_income", "money", True, {"en": "Monthly income"}, min=0, max=10_000_000)
BIRTH = FormField("birth_date", "date", True, {"en": "Date of birth"})


def test_a_range_error_groups_thousands_as_the_reader_does():
    with pytest.raises(FieldError) as refused:
        normalise_value(INCOME, "99999999", "vi")
    assert "10.000.000" in refused.value.problem.message
    with pytest.raises(FieldError) as refused:
        normalise_value(INCOME, "99999999", "th")
    assert "10,000,000" in refused.value.problem.message


def test_an_amount_typed_with_dots_for_thousands_is_read_as_a_whole_number():
    assert normalise_value(INCOME, "12.500", "id") == 12500
    with pytest.raises(FieldError):
        normalise_value(INCOME, "12.5", "id")


@pytest.mark.parametrize(("lang", "second"), [("vi", "16/03/1937"), ("id", "16 Maret 1937"), ("zh-TW", "16 March 1937")])
def test_the_printed_form_gives_the_date_in_roc_and_in_the_citizen_calendar(lang, second):
    assert _answer(BIRTH, "1937-03-16", lang) == ("中華民國26年3月16日", second)


def test_the_printed_form_groups_the_amount_for_each_column():
    assert _answer(INCOME, 10286, "id") == ("10,286 元", "NT$10.286")
