"""Rules as code: eligibility, amounts and reminders for the 19 catalog services (openfisca-core).

    evaluate(document, on)           one household document (the interchange contract)
    evaluate_documents(docs, on)     many, in one vectorised simulation
    scan_store(store, on)            every household in the store (kiosk.rules.scan)

The engine (OpenFisca and numpy) is imported on first use; callers with a UI load it off the
event loop with `warm_up()`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from kiosk.json_types import JsonObject


def warm_up() -> None:
    """Build the tax-benefit system now (about half a second), so the first answer is quick."""
    from kiosk.rules.system import tax_benefit_system

    tax_benefit_system()


def evaluate_documents(documents: Iterable[JsonObject], on: date) -> list[JsonObject]:
    from kiosk.rules.engine import simulate
    from kiosk.rules.history import check_date, dated_warnings
    from kiosk.rules.results import HouseholdView
    from kiosk.rules.units import population_from_documents

    check_date(on)  # before the parameter history: a plain error, never a traceback
    population = population_from_documents(documents, on)
    if not population.household_numbers:
        return []
    evaluation = simulate(population)
    return [HouseholdView(evaluation, h).result(dated_warnings(on)) for h in range(len(population.household_numbers))]


def evaluate(document: JsonObject, on: date) -> JsonObject:
    return evaluate_documents([document], on)[0]
