"""Showcase households: the hard cases of eligibility (issue 18), present in every demo district so
an officer trying the app meets them — a Vietnamese spouse without 戶籍, a Japanese spouse, an
APRC holder, a naturalised citizen, a native citizen whose ID's third digit is 6, a 57-year-old
with care level 4, a mother at home with a child under 6, a farmer with 農保 ≥ 15 years, a person
of 52 with dementia, a disabled child, a family with a foreign caregiver, an overdue disability
certificate, a labour-insured senior and aboriginal elders in New Taipei.

Each case is (archetype key, region, economy, status, [member specs]); a member spec is
(relation, sex, age, overrides). People get the generator's IDs, names and addresses."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from kiosk.json_types import JsonObject

if TYPE_CHECKING:
    from kiosk.demo.generator import DemoDistrict

Member = tuple[str, str, int, dict[str, Any]]

CASES: tuple[tuple[str, str, str, str, tuple[Member, ...]], ...] = (
    ("vietnamese_spouse_without_registration", "臺南市", "poor", "none", (
        ("head", "M", 74, {"monthly_income": 6000}),
        ("spouse", "F", 68, {"nationality": "VN", "original_nationality": "VN", "residence_permit": "arc",
                             "can_work_in_taiwan": True}))),
    ("japanese_spouse", "臺北市", "modest", "none", (
        ("head", "M", 72, {"monthly_income": 30000}),
        ("spouse", "F", 70, {"nationality": "JP", "original_nationality": "JP", "residence_permit": "arc"}))),
    ("permanent_resident", "臺北市", "modest", "none", (
        ("head", "M", 71, {"nationality": "US", "original_nationality": "US", "residence_permit": "aprc",
                           "monthly_income": 25000}),)),
    ("naturalised_citizen", "桃園市", "near_poor", "none", (
        ("head", "M", 50, {"employed": True, "monthly_income": 32000, "social_insurance": "labor"}),
        ("spouse", "F", 44, {"naturalised": True, "original_nationality": "VN", "_third": 6}),
        ("child", "F", 12, {}))),
    ("native_citizen_third_digit_6", "新北市", "modest", "none", (
        ("head", "M", 45, {"_third": 6, "employed": True, "monthly_income": 52000, "social_insurance": "labor"}),
        ("child", "M", 10, {"_third": 6}))),
    ("care_level_4_at_57", "高雄市", "near_poor", "none", (
        ("head", "M", 57, {"ltc_cms_level": 4}),
        ("spouse", "F", 55, {"employed": True, "monthly_income": 26000, "social_insurance": "labor"}))),
    ("mother_with_child_under_6", "臺中市", "near_poor", "none", (
        ("head", "M", 34, {"employed": True, "monthly_income": 30000, "social_insurance": "labor"}),
        ("spouse", "F", 31, {}),
        ("child", "F", 3, {}),
        ("parent", "F", 66, {"monthly_income": 3000}))),
    ("farmer_with_farmer_insurance", "雲林縣", "near_poor", "none", (
        ("head", "M", 72, {"social_insurance": "farmer", "farmer_insurance_years": 28, "monthly_income": 5000}),
        ("spouse", "F", 69, {"social_insurance": "farmer", "farmer_insurance_years": 9}))),
    ("dementia_at_52", "臺北市", "modest", "none", (
        ("head", "F", 52, {"dementia": True, "ltc_cms_level": 3}),
        ("child", "M", 27, {"employed": True, "monthly_income": 40000, "social_insurance": "labor"}))),
    ("disabled_child", "彰化縣", "near_poor", "middle_low_income", (
        ("head", "F", 38, {"employed": True, "monthly_income": 27000, "social_insurance": "labor"}),
        ("child", "M", 8, {"disability": {"level": "moderate", "certificate_expiry": "+900"}}))),
    ("foreign_caregiver_household", "新北市", "modest", "none", (
        ("head", "F", 86, {"ltc_cms_level": 7, "monthly_income": 12000}),
        ("child", "M", 58, {"employed": True, "monthly_income": 45000, "social_insurance": "labor"}))),
    ("overdue_disability_certificate", "臺南市", "poor", "low_income", (
        ("head", "M", 61, {"disability": {"level": "severe", "certificate_expiry": "-40"}}),)),
    ("labour_insured_senior", "基隆市", "near_poor", "none", (
        ("head", "F", 66, {"social_insurance": "labor", "monthly_income": 14000}),)),
    ("aboriginal_elders_new_taipei", "新北市", "near_poor", "none", (
        ("head", "M", 60, {"aboriginal": True}),
        ("spouse", "F", 57, {"aboriginal": True, "serious_illness": True}))),
)
FOREIGN_CAREGIVER_CASES = {"foreign_caregiver_household"}


def showcase_households(district: DemoDistrict) -> list[dict[str, Any]]:
    """The cases above as contract documents, drawn from the district's own ID and number pools."""
    from kiosk.demo.generator import _Household

    documents: list[dict[str, Any]] = []
    for key, region, economy, status, specs in CASES:
        letter = district._geo[region]["letter"]
        home = _Household(region, economy, district._surnames[len(documents) % 20], letter)
        members = []
        for relation, sex, age, overrides in specs:
            member = district._person(home, relation, sex, age, age, working=bool(overrides.get("employed")))
            member.update(_facts(district, sex, letter, overrides))
            members.append(member)
        document = district.document(home, members, status)
        if key in FOREIGN_CAREGIVER_CASES:
            document["foreign_caregiver"] = True
        document["notes"] = f"showcase: {key}"
        documents.append(document)
    return documents


def _facts(district: DemoDistrict, sex: str, letter: str, overrides: JsonObject) -> dict[str, Any]:
    facts = {k: v for k, v in overrides.items() if not k.startswith("_")}
    facts.setdefault("receiving", [])
    facts.setdefault("disability", None)
    facts.setdefault("ltc_cms_level", None)
    facts.setdefault("lives_here", True)
    facts.setdefault("days_in_taiwan_last_year", 365)
    facts.setdefault("institutionalized", False)
    facts.setdefault("monthly_income", 0)
    if "_third" in overrides:
        facts["id_no"] = district._id("national", sex, letter, third=overrides["_third"])
    if facts.get("nationality", "TW") != "TW":
        facts["id_no"] = district._id("resident", sex, letter)
    disability = facts.get("disability")
    if disability and isinstance(disability.get("certificate_expiry"), str) and disability["certificate_expiry"][0] in "+-":
        days = int(disability["certificate_expiry"])
        disability["certificate_expiry"] = (district.as_of + timedelta(days=days)).isoformat()
    return facts
