"""What a person would say for a screen: meaning, not symbols and layout.

A screen hands over its texts as `Part`s tagged with what they are (the question, the answer,
an error, a button...). `utterances` puts them in the order a person reads a form (title,
question, answer, errors and status, then what can be pressed), drops decorations (▶ ✔ ★ ☎,
arrows, bullets, emoji, box drawing), says numbers by kind (phone numbers and hotlines digit by
digit, amounts and ages as numbers, dates as dates) and returns one `Utterance` per item: the
speaker leaves a pause between them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.i18n import tr
from kiosk.rocdate import InvalidRocDate, parse_any_date, parse_roc
from kiosk.spoken_numbers import digit_by_digit, number_words, spoken_date
from kiosk.text import halfwidth

# Reading order: the title; the question with its choices; the answer; what went wrong or was
# done, with any text that follows the answer on screen; then what can be pressed.
_RANKS = {"title": 0, "content": 1, "option": 1, "card": 1, "answer": 2, "chosen": 2, "error": 3, "status": 3,
          "action": 4, "language": 5}
_FOLLOWS_ANSWER = 3
# Taiwan's short service numbers: always read digit by digit ("one nine five seven").
HOTLINES = frozenset({"110", "113", "119", "165", "1922", "1925", "1955", "1957", "1966", "1990", "1995", "1999"})


@dataclass(frozen=True)
class Part:
    """One text on a screen. `label` names a field whose value is `text`; `lang` a text in
    another language than the screen's (a language's own name on its button)."""

    text: str
    kind: str = "content"
    label: str = ""
    lang: str = ""


@dataclass(frozen=True)
class Utterance:
    text: str
    lang: str


_TAGS = re.compile(r"<[^>]+>")
_SEPARATORS = {"•", "◦", "‣", "∙", "⁃", "·", "・", "|", "\n"}
_PHONE_SIGNS = {"☎", "☏", "📞", "✆"}
_INVISIBLE = {"\u200d", "\ufe0e", "\ufe0f", "\u20e3"}
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
_UNITS_AFTER = r"(?!\s*(?:年|歲|元|%|％|月|日|\d))"
_PATTERNS = re.compile("|".join((
    r"(?P<roc_long>(?:中華)?民國前?(?:元|\d{1,3})年\d{1,2}月\d{1,2}日)",
    r"(?P<iso>(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d))",
    r"(?P<roc_short>(?<![\d/.])\d{2,3}/\d{1,2}/\d{1,2}(?![\d/]))",
    r"(?P<money>(?:NT\$|新臺幣|新台幣)\s?(?:" + _NUMBER + r")(?:\s?元)?|(?:" + _NUMBER + r")\s?元)",
    r"(?P<phone>\+886[\d\s\-]{8,14}\d|\(?0\d{1,3}\)?[\s\-]?\d{3,4}[\s\-]?\d{3,4}(?!\d)|(?<!\d)(?<!\d[,.])(?:"
    + "|".join(sorted(HOTLINES, key=len, reverse=True)) + r")(?!\d|[,.]\d)" + _UNITS_AFTER + ")",
    r"(?P<code>(?<![\w-])[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z](?![\w-])|(?<!\w)[A-Z][0-9*]{9}(?!\w)"
    r"|(?<!\w)[A-Z]{2}[0-9*]{8}(?!\w))",
    r"(?P<range>(?P<low>\d+)\s?[–—~～]\s?(?P<high>\d+))",
    r"(?P<decimal>(?<![\d.])\d+\.\d+(?![\d.]))",
    r"(?P<number>" + _NUMBER + ")",
)))


def _drop_symbols(text: str, lang: str) -> str:
    pause = "，" if lang == "zh-TW" else ", "
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch in _SEPARATORS:
            out.append(pause)
        elif ch in _PHONE_SIGNS:
            out.append(f" {tr('speech.phone', lang)} ")
        elif ch in _INVISIBLE or category in ("So", "Sk", "Co", "Cn") or (category == "Sm" and ord(ch) >= 0x2190):
            out.append(" ")  # arrows, shapes, dingbats, emoji, box drawing, ⓘ: decoration
        elif ch == "*":
            out.append(" ")  # the hidden digits of a masked number
        else:
            out.append(ch)
    return "".join(out)


def _groups(raw: str) -> list[str]:
    return [g for g in re.split(r"[\s\-()]+", raw.replace("+", "")) if g]


def _spoken_match(match: re.Match, lang: str) -> str:
    kind, raw = match.lastgroup, match.group(0)
    if kind in ("low", "high"):
        kind = "range"
    if kind in ("roc_long", "roc_short", "iso"):
        try:
            when = parse_roc(raw) if kind != "iso" else parse_any_date(raw)
        except InvalidRocDate:
            return raw if kind != "roc_short" else digit_by_digit(raw.split("/"), lang)
        return spoken_date(when, lang)
    if kind == "money":
        amount = int(re.sub(r"\D", "", raw))
        return tr("speech.money", lang, amount=number_words(amount, lang))
    if kind == "phone":
        return digit_by_digit(_groups(raw), lang)
    if kind == "code":
        return digit_by_digit([g.replace("*", "") for g in raw.split("-")], lang)
    if kind == "range":
        return tr("speech.range", lang, low=number_words(int(match["low"]), lang),
                  high=number_words(int(match["high"]), lang))
    if kind == "decimal":
        whole, _, fraction = raw.partition(".")
        point = {"zh-TW": "點", "th": "จุด"}.get(lang)
        return raw if point is None else number_words(int(whole), lang) + point + "".join(
            number_words(int(d), lang) for d in fraction)
    return number_words(int(raw.replace(",", "")), lang)


def say_text(text: str, lang: str) -> str:
    """One text as it should be spoken in `lang`: no markup or decoration, numbers by kind."""
    text = _TAGS.sub(" ", text or "").replace("&nbsp;", " ")
    text = "".join(halfwidth(ch) if ch.isdigit() else ch for ch in text)
    text = _PATTERNS.sub(lambda m: _spoken_match(m, lang), text)
    text = _drop_symbols(text, lang)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([，,。.:：;；!?！？)）])", r"\1", text)
    text = re.sub(r"([。.!?！？])\s*[，,]\s*", r"\1 ", text)  # a sentence's end is pause enough
    text = re.sub(r"([，。、：；！？])\s+", r"\1", text)
    text = re.sub(r"([，,、:：;；])\s*(?=[，,、:：;；。.]|$)", "", text)  # a pause left before nothing
    text = re.sub(r"^[\s，,、:：;；.。]+", "", text)
    return text.strip()


def _joined(items: list[str], lang: str) -> str:
    return tr("speech.list_separator", lang).join(items)


def _rank_in(parts: list[Part]):  # noqa: ANN202
    """Ranks for a stable sort; a text shown after the answer (the next steps under a result) stays after it."""
    answered_at = next((i for i, p in enumerate(parts) if _RANKS.get(p.kind) == 2), len(parts))
    ranks = {id(p): _FOLLOWS_ANSWER if _RANKS.get(p.kind, 1) == 1 and i > answered_at else _RANKS.get(p.kind, 1)
             for i, p in enumerate(parts)}
    return lambda part: ranks[id(part)]


def utterances(parts: Iterable[Part | str], lang: str) -> list[Utterance]:
    """The parts in reading order, each said as a person would; repeated texts said once."""
    parts = [p if isinstance(p, Part) else Part(p) for p in parts]
    ordered = sorted(parts, key=_rank_in(parts))
    said: set[str] = set()
    out: list[Utterance] = []

    def add(text: str, in_lang: str = lang) -> None:
        if text and text not in said:
            said.add(text)
            out.append(Utterance(text, in_lang))

    options = [say_text(p.text, lang) for p in ordered if p.kind == "option"]
    actions = [say_text(p.text, lang) for p in ordered if p.kind == "action"]
    for part in ordered:
        spoken = say_text(part.text, part.lang or lang)
        if part.kind == "option":
            if options:
                add(tr("speech.options", lang, options=_joined([o for o in options if o], lang)))
                options = []
        elif part.kind == "action":
            if actions:
                fresh = [a for a in dict.fromkeys(actions) if a and a not in said]
                if fresh:
                    add(tr("speech.actions", lang, actions=_joined(fresh, lang)))
                actions = []
        elif part.kind == "answer":
            value = spoken or tr("speech.empty", lang)
            label = say_text(part.label, lang)
            add(tr("speech.field", lang, field=label, value=value) if label and label not in said
                else tr("speech.answer", lang, value=value))
        elif part.kind == "chosen":
            add(tr("speech.chosen", lang, answer=spoken))
        elif part.kind == "error":
            add(tr("speech.error", lang, message=spoken) if spoken else "")
        else:
            add(spoken, part.lang or lang)
    return out
