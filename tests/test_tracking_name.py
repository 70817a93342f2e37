"""One name for the tracking number in each language: the kiosk's screens (UI .ts files), the core
messages (CLI, receipt) and the printed PDF receipt all use the receipt's own label."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "resources" / "i18n" / "core"
UI = ROOT / "resources" / "i18n" / "ui"
OTHER_NAMES = {"zh-TW": ("追蹤號碼", "追蹤碼", "收件號碼"), "th": ("เลขติดตาม",)}


def _core(lang: str) -> dict:
    return json.loads((CORE / f"{lang}.json").read_text(encoding="utf-8"))


def _ui_messages(lang: str) -> list[tuple[str, str]]:
    path = UI / f"kiosk_{lang.replace('-', '_')}.ts"
    return [(m.findtext("source") or "", m.findtext("translation") or "")
            for m in ET.parse(path).getroot().iter("message")]


def _without_name(text: str, name: str, lang: str) -> str:
    return text.replace(name, "") if lang in OTHER_NAMES else text


@pytest.mark.parametrize("lang", ["zh-TW", "vi", "id", "th"])
def test_screens_and_core_messages_call_it_what_the_receipt_prints(lang):
    name = _core(lang)["doc.tracking_no"]
    english = _core("en")
    for key, text in _core(lang).items():
        if "tracking" in english.get(key, "").lower():
            assert name.lower() in text.lower(), (key, text)
        for other in OTHER_NAMES.get(lang, ()):
            assert other not in _without_name(text, name, lang), (key, text)
    shown = [(s, t) for s, t in _ui_messages(lang) if "tracking number" in s.lower() and t]
    assert shown, "no screen mentions the tracking number"
    for source, translation in shown:
        assert name.lower() in translation.lower().replace("&", ""), (source, translation)
        for other in OTHER_NAMES.get(lang, ()):
            assert other not in _without_name(translation, name, lang), (source, translation)


def test_english_says_tracking_number_in_full():
    for key, text in _core("en").items():
        if "{tracking}" in text:
            assert "tracking number {tracking}" in text.lower(), key
