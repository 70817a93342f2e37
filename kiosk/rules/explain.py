"""Explanations a citizen understands: first a one-line verdict in plain words
(「可以申請，每月 10,286 元」 / 「不符合：全家存款與投資 350,000 元，超過限額 250,000 元」), then the one or
two conditions that decided it; every condition with its numbers is kept as `details`, shown on
demand. The UI and speech reuse them.

Sentences live in the core message catalogue as why.<condition>.pass / why.<condition>.fail.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from kiosk.i18n import LANGUAGES, tr
from kiosk.json_types import JsonObject
from kiosk.localformat import Day, Money

EXPLAINED_LANGUAGES = LANGUAGES
# Which conditions tell a citizen most, when several held: the means test first, then the need.
DECIDING_ORDER = ("income", "income_cap", "care_level", "care_need", "insurance_years", "certificate", "circumstance",
                  "movable", "real_estate", "carer", "age", "registration")

money = Money  # amounts and dates in sentences: kiosk/localformat.py shows them in the reader's way

Read = Callable[[str], Any]  # read(variable name): its computed value (a NumPy scalar of the variable's type)
Parameters = Any  # OpenFisca's ParameterNodeAtInstant: the parameters in force (OpenFisca ships no types)
Values = dict[str, object]  # the named values of a sentence
Explainer = Callable[[Read, Parameters, str], Values]


def _family_income(v: Read, p: Parameters, region: str, limit: float) -> Values:  # noqa: ARG001 - every explainer's signature
    return {"income": money(v("senior_means_income")), "limit": money(limit), "region": region}


# condition -> parameters of its sentence; v(name) reads a computed value, p the parameters in force
PARAMS: dict[str, Explainer] = {
    "s01_income": lambda v, p, r: {"income": money(v("family_income_per_capita")),
                                   "limit": money(v("minimum_living_cost")), "region": r},
    "s01_movable": lambda v, p, r: {"total": money(v("family_movable_assets_total")),
                                    "limit": money(v("low_income_movable_limit"))},
    "s01_real_estate": lambda v, p, r: {"total": money(v("family_real_estate_value_total")),
                                        "limit": money(v("s01_real_estate_limit"))},
    "s02_income": lambda v, p, r: {"income": money(v("family_income_per_capita")),
                                   "limit": money(v("middle_low_income_line")), "region": r},
    "s02_movable": lambda v, p, r: {"total": money(v("family_movable_assets_total")),
                                    "limit": money(v("middle_low_income_movable_limit"))},
    "s02_real_estate": lambda v, p, r: {"total": money(v("family_real_estate_value_total")),
                                        "limit": money(v("s02_real_estate_limit"))},
    "s03_age": lambda v, p, r: {"age": int(v("age"))},
    "s03_residence": lambda v, p, r: {"days": int(v("days_in_taiwan_last_year"))},
    "s03_income": lambda v, p, r: _family_income(
        v, p, r, v("minimum_living_cost") * p.seniors.living_allowance.tier_b_below_mlc_multiple),
    "s03_income_cap": lambda v, p, r: {"income": money(v("senior_means_income")),
                                       "limit": money(v("average_consumption_cap"))},
    "s03_movable": lambda v, p, r: {"total": money(v("family_movable_assets_total")),
                                    "limit": money(v("s03_movable_limit"))},
    "s03_real_estate": lambda v, p, r: {"total": money(v("family_real_estate_value_total")),
                                        "limit": money(p.seniors.living_allowance.real_estate_limit)},
    "s04_care_need": lambda v, p, r: {"level": int(v("ltc_cms_level"))},
    "s05_income": lambda v, p, r: _family_income(
        v, p, r, v("minimum_living_cost") * p.disability.living_allowance.income_below_mlc_multiple),
    "s05_movable": lambda v, p, r: {"total": money(v("family_movable_assets_total")),
                                    "limit": money(v("s05_movable_limit"))},
    "s05_real_estate": lambda v, p, r: {"total": money(v("family_real_estate_value_total")),
                                        "limit": money(p.disability.living_allowance.real_estate_limit)},
    "s06_born_by_cutoff": lambda v, p, r: {"birth": Day(v("birth_date")), "_variant": _pension_hint(v)},
    "s06_income": lambda v, p, r: {"income": money(v("monthly_income") * 12)},
    "s06_real_estate": lambda v, p, r: {"total": money(v("s06_counted_real_estate"))},
    "s07_care_level": lambda v, p, r: {"level": int(v("ltc_cms_level"))},
    "s17_age": lambda v, p, r: {"age": int(v("age"))},
    "s17_insurance_years": lambda v, p, r: {"years": int(v("farmer_insurance_years"))},
    "s17_income": lambda v, p, r: {"income": money(v("monthly_income") * 12)},
    "s19_income": lambda v, p, r: {"income": money(v("family_income_per_capita")), "region": r, "limit": money(
        min(v("minimum_living_cost") * p.families.special_circumstances.income_below_mlc_multiple,
            v("average_consumption_cap")))},
    "s19_movable": lambda v, p, r: {"total": money(v("family_movable_assets_total")),
                                    "limit": money(p.families.special_circumstances.movable_limit)},
    "s09_age": lambda v, p, r: {"age": int(v("s09_age_counted"))},
    "s09_registered": lambda v, p, r: {"days": min(int(v("s09_registered_days")), 99999)},
    "s10_age": lambda v, p, r: {"age": int(v("age"))},
    "s11_age": lambda v, p, r: {"age": int(v("age"))},
    "s12_age": lambda v, p, r: {"age": int(v("age"))},
    "s13_window": lambda v, p, r: {"expiry": Day(v("disability_certificate_expiry")),
                                   "days": int(v("s13_days_to_expiry"))},
    "s14_age": lambda v, p, r: {"age": int(v("age"))},
    "s14_needed": lambda v, p, r: ({"expiry": Day(v("citizen_certificate_expiry"))}
                                   if v("has_citizen_certificate") else {"_variant": "none"}),
}


def _pension_hint(v: Read) -> str | None:
    """Born after 1943-10-01: the national pension is the answer only for those without another insurance."""
    if bool(v("s06_born_by_cutoff")):
        return None
    insurance = str(v("social_insurance"))
    if insurance == "national_pension":
        return None
    return "fail_unknown_insurance" if insurance == "unknown" else "fail_other_insurance"


def _sentence_parts(condition: str, passed: bool, read: Read, parameters: Parameters, region: str) -> tuple[str, Values]:
    """(message key, values) of a condition's sentence, computed once for every language."""
    values = PARAMS[condition](read, parameters, region) if condition in PARAMS else {}
    variant = values.pop("_variant", None)
    return f"why.{condition}.{variant or ('pass' if passed else 'fail')}", values


def sentence(condition: str, passed: bool, read: Read, parameters: Parameters, region: str, lang: str) -> str:
    key, values = _sentence_parts(condition, passed, read, parameters, region)
    return tr(key, lang, **values)


def _rank(condition: str) -> int:
    return next((i for i, word in enumerate(DECIDING_ORDER) if word in condition), len(DECIDING_ORDER))


def deciding(conditions: list[tuple[str, bool]], eligible: bool) -> list[tuple[str, bool]]:
    """The one or two conditions that decided the answer: the failed ones, or the telling ones that held."""
    if not eligible:
        failed: list[tuple[str, bool]] = [(c, ok) for c, ok in conditions if not ok]
        return failed[:2]
    return sorted(conditions, key=lambda item: _rank(item[0]))[:2]


def _join(parts: list[str], lang: str) -> str:
    return ("；" if lang == "zh-TW" else "; ").join(parts)


def _end(text: str, lang: str) -> str:
    return text + ("。" if lang == "zh-TW" else ".") if text else text


def explain(conditions: list[tuple[str, bool]], eligible: bool, read: Read, parameters: Parameters, region: str,
            amount_line: dict[str, str] | None = None,
            notes: Sequence[dict[str, str]] = ()) -> tuple[dict[str, str], dict[str, list[str]], dict[str, JsonObject]]:
    """(short explanation, details, summary) per language. The short one is the verdict, the deciding
    conditions and the notes (imputed incomes, one-of choices) in one text; details hold every
    condition; the summary keeps the parts apart for a card: verdict, amount, the deciding reasons."""
    short, details, summary = {}, {}, {}
    decided = deciding(conditions, eligible)
    parts = {c: _sentence_parts(c, ok, read, parameters, region) for c, ok in conditions}
    for lang in EXPLAINED_LANGUAGES:
        said = {c: tr(key, lang, **values) for c, (key, values) in parts.items()}
        if eligible:
            verdict = (tr("verdict.eligible_amount", lang, amount=amount_line[lang]) if amount_line
                       else tr("verdict.eligible", lang))
            reasons = [said[c] for c, _ in decided]
        else:
            verdict = tr("verdict.not_eligible", lang, reason=said[decided[0][0]]) if decided else tr(
                "verdict.not_eligible_plain", lang)
            reasons = [said[c] for c, _ in decided[1:]]
        lines = [_end(verdict, lang)]
        if reasons:
            lines.append(_end(tr("verdict.because" if eligible else "verdict.also", lang,
                                 reasons=_join(reasons, lang)), lang))
        lines += [_end(note[lang], lang) for note in notes]
        short[lang] = ("" if lang in ("zh-TW",) else " ").join(lines)
        details[lang] = [said[c] for c, _ in conditions] + ([amount_line[lang]] if eligible and amount_line else []) + [
            note[lang] for note in notes]
        summary[lang] = {"verdict": tr("verdict.eligible" if eligible else "verdict.not_eligible_plain", lang),
                         "amount": amount_line[lang] if eligible and amount_line else "",
                         "reasons": [said[c] for c, _ in decided]}
    return short, details, summary


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not math.isnan(value)
