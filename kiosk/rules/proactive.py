"""The e-housekeeper's visit plan: which households to see first and why.

A household's score adds up what it could receive but does not (monthly value), how urgent its
reminders are, and how vulnerable its people are (living alone, very old, severe disability).
Scores are computed over the whole evaluation with numpy; only the households that make the
list get their sentences written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import numpy as np

from kiosk.catalog import load_catalog
from kiosk.i18n import LANGUAGES, tr
from kiosk.json_types import JsonObject
from kiosk.rules.engine import PERSON_SERVICES, Evaluation
from kiosk.rules.explain import money
from kiosk.rules.choices import groups, monthly_value
from kiosk.rules.results import HouseholdView, reminder_text

ONE_OF_GROUPS = [g for g in groups() if not g & {"S01", "S02"}]  # per person: only the best of a group counts
VALUE_WEIGHT = 1 / 1000  # one point per NT$1,000 a month
URGENCY_WEIGHT = 3.0
VULNERABILITY_WEIGHT = 2.0
NHI_HALF_PREMIUM = 413


@dataclass(frozen=True)
class Visit:
    household_index: int
    household_no: str
    head_name: str
    score: float
    unclaimed_monthly: int
    urgency: float
    vulnerability: float
    reason: dict[str, str]
    unclaimed: tuple[JsonObject, ...]
    reminders: tuple[JsonObject, ...]
    reasons: dict[str, tuple[str, ...]] = field(default_factory=dict)  # `reason` sentence by sentence

    def as_dict(self) -> JsonObject:
        return {"household_no": self.household_no, "head": self.head_name, "score": round(self.score, 2),
                "unclaimed_monthly": self.unclaimed_monthly, "urgency": self.urgency,
                "vulnerability": self.vulnerability, "reason": self.reason, "unclaimed": list(self.unclaimed),
                "reminders": list(self.reminders)}

    def to_json(self) -> JsonObject:
        """Every field, for the worker process's result message; from_json() reads it back."""
        return {**asdict(self), "unclaimed": list(self.unclaimed), "reminders": list(self.reminders)}

    @classmethod
    def from_json(cls, data: JsonObject) -> Visit:
        return cls(**{**data, "unclaimed": tuple(data["unclaimed"]), "reminders": tuple(data["reminders"]),
                      "reasons": {lang: tuple(lines) for lang, lines in (data.get("reasons") or {}).items()}})


def _monthly_value(evaluation: Evaluation, code: str) -> np.ndarray:
    rule_amount = {"S03": "s03_amount", "S04": "s04_amount", "S05": "s05_amount", "S06": "s06_amount",
                   "S07": "s07_amount", "S09": "s09_amount", "S10": "s10_amount", "S11": "s11_amount",
                   "S12": "s12_amount", "S16": "s16_amount", "S17": "s17_amount", "S18": "s18_amount",
                   "S19": "s19_amount"}.get(code)
    if rule_amount is None:
        return np.zeros(len(evaluation.households_of_people))
    value = np.nan_to_num(evaluation.person_column(rule_amount).astype(float))
    period = load_catalog().service(code).benefit_period
    if code in ("S07", "S18"):
        value = value * (1 - evaluation.person_column(f"{code.lower()}_copay_rate"))
    if period == "year":
        value = value / 12
    elif period == "once":
        value = value / (36 if code == "S18" else 12)
    monthly: np.ndarray = value
    return monthly


def scores(evaluation: Evaluation) -> dict[str, np.ndarray]:
    """Per household: unclaimed monthly value, urgency and vulnerability."""
    households = evaluation.households_of_people
    count = len(evaluation.population.household_numbers)
    unclaimed_people = np.zeros(len(households))
    best_of_group = [np.zeros(len(households)) for _ in ONE_OF_GROUPS]
    for code in PERSON_SERVICES:
        open_ = (evaluation.person_column(f"{code.lower()}_eligible") & evaluation.relevant(code)
                 & ~evaluation.person_column(f"receives_{code.lower()}"))
        value = np.where(open_, _monthly_value(evaluation, code), 0)
        group = next((i for i, g in enumerate(ONE_OF_GROUPS) if code in g), None)
        if group is None:
            unclaimed_people += value
        else:
            best_of_group[group] = np.maximum(best_of_group[group], value)
    unclaimed_people += sum(best_of_group)
    unclaimed = np.zeros(count)
    np.add.at(unclaimed, households, unclaimed_people)
    status = evaluation.household_column("welfare_status")
    s01 = evaluation.household_column("s01_eligible") & (status == "none")
    s02 = evaluation.household_column("s02_eligible") & (status == "none") & ~s01
    unclaimed += np.where(s01, evaluation.household_column("s01_estimated_aid"), 0)
    unclaimed += np.where(s02, evaluation.household_column("family_size") * NHI_HALF_PREMIUM, 0)

    registered = evaluation.registered
    age = evaluation.person_column("age")
    days_to_expiry = evaluation.person_column("s13_days_to_expiry")
    renewal = evaluation.person_column("s13_eligible") & registered
    urgent_people = np.where(renewal, np.where(days_to_expiry < 0, 3.0, 2.0), 0.0)
    turning = registered & (age == 64)
    urgent_people += np.where(turning, 1.0, 0.0)
    urgent_people += np.where(evaluation.person_column("s14_eligible") & registered
                              & evaluation.person_column("has_citizen_certificate"), 0.5, 0.0)
    urgency = np.zeros(count)
    np.add.at(urgency, households, urgent_people)
    urgency += np.where(evaluation.household_column("s08_eligible"), 4.0, 0.0)

    members = np.zeros(count)
    np.add.at(members, households, registered.astype(float))
    seniors = np.zeros(count)
    np.add.at(seniors, households, (registered & (age >= 65)).astype(float))
    vulnerability = np.where((members == 1) & (seniors == 1), 2.0, 0.0)
    very_old = np.zeros(count)
    np.maximum.at(very_old, households, np.where(registered & (age >= 80), 1.0, 0.0))
    level = evaluation.person_column("disability_level")
    severe = np.zeros(count)
    np.maximum.at(severe, households, np.where(registered & np.isin(level, ("severe", "profound")), 1.0, 0.0))
    vulnerability += very_old + severe
    return {"unclaimed": unclaimed, "urgency": urgency, "vulnerability": vulnerability,
            "score": unclaimed * VALUE_WEIGHT + urgency * URGENCY_WEIGHT + vulnerability * VULNERABILITY_WEIGHT}


def _joined(parts: list[str], lang: str) -> str:
    return ("；" if lang == "zh-TW" else "; ").join(parts) or tr("proactive.nothing", lang)


def _reason_parts(view: HouseholdView, services: list[JsonObject], reminders: list[JsonObject], lang: str) -> list[str]:
    """Why to visit, one sentence per service or reminder (a card lists them; `reason` joins them)."""
    catalog = load_catalog()
    names = {view.people.id_no[row]: view.people.name[row] for row in view.rows}
    parts = []
    # of two services only one can be had, the plan names the better one (its note says why)
    services = [s for s in services if not (s.get("choice") and s["choice"]["better"] not in (None, s["service"]))]
    for item in sorted(services, key=lambda s: -(monthly_value(s) or 0))[:2]:
        who = names.get(item["person"], "") if item["person"] else tr("proactive.household", lang)
        service = catalog.service(item["service"])
        period = "quota" if service.benefit_kind == "quota" and item["amount_period"] == "month" else (
            item["amount_period"] or "month")
        amount = tr(f"proactive.amount.{period}", lang, amount=money(item["amount"])) if item["amount"] else ""
        parts.append(tr("proactive.can_apply", lang, who=who, service=service.name(lang), amount=amount))
        if item.get("choice"):
            parts.append(item["choice"]["note"][lang])
    for reminder in reminders[:2]:
        who = (names.get(reminder["person"]) or "") if reminder["person"] else ""  # a name not read yet: none
        parts.append(reminder_text(reminder, lang, who))
    return parts


def plan_visits(evaluation: Evaluation, top: int = 20,
                before_details: Callable[[np.ndarray], None] | None = None) -> list[Visit]:
    """The `top` households to visit first. `before_details(households)` may fill in names and
    ID numbers (the store scan reads them only for the households that make the list)."""
    computed = scores(evaluation)
    order = np.argsort(-computed["score"], kind="stable")[:top]
    if before_details is not None:
        before_details(order)
    visits = []
    for h in order:
        view = HouseholdView(evaluation, int(h))
        services = [s for s in view.services() if s["eligible"] and not s["receiving"]
                    and s["service"] not in ("S13", "S14")]
        reminders = view.reminders()
        head = view.people.name[view.head_row] or ""
        parts = {lang: _reason_parts(view, services, reminders, lang) for lang in LANGUAGES}
        visits.append(Visit(
            household_index=int(h), household_no=view.population.household_numbers[int(h)], head_name=head,
            score=float(computed["score"][h]), unclaimed_monthly=int(round(computed["unclaimed"][h])),
            urgency=float(computed["urgency"][h]), vulnerability=float(computed["vulnerability"][h]),
            reason={lang: _joined(parts[lang], lang) for lang in LANGUAGES},
            reasons={lang: tuple(parts[lang]) for lang in LANGUAGES},
            unclaimed=tuple({"service": s["service"], "person": s["person"], "amount": s["amount"],
                             "one_of": s["one_of"]} for s in services),
            reminders=tuple(reminders),
        ))
    return visits
