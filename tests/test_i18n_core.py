"""The core message catalogue: every language complete, placeholders kept everywhere."""

import json
import re
import string
from pathlib import Path

import pytest

from kiosk.i18n import LANGUAGES, SOURCE_LANGUAGE, catalog, tr

ROOT = Path(__file__).resolve().parents[1]


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# Messages whose caller offers alternatives, each language taking the ones its grammar uses
# (a month as a number in Vietnamese and Chinese, by name in English, Indonesian and Thai).
OFFERED = {"speech.date": {"day", "month", "month_name", "year"}}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_translation_keeps_the_placeholders(lang):
    source = catalog(SOURCE_LANGUAGE)
    for key, template in catalog(lang).items():
        assert key in source, f"{lang} has {key} that zh-TW lacks"
        if key in OFFERED:
            assert _placeholders(template) <= OFFERED[key] and "year" in _placeholders(template), (lang, key)
        else:
            assert _placeholders(template) == _placeholders(source[key]), (lang, key)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_message(lang):
    missing = sorted(set(catalog(SOURCE_LANGUAGE)) - set(catalog(lang)))
    assert not missing, f"{lang} lacks {len(missing)} messages, e.g. {missing[:5]}"


@pytest.mark.parametrize("lang", ("vi", "id", "th"))
def test_no_message_is_left_in_english(lang):
    english = catalog("en")

    def words(text):  # one shared word such as "valid" or "PIN" is a fair translation
        return re.findall(r"[^\W\d_]+", re.sub(r"\{[^}]*\}", "", text))

    copied = [key for key, text in catalog(lang).items() if text == english[key] and len(words(text)) > 1]
    assert copied == [], f"{lang} copies the English text of {copied}"


def test_every_key_the_code_uses_exists():
    keys = set()
    pattern = re.compile(r"""(?:tr|UserError|StoreKeyError|StoreUnavailable|InvalidRocDate|InvalidAddress)\(\s*f?["']([a-z_]+(?:\.[a-z_{}]+)+)["']""")
    for path in (ROOT / "kiosk").rglob("*.py"):
        keys |= set(pattern.findall(path.read_text(encoding="utf-8")))
    static = {k for k in keys if "{" not in k}
    assert static, "the scan found nothing"
    missing = static - set(catalog(SOURCE_LANGUAGE))
    assert not missing
    for dynamic in (k for k in keys if "{" in k):
        prefix = dynamic.split("{")[0]
        assert any(k.startswith(prefix) for k in catalog(SOURCE_LANGUAGE)), dynamic


def test_files_are_valid_json_objects_of_strings():
    for path in (ROOT / "resources" / "i18n" / "core").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert all(isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in data.items()), path


def test_fallback_to_english_then_source(monkeypatch):
    import kiosk.i18n

    real = kiosk.i18n.catalog
    monkeypatch.setattr(kiosk.i18n, "catalog", lambda lang: {} if lang == "th" else real(lang))
    kiosk.i18n._with_fallbacks.cache_clear()  # merged from the catalogues on first use
    try:
        assert tr("cli.init.done", "th", path="x") == tr("cli.init.done", "en", path="x")
    finally:
        monkeypatch.undo()
        kiosk.i18n._with_fallbacks.cache_clear()
    assert tr("cli.init.done", "th", path="x") != tr("cli.init.done", "en", path="x")
    with pytest.raises(KeyError):
        tr("no.such.key", "vi")
