"""The fifteen catalog services as rules. Each service is a list of named conditions (boolean
variables) and, where it pays, an amount; `{code}_eligible` is generated as their conjunction,
so an explanation can say which condition passed or failed and with which numbers."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from kiosk.rules.entities import Family, Household, Person
from kiosk.rules.regions import City
from kiosk.rules.variables.common import by_region, days_between, in_family, ymd
from kiosk.rules.variables.inputs import DisabilityLevel, NewImmigrantRole, WelfareStatus

VARIABLES: list[type[Variable]] = []


@dataclass(frozen=True)
class ServiceRule:
    code: str
    level: str  # "person", or "household" (evaluated for the unit of the head)
    conditions: tuple[str, ...]
    amount: str | None = None  # variable holding the monthly amount, quota, points or one-off sum
    copay: str | None = None
    age_condition: str | None = None  # the condition that is only about reaching an age


RULES: dict[str, ServiceRule] = {}


def _variable(name: str, entity, value_type, label: str, formula, reference: str | None = None):
    cls = type(name, (Variable,), {"value_type": value_type, "entity": entity, "definition_period": MONTH,
                                   "label": label, "reference": reference, "formula": formula})
    VARIABLES.append(cls)
    return cls


def condition(name: str, entity, label: str):
    def register(formula):
        _variable(name, entity, bool, label, formula)
        return formula
    return register


def amount(name: str, entity, label: str):
    def register(formula):
        _variable(name, entity, float, label, formula)
        return formula
    return register


def service(rule: ServiceRule, entity, label: str, reference: str) -> None:
    names = rule.conditions

    def formula(population, period):
        result = population(names[0], period)
        for name in names[1:]:
            result = result & population(name, period)
        return result

    _variable(f"{rule.code.lower()}_eligible", entity, bool, label, formula, reference)
    RULES[rule.code] = rule


def _senior(person, period, p_age, p_age_aboriginal):
    age = person("age", period)
    return (age >= p_age) | (person("aboriginal", period) & (age >= p_age_aboriginal))


# -- S01 低收入戶 / S02 中低收入戶 ---------------------------------------------------------------

@condition("s01_residence", Family, "家裡有設籍並實際居住的人可以提出申請")
def _(family, period):
    # a foreign spouse holds no 戶籍, but the registered children of the family may apply
    members = family.members
    return family.any(members("household_registration", period) & members("lives_here", period),
                      role=Family.COUNTED)


@condition("s01_in_taiwan", Family, "全家人口最近一年在國內均超過183日")
def _(family, period):
    return family("family_all_in_taiwan", period)


@condition("s01_income", Family, "家庭每人每月收入不超過最低生活費")
def _(family, period):
    return family("family_income_per_capita", period) <= in_family(family, period, "minimum_living_cost")


@condition("s01_movable", Family, "動產在限額內")
def _(family, period):
    return family("family_movable_assets_total", period) <= family("low_income_movable_limit", period)


@amount("s01_real_estate_limit", Family, "低收入戶不動產限額")
def _(family, period, parameters):
    region = in_family(family, period, "standards_region")
    return by_region(parameters(period).social_assistance.low_income_assets.real_estate_per_household, region)


@condition("s01_real_estate", Family, "不動產在限額內")
def _(family, period):
    return family("family_real_estate_value_total", period) <= family("s01_real_estate_limit", period)


@amount("s01_estimated_aid", Family, "估計每月生活扶助（補足最低生活費之差額）")
def _(family, period):
    gap = in_family(family, period, "minimum_living_cost") - family("family_income_per_capita", period)
    return np.maximum(gap, 0) * family("family_size", period) * family("s01_eligible", period)


service(ServiceRule("S01", "household", ("s01_residence", "s01_in_taiwan", "s01_income", "s01_movable",
                                         "s01_real_estate"), amount=None),
        Family, "符合低收入戶資格", "社會救助法第4條、第5條")


@condition("s02_income", Family, "家庭每人每月收入不超過中低收入戶標準")
def _(family, period):
    return family("family_income_per_capita", period) <= in_family(family, period, "middle_low_income_line")


@condition("s02_movable", Family, "動產在中低收入戶限額內")
def _(family, period):
    return family("family_movable_assets_total", period) <= family("middle_low_income_movable_limit", period)


@amount("s02_real_estate_limit", Family, "中低收入戶不動產限額")
def _(family, period, parameters):
    region = in_family(family, period, "standards_region")
    return by_region(parameters(period).social_assistance.middle_low_income.real_estate_per_household, region)


@condition("s02_real_estate", Family, "不動產在中低收入戶限額內")
def _(family, period):
    return family("family_real_estate_value_total", period) <= family("s02_real_estate_limit", period)


service(ServiceRule("S02", "household", ("s01_residence", "s01_in_taiwan", "s02_income", "s02_movable",
                                         "s02_real_estate")),
        Family, "符合中低收入戶資格", "社會救助法第4條之1")


# -- S03 中低收入老人生活津貼 / S04 特別照顧津貼 --------------------------------------------------

@amount("senior_means_income", Person, "中低收入老人津貼所計之家庭每人每月收入")
def _(person, period, parameters):
    counts_imputed = parameters(period).seniors.living_allowance.counts_imputed_income
    with_imputed = person.family("family_income_per_capita", period)
    actual = person.family("family_income_per_capita_actual", period)
    return np.where(counts_imputed, with_imputed, actual)


@condition("s03_age", Person, "年滿65歲")
def _(person, period, parameters):
    return person("age", period) >= parameters(period).seniors.living_allowance.min_age


@condition("s03_residence", Person, "設籍、實際居住且在國內超過183日")
def _(person, period):
    return person("residence_ok", period)


@condition("s03_income", Person, "家庭每人每月收入未達最低生活費2.5倍")
def _(person, period, parameters):
    multiple = parameters(period).seniors.living_allowance.tier_b_below_mlc_multiple
    return person("senior_means_income", period) < multiple * person.household("minimum_living_cost", period)


@condition("s03_income_cap", Person, "家庭每人每月收入不超過平均消費支出1.5倍")
def _(person, period):
    return person("senior_means_income", period) <= person.household("average_consumption_cap", period)


@amount("s03_movable_limit", Person, "中低收入老人動產限額")
def _(person, period, parameters):
    p = parameters(period).seniors.living_allowance
    size = person.family("family_size", period)
    return p.movable_first_person + p.movable_each_extra_person * np.maximum(size - 1, 0)


def family_assets_within(code: str, movable_limit: str, real_estate_limit) -> None:
    """`{code}_movable` and `{code}_real_estate`: the family's assets within the service's limits."""
    @condition(f"{code}_movable", Person, "動產在限額內")
    def _(person, period):
        return person.family("family_movable_assets_total", period) <= person(movable_limit, period)

    @condition(f"{code}_real_estate", Person, "不動產在限額內")
    def _(person, period, parameters):
        return person.family("family_real_estate_value_total", period) <= real_estate_limit(parameters(period))


family_assets_within("s03", "s03_movable_limit", lambda p: p.seniors.living_allowance.real_estate_limit)


@condition("not_institutionalized", Person, "未受政府全額補助安置")
def _(person, period):
    return ~person("institutionalized", period)


@condition("s03_one_allowance", Person, "未領身心障礙者生活補助")
def _(person, period):
    return ~person("receives_s05", period)


@amount("s03_amount", Person, "中低收入老人生活津貼（每月）")
def _(person, period, parameters):
    p = parameters(period).seniors.living_allowance
    full = person("senior_means_income", period) < p.tier_a_below_mlc_multiple * person.household(
        "minimum_living_cost", period)
    return np.where(full, p.amount_tier_a, p.amount_tier_b) * person("s03_eligible", period)


service(ServiceRule("S03", "person", ("household_registration", "s03_age", "s03_residence", "s03_income", "s03_income_cap", "s03_movable",
                                      "s03_real_estate", "not_institutionalized", "s03_one_allowance"),
                    amount="s03_amount", age_condition="s03_age"),
        Person, "符合中低收入老人生活津貼", "老人福利法第12條")


@condition("s04_receives_senior_allowance", Person, "領有或符合中低收入老人生活津貼")
def _(person, period):
    return person("s03_eligible", period) | person("receives_s03", period)


@condition("s04_care_need", Person, "照顧需求重度（長照需要等級7以上）")
def _(person, period, parameters):
    return person("ltc_cms_level", period) >= parameters(period).seniors.special_care.min_care_level


@condition("s04_no_paid_care", Person, "未聘看護、未住機構，也未使用長照居家服務或日間照顧")
def _(person, period):
    return ~person("institutionalized", period) & ~person("foreign_caregiver", period) & ~person("receives_s07", period)


@condition("s04_carer_at_home", Person, "有16至64歲、沒有工作、本身沒有不能工作事由的家人照顧（含出嫁女兒）")
def _(person, period, parameters):
    p = parameters(period).seniors.special_care
    family = person.simulation.populations["family"]
    age = person("age", period)
    # 有工作能力而未就業 (caring is why the carer stays home, so only their own §5-3 reasons count);
    # a counted relative registered elsewhere (a married-out daughter) may care too
    can_care = (person("counted_in_family", period) & (age >= p.carer_min_age) & (age <= p.carer_max_age)
                & ~person("employed", period) & ~person("own_reason_not_to_work", period))
    others = family.project(family.sum(can_care)) - can_care
    return others >= 1


@amount("s04_amount", Person, "特別照顧津貼（每月，發給照顧者）")
def _(person, period, parameters):
    return parameters(period).seniors.special_care.amount * person("s04_eligible", period)


service(ServiceRule("S04", "person", ("s04_receives_senior_allowance", "s04_care_need", "s04_no_paid_care",
                                      "s04_carer_at_home"), amount="s04_amount"),
        Person, "符合中低收入老人特別照顧津貼", "老人福利法第12條第3項")


# -- S05 身心障礙者生活補助 -----------------------------------------------------------------------

@condition("s05_certificate", Person, "領有有效的身心障礙證明")
def _(person, period):
    return person("disability_certificate_valid", period)


@condition("s05_income", Person, "家庭每人每月收入未達最低生活費2.5倍")
def _(person, period, parameters):
    multiple = parameters(period).disability.living_allowance.income_below_mlc_multiple
    return person("senior_means_income", period) < multiple * person.household("minimum_living_cost", period)


@amount("s05_movable_limit", Person, "身障生活補助動產限額")
def _(person, period, parameters):
    p = parameters(period).disability.living_allowance
    return p.movable_first_person + p.movable_each_extra_person * np.maximum(person.family("family_size", period) - 1, 0)


family_assets_within("s05", "s05_movable_limit", lambda p: p.disability.living_allowance.real_estate_limit)


@condition("s05_one_allowance", Person, "未領中低收入老人生活津貼")
def _(person, period):
    return ~person("receives_s03", period)


@amount("s05_amount", Person, "身心障礙者生活補助（每月）")
def _(person, period, parameters):
    p = parameters(period).disability.living_allowance
    status = person.household("welfare_status", period)
    heavy = person("disability_moderate_or_worse", period)
    low = status == WelfareStatus.low_income
    value = np.select(
        [low & heavy, low & ~heavy, heavy],
        [p.amount_low_income_moderate_or_worse, p.amount_low_income_mild, p.amount_other_moderate_or_worse],
        p.amount_other_mild)
    return value * person("s05_eligible", period)


service(ServiceRule("S05", "person", ("household_registration", "s05_certificate", "s03_residence", "s05_income", "s03_income_cap",
                                      "s05_movable", "s05_real_estate", "not_institutionalized", "s05_one_allowance"),
                    amount="s05_amount"),
        Person, "符合身心障礙者生活補助", "身心障礙者權益保障法第71條")


# -- S06 老年基本保證年金 -----------------------------------------------------------------------

@condition("s06_born_by_cutoff", Person, "民國32年10月1日以前出生")
def _(person, period, parameters):
    cutoff = int(parameters(period).seniors.basic_pension.born_on_or_before)
    year, month, day = ymd(person("birth_date", period))
    return year * 10000 + month * 100 + day <= cutoff


@condition("s06_residence", Person, "設籍且在國內居住超過183日")
def _(person, period, parameters):
    days = parameters(period).social_assistance.general.min_days_in_taiwan
    return person("household_registration", period) & (person("days_in_taiwan_last_year", period) > days)


@condition("s06_no_other_allowance", Person, "未領中低收入老人津貼、身障生活補助或老農津貼")
def _(person, period):
    return ~(person("receives_s03", period) | person("receives_s05", period) | person("receives_s17", period))


@condition("s06_income", Person, "個人年所得未達50萬元")
def _(person, period, parameters):
    limit = parameters(period).seniors.basic_pension.personal_annual_income_limit
    return person("monthly_income", period) * 12 < limit


@amount("s06_counted_real_estate", Person, "個人不動產（扣除自住房屋400萬元）")
def _(person, period, parameters):
    p = parameters(period).seniors.basic_pension
    value = person("real_estate_value", period)
    deduction = np.where(person("lives_here", period), np.minimum(value, p.own_home_deduction), 0)
    return value - deduction


@condition("s06_real_estate", Person, "個人不動產未達500萬元（自住房屋可扣除400萬元）")
def _(person, period, parameters):
    limit = parameters(period).seniors.basic_pension.personal_real_estate_limit
    return person("s06_counted_real_estate", period) < limit


@amount("s06_amount", Person, "老年基本保證年金（每月）")
def _(person, period, parameters):
    return parameters(period).seniors.basic_pension.amount * person("s06_eligible", period)


service(ServiceRule("S06", "person", ("s06_born_by_cutoff", "s06_residence", "not_institutionalized",
                                      "s06_no_other_allowance", "s06_income", "s06_real_estate"), amount="s06_amount"),
        Person, "符合老年基本保證年金", "國民年金法第31條")


# -- S07 長照2.0 -------------------------------------------------------------------------------

@condition("s07_care_level", Person, "經評估長照需要等級2以上")
def _(person, period, parameters):
    return person("ltc_cms_level", period) >= parameters(period).long_term_care.quota.min_care_level


@condition("s07_category", Person, "65歲以上、55歲以上原住民、50歲以上失智症者或身心障礙者")
def _(person, period, parameters):
    p = parameters(period).long_term_care.quota
    dementia = person("dementia", period) & (person("age", period) >= p.min_age_dementia)
    return _senior(person, period, p.min_age, p.min_age_aboriginal) | person("has_disability", period) | dementia


@amount("s07_amount", Person, "長照照顧及專業服務每月額度")
def _(person, period, parameters):
    p = parameters(period).long_term_care.quota
    quota = p.monthly_quota.calc(person("ltc_cms_level", period))
    share = np.where(person("foreign_caregiver", period), p.foreign_caregiver_share, 1.0)
    return quota * share * person("s07_eligible", period)


@amount("s07_generation", Person, "長照計畫（2 = 長照2.0，3 = 長照3.0）")
def _(person, period, parameters):
    return np.full(person.count, parameters(period).long_term_care.quota.generation)


@condition("s07_foreign_caregiver_day_care", Person, "聘有外籍看護者也可在額度內使用日間照顧與喘息服務")
def _(person, period, parameters):
    allowed = parameters(period).long_term_care.quota.foreign_caregiver_day_care_and_respite
    return person("foreign_caregiver", period) & allowed


@amount("s07_transport_per_trip", Person, "交通接送每趟補助（需要等級4以上；0 = 未有每趟金額）")
def _(person, period, parameters):
    p = parameters(period).long_term_care.quota
    return np.where(person("ltc_cms_level", period) >= p.transport_min_care_level, p.transport_per_trip, 0)


@amount("s07_respite_yearly", Person, "喘息服務每年額度")
def _(person, period, parameters):
    return parameters(period).long_term_care.quota.respite_yearly.calc(person("ltc_cms_level", period))


@amount("s07_copay_rate", Person, "長照部分負擔比率")
def _(person, period, parameters):
    p = parameters(period).long_term_care.quota
    status = person.household("welfare_status", period)
    return np.select([status == WelfareStatus.low_income, status == WelfareStatus.middle_low_income],
                     [p.copay_low_income, p.copay_middle_low_income], p.copay_general)


service(ServiceRule("S07", "person", ("s07_care_level", "s07_category"), amount="s07_amount", copay="s07_copay_rate",
                    age_condition="s07_category"),
        Person, "符合長照服務（2026年起長照3.0）", "長期照顧服務法")


# -- S08 急難救助 -------------------------------------------------------------------------------

@condition("s08_hardship", Household, "最近發生急難事故")
def _(household, period, parameters):
    window = parameters(period).social_assistance.general.hardship_window_days
    on = household("evaluation_date", period)
    elapsed = days_between(household("hardship_event_date", period), on)
    return household("has_hardship_event", period) & (elapsed >= 0) & (elapsed <= window)


service(ServiceRule("S08", "household", ("s08_hardship",)), Household, "可申請急難救助", "社會救助法第21條")


# -- S09 重陽敬老禮金 (local) ---------------------------------------------------------------------

SCALED_DOUBLE_NINTH = ("taipei", "new_taipei", "taoyuan", "taichung", "hualien")


@amount("s09_age_counted", Person, "禮金所計年齡（原住民加10歲；新北市以實際年齡）")
def _(person, period, parameters):
    offset = parameters(period).local.double_ninth.aboriginal_age_offset
    own_rule = person.household("city", period) == City.new_taipei
    return person("age_at_year_end", period) + np.where(person("aboriginal", period) & ~own_rule, offset, 0)


@condition("s09_age", Person, "當年底年滿65歲（原住民55歲）")
def _(person, period, parameters):
    p = parameters(period).local.double_ninth
    new_taipei_aboriginal = ((person.household("city", period) == City.new_taipei) & person("aboriginal", period)
                             & (person("age_at_year_end", period) >= p.new_taipei.aboriginal_min_age))
    return (person("s09_age_counted", period) >= p.min_age) | new_taipei_aboriginal


@amount("s09_registered_days", Person, "設籍日數")
def _(person, period):
    since = person.household("registered_since", period)
    known = person.household("has_registered_since", period)
    return np.where(known, days_between(since, person("person_evaluation_date", period)), 99999)


@condition("s09_registered", Person, "設籍達縣市規定期間")
def _(person, period, parameters):
    p = parameters(period).local.double_ninth
    city = person.household("city", period)
    needed = np.zeros(person.count)
    for key in (*SCALED_DOUBLE_NINTH, "changhua"):
        needed = np.where(city == City[key], getattr(p, key).min_registered_days, needed)
    return person("s09_registered_days", period) >= needed


@amount("s09_amount", Person, "重陽敬老禮金（每年一次；未列縣市為 NaN）")
def _(person, period, parameters):
    p = parameters(period).local.double_ninth
    city = person.household("city", period)
    counted_age = person("s09_age_counted", period)
    value = np.full(person.count, np.nan)
    for key in SCALED_DOUBLE_NINTH:
        value = np.where(city == City[key], getattr(p, key).amount.calc(np.maximum(counted_age, p.min_age)), value)
    welfare = person.household("welfare_status", period) != WelfareStatus.none
    changhua = np.where(welfare, p.changhua.amount_welfare_household, p.changhua.amount_general)
    value = np.where(city == City.changhua, changhua, value)
    return np.where(person("s09_eligible", period), value, 0)


service(ServiceRule("S09", "person", ("household_registration", "s09_age", "s09_registered"), amount="s09_amount", age_condition="s09_age"),
        Person, "可領重陽敬老禮金", "各縣市重陽敬老禮金發放計畫")


# -- S10 敬老愛心卡 (local) -----------------------------------------------------------------------

@condition("s10_age", Person, "年滿65歲（原住民55歲）")
def _(person, period, parameters):
    p = parameters(period).seniors.cards
    return _senior(person, period, p.min_age, p.min_age_aboriginal)


@condition("s10_residence", Person, "設籍並實際居住")
def _(person, period):
    return person("registered_here", period) & person("lives_here", period)


@condition("s10_nationality", Person, "本國籍或持外僑永久居留證")
def _(person, period):
    return person("is_citizen", period) | person("permanent_resident", period)


@amount("s10_amount", Person, "敬老卡每月點數（未列縣市為 NaN）")
def _(person, period, parameters):
    p = parameters(period).seniors.cards
    city = person.household("city", period)
    value = np.select([city == City.taipei, city == City.new_taipei], [p.taipei_points, p.new_taipei_points], np.nan)
    return np.where(person("s10_eligible", period), value, 0)


service(ServiceRule("S10", "person", ("s10_age", "s10_residence", "s10_nationality"), amount="s10_amount",
                    age_condition="s10_age"),
        Person, "可辦敬老愛心卡", "老人福利法第25條")


# -- S11 健保自付保費補助 -------------------------------------------------------------------------

@condition("s11_age", Person, "年滿65歲（原住民55歲）")
def _(person, period, parameters):
    p = parameters(period).seniors.nhi_premium
    return _senior(person, period, p.taipei_min_age, p.taipei_min_age_aboriginal)


@condition("s11_not_covered", Person, "不是低收入戶（低收入戶保費已由政府全額負擔）")
def _(person, period):
    return person.household("welfare_status", period) != WelfareStatus.low_income


@amount("s11_amount", Person, "健保自付保費補助（每月）")
def _(person, period, parameters):
    p = parameters(period).seniors.nhi_premium
    full = p.full_premium
    city = person.household("city", period)
    status = person.household("welfare_status", period)
    annual = person.family("family_monthly_income_total", period) * 12
    taipei = ((city == City.taipei) & (person("s09_registered_days", period) >= p.taipei_min_registered_days)
              & (person("days_in_taiwan_last_year", period) > 183) & (annual < p.taipei_family_annual_income_limit))
    level = person("disability_level", period)
    severe = (level == DisabilityLevel.severe) | (level == DisabilityLevel.profound)
    middle_low = status == WelfareStatus.middle_low_income
    value = np.select(
        [taipei, middle_low & (person("age", period) >= p.central_min_age_middle_low_senior), severe,
         middle_low | (level == DisabilityLevel.moderate), level == DisabilityLevel.mild],
        [full, full, full, full / 2, full / 4], 0)
    return value * person("s11_age", period) * person("s11_not_covered", period)


@condition("s11_subsidy_rule", Person, "符合臺北市或中央健保費補助條件")
def _(person, period):
    return person("s11_amount", period) > 0


service(ServiceRule("S11", "person", ("household_registration", "s11_age", "s11_not_covered", "s11_subsidy_rule"), amount="s11_amount",
                    age_condition="s11_age"),
        Person, "可獲健保自付保費補助", "全民健康保險法第27條")


# -- S12 假牙 -----------------------------------------------------------------------------------

@condition("s12_age", Person, "年滿65歲（原住民55歲）")
def _(person, period, parameters):
    p = parameters(period).seniors.dentures
    return _senior(person, period, p.min_age, p.min_age_aboriginal)


@condition("s12_dentist", Person, "經牙醫師評估需要裝假牙")
def _(person, period):
    return person("denture_need", period)


@condition("s12_means", Person, "低收或中低收入戶，或領老人津貼、身障補助，或受安置")
def _(person, period):
    status = person.household("welfare_status", period)
    return ((status != WelfareStatus.none) | person("s03_eligible", period) | person("receives_s03", period)
            | person("s05_eligible", period) | person("receives_s05", period) | person("institutionalized", period))


@amount("s12_amount", Person, "假牙補助上限（一次，全口）")
def _(person, period, parameters):
    return parameters(period).seniors.dentures.full_mouth_amount * person("s12_eligible", period)


service(ServiceRule("S12", "person", ("household_registration", "s12_age", "s12_dentist", "s12_means"), amount="s12_amount",
                    age_condition="s12_age"),
        Person, "可申請假牙補助", "各縣市中低收入老人補助裝置假牙實施計畫")


# -- S13 身障證明換證 ----------------------------------------------------------------------------

@amount("s13_days_to_expiry", Person, "距身障證明到期日數")
def _(person, period):
    return days_between(person("person_evaluation_date", period), person("disability_certificate_expiry", period))


@condition("s13_expiring_certificate", Person, "身障證明有有效期限")
def _(person, period):
    return person("has_disability", period) & person("has_disability_certificate_expiry", period)


@condition("s13_window", Person, "已進入到期前90日的重新鑑定期間")
def _(person, period, parameters):
    window = parameters(period).disability.living_allowance.renewal_window_days
    return person("s13_days_to_expiry", period) <= window


service(ServiceRule("S13", "person", ("s13_expiring_certificate", "s13_window")), Person,
        "應辦理身障證明重新鑑定", "身心障礙者權益保障法第14條")


# -- S14 自然人憑證 -----------------------------------------------------------------------------

@condition("s14_age", Person, "年滿18歲")
def _(person, period):
    return person("age", period) >= 18


@condition("s14_capacity", Person, "未受監護宣告")
def _(person, period):
    return ~person("under_guardianship", period)


@amount("s14_days_to_expiry", Person, "距自然人憑證到期日數")
def _(person, period):
    return days_between(person("person_evaluation_date", period), person("citizen_certificate_expiry", period))


@condition("s14_needed", Person, "沒有憑證，或憑證60日內到期")
def _(person, period):
    return ~person("has_citizen_certificate", period) | (person("s14_days_to_expiry", period) <= 60)


service(ServiceRule("S14", "person", ("household_registration", "s14_age", "s14_capacity", "s14_needed")), Person,
        "可申請或展期自然人憑證", "電子簽章法")


# -- S15 新住民 ---------------------------------------------------------------------------------

@condition("s15_new_immigrant", Person, "外籍或大陸配偶、已歸化者或其子女")
def _(person, period):
    return person("new_immigrant_role", period) != NewImmigrantRole.none


service(ServiceRule("S15", "person", ("s15_new_immigrant",)), Person, "可使用新住民服務", "新住民發展基金補助作業要點")


# -- S16 身心障礙者健保自付保費補助 (all ages) ----------------------------------------------------------

@condition("s16_certificate", Person, "領有有效的身心障礙證明")
def _(person, period):
    return person("disability_certificate_valid", period)


@amount("s16_amount", Person, "身障者健保自付保費補助（每月）")
def _(person, period, parameters):
    p = parameters(period).disability.nhi_premium
    level = person("disability_level", period)
    share = np.select([(level == DisabilityLevel.severe) | (level == DisabilityLevel.profound),
                       level == DisabilityLevel.moderate, level == DisabilityLevel.mild],
                      [p.share_severe_or_profound, p.share_moderate, p.share_mild], 0)
    return p.premium_basis * share * person("s16_eligible", period)


service(ServiceRule("S16", "person", ("household_registration", "s16_certificate", "s11_not_covered"),
                    amount="s16_amount"),
        Person, "可獲身心障礙者健保自付保費補助", "身心障礙者權益保障法第43條")


# -- S17 老年農民福利津貼 -----------------------------------------------------------------------

@condition("s17_age", Person, "年滿65歲")
def _(person, period, parameters):
    return person("age", period) >= parameters(period).farmers.old_farmer_allowance.min_age


@condition("s17_insurance_years", Person, "農保年資15年以上")
def _(person, period, parameters):
    return person("farmer_insurance_years", period) >= parameters(period).farmers.old_farmer_allowance.min_insurance_years


@condition("s17_income", Person, "個人年所得未達50萬元")
def _(person, period, parameters):
    limit = parameters(period).farmers.old_farmer_allowance.personal_annual_income_limit
    return person("monthly_income", period) * 12 < limit


@condition("s17_real_estate", Person, "個人農地以外的土地房屋未達500萬元")
def _(person, period, parameters):
    limit = parameters(period).farmers.old_farmer_allowance.personal_real_estate_limit
    return person("real_estate_value", period) < limit


@amount("s17_amount", Person, "老年農民福利津貼（每月）")
def _(person, period, parameters):
    return parameters(period).farmers.old_farmer_allowance.amount * person("s17_eligible", period)


service(ServiceRule("S17", "person", ("household_registration", "s17_age", "s06_residence", "s17_insurance_years",
                                      "s17_income", "s17_real_estate", "not_institutionalized"),
                    amount="s17_amount", age_condition="s17_age"),
        Person, "可領老年農民福利津貼", "老年農民福利津貼暫行條例第3條")


# -- S18 輔具及居家無障礙環境改善 (long-term care) ------------------------------------------------------

@condition("s18_ltc", Person, "符合長照服務資格")
def _(person, period):
    return person("s07_eligible", period)


@amount("s18_amount", Person, "輔具及居家無障礙改善額度（每3年）")
def _(person, period, parameters):
    return parameters(period).long_term_care.aids_and_home.quota_per_three_years * person("s18_eligible", period)


@amount("s18_copay_rate", Person, "輔具及居家無障礙改善部分負擔比率")
def _(person, period, parameters):
    p = parameters(period).long_term_care.aids_and_home
    status = person.household("welfare_status", period)
    return np.select([status == WelfareStatus.low_income, status == WelfareStatus.middle_low_income],
                     [p.copay_low_income, p.copay_middle_low_income], p.copay_general)


service(ServiceRule("S18", "person", ("s18_ltc",), amount="s18_amount", copay="s18_copay_rate"),
        Person, "可申請輔具及居家無障礙環境改善", "長期照顧服務法；長期照顧給付及支付基準")


# -- S19 特殊境遇家庭扶助 -------------------------------------------------------------------------

@amount("s19_children", Person, "由本人扶養、未滿18歲的子女人數")
def _(person, period, parameters):
    p = parameters(period).families.special_circumstances
    household = person.simulation.populations["household"]
    child = household.members("relation_is_child", period) & (household.members("age", period) <= p.child_max_age)
    return household.project(household.sum(child)) * (person("is_head", period) | person("is_spouse", period))


@condition("s19_circumstance", Person, "獨自扶養未滿18歲子女，或本人重大傷病不能工作")
def _(person, period):
    household = person.simulation.populations["household"]
    has_spouse = household.project(household.any(household.members("is_spouse", period)))
    single_parent = person("is_head", period) & ~has_spouse & (person("s19_children", period) > 0)
    return single_parent | (person("serious_illness", period) & (person("age", period) < 65))


@condition("s19_income", Person, "家庭每人每月收入未達最低生活費2.5倍，且不超過平均消費支出1.5倍")
def _(person, period, parameters):
    p = parameters(period).families.special_circumstances
    income = person.family("family_income_per_capita", period)
    return ((income < p.income_below_mlc_multiple * person.household("minimum_living_cost", period))
            & (income <= person.household("average_consumption_cap", period)))


@condition("s19_movable", Person, "家庭動產在限額內")
def _(person, period, parameters):
    return person.family("family_movable_assets_total", period) <= parameters(
        period).families.special_circumstances.movable_limit


@amount("s19_amount", Person, "子女生活津貼（每月，合計）")
def _(person, period, parameters):
    p = parameters(period).families.special_circumstances
    per_child = parameters(period).social_assistance.general.basic_wage * p.child_allowance_share_of_basic_wage
    children = person("s19_children", period)
    value = np.where(children > 0, np.round(per_child * children), np.nan)  # no child: the emergency aid only
    return np.where(person("s19_eligible", period), value, 0)


service(ServiceRule("S19", "person", ("household_registration", "s19_circumstance", "s19_income", "s19_movable"),
                    amount="s19_amount"),
        Person, "可申請特殊境遇家庭扶助", "特殊境遇家庭扶助條例第4條、第6條")
