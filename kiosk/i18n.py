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


def tr(key: str, lang: str | None = None, /, **values: object) -> str:
    """The message `key` in `lang` (default: KIOSK_LANG or zh-TW), formatted with `values`.
    A value with a `localized(lang)` method (amounts, dates) is shown in the reader's own way."""
    lang = lang or default_language()
    for candidate in (lang, *_FALLBACKS):
        template = catalog(candidate).get(key)
        if template is not None:
            return template.format(**{name: value.localized(candidate) if hasattr(value, "localized") else value
                                      for name, value in values.items()})
    raise KeyError(f"no message {key!r} in any language")


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
