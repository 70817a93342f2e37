"""The tax-benefit system: entities, variables and the dated parameters of kiosk/rules/parameters.

Building it takes a moment (OpenFisca and numpy imports, the parameter tree), so callers get it
through `tax_benefit_system()`, cached, and the UI loads it off its event loop.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openfisca_core.taxbenefitsystems import TaxBenefitSystem

PARAMETERS = Path(__file__).parent / "parameters"


@lru_cache(maxsize=1)
def tax_benefit_system() -> TaxBenefitSystem:
    from openfisca_core.taxbenefitsystems import TaxBenefitSystem

    from kiosk.rules.entities import entities
    from kiosk.rules.variables import common, inputs, services

    system = TaxBenefitSystem(entities)
    for module in (inputs, common, services):
        for variable in module.VARIABLES:
            system.add_variable(variable)
    system.load_parameters(str(PARAMETERS))
    return system
