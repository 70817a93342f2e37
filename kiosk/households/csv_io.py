"""CSV in the shape district offices export: one row per person.

Import: headers in Chinese or English; dates in ROC (115/11/22, 民國37年3月8日) or ISO; 稱謂 as
registered (長子, 媳 …). Rows are grouped into households by 戶號; if any row of a household is
wrong, none of that household is imported and every one of its rows goes to the rejects file
with its line number and the reason. Export neutralises cells that a spreadsheet would run as a
formula (= + - @, tab, CR) by prefixing an apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.address import InvalidAddress, parse_address
from kiosk.households.document import SCHEMA_VERSION, validate_document
from kiosk.households.importer import ImportReport, iter_documents, store_documents
from kiosk.households.limits import check_household_count, document_limit_problems
from kiosk.households.orphans import held_people
from kiosk.households.shared_ids import shared_ids
from kiosk.i18n import UserError, tr
from kiosk.identity import InvalidId, normalise_id, parse_id
from kiosk.json_types import JsonObject
from kiosk.private_files import open_private
from kiosk.rocdate import InvalidRocDate, parse_any_date
from kiosk.text import clean, halfwidth

if TYPE_CHECKING:
    from kiosk.db.store import Store

MAX_CSV_BYTES = 256 * 1024 * 1024
MAX_FIELD_CHARS = 4096

HEADER_ALIASES = {
    "household_no": ("household_no", "戶號"),
    "name": ("name", "姓名"),
    "id_no": ("id_no", "身分證字號", "身分證統一編號", "統一證號", "證號"),
    "birth_date": ("birth_date", "出生日期", "生日"),
    "sex": ("sex", "性別"),
    "relation": ("relation", "稱謂", "關係"),
    "relation_label": ("relation_label",),
    "address": ("address", "地址", "戶籍地址"),
    "region": ("region", "縣市"),
    "phone": ("phone", "電話"),
    "legacy_id_no": ("legacy_id_no", "舊統一證號"),
    "nationality": ("nationality", "國籍"),
    "monthly_income": ("monthly_income", "月收入"),
    "movable_assets": ("movable_assets", "動產"),
    "real_estate_value": ("real_estate_value", "不動產"),
    "disability_level": ("disability_level", "身障等級"),
    "disability_expiry": ("disability_expiry", "身障證明有效期限"),
    "ltc_cms_level": ("ltc_cms_level", "長照等級"),
    "aboriginal": ("aboriginal", "原住民"),
    "naturalised": ("naturalised", "歸化"),
    "original_nationality": ("original_nationality", "原國籍"),
    "residence_permit": ("residence_permit", "居留證"),
    "social_insurance": ("social_insurance", "社會保險"),
    "farmer_insurance_years": ("farmer_insurance_years", "農保年資"),
    "dementia": ("dementia", "失智"),
    "serious_illness": ("serious_illness", "重大傷病"),
    "foreign_caregiver": ("foreign_caregiver", "外籍看護"),
}
REQUIRED = ("household_no", "name", "id_no", "birth_date", "sex", "relation", "address")
EXPORT_COLUMNS = ("household_no", "name", "id_no", "birth_date", "sex", "relation", "relation_label", "address",
                  "region", "phone", "legacy_id_no", "nationality", "monthly_income", "movable_assets",
                  "real_estate_value", "disability_level", "disability_expiry", "ltc_cms_level", "aboriginal",
                  "naturalised", "original_nationality", "residence_permit", "social_insurance",
                  "farmer_insurance_years", "dementia", "serious_illness", "foreign_caregiver")
MEMBER_FLAGS = ("naturalised", "dementia", "serious_illness")

RELATIONS = {
    "head": ("戶長",), "spouse": ("配偶", "妻", "夫"), "parent": ("父", "母", "父親", "母親"),
    "child": ("子", "女", "長子", "次子", "三子", "四子", "長女", "次女", "三女", "四女", "養子", "養女"),
    "grandchild": ("孫", "孫子", "孫女", "外孫", "外孫女"),
    "grandparent": ("祖父", "祖母", "外祖父", "外祖母"),
    "sibling": ("兄", "弟", "姊", "妹", "姐"),
    "parent_in_law": ("岳父", "岳母", "公公", "婆婆"),
    "child_in_law": ("媳", "婿", "媳婦", "女婿"),
    "other_relative": ("家屬", "伯父", "叔父", "姑", "姪", "姪女", "甥", "甥女"),
    "lodger": ("寄居", "寄居人"),
}
_RELATION_BY_LABEL = {label: key for key, labels in RELATIONS.items() for label in labels}
_SEX = {"m": "M", "male": "M", "男": "M", "f": "F", "female": "F", "女": "F"}
_DISABILITY = {"mild": "mild", "輕度": "mild", "moderate": "moderate", "中度": "moderate",
               "severe": "severe", "重度": "severe", "profound": "profound", "極重度": "profound"}
_TRUE = {"1", "y", "yes", "true", "是", "v"}
_PERMITS = {"arc": "arc", "居留證": "arc", "aprc": "aprc", "永久居留證": "aprc"}
_INSURANCE = {"labor": "labor", "勞保": "labor", "farmer": "farmer", "農保": "farmer",
              "civil_servant": "civil_servant", "公教保": "civil_servant", "公保": "civil_servant",
              "military": "military", "軍保": "military", "national_pension": "national_pension", "國保": "national_pension"}
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """A cell a spreadsheet shows as text, never runs: '=1+1' → "'=1+1" (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_LEADS) else text


@dataclass
class RowProblem:
    line: int
    household_no: str
    field: str
    reason: str


@dataclass
class CsvImportReport(ImportReport):
    rows: int = 0
    row_problems: list[RowProblem] = field(default_factory=list)


def _map_headers(headers: list[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = clean(halfwidth(header)).lower().lstrip("\ufeff")
        for canonical, aliases in HEADER_ALIASES.items():
            if key in aliases:
                positions[canonical] = index
    missing = [name for name in REQUIRED if name not in positions]
    if missing:
        raise UserError("csv.missing_columns", columns=", ".join(missing))
    return positions


def _member_from_row(values: dict[str, str], lang: str | None) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """(member dict, [(field, reason)])."""
    problems: list[tuple[str, str]] = []
    member: dict[str, Any] = {"name": clean(values.get("name", ""))}
    if not member["name"]:
        problems.append(("name", tr("doc.required", lang)))
    try:
        parsed = parse_id(values.get("id_no", ""))
        if parsed.kind == "resident_legacy":
            problems.append(("id_no", tr("doc.legacy_in_id_no", lang)))
        member["id_no"] = parsed.value
        member["sex"] = parsed.sex
    except InvalidId as exc:
        problems.append(("id_no", exc.message(lang)))
    sex = _SEX.get(clean(values.get("sex", "")).lower())
    if sex is None:
        problems.append(("sex", tr("csv.bad_sex", lang)))
    elif member.get("sex", sex) != sex:
        problems.append(("sex", tr("doc.sex_mismatch", lang)))
    else:
        member["sex"] = sex
    try:
        member["birth_date"] = parse_any_date(values.get("birth_date", "")).isoformat()
    except InvalidRocDate as exc:
        problems.append(("birth_date", exc.message(lang)))
    label = clean(values.get("relation", ""))
    relation = label.lower() if label.lower() in RELATIONS else _RELATION_BY_LABEL.get(label)
    if relation is None:
        problems.append(("relation", tr("csv.bad_relation", lang, value=label[:12])))
    else:
        member["relation"] = relation
        explicit_label = clean(values.get("relation_label", ""))
        member["relation_label"] = explicit_label or (label if label.lower() not in RELATIONS else None)
    problems += _optional_fields(values, member, lang)
    return member, problems


def _optional_fields(values: dict[str, str], member: dict[str, Any], lang: str | None) -> list[tuple[str, str]]:
    problems = []
    if values.get("phone"):
        member["phone"] = clean(values["phone"])
    if values.get("legacy_id_no"):
        try:
            member["legacy_id_no"] = parse_id(values["legacy_id_no"]).value
        except InvalidId as exc:
            problems.append(("legacy_id_no", exc.message(lang)))
    if values.get("nationality"):
        member["nationality"] = normalise_id(values["nationality"])[:2]
    if values.get("original_nationality"):
        member["original_nationality"] = normalise_id(values["original_nationality"])[:2]
    for key, table in (("residence_permit", _PERMITS), ("social_insurance", _INSURANCE)):
        text = clean(values.get(key, "")).lower()
        if text:
            if text not in table:
                problems.append((key, tr("doc.not_allowed", lang, allowed=", ".join(sorted(set(table.values()))))))
            else:
                member[key] = table[text]
    for key in MEMBER_FLAGS:
        if values.get(key):
            member[key] = clean(values[key]).lower() in _TRUE
    for key in ("monthly_income", "movable_assets", "real_estate_value", "ltc_cms_level", "farmer_insurance_years"):
        raw = halfwidth(values.get(key, "")).replace(",", "").strip()
        if raw:
            if not raw.isdigit():
                problems.append((key, tr("csv.bad_number", lang)))
            else:
                member[key] = int(raw)
    level_text = clean(values.get("disability_level", "")).lower()
    if level_text:
        level = _DISABILITY.get(level_text)
        if level is None:
            problems.append(("disability_level", tr("csv.bad_disability", lang)))
        else:
            expiry = None
            if values.get("disability_expiry"):
                try:
                    expiry = parse_any_date(values["disability_expiry"]).isoformat()
                except InvalidRocDate as exc:
                    problems.append(("disability_expiry", exc.message(lang)))
            member["disability"] = {"level": level, "certificate_expiry": expiry}
    if values.get("aboriginal"):
        member["aboriginal"] = clean(values["aboriginal"]).lower() in _TRUE
    return problems


def _decode(path: Path, encoding: str) -> str:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise UserError("import.too_large", path=str(path))
    try:
        return path.read_bytes().decode("utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)
    except UnicodeDecodeError:
        raise UserError("csv.not_utf8" if encoding.lower() in ("utf-8", "utf8") else "csv.bad_encoding",
                        path=str(path), encoding=encoding) from None
    except LookupError:
        raise UserError("csv.bad_encoding", path=str(path), encoding=encoding) from None


def read_households(path: Path, encoding: str = "utf-8", lang: str | None = None
                    ) -> tuple[list[JsonObject], dict[str, list[int]], list[RowProblem], int]:
    """(documents, lines of each household, row problems, row count)."""
    text = _decode(path, encoding)
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        headers = next(reader)
    except StopIteration:
        raise UserError("csv.empty", path=str(path)) from None
    except csv.Error:
        raise UserError("csv.unreadable", path=str(path), line=1) from None
    positions = _map_headers(headers)
    groups: OrderedDict[str, list[tuple[int, dict[str, str]]]] = OrderedDict()
    problems: list[RowProblem] = []
    rows = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            problems.append(RowProblem(reader.line_num, "", "", tr("csv.unreadable_row", lang)))
            continue
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        values = {key: (row[i] if i < len(row) else "") for key, i in positions.items()}
        household_no = normalise_id(values["household_no"])
        groups.setdefault(household_no, []).append((reader.line_num, values))
    check_household_count(len(groups), str(path))
    documents: list[JsonObject] = []
    lines_of: dict[str, list[int]] = {}
    for household_no, members in groups.items():
        document, household_problems = _household(household_no, members, lang)
        lines = [line for line, _ in members]
        if household_problems:
            problems += household_problems
            continue
        documents.append(document)
        lines_of[household_no] = lines
    return documents, lines_of, problems, rows


def _household(household_no: str, rows: list[tuple[int, dict[str, str]]], lang: str | None
               ) -> tuple[JsonObject, list[RowProblem]]:
    problems: list[RowProblem] = []
    members = []
    for line, values in rows:
        member, found = _member_from_row(values, lang)
        problems += [RowProblem(line, household_no, f, r) for f, r in found]
        members.append(member)
    head_index = next((i for i, m in enumerate(members) if m.get("relation") == "head"), 0)
    head_line, head_values = rows[head_index]
    address = None
    try:
        address = parse_address(head_values.get("address", ""))
    except InvalidAddress as exc:
        problems.append(RowProblem(head_line, household_no, "address", exc.message(lang)))
    region = clean(head_values.get("region", "")).replace("台", "臺") or (address.city if address else "")
    document: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "household_no": household_no, "region": region,
                                "members": members}
    if address:
        document["address"] = address.to_dict()
    if any(clean(values.get("foreign_caregiver", "")).lower() in _TRUE for _, values in rows):
        document["foreign_caregiver"] = True
    head_phone = members[head_index].get("phone")
    if head_phone:
        document["phone"] = head_phone
    if not problems:
        for problem in document_limit_problems(document, 0, lang) or validate_document(document, 0, lang):
            line = head_line
            parts = problem.path.strip("/").split("/")
            if len(parts) >= 2 and parts[0] == "members" and parts[1].isdigit() and int(parts[1]) < len(rows):
                line = rows[int(parts[1])][0]
            problems.append(RowProblem(line, household_no, problem.field, problem.reason))
    if problems:  # the whole household is held back: list its other rows too
        bad_lines = {p.line for p in problems}
        problems += [RowProblem(line, household_no, "", tr("csv.household_held_back", lang))
                     for line, _ in rows if line not in bad_lines]
        problems.sort(key=lambda p: p.line)
    return document, problems


def write_rejects(path: Path, problems: list[RowProblem], lang: str | None = None) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([tr("csv.rejects.line", lang), tr("csv.rejects.household_no", lang),
                         tr("csv.rejects.field", lang), tr("csv.rejects.reason", lang)])
        for p in problems:
            writer.writerow([p.line, neutralise(p.household_no), neutralise(p.field), neutralise(p.reason)])


def import_csv(store: Store, path: Path, *, encoding: str = "utf-8", rejects: Path | None = None,
               lang: str | None = None) -> CsvImportReport:
    documents, problems, rows = checked_csv(store, path, encoding, lang)
    report = CsvImportReport(rows=rows, row_problems=problems)
    stored = store_documents(store, documents, source="csv", rejected=len({p.household_no for p in problems}))
    report.created, report.updated = stored.created, stored.updated
    if rejects is not None and problems:
        write_rejects(rejects, problems, lang)
    return report


def checked_csv(store: Store, path: Path, encoding: str = "utf-8",
                lang: str | None = None) -> tuple[list[JsonObject], list[RowProblem], int]:
    """(the households that may be stored, the row problems of the others, the row count)."""
    documents, lines_of, problems, rows = read_households(path, encoding, lang)
    clashes = shared_ids(store, documents)
    for position, members in clashes.items():
        number = documents[position]["household_no"]
        problems += [RowProblem(lines_of[number][i], number, "id_no",
                                tr("limits.shared_id", lang, household_no=number, other=other)) for i, other in members]
        clashing = {i for i, _ in members}
        problems += [RowProblem(line, number, "", tr("csv.household_held_back", lang))
                     for i, line in enumerate(lines_of[number]) if i not in clashing]
    documents = [doc for position, doc in enumerate(documents) if position not in clashes]
    held = held_people(store, documents)
    for number, people in held.items():
        problems += [RowProblem(lines_of[number][0], number, "id_no",
                                tr("import.would_orphan", lang, household_no=number, masked=masked, count=count))
                     for masked, count in people]
    return [doc for doc in documents if doc["household_no"] not in held], problems, rows


def _flag(value: object) -> str:
    """Optional contract flags: "1" when set, empty otherwise, so absent stays absent on re-import."""
    return "1" if value else ""


def export_csv(store: Store, path: Path) -> int:
    """One row per person, every cell neutralised; returns the number of people written."""
    from kiosk import audit

    count = 0
    tmp = path.with_name(path.name + ".part")
    with open_private(tmp, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_COLUMNS)
        for document in iter_documents(store):
            address = (document.get("address") or {}).get("text")
            for member in document["members"]:
                disability = member.get("disability") or {}
                writer.writerow([neutralise(v) for v in (
                    document["household_no"], member["name"], member["id_no"], member["birth_date"],
                    member["sex"], member["relation"], member.get("relation_label"), address,
                    document["region"], member.get("phone"), member.get("legacy_id_no"),
                    member.get("nationality"), member.get("monthly_income"), member.get("movable_assets"),
                    member.get("real_estate_value"), disability.get("level"),
                    disability.get("certificate_expiry"), member.get("ltc_cms_level"),
                    int(bool(member.get("aboriginal"))), _flag(member.get("naturalised")),
                    member.get("original_nationality"), member.get("residence_permit"),
                    member.get("social_insurance"), member.get("farmer_insurance_years"),
                    _flag(member.get("dementia")), _flag(member.get("serious_illness")),
                    _flag(document.get("foreign_caregiver")),
                )])
                count += 1
    tmp.replace(path)
    with store.write() as session:
        audit.record(session, "export", "household", None, {"format": "csv", "count": count})
    return count
