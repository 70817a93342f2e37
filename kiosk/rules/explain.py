"""Explanations: each condition of a result as a short sentence with its numbers, e.g.
「家庭每人每月收入 12,000 元，低於彰化縣最低生活費 15,515 元」. The UI and speech reuse them.

Sentences live in the core message catalogue as why.<condition>.pass / why.<condition>.fail.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from kiosk.i18n import LANGUAGES, tr
from kiosk.localformat import format_date, format_number

EXPLAINED_LANGUAGES = LANGUAGES


class Money(float):
    """An amount in NT$; a sentence shows it with its reader's thousands separator."""

    def __format__(self, spec: str) -> str:
        return format_number(self, "en") if not spec else super().__format__(spec)


money = Money


class Day(str):
    """An ISO date; a sentence shows it in its reader's calendar (ROC in zh-TW)."""


def _shown(value: object, lang: str) -> object:
    if isinstance(value, Money):
        return format_number(value, lang)
    if isinstance(value, Day):
        try:
            return format_date(value, lang)
        except ValueError:  # no date on record: say what the record says
            return str(value)
    return value


def _family_income(v: Callable, p, region: str, limit: float) -> dict:  # noqa: ANN001
    return {"income": money(v("senior_means_income")), "limit": money(limit), "region": region}


# condition -> parameters of its sentence; v(name) reads a computed value, p the parameters in force
PARAMS: dict[str, Callable] = {
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
    "s06_born_by_cutoff": lambda v, p, r: {"birth": Day(v("birth_date"))},
    "s06_income": lambda v, p, r: {"income": money(v("monthly_income") * 12)},
    "s06_real_estate": lambda v, p, r: {"total": money(v("s06_counted_real_estate"))},
    "s07_care_level": lambda v, p, r: {"level": int(v("ltc_cms_level"))},
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


def sentence(condition: str, passed: bool, read: Callable, parameters, region: str, lang: str) -> str:  # noqa: ANN001
    values = PARAMS[condition](read, parameters, region) if condition in PARAMS else {}
    variant = values.pop("_variant", None)
    shown = {name: _shown(value, lang) for name, value in values.items()}
    return tr(f"why.{condition}.{variant or ('pass' if passed else 'fail')}", lang, **shown)


def explain(conditions: list[tuple[str, bool]], eligible: bool, read: Callable, parameters, region: str,  # noqa: ANN001
            amount_line: dict[str, str] | None = None) -> dict[str, str]:
    """Eligible: every condition that held, then the amount. Not eligible: the conditions that failed."""
    shown = conditions if eligible else [(c, ok) for c, ok in conditions if not ok]
    texts = {}
    for lang in EXPLAINED_LANGUAGES:
        parts = [sentence(c, ok, read, parameters, region, lang) for c, ok in shown]
        if eligible and amount_line:
            parts.append(amount_line[lang])
        texts[lang] = ("；" if lang == "zh-TW" else "; ").join(parts) + ("。" if lang == "zh-TW" else ".")
    return texts


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not math.isnan(value)
