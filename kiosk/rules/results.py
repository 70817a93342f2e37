"""Per-household answers: every relevant service with eligibility, amount and explanation, and the
e-housekeeper reminders with their due dates."""

from __future__ import annotations

import math
from datetime import date, timedelta

from kiosk.catalog import load_catalog
from kiosk.i18n import tr
from kiosk.identity import LEGACY_RESIDENT_ID_LAST_VALID
from kiosk.localformat import format_number
from kiosk.rocdate import add_years
from kiosk.rules.engine import HOUSEHOLD_SERVICES, PERSON_SERVICES, Evaluation
from kiosk.rules.explain import EXPLAINED_LANGUAGES, explain
from kiosk.rules.system import tax_benefit_system
from kiosk.rules.variables.services import RULES

TURNING_WINDOW_DAYS = 90
PROVISIONAL_AMOUNTS = {  # service -> parameters whose provisional_from metadata marks unconfirmed raises
    "S03": ("seniors.living_allowance.amount_tier_a", "seniors.living_allowance.amount_tier_b"),
    "S05": ("disability.living_allowance.amount_low_income_moderate_or_worse",),
    "S06": ("seniors.basic_pension.amount",),
}


def _parameter(path: str):  # noqa: ANN202
    node = tax_benefit_system().parameters
    for part in path.split("."):
        node = getattr(node, part)
    return node


def provisional(code: str, on: date) -> bool:
    for path in PROVISIONAL_AMOUNTS.get(code, ()):
        since = (_parameter(path).metadata or {}).get("provisional_from")
        if since and on >= date.fromisoformat(str(since)):
            return True
    return False


def _number(value) -> int | float | None:  # noqa: ANN001
    value = float(value)
    if math.isnan(value):
        return None
    return int(round(value)) if value == int(value) else round(value, 2)


def _amount_line(code: str, amount: float | None, copay: float | None, on: date) -> dict[str, str] | None:
    period = load_catalog().service(code).benefit_period
    kind = load_catalog().service(code).benefit_kind
    if amount is None:
        key = "amount.unknown" if kind in ("cash", "points") else None
        return {lang: tr(key, lang) for lang in EXPLAINED_LANGUAGES} if key else None
    if kind == "quota":
        return {lang: tr("amount.quota", lang, amount=format_number(amount, lang), copay=_number(copay * 100))
                for lang in EXPLAINED_LANGUAGES}
    key = {"points": "amount.points", "year": "amount.year", "once": "amount.once"}.get(
        "points" if kind == "points" else period or "month", "amount.month")
    if key == "amount.month" and provisional(code, on):
        key = "amount.month_provisional"
    return {lang: tr(key, lang, amount=format_number(amount, lang)) for lang in EXPLAINED_LANGUAGES}


class HouseholdView:
    """One household of an evaluation: its services and reminders as plain data."""

    def __init__(self, evaluation: Evaluation, household: int) -> None:
        self.evaluation = evaluation
        self.household = household
        self.population = evaluation.population
        self.on = self.population.on
        self.region = self.population.regions[household]
        self.parameters = tax_benefit_system().parameters(f"{self.on.year}-{self.on.month:02d}")
        self.rows = self.population.members_of(household)
        self.people = self.population.people
        self.head_row = next(r for r in self.rows if self.people.relation[r] == "head" and self.people.registered_here[r])

    def _reader(self, sim: int):  # noqa: ANN202
        def read(name: str):  # noqa: ANN202
            return self.evaluation.at(name, sim)
        return read

    def _service(self, code: str, sim: int, person: str | None, receiving: bool) -> dict:
        rule = RULES[code]
        read = self._reader(sim)
        conditions = [(name, bool(read(name))) for name in rule.conditions]
        eligible = bool(read(f"{code.lower()}_eligible"))
        amount = _number(read(rule.amount)) if rule.amount and eligible else None
        copay = _number(read(rule.copay)) if rule.copay else None
        service = load_catalog().service(code)
        return {
            "service": code, "person": person, "eligible": eligible, "receiving": receiving,
            "amount": amount, "amount_period": service.benefit_period if amount is not None else None,
            "copay_rate": copay, "provisional": bool(eligible and amount is not None and provisional(code, self.on)),
            "conditions": [{"condition": name, "passed": ok} for name, ok in conditions],
            "explanation": explain(conditions, eligible, read, self.parameters, self.region,
                                   _amount_line(code, amount, copay, self.on)),
        }

    def services(self) -> list[dict]:
        head_sim = int(self.population.head_of_household[self.household])
        status = str(self.evaluation.at("welfare_status", head_sim))
        results = []
        for code in HOUSEHOLD_SERVICES:
            receiving = (code == "S01" and status == "low_income") or (code == "S02" and status == "middle_low_income")
            results.append(self._service(code, head_sim, None, receiving))
        relevance = {code: self.evaluation.relevant(code) for code in PERSON_SERVICES}
        for row in self.rows:
            own_sim = int(self.population.own_sim[row])
            person = self.people.id_no[row]
            for code in PERSON_SERVICES:
                if relevance[code][row]:
                    receiving = bool(self.evaluation.at(f"receives_{code.lower()}", own_sim))
                    results.append(self._service(code, own_sim, person, receiving))
        return results

    def reminders(self) -> list[dict]:
        reminders: list[dict] = []
        head_sim = int(self.population.head_of_household[self.household])
        status = str(self.evaluation.at("welfare_status", head_sim))
        if status in ("low_income", "middle_low_income"):
            month = int(self.parameters.social_assistance.general.annual_review_month)
            due = date(self.on.year if self.on.month <= month + 2 else self.on.year + 1, month, 1)
            reminders.append({"kind": "annual_review", "service": "S01" if status == "low_income" else "S02",
                              "person": None, "due": due.isoformat(), "overdue": False})
        for row in self.rows:
            if self.people.registered_here[row]:
                reminders += self._person_reminders(row, int(self.population.own_sim[row]))
        return sorted(reminders, key=lambda r: (r["due"], r["kind"]))

    def _person_reminders(self, row: int, sim: int) -> list[dict]:
        read = self._reader(sim)
        person = self.people.id_no[row]
        birth = date.fromisoformat(str(self.people.facts["birth_date"][row]))
        found = []
        aboriginal = self.people.facts["aboriginal"][row]
        for milestone, kind, applies in ((65, "turning_65", True), (55, "turning_55", aboriginal)):
            birthday = add_years(birth, milestone)
            if applies and self.on < birthday <= self.on + timedelta(days=TURNING_WINDOW_DAYS):
                opened = [code for code, rule in RULES.items() if rule.age_condition and not read(rule.age_condition)
                          and all(read(c) for c in rule.conditions if c != rule.age_condition)]
                found.append({"kind": kind, "service": opened[0] if opened else None, "services": opened,
                              "person": person, "due": birthday.isoformat(), "overdue": False})
        if read("s13_eligible"):
            expiry = read("disability_certificate_expiry")
            expiry = date.fromisoformat(str(expiry))
            found.append({"kind": "disability_certificate_renewal", "service": "S13", "person": person,
                          "due": (expiry - timedelta(days=90)).isoformat(), "overdue": self.on > expiry})
        if read("has_citizen_certificate") and read("s14_days_to_expiry") <= 60:
            expiry = date.fromisoformat(str(read("citizen_certificate_expiry")))
            found.append({"kind": "citizen_certificate_expiry", "service": "S14", "person": person,
                          "due": (expiry - timedelta(days=60)).isoformat(), "overdue": self.on > expiry})
        if read("has_legacy_id"):
            found.append({"kind": "legacy_resident_id", "service": "S15", "person": person,
                          "due": LEGACY_RESIDENT_ID_LAST_VALID.isoformat(),
                          "overdue": self.on > LEGACY_RESIDENT_ID_LAST_VALID})
        return found

    def result(self) -> dict:
        return {"household_no": self.population.household_numbers[self.household], "on": self.on.isoformat(),
                "services": self.services(), "reminders": self.reminders()}
