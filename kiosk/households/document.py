"""The household document (resources/contracts/household.schema.json, interchange version 1).

Validation is the JSON Schema plus what a schema cannot say: exactly one head, checksum-valid
IDs of the right kind, no member twice, dates not in the future. Every problem names its JSON
path, the field and a plain-language reason. Conversion to and from store rows keeps the
properties we do not model in `extra`, so an export gives back everything that was imported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

import jsonschema_rs
from jsonschema import Draft202012Validator, FormatChecker, ValidationError

from kiosk.address import Address, InvalidAddress
from kiosk.i18n import tr
from kiosk.identity import InvalidId, parse_id
from kiosk.json_types import JsonObject
from kiosk.paths import resource_path
from kiosk.rocdate import taiwan_today

if TYPE_CHECKING:
    from kiosk.db.households import Household, Person

SCHEMA_VERSION = 1

# contract key -> default, in contract order; the Person column of the same name holds it
MEMBER_DEFAULTS: dict[str, Any] = {
    "legacy_id_no": None, "relation_label": None, "nationality": "TW", "aboriginal": False,
    "lives_here": True, "days_in_taiwan_last_year": 365, "monthly_income": 0, "movable_assets": 0,
    "real_estate_value": 0, "employed": False, "work_capacity": None, "student": False,
    "can_work_in_taiwan": True, "ltc_cms_level": None, "institutionalized": False, "receiving": [],
    "citizen_certificate_expiry": None, "phone": None,
}
MEMBER_REQUIRED = ("id_no", "name", "sex", "birth_date", "relation")
MEMBER_DATES = ("birth_date", "citizen_certificate_expiry")
HOUSEHOLD_KEYS = ("schema_version", "household_no", "region", "address", "phone", "status",
                  "registered_since", "members", "relatives_elsewhere", "notes")
MEMBER_KEYS = (*MEMBER_REQUIRED, *MEMBER_DEFAULTS, "disability")
_MODELLED_MEMBER_KEYS = frozenset(MEMBER_KEYS)  # membership tests once per member key: a set, not a scan
_MODELLED_HOUSEHOLD_KEYS = frozenset(HOUSEHOLD_KEYS)


@dataclass(frozen=True)
class Problem:
    index: int  # position of the document in the file
    household_no: str | None
    path: str  # JSON pointer inside the document, e.g. /members/1/id_no
    field: str
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {"index": self.index, "household_no": self.household_no, "path": self.path,
                "field": self.field, "reason": self.reason}


@lru_cache(maxsize=1)
def schema() -> JsonObject:
    with resource_path("contracts", "household.schema.json").open(encoding="utf-8") as handle:
        loaded: JsonObject = json.load(handle)
        return loaded


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema(), format_checker=FormatChecker())


@lru_cache(maxsize=1)
def _quick_validator() -> jsonschema_rs.Draft202012Validator:
    return jsonschema_rs.Draft202012Validator(schema(), validate_formats=True)


def _plain_json(value: object) -> bool:
    """Only JSON's own types: a tuple or a set is no array to `jsonschema`, but would be to the quick check."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain_json(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain_json(v) for v in value)
    return value is None or isinstance(value, (str, int, float))


def _schema_errors(document: Any) -> list[ValidationError]:
    """jsonschema's errors, each with its path. The compiled (Rust) check answers first: about
    50 times faster, it lets a valid document through without the walk that names every error
    (an import of 100,000 households, a hub's). It is never more lenient here: it reads `$` as
    the end of the text (Python's `re` lets one trailing newline through), and anything it
    cannot read or calls invalid gets the full walk, whose errors the messages come from."""
    try:
        if _plain_json(document) and _quick_validator().is_valid(document):
            return []
    except (TypeError, ValueError, OverflowError):
        pass
    return sorted(_validator().iter_errors(document), key=lambda e: list(map(str, e.path)))


def _pointer(parts: Iterable[object]) -> str:
    return "/" + "/".join(str(p) for p in parts) if parts else "/"


def _schema_reason(error: ValidationError, lang: str | None) -> tuple[str, str]:
    """(field, translated reason) for one jsonschema error."""
    field_name = str(error.path[-1]) if error.path else ""
    validator = error.validator
    if validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else ""
        return missing, tr("doc.required", lang)
    if validator in ("enum", "const"):
        value = error.validator_value
        allowed = value if validator == "enum" and isinstance(value, list) else [value]  # enum: a list, by the schema spec
        return field_name, tr("doc.not_allowed", lang, allowed=", ".join(map(str, allowed)))
    if validator == "format":
        return field_name, tr("doc.bad_date", lang)
    if validator == "pattern":
        return field_name, tr("doc.bad_pattern", lang)
    if validator == "type":
        return field_name, tr("doc.bad_type", lang)
    if validator in ("minimum", "maximum"):
        return field_name, tr("doc.out_of_range", lang)
    if validator == "minItems":
        return field_name, tr("doc.empty_list", lang)
    return field_name, tr("doc.invalid", lang, detail=error.message[:120])


def _member_problems(member: JsonObject, where: str, lang: str | None, today: date) -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    try:
        parsed = parse_id(member.get("id_no", ""))
        if parsed.kind == "resident_legacy":
            found.append((f"{where}/id_no", "id_no", tr("doc.legacy_in_id_no", lang)))
        elif parsed.value != member["id_no"]:
            found.append((f"{where}/id_no", "id_no", tr("doc.id_not_normalised", lang, value=parsed.value)))
        elif parsed.sex != member.get("sex"):
            found.append((f"{where}/sex", "sex", tr("doc.sex_mismatch", lang)))
    except InvalidId as exc:
        found.append((f"{where}/id_no", "id_no", exc.message(lang)))
    legacy = member.get("legacy_id_no")
    if legacy:
        try:
            if parse_id(legacy).kind != "resident_legacy":
                found.append((f"{where}/legacy_id_no", "legacy_id_no", tr("doc.not_legacy", lang)))
        except InvalidId as exc:
            found.append((f"{where}/legacy_id_no", "legacy_id_no", exc.message(lang)))
    birth = member.get("birth_date")
    if isinstance(birth, str):
        try:
            if date.fromisoformat(birth) > today:
                found.append((f"{where}/birth_date", "birth_date", tr("doc.future_birth", lang)))
        except ValueError:
            pass  # the schema's format check reports it
    return found


def validate_document(document: Any, index: int = 0, lang: str | None = None,
                      today: date | None = None) -> list[Problem]:
    """Every problem of one document; empty when it may be imported."""
    today = today or taiwan_today()
    household_no = document.get("household_no") if isinstance(document, dict) else None
    household_no = household_no if isinstance(household_no, str) else None

    def problem(path: str, field_name: str, reason: str) -> Problem:
        return Problem(index, household_no, path, field_name, reason)

    errors = _schema_errors(document)
    found = []
    for error in errors:
        field_name, reason = _schema_reason(error, lang)
        path = _pointer(error.path)
        if error.validator == "required" and field_name:
            path = f"{path.rstrip('/')}/{field_name}"
        found.append(problem(path, field_name, reason))
    if found or not isinstance(document, dict):
        return found

    members = document["members"]
    heads = [i for i, m in enumerate(members) if m.get("relation") == "head"]
    if len(heads) != 1:
        found.append(problem("/members", "relation", tr("doc.one_head", lang, count=len(heads))))
    seen: dict[str, str] = {}
    for group in ("members", "relatives_elsewhere"):
        for i, member in enumerate(document.get(group) or []):
            where = f"/{group}/{i}"
            found += [problem(*p) for p in _member_problems(member, where, lang, today)]
            id_no = member.get("id_no")
            if id_no in seen:
                found.append(problem(f"{where}/id_no", "id_no", tr("doc.duplicate_person", lang, other=seen[id_no])))
            else:
                seen[id_no] = where
    address = document.get("address")
    if address:
        try:
            parsed = Address.from_dict(address)
            if parsed.city != document["region"]:
                found.append(problem("/address/city", "city", tr("doc.city_region_mismatch", lang)))
        except InvalidAddress as exc:
            found.append(problem("/address", "address", exc.message(lang)))
    return found


# -- store rows <-> documents ------------------------------------------------------------------

def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass
class HouseholdRows:
    """Column values for one household, ready for the ORM or a bulk insert."""

    household: dict[str, Any]
    address: dict[str, Any] | None
    people: list[dict[str, Any]] = field(default_factory=list)


def person_row(member: JsonObject, ordinal: int, registered_here: bool) -> dict[str, Any]:
    row: dict[str, Any] = {key: member.get(key, default) for key, default in MEMBER_DEFAULTS.items()}
    row["receiving"] = list(row["receiving"] or [])
    row.update(
        id_no=member["id_no"], name=member["name"], sex=member["sex"], relation=member["relation"],
        birth_date=_date(member["birth_date"]), ordinal=ordinal, registered_here=registered_here,
        citizen_certificate_expiry=_date(member.get("citizen_certificate_expiry")),
    )
    disability = member.get("disability") or None
    row["disability_level"] = disability["level"] if disability else None
    row["disability_certificate_expiry"] = _date(disability.get("certificate_expiry")) if disability else None
    row["extra"] = {k: v for k, v in member.items() if k not in _MODELLED_MEMBER_KEYS}
    if disability:
        extra_disability = {k: v for k, v in disability.items() if k not in ("level", "certificate_expiry")}
        if extra_disability:
            row["extra"]["disability"] = extra_disability
    return row


def address_row(address: JsonObject | None) -> dict[str, Any] | None:
    if not address:
        return None
    parsed = Address.from_dict(address)
    row = parsed.to_dict()
    return row


def document_rows(document: JsonObject) -> HouseholdRows:
    household = {
        "household_no": document["household_no"], "region": document["region"],
        "phone": document.get("phone"), "status": document.get("status", "none"),
        "registered_since": _date(document.get("registered_since")), "notes": document.get("notes"),
        "extra": {k: v for k, v in document.items() if k not in _MODELLED_HOUSEHOLD_KEYS},
    }
    people = [person_row(m, i, True) for i, m in enumerate(document["members"])]
    offset = len(people)
    people += [person_row(m, offset + i, False) for i, m in enumerate(document.get("relatives_elsewhere") or [])]
    return HouseholdRows(household, address_row(document.get("address")), people)


def member_document(person: Person) -> dict[str, Any]:
    member: dict[str, Any] = {
        "id_no": person.id_no, "name": person.name, "sex": person.sex,
        "birth_date": _iso(person.birth_date), "relation": person.relation,
    }
    for key in MEMBER_DEFAULTS:
        member[key] = getattr(person, key)
    member["receiving"] = list(person.receiving or [])
    member["citizen_certificate_expiry"] = _iso(person.citizen_certificate_expiry)
    extra = dict(person.extra or {})
    if person.disability_level:
        member["disability"] = {"level": person.disability_level,
                                "certificate_expiry": _iso(person.disability_certificate_expiry),
                                **extra.pop("disability", {})}
    else:
        member["disability"] = None
    member.update(extra)
    return member


def household_document(household: Household) -> dict[str, Any]:
    document: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "household_no": household.household_no,
                                "region": household.region}
    if household.address is not None:
        a = household.address
        document["address"] = {
            "postal_code": a.postal_code, "city": a.city, "district": a.district, "village": a.village,
            "neighborhood": a.neighborhood, "street": a.street, "section": a.section, "lane": a.lane,
            "alley": a.alley, "number": a.number, "floor": a.floor, "text": a.text,
        }
    document.update(phone=household.phone, status=household.status,
                    registered_since=_iso(household.registered_since))
    document["members"] = [member_document(p) for p in household.people if p.registered_here]
    document["relatives_elsewhere"] = [member_document(p) for p in household.people if not p.registered_here]
    document["notes"] = household.notes
    document.update(household.extra or {})
    return document


def canonical_document(document: JsonObject) -> dict[str, Any]:
    """The document as the store would give it back: every default filled in, dates and address
    normalised. Both ends of sync keep this form, so a field the officer never saw set (an
    implicit default) has the same value on the hub as on the device."""
    from types import SimpleNamespace

    rows = document_rows(document)
    people = [SimpleNamespace(**p) for p in rows.people]
    household = SimpleNamespace(**rows.household, address=SimpleNamespace(**rows.address) if rows.address else None,
                                people=people)
    return household_document(cast("Household", household))  # the ORM row's attribute names, without a session


_HOUSEHOLD_NO = re.compile(r"^[A-Z][A-Z0-9]{6}[0-9]$")


def sound_rows(document: Any) -> HouseholdRows | None:
    """Rows of a document that was fully validated where it came from (the hub validates every
    household it stores with `validate_document`, 0.1 ms each, 0.9 without the compiled check): only what would break the
    store is checked again here, fast enough for a 100,000-household first download."""
    try:
        if not _HOUSEHOLD_NO.match(document["household_no"]) or document.get("schema_version") != SCHEMA_VERSION:
            return None
        if sum(1 for m in document["members"] if m.get("relation") == "head") != 1:
            return None
        rows = document_rows(document)
    except (KeyError, TypeError, ValueError, AttributeError, InvalidAddress):
        return None
    if any(not p["id_no"] or not p["name"] or p["birth_date"] is None for p in rows.people):
        return None
    return rows
