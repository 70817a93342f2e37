"""Run the rules over a population in one vectorised simulation and read the answers back.

`simulate(population)` computes every service's conditions, eligibility and amount for all
units at once. `Evaluation` then gives, per real household, who qualifies for what (from the
unit of the right applicant), and arrays per real person for the proactive scan.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np

from kiosk.rules.system import tax_benefit_system
from kiosk.rules.units import Population
from kiosk.rules.variables.inputs import SERVICE_CODES
from kiosk.rules.variables.services import RULES

if TYPE_CHECKING:
    from openfisca_core.periods import Period
    from openfisca_core.simulations import Simulation

# A service is shown for a person when that person could plausibly ask for it.
PERSON_SERVICES = tuple(code for code, rule in RULES.items() if rule.level == "person")
HOUSEHOLD_SERVICES = tuple(code for code, rule in RULES.items() if rule.level == "household")
EXTRA_VARIABLES = ("age", "has_disability", "aboriginal", "ltc_cms_level", "new_immigrant_role",
                   "family_income_per_capita", "family_income_per_capita_actual", "senior_means_income",
                   "minimum_living_cost", "middle_low_income_line", "average_consumption_cap", "family_size",
                   "family_movable_assets_total", "family_real_estate_value_total", "low_income_movable_limit",
                   "middle_low_income_movable_limit", "s01_real_estate_limit", "s02_real_estate_limit",
                   "s03_movable_limit", "s05_movable_limit", "s01_estimated_aid", "s06_counted_real_estate",
                   "s09_registered_days", "s13_days_to_expiry", "s14_days_to_expiry", "disability_certificate_expiry",
                   "citizen_certificate_expiry", "has_citizen_certificate", "has_legacy_id", "monthly_income",
                   "birth_date", "s09_age_counted", "welfare_status", "work_capacity", "imputed_income",
                   *(f"receives_{code.lower()}" for code in SERVICE_CODES))


def _month(on: date) -> Period:
    from openfisca_core import periods

    month: Period = periods.period(f"{on.year}-{on.month:02d}")
    return month


def variables_to_compute() -> list[str]:
    names: list[str] = []
    for rule in RULES.values():
        names += [*rule.conditions, f"{rule.code.lower()}_eligible"]
        names += [n for n in (rule.amount, rule.copay) if n]
    names += EXTRA_VARIABLES
    return list(dict.fromkeys(names))


def simulate(population: Population) -> "Evaluation":
    from openfisca_core import periods
    from openfisca_core.simulations import SimulationBuilder

    system = tax_benefit_system()
    builder = SimulationBuilder()
    builder.create_entities(system)
    units = len(population.unit_household)
    builder.declare_person_entity("person", np.arange(population.size))
    household = builder.declare_entity("household", np.arange(units))
    builder.join_with_persons(household, population.person_unit, population.household_roles)
    family = builder.declare_entity("family", np.arange(units))
    builder.join_with_persons(family, population.person_unit, population.family_roles)
    simulation = builder.build(system)
    month = _month(population.on)
    eternity = periods.period(periods.ETERNITY)
    for name, values in (*population.person_inputs().items(), *population.unit_inputs().items()):
        variable = system.variables[name]
        simulation.set_input(name, eternity if variable.definition_period == periods.ETERNITY else month, values)
    simulation.set_input("evaluation_date", month, np.full(units, np.datetime64(population.on, "D")))
    evaluation = Evaluation(population, simulation)
    for name in variables_to_compute():
        evaluation.column(name)
    return evaluation


class Evaluation:
    """The answers of one simulation. Values are computed once per variable and kept by name."""

    def __init__(self, population: Population, simulation: Simulation) -> None:
        self.population = population
        self.simulation = simulation
        self.values: dict[str, np.ndarray] = {}
        self._month = _month(population.on)
        self._relevance: dict[str, np.ndarray] = {}

    def column(self, name: str) -> np.ndarray:
        """The whole array of `name`, over simulated persons or over units."""
        if name not in self.values:
            from openfisca_core import periods

            variable = self.simulation.tax_benefit_system.variables[name]
            period = periods.period(periods.ETERNITY) if variable.definition_period == periods.ETERNITY else self._month
            result = self.simulation.calculate(name, period)
            self.values[name] = np.asarray(result.decode_to_str() if hasattr(result, "decode_to_str") else result)
        return self.values[name]

    def is_person_variable(self, name: str) -> bool:
        return bool(self.simulation.tax_benefit_system.variables[name].entity.key == "person")

    def _index(self, name: str, sims: np.ndarray) -> np.ndarray:
        return sims if self.is_person_variable(name) else self.population.person_unit[sims]

    def at(self, name: str, sim_person: int) -> Any:  # a NumPy scalar of the variable's type
        """The value of `name` for the simulated person (or that person's unit)."""
        return self.column(name)[self._index(name, np.asarray(sim_person))]

    def person_column(self, name: str, head_unit: bool = False) -> np.ndarray:
        """Per real person, read in their own unit or in the head's."""
        sims = self.population.head_sim if head_unit else self.population.own_sim
        values: np.ndarray = self.column(name)[self._index(name, sims)]
        return values

    def household_column(self, name: str) -> np.ndarray:
        """Per real household: the value in the head's unit (for household-level services)."""
        values: np.ndarray = self.column(name)[self._index(name, self.population.head_of_household)]
        return values

    @cached_property
    def registered(self) -> np.ndarray:
        return np.asarray(self.population.people.registered_here, dtype=bool)

    @cached_property
    def households_of_people(self) -> np.ndarray:
        return np.asarray(self.population.people.household, dtype=np.int64)

    def relevant(self, code: str) -> np.ndarray:
        """Per real person: is service `code` worth showing for them (registered here, and in its group)?"""
        if not self._relevance:
            age = self.person_column("age")
            senior = age >= 65
            senior_any = senior | (self.person_column("aboriginal") & (age >= 55))
            disabled = self.person_column("has_disability")
            care = self.person_column("ltc_cms_level") > 0
            masks = {
                "S03": senior, "S06": senior, "S04": senior & (care | self.person_column("s04_receives_senior_allowance")),
                "S05": disabled, "S07": care | senior_any | disabled, "S09": senior_any, "S10": senior_any,
                "S11": senior_any, "S12": senior_any, "S13": self.person_column("s13_expiring_certificate"),
                "S14": age >= 18, "S15": self.person_column("new_immigrant_role") != "none",
                "S16": disabled, "S17": senior & (self.person_column("farmer_insurance_years") > 0),
                "S18": care, "S19": self.person_column("s19_children") > 0,
            }
            # whoever is eligible is always shown: a person absent from a service is not eligible for it
            self._relevance = {c: (m | self.person_column(f"{c.lower()}_eligible")) & self.registered
                               for c, m in masks.items()}
        return self._relevance[code]
