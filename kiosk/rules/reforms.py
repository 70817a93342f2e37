"""Reforms: alternative readings of uncertain rules, applied by name (YAML tests, what-if runs)."""

from typing import Any

from openfisca_core.reforms import Reform


class WithoutImputedIncomeForSeniors(Reform):
    """The senior (S03) and disability (S05) allowances count actual income only, without the
    社會救助法 §5-1 imputed basic wage (⚠️ the 發給辦法 wording is to be confirmed)."""

    name = "Senior and disability allowances without §5-1 imputed income"

    def apply(self) -> None:
        def modify(parameters: Any) -> Any:  # OpenFisca's ParameterNode (untyped), changed in place
            parameters.seniors.living_allowance.counts_imputed_income.update(start="2016-01-01", value=False)
            return parameters

        self.modify_parameters(modifier_function=modify)
