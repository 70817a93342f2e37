"""The eligibility facts of a person in a few words, for the household screen: nationality and
residence permit, naturalisation, social insurance, 農保 years, dementia, serious illness."""

from __future__ import annotations

from kiosk.i18n import tr
from kiosk.json_types import JsonObject

CONTRACT_FACTS = ("nationality", "naturalised", "original_nationality", "residence_permit", "social_insurance",
                  "farmer_insurance_years", "dementia", "serious_illness")


def member_facts(member: JsonObject) -> JsonObject:
    """The contract facts worth showing (defaults left out)."""
    shown = {key: member.get(key) for key in CONTRACT_FACTS if member.get(key)}
    if shown.get("nationality") == "TW":
        del shown["nationality"]
    return shown


def fact_words(facts: JsonObject, lang: str | None = None) -> list[str]:
    words = []
    nationality = facts.get("nationality")
    if nationality:
        permit = facts.get("residence_permit")
        words.append(tr(f"facts.foreign.{permit or 'none'}", lang, country=nationality))
    elif facts.get("naturalised"):
        words.append(tr("facts.naturalised", lang, country=facts.get("original_nationality") or "?"))
    if facts.get("social_insurance"):
        words.append(tr(f"facts.insurance.{facts['social_insurance']}", lang))
    if facts.get("farmer_insurance_years"):
        words.append(tr("facts.farmer_years", lang, years=facts["farmer_insurance_years"]))
    for flag in ("dementia", "serious_illness"):
        if facts.get(flag):
            words.append(tr(f"facts.{flag}", lang))
    return words
