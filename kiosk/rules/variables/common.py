"""Ages, work capacity (社會救助法 §5-3), counted income (§5-1), family totals and the regional
thresholds every means test reads."""

import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from kiosk.rules.entities import Family, Household, Person
from kiosk.rules.regions import StandardsRegion, standards_key
from kiosk.rules.variables.inputs import DisabilityLevel, WorkCapacityDeclared


def ymd(dates: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Year, month, day arrays of a datetime64[D] array."""
    dates = dates.astype("datetime64[D]")
    years = dates.astype("datetime64[Y]").astype(int) + 1970
    months = dates.astype("datetime64[M]").astype(int) % 12 + 1
    days = (dates - dates.astype("datetime64[M]")).astype(int) + 1
    return years, months, days


def completed_years(birth: np.ndarray, on: np.ndarray) -> np.ndarray:
    """Age in completed years; a 29 February birthday completes on 1 March (民法 §121)."""
    by, bm, bd = ymd(birth)
    oy, om, od = ymd(on)
    years: np.ndarray = oy - by - ((om < bm) | ((om == bm) & (od < bd)))
    return years


def days_between(earlier: np.ndarray, later: np.ndarray) -> np.ndarray:
    days: np.ndarray = (later.astype("datetime64[D]") - earlier.astype("datetime64[D]")).astype(int)
    return days


def by_region(node, regions) -> np.ndarray:
    """`node[region]` for every element of an enum array. OpenFisca's vectorial access loops in
    Python per element; with a handful of regions a lookup table is a single gather."""
    table = np.array([node[member.name] for member in regions.possible_values])
    values: np.ndarray = table[np.asarray(regions)]
    return values


def in_family(family, period, name: str):
    """The unit's household value of `name`, seen from the family (the two share one unit)."""
    return family.value_from_first_person(family.members.household(name, period))


class age(Variable):  # noqa: N801
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "年齡（判斷日足歲）"

    def formula(person, period):  # noqa: N805
        return completed_years(person("birth_date", period), person("person_evaluation_date", period))


class age_at_year_end(Variable):  # noqa: N801
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "當年底年齡（臺北市重陽禮金等）"

    def formula(person, period):  # noqa: N805
        on = person("person_evaluation_date", period).astype("datetime64[D]")
        year_end = (on.astype("datetime64[Y]") + 1).astype("datetime64[D]") - np.timedelta64(1, "D")
        return completed_years(person("birth_date", period), year_end)


class is_head(Variable):  # noqa: N801
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "戶長"

    def formula(person, period):  # noqa: N805
        return person.has_role(Household.HEAD)


class counted_in_family(Variable):  # noqa: N801
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "列入全家人口"

    def formula(person, period):  # noqa: N805
        return person.has_role(Family.COUNTED)


class has_disability(Variable):  # noqa: N801
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "領有身心障礙證明"

    def formula(person, period):  # noqa: N805
        return person("disability_level", period) != DisabilityLevel.none


class disability_moderate_or_worse(Variable):  # noqa: N801
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "中度以上身心障礙"

    def formula(person, period):  # noqa: N805
        level = person("disability_level", period)
        return (level == DisabilityLevel.moderate) | (level == DisabilityLevel.severe) | (
            level == DisabilityLevel.profound)


class disability_certificate_valid(Variable):  # noqa: N801
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "身障證明在有效期限內"

    def formula(person, period):  # noqa: N805
        expiry_ok = person("disability_certificate_expiry", period) >= person("person_evaluation_date", period)
        return person("has_disability", period) & (~person("has_disability_certificate_expiry", period) | expiry_ok)


class residence_ok(Variable):  # noqa: N801
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "設籍、實際居住且最近一年在國內超過183日"

    def formula(person, period, parameters):  # noqa: N805
        days = parameters(period).social_assistance.general.min_days_in_taiwan
        return (person("household_registration", period) & person("lives_here", period)
                & (person("days_in_taiwan_last_year", period) > days))


class household_registration(Variable):  # noqa: N801
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "本國籍且設有戶籍（外籍人士沒有戶籍）"
    reference = "戶籍法第3條"

    def formula(person, period):  # noqa: N805
        return person("registered_here", period) & person("is_citizen", period)


class own_reason_not_to_work(Variable):  # noqa: N801
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "本身有不能工作的事由（在學、中度以上身障、重病或失能、懷孕、受監護）"
    reference = "社會救助法第5條之3"

    def formula(person, period, parameters):  # noqa: N805
        p = parameters(period).social_assistance.general
        return ((person("student", period) & (person("age", period) <= p.work_capacity_student_max_age))
                | person("disability_moderate_or_worse", period) | person("serious_illness", period)
                | (person("ltc_cms_level", period) >= p.care_need_min_level)
                | person("pregnant", period) | person("under_guardianship", period))


class reason_not_to_work(Variable):  # noqa: N801
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "有第5條之3不能工作的事由（本身的事由，或在家照顧6歲以下子女或失能家人）"
    reference = "社會救助法第5條之3"

    def formula(person, period):  # noqa: N805
        return (person("own_reason_not_to_work", period) | person("family_carer", period)
                | person("sole_carer_young_child", period))


class work_capacity(Variable):  # noqa: N801
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "有工作能力（社會救助法第5條之3）"
    reference = "社會救助法第5條之3"

    def formula(person, period, parameters):  # noqa: N805
        p = parameters(period).social_assistance.general
        age_ = person("age", period)
        derived = (age_ >= p.work_capacity_min_age) & (age_ <= p.work_capacity_max_age) & ~person(
            "reason_not_to_work", period)
        declared = person("work_capacity_declared", period)
        return np.where(declared == WorkCapacityDeclared.unknown, derived, declared == WorkCapacityDeclared.able)


class imputed_income(Variable):  # noqa: N801
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "有工作能力未就業者以基本工資核算之收入差額（第5條之1）"
    reference = "社會救助法第5條之1"

    def formula(person, period, parameters):  # noqa: N805
        p = parameters(period).social_assistance.general
        applies = person("work_capacity", period) & ~person("employed", period) & p.impute_income_of_able_unemployed
        income = person("monthly_income", period)
        return np.where(applies, np.maximum(p.basic_wage - income, 0), 0)


def _family_sum(name: str, label: str, *person_variables: str):
    """A family variable summing person variables over the counted members."""
    def formula(family, period):
        values = sum(family.members(variable, period) for variable in person_variables)
        return family.sum(values, role=Family.COUNTED)

    return type(name, (Variable,), {
        "value_type": float, "entity": Family, "definition_period": MONTH, "label": label, "formula": formula})


family_income_total = _family_sum("family_income_total", "全家人口每月總收入（含第5條之1核算）",
                                  "monthly_income", "imputed_income")
family_monthly_income_total = _family_sum("family_monthly_income_total", "全家人口每月實際總收入（不含核算）",
                                          "monthly_income")
family_movable_assets_total = _family_sum("family_movable_assets_total", "全家人口動產合計", "movable_assets")
family_real_estate_value_total = _family_sum("family_real_estate_value_total", "全家人口不動產合計",
                                             "real_estate_value")


class family_size(Variable):  # noqa: N801
    value_type = int
    entity = Family
    definition_period = MONTH
    label = "全家人口數"

    def formula(family, period):  # noqa: N805
        return family.nb_persons(Family.COUNTED)


class family_income_per_capita(Variable):  # noqa: N801
    value_type = float
    entity = Family
    definition_period = MONTH
    label = "家庭每人每月收入（含核算）"

    def formula(family, period):  # noqa: N805
        return family("family_income_total", period) / np.maximum(family("family_size", period), 1)


class family_income_per_capita_actual(Variable):  # noqa: N801
    value_type = float
    entity = Family
    definition_period = MONTH
    label = "家庭每人每月收入（不含核算）"

    def formula(family, period):  # noqa: N805
        return family("family_monthly_income_total", period) / np.maximum(family("family_size", period), 1)


class family_all_in_taiwan(Variable):  # noqa: N801
    value_type = bool
    entity = Family
    definition_period = MONTH
    label = "全家人口最近一年在國內均超過183日"

    def formula(family, period, parameters):  # noqa: N805
        days = parameters(period).social_assistance.general.min_days_in_taiwan
        return family.all(family.members("days_in_taiwan_last_year", period) > days, role=Family.COUNTED)


class standards_region(Variable):  # noqa: N801
    value_type = Enum
    possible_values = StandardsRegion
    default_value = StandardsRegion.taiwan_province
    entity = Household
    definition_period = MONTH
    label = "適用標準之地區"

    def formula(household, period):  # noqa: N805
        city = household("city", period)
        keys = np.array([standards_key(c.name) for c in city.possible_values])
        return StandardsRegion.encode(keys[np.asarray(city)])


class minimum_living_cost(Variable):  # noqa: N801
    value_type = float
    entity = Household
    definition_period = MONTH
    label = "最低生活費"
    reference = "社會救助法第4條"

    def formula(household, period, parameters):  # noqa: N805
        return by_region(parameters(period).social_assistance.minimum_living_cost, household("standards_region", period))


class middle_low_income_line(Variable):  # noqa: N801
    value_type = float
    entity = Household
    definition_period = MONTH
    label = "中低收入戶每人每月收入標準：min(1.5 × 最低生活費, 所得基準)"
    reference = "社會救助法第4條之1"

    def formula(household, period, parameters):  # noqa: N805
        p = parameters(period).social_assistance.middle_low_income
        region = household("standards_region", period)
        scaled = np.floor(household("minimum_living_cost", period) * p.income_multiple_of_mlc + 0.5)
        return np.minimum(scaled, by_region(p.income_cap, region))


def _asset_limit(name: str, node: str, label: str):
    def formula(family, period, parameters):
        p = getattr(parameters(period).social_assistance, node)
        region = in_family(family, period, "standards_region")
        size = family("family_size", period)
        return (by_region(p.movable_per_person, region) * size + by_region(p.movable_household_up_to_4, region)
                + by_region(p.movable_extra_person_beyond_4, region) * np.maximum(size - 4, 0))

    return type(name, (Variable,), {
        "value_type": float, "entity": Family, "definition_period": MONTH, "label": label, "formula": formula})


low_income_movable_limit = _asset_limit("low_income_movable_limit", "low_income_assets", "低收入戶動產限額（全家）")
middle_low_income_movable_limit = _asset_limit("middle_low_income_movable_limit", "middle_low_income",
                                               "中低收入戶動產限額（全家）")


class average_consumption_cap(Variable):  # noqa: N801
    value_type = float
    entity = Household
    definition_period = MONTH
    label = "1.5 × 平均每人每月消費支出"

    def formula(household, period, parameters):  # noqa: N805
        p = parameters(period)
        ace = p.social_assistance.general.average_consumption_expenditure
        return np.full(household.count, ace * p.seniors.living_allowance.ace_multiple_cap)


VARIABLES = [
    age, age_at_year_end, is_head, counted_in_family, has_disability, disability_moderate_or_worse,
    disability_certificate_valid, household_registration, residence_ok, own_reason_not_to_work, reason_not_to_work,
    work_capacity, imputed_income, family_income_total,
    family_monthly_income_total, family_movable_assets_total, family_real_estate_value_total, family_size,
    family_income_per_capita, family_income_per_capita_actual, family_all_in_taiwan, standards_region,
    minimum_living_cost, middle_low_income_line, low_income_movable_limit, middle_low_income_movable_limit,
    average_consumption_cap,
]
