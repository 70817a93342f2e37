"""The welfare helper's questionnaire: a made-up household from a citizen's five answers, for the
rules only (never stored).

IDs are synthetic and checksum-valid; ages, income and certificates come from the answers, the
rest are the neutral facts a citizen did not tell us (no assets, registered for years)."""

from __future__ import annotations

import random
from datetime import date

from kiosk.households.document import SCHEMA_VERSION
from kiosk.identity import generate_id
from kiosk.json_types import JsonObject
from kiosk.rocdate import add_years

AGE = {"under_55": 45, "55_64": 60, "65_84": 72, "85": 87}
INCOME = {"low": 9_000, "not_low": 45_000, "unknown": 30_000}


def household_from_answers(answers: dict[str, str], on: date) -> JsonObject:
    rng = random.Random(0)
    age = AGE.get(answers.get("age", ""), 45)
    level = answers.get("disability", "none")
    income = INCOME.get(answers.get("income", ""), 30_000)

    def member(relation: str, sex: str, years: int, **extra: object) -> JsonObject:
        return {"id_no": generate_id(rng, sex=sex, letter="A"), "name": "（您）" if relation == "head" else "（家人）",
                "sex": sex, "birth_date": add_years(on, -years).replace(month=1, day=15).isoformat(),
                "relation": relation, "lives_here": True, "days_in_taiwan_last_year": 365, "monthly_income": income,
                "movable_assets": 100_000, "real_estate_value": 0, "employed": False, "student": False,
                "disability": None, "ltc_cms_level": None, "institutionalized": False, "receiving": [], **extra}

    head = member("head", "F", age)
    if level != "none":
        head["disability"] = {"level": level, "certificate_expiry": add_years(on, 3).isoformat()}
    members = [head]
    if answers.get("immigrant") == "yes":
        members[0]["relation"] = "spouse"
        members[0]["nationality"] = "VN"
        members[0]["id_no"] = generate_id(rng, kind="resident", sex="F", letter="A")
        members.insert(0, member("head", "M", age + 5))
    elif answers.get("alone") == "no":
        members.append(member("child", "M", max(20, age - 28)))
    return {"schema_version": SCHEMA_VERSION, "household_no": "H0000001", "region": "臺北市", "phone": None,
            "status": "none", "registered_since": add_years(on, -20).isoformat(), "members": members,
            "relatives_elsewhere": [], "notes": None}
