"""Issue 17 point 10: log redaction catches quoted names, addresses, phones with spaces or +886
and Latin-script names, and keeps what IT needs (exception types, file paths, line numbers)."""

import pytest

from kiosk.redaction import redact


@pytest.mark.parametrize("line, secret", [
    ("KeyError: '陳大明'", "陳大明"),
    ("no household for 「林阿嬤」", "林阿嬤"),
    ('lookup "Nguyen Thi Lan" failed', "Nguyen"),
    ("applicant Nguyễn Thị Lan was not found", "Nguyễn"),
    ("Siti Aminah signed the form", "Aminah"),
    ("call 0912 345 678 tomorrow", "345 678"),
    ("call +886 912 345 678 tomorrow", "912 345"),
    ("call +886-2-2345-6789 tomorrow", "2345"),
    ("call (02) 2345 6789 tomorrow", "2345"),
    ("visit 臺北市萬華區福星里8鄰西寧南路50號4樓之1 today", "西寧南路"),
    ("visit 西寧南路50號 today", "50號"),
    ("lives at No. 50, Xining S. Rd., Wanhua", "Xining"),
    ("open F223456786 phone 0912-345-678", "F223456786"),
])
def test_personal_values_are_redacted(line, secret):
    assert secret not in redact(line)


@pytest.mark.parametrize("line, secrets", [
    ("applicant นางสาว สมศรี ใจดี not found", ["สมศรี", "ใจดี"]),
    ("mail lan.nguyen+kiosk@example.com.tw bounced", ["lan.nguyen", "example.com"]),
    ("born 1949-02-08 per register", ["1949-02-08"]),
    ("born 38/2/8 per register", ["38/2/8"]),
    ("born 民國38年2月8日 per register", ["38年2月8日"]),
    ("open A 1 2 3 4 5 6 7 8 9 failed", ["1 2 3 4 5 6 7 8 9"]),
    ("applicant 陳\u200b大明 was not found", ["陳", "大明"]),
], ids=["thai", "email", "iso-date", "roc-date", "minguo-date", "spaced-id", "zwsp-cjk"])
def test_issue_17_n_low_cases_are_redacted(line, secrets):
    redacted = redact(line)
    assert not any(secret in redacted for secret in secrets), redacted


def test_what_it_needs_stays():
    text = 'Traceback (most recent call last):\n  File "/opt/kiosk/ui/app.py", line 42, in run\nValueError: bad value'
    assert redact(text) == text
