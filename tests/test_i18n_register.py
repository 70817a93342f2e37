"""Wording reviewed for elders: the respectful register and the terms that read wrong."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.i18n import catalog

UI = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "ui"
ARROW_WORD = {"zh_TW": "方向鍵", "vi": "mũi tên", "id": "panah", "th": "ลูกศร"}


def _ui_messages(lang: str) -> list[tuple[str, str]]:
    root = ET.parse(UI / f"kiosk_{lang}.ts").getroot()
    return [(m.findtext("source") or "", m.findtext("translation") or "") for m in root.iter("message")]


def _texts_in(node: object, lang: str) -> list[str]:
    if isinstance(node, dict):
        own = [node[lang]] if isinstance(node.get(lang), str) else []
        return own + [text for value in node.values() for text in _texts_in(value, lang)]
    if isinstance(node, list):
        return [text for value in node for text in _texts_in(value, lang)]
    return []


def _catalog_texts(lang: str) -> list[str]:
    """Every text of the service catalog in `lang` (names, questions, the privacy notice, ...)."""
    import yaml

    files = sorted((UI.parents[1] / "catalog").rglob("*.yaml"))
    return [text for path in files for text in _texts_in(yaml.safe_load(path.read_text(encoding="utf-8")), lang)]


def _every_text(core_lang: str, ui_lang: str) -> list[str]:
    return (list(catalog(core_lang).values()) + [text for _, text in _ui_messages(ui_lang)]
            + _catalog_texts(core_lang))


def test_vietnamese_never_calls_the_reader_ban():
    offending = [text for text in _every_text("vi", "vi") if re.search(r"\bbạn\b", text, re.IGNORECASE)]
    assert offending == []


def test_indonesian_never_says_pembantu():  # "pembantu" reads as a housemaid
    offending = [text for text in _every_text("id", "id") if "pembantu" in text.lower()]
    assert offending == []


@pytest.mark.parametrize("lang", sorted(ARROW_WORD))
def test_alt_left_is_the_arrow_key_not_the_left_mouse_button(lang):
    shortcuts = [text for source, text in _ui_messages(lang) if "Alt+Left" in source]
    assert shortcuts, "the back shortcut is no longer described"
    for text in shortcuts:
        assert ARROW_WORD[lang] in text and "左鍵" not in text, text


@pytest.mark.parametrize("lang", ["vi", "id", "th"])
def test_every_programme_keeps_its_chinese_name_for_the_counter(lang):
    from kiosk.catalog import load_catalog

    for service in load_catalog().services.values():
        bracketed = re.search(r"\(([^()]+)\)$", service.name(lang))
        assert bracketed and bracketed.group(1) in service.name("zh-TW"), (service.code, service.name(lang))
