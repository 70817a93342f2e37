"""Contacts a citizen gives for news: a Taiwan mobile number (kept as E.164) and an e-mail address.

Each problem names its field, so a screen can say it beside the field it is about."""

from __future__ import annotations

import re
import unicodedata

from email_validator import EmailNotValidError, validate_email

from kiosk.i18n import UserError

_MOBILE = re.compile(r"09\d{8}")
_SEPARATORS = re.compile(r"[\s\-().]")


class ContactError(UserError):
    """A contact that cannot be used, with the field it belongs to (sms or email)."""

    def __init__(self, key: str, field: str) -> None:
        super().__init__(key)
        self.field = field


def taiwan_mobile(raw: str) -> str:
    """'0912-345-678', '+886 912 345 678' or full-width digits -> '+886912345678'."""
    text = _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw or ""))
    for prefix in ("+886", "00886", "886"):
        if text.startswith(prefix):
            text = "0" + text[len(prefix):]
            break
    if not _MOBILE.fullmatch(text):
        raise ContactError("subscribe.bad_mobile", "sms")
    return "+886" + text[1:]


def email_address(raw: str) -> str:
    """The address in its normal form; its syntax is checked offline (no DNS: kiosks work offline)."""
    try:
        return validate_email((raw or "").strip(), check_deliverability=False).normalized
    except EmailNotValidError:
        raise ContactError("subscribe.bad_email", "email") from None


def masked(kind: str, to: str | None) -> str:
    """Enough to recognise one's own contact on screen, not enough to read it off."""
    if not to:
        return ""
    if kind == "sms":
        return "09••••" + to[-4:] if to.startswith("+886") else "••••" + to[-4:]
    local, _, domain = to.partition("@")
    return f"{local[:1]}•••@{domain}"
