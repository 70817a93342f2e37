"""Language audit of what is on screen: English left on a screen in another language, Chinese left
on a Vietnamese, Indonesian or Thai screen. Reads the visible texts of the widget tree.

English is recognised by the English catalogues (UI sources, core messages, service catalogue):
a fragment of two words or more found in the text. Names, codes, numbers and addresses never match
a catalogue sentence, so they pass. Chinese is allowed only where it is the citizen's own (a name or
an address held in the store) or given in brackets beside a translation, as programme names and
ROC dates are for the counter.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from functools import lru_cache
from weakref import WeakKeyDictionary

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from kiosk.catalog import read_bundle
from kiosk.i18n import LANGUAGES, catalog
from ui.i18n import NATIVE_NAMES, ts_path

NO_CHINESE = ("vi", "id", "th")
_PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[^}]*\}")
_SENTENCE_BREAK = re.compile(r"[.;:!?()\[\]\"“”\n/·…|]")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_TAGS = re.compile(r"<[^>]+>")
_STORE_WORDS: WeakKeyDictionary = WeakKeyDictionary()  # workspace -> its own words, read once


def _english_values(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("en"), str):
            yield node["en"]
        for value in node.values():
            yield from _english_values(value)
    elif isinstance(node, list):
        for value in node:
            yield from _english_values(value)


def _ui_sources() -> Iterator[str]:
    for message in ET.parse(ts_path("zh-TW")).getroot().iter("message"):
        yield message.findtext("source") or ""


@lru_cache(maxsize=1)
def english_pattern() -> re.Pattern:
    """One pattern for every English catalogue fragment of at least two words, longest first."""
    fragments = set()
    for text in (*catalog("en").values(), *_ui_sources(), *_english_values(read_bundle())):
        for part in _PLACEHOLDER.split(text.replace("&", "")):
            for piece in _SENTENCE_BREAK.split(part):
                piece = piece.strip(" ,-–—*•★✔※")
                if len(_WORD.findall(piece)) >= 2:
                    fragments.add(piece)
    alternatives = "|".join(re.escape(f) for f in sorted(fragments, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?:{alternatives})(?![A-Za-z])")


def shown_texts(window: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Every text a person sees or hears from the visible widgets."""
    for w in window.findChildren(QWidget):
        if not (w.isVisibleTo(window) and w.isVisible()):
            continue
        texts = [w.accessibleName(), w.toolTip()]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts.append(w.currentText())
        for text in texts:
            plain = _TAGS.sub(" ", text or "").replace("&", "").strip()
            if plain:
                yield w, plain


def foreign_chinese(text: str, own_words: str) -> list[str]:
    """Chinese runs of `text` that are neither in brackets nor a substring of `own_words` (names, addresses)."""
    outside = _BRACKETED.sub(" ", text)
    return [run for run in _CJK.findall(outside) if run not in own_words]


def _without(text: str, words: list[str]) -> str:
    for word in words:
        text = text.replace(word, " ")
    return text


def store_words(window: QWidget) -> tuple[str, ...]:
    """The own words of the store the window shows (none before it is unlocked), read once per workspace."""
    workspace = getattr(getattr(window, "ctx", None), "workspace", None)
    if workspace is None:
        return ()
    if workspace not in _STORE_WORDS:
        _STORE_WORDS[workspace] = tuple(workspace.own_words())
    return _STORE_WORDS[workspace]


def language_audit(window: QWidget, where: dict, own_words: Iterable[str] | None = None) -> list[dict]:
    lang = where.get("lang", "")
    if lang not in LANGUAGES or lang == "en":
        return []
    if own_words is None:
        own_words = store_words(window)
    own_words = [*own_words, *NATIVE_NAMES.values()]  # a language is offered in its own name
    own = "\n".join(own_words)
    own_latin = [word for word in own_words if re.search("[A-Za-z]", word)]
    english = english_pattern()
    findings, seen = [], set()

    def add(kind: str, w: QWidget, text: str, detail: str) -> None:
        if (kind, detail) not in seen:
            seen.add((kind, detail))
            findings.append({**where, "kind": kind, "widget": type(w).__name__, "name": text[:60], "detail": detail})

    for w, text in shown_texts(window):
        found = english.search(_without(text, own_latin))
        if found:
            add("english_text", w, text, found.group(0)[:60])
        if lang in NO_CHINESE:
            for run in foreign_chinese(text, own):
                add("chinese_text", w, text, run[:60])
    return findings
