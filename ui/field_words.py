"""A household field's path said as words for the conflict screen: "Wang Hsiu-ying: monthly income",
never "members/A123456789/monthly_income" (an ID number is not a name, nor a label)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _property(name: str) -> str:
    labels = {
        "region": QCoreApplication.translate("FieldWords", "Region"), "address": QCoreApplication.translate("FieldWords", "Address"), "phone": QCoreApplication.translate("FieldWords", "Phone"), "notes": QCoreApplication.translate("FieldWords", "Notes"),
        "registered_since": QCoreApplication.translate("FieldWords", "Registered since"), "name": QCoreApplication.translate("FieldWords", "Name"), "sex": QCoreApplication.translate("FieldWords", "Sex"),
        "birth_date": QCoreApplication.translate("FieldWords", "Date of birth"), "relation": QCoreApplication.translate("FieldWords", "Relationship"), "relation_label": QCoreApplication.translate("FieldWords", "Relationship"),
        "nationality": QCoreApplication.translate("FieldWords", "Nationality"), "aboriginal": QCoreApplication.translate("FieldWords", "Indigenous"), "lives_here": QCoreApplication.translate("FieldWords", "Lives here"),
        "days_in_taiwan_last_year": QCoreApplication.translate("FieldWords", "Days in Taiwan last year"), "monthly_income": QCoreApplication.translate("FieldWords", "Monthly income"),
        "movable_assets": QCoreApplication.translate("FieldWords", "Savings and other movable assets"), "real_estate_value": QCoreApplication.translate("FieldWords", "Value of real estate"),
        "employed": QCoreApplication.translate("FieldWords", "Employed"), "work_capacity": QCoreApplication.translate("FieldWords", "Able to work"), "student": QCoreApplication.translate("FieldWords", "Student"),
        "can_work_in_taiwan": QCoreApplication.translate("FieldWords", "Allowed to work in Taiwan"), "disability": QCoreApplication.translate("FieldWords", "Disability"),
        "ltc_cms_level": QCoreApplication.translate("FieldWords", "Long-term care level"), "institutionalized": QCoreApplication.translate("FieldWords", "Lives in an institution"),
        "citizen_certificate_expiry": QCoreApplication.translate("FieldWords", "Citizen digital certificate expiry"), "legacy_id_no": QCoreApplication.translate("FieldWords", "Old resident ID"),
    }
    return labels.get(name, name.replace("_", " "))


def _member_name(document: dict | None, group: str, id_no: str) -> str:
    for member in (document or {}).get(group) or ():
        if member.get("id_no") == id_no and member.get("name"):
            return member["name"]
    return QCoreApplication.translate("FieldWords", "a household member") if group == "members" else QCoreApplication.translate("FieldWords", "a relative living elsewhere")


def label(path: str, document: dict | None = None) -> str:
    parts = path.split("/")
    if len(parts) == 1:
        return _property(parts[0])
    who = _member_name(document, parts[0], parts[1])
    if len(parts) == 2:
        return QCoreApplication.translate("FieldWords", "%1 (the whole entry)").replace("%1", who)
    return f"{who}: {_property(parts[2])}"


def value(shown) -> str:  # noqa: ANN001 - any JSON value of a household document
    if shown is None or shown == "":
        return "—"
    if isinstance(shown, bool):
        return QCoreApplication.translate("FieldWords", "Yes") if shown else QCoreApplication.translate("FieldWords", "No")
    if isinstance(shown, dict):
        if shown.get("text"):
            return str(shown["text"])
        if shown.get("name"):
            return str(shown["name"])
        return ", ".join(f"{_property(k)}: {value(v)}" for k, v in shown.items() if v not in (None, ""))
    if isinstance(shown, list):
        return ", ".join(value(v) for v in shown) or "—"
    return str(shown)
