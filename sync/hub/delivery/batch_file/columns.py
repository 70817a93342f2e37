"""The columns of a batch file: fixed per service, from the catalog's form (documented in
resources/agencies/README.md, whose tables `python -m sync.hub.delivery.batch_file` prints).

Every row starts with the same columns (the stable delivery id first: the agency's duplicate key
and the key of its answer), then the service's form fields in the catalog's order, then the two
columns the agency fills in and drops back as its result file (decision, reason).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.catalog import Catalog, FormField, Service, load_catalog
from kiosk.households.csv_io import neutralise
from kiosk.json_types import JsonObject


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # what the agency's clerk sees (zh-TW)
    note: str = ""


LEAD = (Column("delivery_id", "案件編號", "stable id of this application revision at this agency; answer by it"),
        Column("application_id", "申請案號", "the device's application id"),
        Column("revision", "版次", "1 for the first submission, 2 after documents were added, ..."),
        Column("service", "服務代碼", "catalog code, e.g. S03"),
        Column("service_name", "服務名稱", ""),
        Column("submitted_at", "送件時間", "UTC, ISO 8601"),
        Column("applicant_name", "申請人姓名", ""),
        Column("applicant_id", "身分證字號或統一證號", "unmasked: the agency identifies the applicant by it"))
TRAIL = (Column("consent_method", "同意方式", "signature | proxy | fingerprint"),
         Column("attachments", "附件數", "number of attached documents (sent separately)"),
         Column("digest", "資料雜湊", "SHA-256 of the submission the device signed"))
ANSWER = (Column("decision", "決定", "filled in by the agency: 核准 approved | 駁回 rejected | 補件 documents requested"),
          Column("reason", "理由", "filled in by the agency: the reason the applicant is told"))
OWN_COLUMNS = {c.key for c in LEAD + TRAIL + ANSWER}


def _note(field: FormField) -> str:
    if field.choices:
        return "one of: " + ", ".join(c.label.get("zh-TW", c.value) for c in field.choices)
    notes = {"boolean": "是 / 否", "date": "YYYY-MM-DD"}
    return notes.get(field.type, field.type)


def service_columns(service: Service) -> tuple[Column, ...]:
    return tuple(Column(f.key, f.label.get("zh-TW", f.key), _note(f)) for f in service.fields
                 if f.key not in OWN_COLUMNS)


def columns_for(services: tuple[Service, ...]) -> tuple[Column, ...]:
    """One service's columns (an XLSX sheet), or several services' in code order, each form field
    once (a CSV file holds every service its agency receives)."""
    seen: dict[str, Column] = {}
    for service in sorted(services, key=lambda s: s.code):
        for column in service_columns(service):
            seen.setdefault(column.key, column)
    return LEAD + tuple(seen.values()) + TRAIL + ANSWER


def _cell(service: Service, key: str, value: object) -> object:
    if value is None:
        return ""
    field = next((f for f in service.fields if f.key == key), None)
    if isinstance(value, bool):
        return "是" if value else "否"
    if field is not None and field.choices:
        choice = next((c for c in field.choices if c.value == value), None)
        return neutralise(choice.label.get("zh-TW", value) if choice else value)
    if isinstance(value, int | float):
        return value
    return neutralise(value)  # a name or an answer starting with = + - @ is text, never a formula


def row_of(columns: tuple[Column, ...], delivery_id: str, payload: JsonObject, digest: str, catalog: Catalog) -> list[object]:
    service = catalog.service(payload["service"])
    values, applicant = payload.get("values") or {}, payload.get("applicant") or {}
    known = {"delivery_id": delivery_id, "application_id": payload["application_id"], "revision": payload["revision"],
             "service": service.code, "service_name": service.names.get("zh-TW", service.code),
             "submitted_at": payload.get("submitted_at"),
             "applicant_name": values.get("applicant_name") or applicant.get("name"),
             "applicant_id": values.get("applicant_id") or applicant.get("id_no"),
             "consent_method": (payload.get("consent") or {}).get("method"),
             "attachments": len(payload.get("attachments") or ()), "digest": digest, "decision": "", "reason": ""}
    return [_cell(service, c.key, known[c.key] if c.key in known else values.get(c.key)) for c in columns]


def document(catalog: Catalog | None = None) -> str:
    """resources/agencies/README.md's column tables."""
    catalog = catalog or load_catalog()
    def table(columns: Iterable[Column]) -> str:
        return "\n".join(f"| {c.header} | `{c.key}` | {c.note} |" for c in columns)
    head = "| column | key | note |\n| --- | --- | --- |\n"
    parts = ["## Columns every row starts with", head + table(LEAD), "## Then the service's own form fields"]
    for code in sorted(catalog.services):
        service = catalog.service(code)
        parts.append(f"### {code} {service.names.get('zh-TW', code)}")
        parts.append(head + (table(service_columns(service)) or "| (none) | | |"))
    parts += ["## Then, closing every row", head + table(TRAIL),
              "## And the agency's answer (empty in the delivered file)", head + table(ANSWER)]
    return "\n\n".join(parts) + "\n"
