"""What the review screen and the printed receipt show for a date, per display language."""

from datetime import datetime, timezone

import pytest

from kiosk.catalog import FormField
from kiosk.documents.receipts import ReceiptData

BIRTH = FormField("birth_date", "date", True, {"en": "Date of birth"})


@pytest.mark.parametrize(("lang", "shown"), [("zh-TW", "中華民國26年3月16日"),
                                             ("vi", "16/03/1937 (中華民國26年3月16日)"),
                                             ("th", "16 มีนาคม ค.ศ. 1937 (中華民國26年3月16日)")])
def test_the_review_gives_a_date_in_the_reader_calendar_with_the_roc_date_beside_it(qapp, lang, shown):
    from ui.screens.review import shown_value

    assert shown_value(BIRTH, "1937-03-16", lang) == shown


def test_the_printed_receipt_dates_the_application_for_the_citizen(qapp):
    from ui.receipt_painter import receipt_lines

    data = ReceiptData("a1", 1, "d" * 64, "BB7W-S47D-C", "S03", "王秀英", "F2****6786",
                       datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc), "示範里幹事", "id", (), "KSR1:x")
    assert any(line.endswith("22 November 2026 (中華民國115年11月22日)") for line in receipt_lines(data, "id"))
    assert not any("2026-11-22" in line for line in receipt_lines(data, "id"))
