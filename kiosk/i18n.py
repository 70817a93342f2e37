"""Plain-language messages of the Qt-free core, in the languages our citizens read.

The core (CLI, rules explanations, documents, errors) cannot use Qt Linguist, so it keeps its
own small catalogue: one JSON file per language under resources/i18n/core/. Keys are stable
message codes; values are str.format templates. zh-TW is the source language and is complete;
other languages fall back to English, then to zh-TW, so a missing entry never crashes.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

from kiosk.paths import resource_path

LANGUAGES = ("zh-TW", "en", "vi", "id", "th")
SOURCE_LANGUAGE = "zh-TW"
_FALLBACKS = ("en", SOURCE_LANGUAGE)


def default_language() -> str:
    lang = os.environ.get("KIOSK_LANG", SOURCE_LANGUAGE)
    return lang if lang in LANGUAGES else SOURCE_LANGUAGE


@lru_cache(maxsize=None)
def catalog(lang: str) -> dict[str, str]:
    path = resource_path("i18n", "core", f"{lang}.json")
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        messages: dict[str, str] = json.load(handle)
        return messages


@lru_cache(maxsize=None)
def _with_fallbacks(lang: str) -> dict[str, tuple[str, str]]:
    """key -> (template, the language it is in): `lang`'s own messages over English over zh-TW."""
    merged: dict[str, tuple[str, str]] = {}
    for candidate in reversed((lang, *_FALLBACKS)):
        merged.update((key, (template, candidate)) for key, template in catalog(candidate).items())
    return merged


def tr(key: str, lang: str | None = None, /, **values: object) -> str:
    """The message `key` in `lang` (default: KIOSK_LANG or zh-TW), formatted with `values`.
    A value with a `localized(lang)` method (amounts, dates) is shown in the reader's own way."""
    found = _with_fallbacks(lang or default_language()).get(key)
    if found is None:
        raise KeyError(f"no message {key!r} in any language")
    template, shown_in = found
    if not values:
        return template.format()
    return template.format(**{name: value.localized(shown_in) if hasattr(value, "localized") else value
                              for name, value in values.items()})


class UserError(Exception):
    """A mistake a person can fix; carries a stable code and a translated message.

    The CLI prints the message without a traceback and exits non-zero; the UI shows it.
    """

    exit_code = 2

    def __init__(self, key: str, /, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **self.values)
