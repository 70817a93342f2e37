"""One-of groups (擇一): services the same person cannot receive together, and which of two is
worth more a month. Values are comparable monthly figures: a yearly sum is a twelfth, a 3-year
quota a thirty-sixth, a care quota the services it buys after the co-payment."""

from __future__ import annotations

from kiosk.i18n import tr
from kiosk.json_types import JsonObject
from kiosk.rules.explain import EXPLAINED_LANGUAGES, money

ONE_OF_PAIRS = (
    ("S01", "S02"),  # 低收入戶 includes every help of 中低收入戶
    ("S03", "S05"), ("S03", "S06"), ("S05", "S06"),  # one living allowance per person
    ("S03", "S17"), ("S06", "S17"),  # 老農津貼 with neither
    ("S04", "S07"),  # the special-care allowance, or home care / day care
    ("S11", "S16"),  # one premium subsidy
)
MONTHS_OF_PERIOD = {"month": 1, "year": 12, "once": 36}


def partners(code: str) -> tuple[str, ...]:
    return tuple(sorted({b if a == code else a for a, b in ONE_OF_PAIRS if code in (a, b)}))


def groups() -> list[set[str]]:
    """Connected one-of groups (a person receives at most one service of each)."""
    found: list[set[str]] = []
    for a, b in ONE_OF_PAIRS:
        touching = [g for g in found if a in g or b in g]
        merged = {a, b}.union(*touching)
        found = [g for g in found if g not in touching] + [merged]
    return found


def monthly_value(result: JsonObject) -> float | None:
    """A comparable monthly value of an eligible result, or None when it is not known."""
    if "value_estimate" in result:
        estimate: float = result["value_estimate"]
        return estimate
    if result["amount"] is None:
        return None
    value: float = result["amount"] / MONTHS_OF_PERIOD.get(result["amount_period"] or "month", 1)
    if result.get("copay_rate"):
        value *= 1 - result["copay_rate"]
    return value


def attach(results: list[JsonObject], names: dict[str, dict[str, str]]) -> None:
    """Fill `one_of` of every result and, where two of a group are both open, a note naming the
    better choice in money. `names[code][lang]` is the service name."""
    by_person: dict[str | None, dict[str, JsonObject]] = {}
    for result in results:
        by_person.setdefault(result["person"], {})[result["service"]] = result
    for own in by_person.values():
        for code, result in own.items():
            result["one_of"] = [other for other in partners(code) if other in own]
            result["choice"] = None
            open_ = [own[o] for o in result["one_of"] if own[o]["eligible"] and not own[o]["receiving"]]
            if result["eligible"] and open_:
                result["choice"] = _choice(result, open_, names)


def _choice(result: JsonObject, others: list[JsonObject], names: dict[str, dict[str, str]]) -> JsonObject:
    mine = monthly_value(result)
    values = {o["service"]: monthly_value(o) for o in others}
    known = {code: v for code, v in values.items() if v is not None}
    if mine is None or len(known) < len(values):
        best = None
    elif all(round(v) == round(mine) for v in known.values()):
        best = "equal"
    else:
        best = max([(mine, result["service"]), *((v, c) for c, v in known.items())])[1]
    note = {}
    for lang in EXPLAINED_LANGUAGES:
        other_names = "、".join(names[c][lang] for c in values) if lang == "zh-TW" else ", ".join(
            names[c][lang] for c in values)
        if best is None or mine is None:  # mine is known whenever best is
            note[lang] = tr("choice.unknown", lang, others=other_names)
        elif best == "equal":
            note[lang] = tr("choice.equal", lang, others=other_names, mine=money(mine))
        elif best == result["service"]:
            runner = max(known.values())
            note[lang] = tr("choice.this_one", lang, others=other_names, mine=money(mine), theirs=money(runner),
                            difference=money(mine - runner))
        else:
            note[lang] = tr("choice.other_one", lang, better=names[best][lang], theirs=money(known[best]),
                            mine=money(mine), difference=money(known[best] - mine))
    return {"better": None if best == "equal" else best, "monthly_values": {result["service"]: _rounded(mine), **{
        c: _rounded(v) for c, v in values.items()}}, "note": note}


def _rounded(value: float | None) -> int | None:
    return None if value is None else int(round(value))
