"""The PDPA Art. 8 notice for subscriptions: its own text and version, apart from any service's.

The text lives in the core catalogues under `subscribe.notice.*`. Its version is named, not
hashed (it is printed in the document the hub keeps): the digest below ties the name to the exact
text in every language, so a changed text without a new version fails the tests."""

from __future__ import annotations

import hashlib

from kiosk.i18n import LANGUAGES, tr

NOTICE_VERSION = "notify-2026-12"
PARTS = (("notice.agency", "agency"), ("notice.purpose", "purpose"), ("notice.categories", "categories"),
         ("notice.period", "period"), ("notice.recipients", "recipients"), ("notice.rights", "rights"),
         ("notice.consequence", "consequence"))
# sha256 over every language's text of NOTICE_VERSION (text_digest()); a new text needs a new version.
NOTICE_DIGEST = "0eb63e22a0691d88e259735cbce2fd1ef2741d719ca3248ae018e530b800cf74"


def notice_lines(lang: str) -> list[tuple[str, str]]:
    """(heading, text) pairs in reading order, for the screen and for speech."""
    return [(tr(heading, lang), tr(f"subscribe.notice.{part}", lang)) for heading, part in PARTS]


def text_digest() -> str:
    digest = hashlib.sha256()
    for lang in LANGUAGES:
        for heading, text in notice_lines(lang):
            digest.update(f"{lang}\x1f{heading}\x1f{text}\x1e".encode("utf-8"))
    return digest.hexdigest()
