"""Per-household answers: every relevant service with eligibility, amount and explanation, and the
e-housekeeper reminders with their due dates."""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any, SupportsFloat

from kiosk.catalog import load_catalog
from kiosk.i18n import tr
from kiosk.identity import LEGACY_RESIDENT_ID_LAST_VALID
from kiosk.json_types import JsonObject
from kiosk.localformat import Day, format_number
from kiosk.rocdate import add_years
import numpy as np

from kiosk.rules import choices
from kiosk.rules.engine import HOUSEHOLD_SERVICES, PERSON_SERVICES, Evaluation
from kiosk.rules.history import dated_warnings
from kiosk.rules.explain import EXPLAINED_LANGUAGES, Parameters, Read, Values, explain, money
from kiosk.rules.system import tax_benefit_system
from kiosk.rules.variables.services import RULES, ServiceRule

TURNING_WINDOW_DAYS = 90
PROVISIONAL_AMOUNTS = {  # service -> parameters whose provisional_from metadata marks unconfirmed figures
    "S03": ("seniors.living_allowance.amount_tier_a", "seniors.living_allowance.amount_tier_b"),
    "S05": ("disability.living_allowance.amount_low_income_moderate_or_worse",),
    "S06": ("seniors.basic_pension.amount",),
    "S07": ("long_term_care.quota.generation",),
    "S17": ("farmers.old_farmer_allowance.amount",),
    "S18": ("long_term_care.aids_and_home.quota_per_three_years",),
    "S19": ("families.special_circumstances.child_allowance_share_of_basic_wage",),
}
# conditions that test the family income; the §5-1 imputed wages they count are named in the explanation
FAMILY_INCOME_TESTS = {"s01_income": None, "s02_income": None, "s19_income": None,
                       "s03_income": "seniors.living_allowance.counts_imputed_income",
                       "s05_income": "seniors.living_allowance.counts_imputed_income"}


def _parameter(path: str) -> Parameters:
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


def _number(value: SupportsFloat) -> int | float | None:
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
        assert copay is not None, "a quota service has its co-payment rate"
        key = "amount.quota_three_years" if period == "once" else "amount.quota_services"
        return {lang: tr(key, lang, amount=money(amount), copay=_number(copay * 100)) for lang in EXPLAINED_LANGUAGES}
    key = {"points": "amount.points", "year": "amount.year", "once": "amount.once"}.get(
        "points" if kind == "points" else period or "month", "amount.month")
    if key == "amount.month" and provisional(code, on):
        key = "amount.month_provisional"
    shown = (lambda lang: format_number(amount, lang)) if key == "amount.points" else money(amount).localized
    return {lang: tr(key, lang, amount=shown(lang)) for lang in EXPLAINED_LANGUAGES}


class HouseholdView:
    """One household of an evaluation: its services and reminders as plain data."""

    def __init__(self, evaluation: Evaluation, household: int) -> None:
        self.evaluation = evaluation
        self.household = household
        self.population = evaluation.population
        self.on = self.population.on
        self.region = self.population.regions[household]
        self.parameters = tax_benefit_system().get_parameters_at_instant(f"{self.on.year}-{self.on.month:02d}-01")
        self.rows = self.population.members_of(household)
        self.people = self.population.people
        self.head_row = next(r for r in self.rows if self.people.relation[r] == "head" and self.people.registered_here[r])

    def _reader(self, sim: int) -> Read:
        def read(name: str) -> Any:  # a NumPy scalar of the variable's type
            return self.evaluation.at(name, sim)
        return read

    def _unit_sims(self, sim: int) -> range:
        """Simulated persons of the unit of `sim` (units are contiguous blocks)."""
        unit = self.population.person_unit
        first_extra = len(self.people.household)
        if sim < first_extra:
            return self.rows
        extra = unit[first_extra:]
        u = unit[sim]
        return range(first_extra + int(np.searchsorted(extra, u, "left")),
                     first_extra + int(np.searchsorted(extra, u, "right")))

    def _imputed_notes(self, rule: ServiceRule, sim: int) -> list[dict[str, str]]:
        tests = [c for c in rule.conditions if c in FAMILY_INCOME_TESTS]
        switch = FAMILY_INCOME_TESTS[tests[0]] if tests else None  # the parameter that turns the counting on
        if not tests or (switch and not bool(_parameter_value(self.parameters, switch))):
            return []
        imputed, roles = self.evaluation.column("imputed_income"), self.population.family_roles
        notes = []
        for other in self._unit_sims(sim):
            if roles[other] == 0 and imputed[other] > 0:
                row = int(self.population.sim_to_real[other])
                age = int(self.population.age[row])
                relation = str(self.people.relation[row])
                notes.append({lang: tr("why.imputed_income", lang, who=tr(f"kin.{relation}", lang), age=age,
                                       amount=money(imputed[other])) for lang in EXPLAINED_LANGUAGES})
        return notes

    def _care_notes(self, read: Read) -> list[dict[str, str]]:
        """What the long-term care quota may be used for on this date (LTC 3.0, foreign caregiver, transport, respite)."""
        lines: list[tuple[str, Values]] = []
        if int(read("s07_generation")) >= 3:
            lines.append(("ltc.generation_3", {}))
        hired, day_care = bool(read("foreign_caregiver")), bool(read("s07_foreign_caregiver_day_care"))
        if hired:
            lines.append(("ltc.foreign_caregiver_day_care" if day_care else "ltc.foreign_caregiver", {}))
        if read("s07_transport_per_trip") > 0:
            lines.append(("ltc.transport", {"amount": money(read("s07_transport_per_trip"))}))
        if not hired or day_care:
            lines.append(("ltc.respite", {"amount": money(read("s07_respite_yearly"))}))
        return [{lang: tr(key, lang, **values) for lang in EXPLAINED_LANGUAGES} for key, values in lines]

    def _service(self, code: str, sim: int, person: str | None, receiving: bool) -> JsonObject:
        rule = RULES[code]
        read = self._reader(sim)
        conditions = [(name, bool(read(name))) for name in rule.conditions]
        eligible = bool(read(f"{code.lower()}_eligible"))
        amount = _number(read(rule.amount)) if rule.amount and eligible else None
        copay = _number(read(rule.copay)) if rule.copay else None
        service = load_catalog().service(code)
        notes = self._imputed_notes(rule, sim) + (self._care_notes(read) if code == "S07" and eligible else [])
        short, details, summary = explain(conditions, eligible, read, self.parameters, self.region,
                                 _amount_line(code, amount, copay, self.on), notes)
        result = {
            "service": code, "person": person, "eligible": eligible, "receiving": receiving,
            "amount": amount, "amount_period": service.benefit_period if amount is not None else None,
            "one_of": [], "copay_rate": copay,
            "provisional": bool(eligible and amount is not None and provisional(code, self.on)),
            "conditions": [{"condition": name, "passed": ok} for name, ok in conditions],
            "explanation": short, "details": details, "summary": summary,
        }
        if eligible and code in ESTIMATED_VALUES:
            result["value_estimate"] = float(ESTIMATED_VALUES[code](self, sim))
        return result

    def services(self) -> list[JsonObject]:
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
        catalog = load_catalog()
        choices.attach(results, {c: catalog.service(c).names for c in {r["service"] for r in results}})
        for result in results:
            choice = result["choice"]
            if choice is not None:
                for lang in EXPLAINED_LANGUAGES:
                    result["explanation"][lang] += ("" if lang == "zh-TW" else " ") + choice["note"][lang] + (
                        "。" if lang == "zh-TW" else ".")
                    result["details"][lang].append(choice["note"][lang])
                    result["summary"][lang]["note"] = choice["note"][lang]  # which of the two to take
        return results

    def reminders(self) -> list[JsonObject]:
        reminders: list[JsonObject] = []
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

    def _person_reminders(self, row: int, sim: int) -> list[JsonObject]:
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
                          "due": (expiry - timedelta(days=90)).isoformat(), "expires": expiry.isoformat(),
                          "overdue": self.on > expiry})
        if read("has_citizen_certificate") and read("s14_days_to_expiry") <= 60:
            expiry = date.fromisoformat(str(read("citizen_certificate_expiry")))
            found.append({"kind": "citizen_certificate_expiry", "service": "S14", "person": person,
                          "due": (expiry - timedelta(days=60)).isoformat(), "expires": expiry.isoformat(),
                          "overdue": self.on > expiry})
        if read("has_legacy_id"):
            found.append({"kind": "legacy_resident_id", "service": "S15", "person": person,
                          "due": LEGACY_RESIDENT_ID_LAST_VALID.isoformat(),
                          "overdue": self.on > LEGACY_RESIDENT_ID_LAST_VALID})
        return found

    def result(self, warnings: list[JsonObject] | None = None) -> JsonObject:
        services = self.services()
        for service in services:
            service.pop("value_estimate", None)
        return {"household_no": self.population.household_numbers[self.household], "on": self.on.isoformat(),
                "warnings": warnings if warnings is not None else dated_warnings(self.on),
                "services": services, "reminders": self.reminders()}


OVERDUE_WORDING = ("disability_certificate_renewal", "citizen_certificate_expiry")


def reminder_text(reminder: JsonObject, lang: str, who: str = "") -> str:
    """A reminder in plain words; an expired certificate says it is overdue, not that it ends soon."""
    kind = reminder["kind"]
    key = f"proactive.reminder.{kind}" + (".overdue" if reminder.get("overdue") and kind in OVERDUE_WORDING else "")
    return tr(key, lang, who=who, due=Day(reminder["due"]), expires=Day(reminder.get("expires", reminder["due"])))


def _parameter_value(parameters: Parameters, path: str) -> Any:  # an OpenFisca parameter node or value
    node = parameters
    for part in path.split("."):
        node = getattr(node, part)
    return node


# Status services carry no amount; their worth a month is estimated for comparing one-of choices.
ESTIMATED_VALUES = {
    "S01": lambda view, sim: view.evaluation.at("s01_estimated_aid", sim),
    "S02": lambda view, sim: view.evaluation.at("family_size", sim) * view.parameters.seniors.nhi_premium.full_premium / 2,
}
