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
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.i18n import tr
from kiosk.rocdate import InvalidRocDate, parse_any_date, parse_roc
from kiosk.spoken_numbers import digit_by_digit, number_words, spoken_date
from kiosk.text import halfwidth

# Reading order: the title; the question with its choices and the answer; what went wrong or was
# done, and any text shown after the answer; then what can be pressed, and the languages.
_RANKS = {"title": 0, "content": 1, "option": 1, "card": 1, "answer": 1, "chosen": 1, "error": 2, "status": 2,
          "action": 4, "language": 5}
_ANSWERS = ("answer", "chosen")
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
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Chinese inside another language (a name, an address): said by the Mandarin voice, which also
# says the numbers written into it (16鄰, 300號).
_HAN_RUN = re.compile(f"[{_HAN}](?:[{_HAN}\u3000-\u303f\uff08\uff09\uff0c\uff1a\\s\\-]*[{_HAN}])?")
_SEPARATORS = {"•", "◦", "‣", "∙", "⁃", "·", "・", "|"}
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
    # Tracking numbers and ID numbers, beside Chinese too (身分證A123456789): spelled.
    r"(?P<code>(?<![A-Za-z0-9-])[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z](?![A-Za-z0-9-])"
    r"|(?<![A-Za-z0-9])(?:[A-Z][0-9*]{9}|[A-Z]{2}[0-9*]{8})(?![A-Za-z0-9]))",
    r"(?P<percent>(?<![\d.])(?:\d+)\s?[%％])",
    r"(?P<range>(?P<low>\d+)\s?[–—~～]\s?(?P<high>\d+))",
    r"(?P<decimal>(?<![\d.])\d+\.\d+(?![\d.]))",
    r"(?P<number>" + _NUMBER + ")",
)))


def _drop_symbols(text: str, lang: str) -> str:
    pause = "，" if lang == "zh-TW" else ", "
    out: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch == "\n":  # a new line ends a sentence, unless the line already did
            ended = "".join(out).rstrip()[-1:] in tuple("。.!?！？:：")
            out.append(" " if ended or not out else ("。" if lang == "zh-TW" else ". "))
        elif ch in _SEPARATORS:
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
    """A phone number's groups as written; one written without breaks is grouped as people say
    it (0912 345 678, 02 2345 6789)."""
    groups = [g for g in re.split(r"[\s\-()]+", raw.replace("+", "")) if g]
    if len(groups) == 1 and len(raw) == 10 and raw.startswith("09"):
        return [raw[:4], raw[4:7], raw[7:]]
    if len(groups) == 1 and len(raw) in (9, 10) and raw.startswith("0"):
        return [raw[:2], raw[2:-4], raw[-4:]]
    return groups


def _touches_han(match: re.Match[str]) -> bool:
    text, start, end = match.string, match.start(), match.end()
    return bool(re.match(f"[{_HAN}]", text[start - 1:start] or " ") or re.match(f"[{_HAN}]", text[end:end + 1] or " "))


def _spoken_match(match: re.Match[str], lang: str) -> str:
    kind, raw = match.lastgroup, match.group(0)
    if kind in ("number", "decimal") and lang != "zh-TW" and _touches_han(match):
        lang = "zh-TW"  # part of a Chinese name or address: the Mandarin voice reads it
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
    if kind == "percent":
        return tr("speech.percent", lang, value=number_words(int(re.sub(r"\D", "", raw)), lang))
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


def _rank_in(parts: list[Part]) -> Callable[[Part], int]:
    """Ranks for a stable sort. A text shown after the answer (the next steps under a result, the
    next group of settings) keeps its place after it; a status shown before the question moves."""
    answered_at = next((i for i, p in enumerate(parts) if p.kind in _ANSWERS), len(parts))
    while answered_at + 1 < len(parts) and parts[answered_at + 1].kind in ("option", "chosen"):
        answered_at += 1  # the rest of the answered group of choices
    ranks = {id(p): 2 if _RANKS.get(p.kind, 1) == 1 and i > answered_at else _RANKS.get(p.kind, 1)
             for i, p in enumerate(parts)}
    return lambda part: ranks[id(part)]


def _choices_from(parts: list[Part], start: int) -> tuple[list[Part], list[Part]]:
    """The group of choices starting at `start`: (options, chosen ones)."""
    options: list[Part] = []
    chosen: list[Part] = []
    for part in parts[start:]:
        if part.kind not in ("option", "chosen"):
            break
        (options if part.kind == "option" else chosen).append(part)
    return options, chosen


def _by_script(text: str, lang: str) -> list[Utterance]:
    """Chinese runs inside another language's text go to the Mandarin voice, the rest stays; the
    brackets around a programme's Chinese name are not said."""
    if lang == "zh-TW" or not _HAN_RUN.search(text):
        return [Utterance(text, lang)]
    out, at = [], 0
    for run in _HAN_RUN.finditer(text):
        before = text[at:run.start()].lstrip(" ,)）」").rstrip(" ,(（「")
        if any(ch.isalnum() for ch in before):
            out.append(Utterance(before, lang))
        out.append(Utterance(run.group(0), "zh-TW"))
        at = run.end()
    rest = text[at:].lstrip(" ,)）」").rstrip(" ,(（「")
    if rest and any(ch.isalnum() for ch in rest):
        out.append(Utterance(rest, lang))
    return out


def utterances(parts: Iterable[Part | str], lang: str) -> list[Utterance]:
    """The parts in reading order, each said as a person would; repeated texts said once."""
    given = [p if isinstance(p, Part) else Part(p) for p in parts]
    ordered = sorted(given, key=_rank_in(given))
    said: set[str] = set()
    out: list[Utterance] = []

    def add(text: str, in_lang: str = lang) -> None:
        if text and text not in said:
            said.add(text)
            out.extend(_by_script(text, in_lang))

    actions = [say_text(p.text, lang) for p in ordered if p.kind == "action"]
    for index, part in enumerate(ordered):
        spoken = say_text(part.text, part.lang or lang)
        if part.kind == "option":
            if index == 0 or ordered[index - 1].kind not in ("option", "chosen"):  # one item per group of choices
                options, chosen = _choices_from(ordered, index)
                names = [say_text(option.text, lang) for option in options]
                add(tr("speech.options", lang, options=_joined([name for name in names if name], lang)))
                for picked in chosen:
                    add(tr("speech.chosen", lang, answer=say_text(picked.text, lang)))
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
            if index == 0 or ordered[index - 1].kind not in ("option", "chosen"):  # a choice shown without options
                add(tr("speech.chosen", lang, answer=spoken))
        elif part.kind == "error":
            add(tr("speech.error", lang, message=spoken) if spoken else "")
        else:
            add(spoken, part.lang or lang)
    return out
