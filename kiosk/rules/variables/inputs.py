"""Input variables: the facts of a household document, as the population builder sets them.

Dates are read against `evaluation_date`, the day the question is asked ("eligible on …"),
which defaults to the first day of the simulated month.
"""

from datetime import date

import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY, MONTH
from openfisca_core.variables import Variable

from kiosk.rules.entities import Household, Person
from kiosk.rules.regions import City

SERVICE_CODES = tuple(f"S{i:02d}" for i in range(1, 20))


class DisabilityLevel(Enum):
    none = "無"
    mild = "輕度"
    moderate = "中度"
    severe = "重度"
    profound = "極重度"


class WelfareStatus(Enum):
    none = "一般戶"
    low_income = "低收入戶"
    middle_low_income = "中低收入戶"


class WorkCapacityDeclared(Enum):
    unknown = "依§5-3判斷"
    able = "有工作能力"
    unable = "無工作能力"


class SocialInsurance(Enum):
    unknown = "未知"
    labor = "勞保"
    farmer = "農保"
    civil_servant = "公教保"
    military = "軍保"
    national_pension = "國保"


class ResidencePermit(Enum):
    none = "無"
    arc = "居留證"
    aprc = "永久居留證"


class NewImmigrantRole(Enum):
    none = "非新住民"
    spouse = "外籍或大陸配偶"
    naturalised = "已歸化"
    child = "新住民子女"


def _input(name: str, value_type, entity, default, label: str, period=MONTH, **extra):
    attributes = {"value_type": value_type, "entity": entity, "definition_period": period, "label": label,
                  "default_value": default, **extra}
    return type(name, (Variable,), attributes)


PERSON_INPUTS = [
    _input("birth_date", date, Person, date(1970, 1, 1), "出生日期", ETERNITY),
    _input("registered_here", bool, Person, True, "設籍在本戶"),
    _input("lives_here", bool, Person, True, "實際居住"),
    _input("days_in_taiwan_last_year", int, Person, 365, "最近一年在國內居住日數"),
    _input("monthly_income", float, Person, 0.0, "每月收入"),
    _input("movable_assets", float, Person, 0.0, "動產（存款、投資、有價證券）"),
    _input("real_estate_value", float, Person, 0.0, "不動產（土地、房屋）"),
    _input("employed", bool, Person, False, "有工作"),
    _input("work_capacity_declared", Enum, Person, WorkCapacityDeclared.unknown, "工作能力（已知時）",
           possible_values=WorkCapacityDeclared),
    _input("student", bool, Person, False, "在學（日間部）"),
    _input("is_citizen", bool, Person, True, "本國籍"),
    _input("can_work_in_taiwan", bool, Person, True, "得在臺工作（非本國籍配偶）"),
    _input("aboriginal", bool, Person, False, "原住民"),
    _input("disability_level", Enum, Person, DisabilityLevel.none, "身心障礙等級", possible_values=DisabilityLevel),
    _input("has_disability_certificate_expiry", bool, Person, False, "身障證明有有效期限"),
    _input("disability_certificate_expiry", date, Person, date(2099, 12, 31), "身障證明有效期限"),
    _input("ltc_cms_level", int, Person, 0, "長照需要等級（0 = 未評估）"),
    _input("institutionalized", bool, Person, False, "政府全額補助安置"),
    _input("has_citizen_certificate", bool, Person, False, "有自然人憑證"),
    _input("citizen_certificate_expiry", date, Person, date(2099, 12, 31), "自然人憑證到期日"),
    _input("foreign_caregiver", bool, Person, False, "聘有外籍看護"),
    _input("denture_need", bool, Person, False, "牙醫評估需裝假牙"),
    _input("under_guardianship", bool, Person, False, "受監護宣告"),
    _input("means_test_excluded", bool, Person, False, "依§5第3項不列入家庭人口（服役、服刑、失蹤等）"),
    _input("serious_illness", bool, Person, False, "罹患重大傷病需3個月以上治療"),
    _input("family_carer", bool, Person, False, "照顧失能或重度以上身障家屬致不能工作（每戶一人）"),
    _input("pregnant", bool, Person, False, "懷胎6個月以上至分娩後2個月內"),
    _input("sole_carer_young_child", bool, Person, False, "扶養6歲以下子女致不能工作（每戶一人）"),
    _input("new_immigrant_role", Enum, Person, NewImmigrantRole.none, "新住民身分", possible_values=NewImmigrantRole),
    _input("permanent_resident", bool, Person, False, "外僑永久居留"),
    _input("residence_permit", Enum, Person, ResidencePermit.none, "居留證別", possible_values=ResidencePermit),
    _input("naturalised", bool, Person, False, "已歸化（依文件，不由證號推斷）"),
    _input("social_insurance", Enum, Person, SocialInsurance.unknown, "社會保險別", possible_values=SocialInsurance),
    _input("farmer_insurance_years", int, Person, 0, "農保年資"),
    _input("dementia", bool, Person, False, "失智症"),
    _input("has_legacy_id", bool, Person, False, "仍使用舊式統一證號"),
    _input("is_spouse", bool, Person, False, "戶長之配偶"),
    _input("relation_is_child", bool, Person, False, "戶長之子女"),
    *[_input(f"receives_{code.lower()}", bool, Person, False, f"已領或已獲 {code}") for code in SERVICE_CODES],
]

HOUSEHOLD_INPUTS = [
    _input("city", Enum, Household, City.taipei, "戶籍縣市", possible_values=City),
    _input("welfare_status", Enum, Household, WelfareStatus.none, "福利身分（列冊）", possible_values=WelfareStatus),
    _input("has_registered_since", bool, Household, False, "已知設籍日期"),
    _input("registered_since", date, Household, date(1970, 1, 1), "設籍日期"),
    _input("has_hardship_event", bool, Household, False, "有急難事故"),
    _input("hardship_event_date", date, Household, date(1970, 1, 1), "急難事故日期"),
]


class evaluation_date(Variable):  # noqa: N801 - OpenFisca variables are named in snake case
    value_type = date
    entity = Household
    definition_period = MONTH
    label = "判斷日（詢問的那一天；預設為該月1日）"

    def formula(household, period):  # noqa: N805
        return np.full(household.count, np.datetime64(period.start.date, "D"))


class person_evaluation_date(Variable):  # noqa: N801
    value_type = date
    entity = Person
    definition_period = MONTH
    label = "判斷日（個人）"

    def formula(person, period):  # noqa: N805
        return person.household("evaluation_date", period)


VARIABLES = [*PERSON_INPUTS, *HOUSEHOLD_INPUTS, evaluation_date, person_evaluation_date]
