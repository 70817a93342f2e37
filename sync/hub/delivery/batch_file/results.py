"""An agency's answer to its batch files: a result file with a decision per row, dropped into its
folder as `*.result.xlsx` or `*.result.csv` (the delivered file with 決定/理由 filled in will do),
imported by the delivery worker or `kiosk-hub import-results` into the same decision flow as a
FHIR Task update, so the decision reaches the device over the changes feed.

Importing is idempotent: a row already decided is left alone, a file seen before is moved to
`imported/` and re-reading it changes nothing. Rows the hub does not know, or with a decision it
cannot read, are reported, never guessed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection

from kiosk.json_types import JsonObject
from sync.hub import schema
from sync.hub.db import HubDatabase, insert_ignore, utcnow
from sync.hub.decisions import record_decision
from sync.hub.delivery import audit, outbox
from sync.hub.routing import RoutingTable

log = logging.getLogger(__name__)
RESULT_SUFFIXES = (".result.xlsx", ".result.csv")
IMPORTED = "imported"
MAX_RESULT_BYTES = 32 * 1024 * 1024
HEADERS = {"delivery_id": ("案件編號", "delivery_id"), "decision": ("決定", "decision"), "reason": ("理由", "reason")}
DECISIONS = {"approved": "approved", "approve": "approved", "核准": "approved", "通過": "approved",
             "rejected": "rejected", "reject": "rejected", "駁回": "rejected", "不核准": "rejected",
             "documents_requested": "need_documents", "need_documents": "need_documents",
             "need-documents": "need_documents", "補件": "need_documents"}


@dataclass
class ImportReport:
    file: str
    decided: int = 0
    already: int = 0  # decided before: the same answer twice, or a file read again
    undecided: int = 0  # no decision yet in that row
    problems: list[str] = field(default_factory=list)  # "row 7: ..." (ids only)

    def as_dict(self) -> JsonObject:
        return {"file": self.file, "decided": self.decided, "already": self.already, "undecided": self.undecided,
                "problems": self.problems}


def _table_rows(path: Path, data: bytes) -> list[list[str]]:
    """Every sheet's rows (XLSX) or the file's rows (CSV, UTF-8 with or without BOM, else Big5)."""
    if path.name.endswith(".xlsx"):
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        table: list[list[str]] = []
        for sheet in book.worksheets:
            table.append([])  # a sheet break: the next row is a header again
            table.extend([["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)])
        book.close()
        return table
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp950", errors="replace")
    return [[]] + list(csv.reader(io.StringIO(text, newline="")))


def _records(table: list[list[str]], report: ImportReport) -> list[tuple[int, str, str, str]]:
    """(line, delivery id, decision, reason) from each block of rows under a header."""
    records, where, line = [], None, 0
    for row in table:
        if not row:
            where, line = None, 0
            continue
        line += 1
        cells = [c.strip() for c in row]
        if where is None:
            where = {key: next((i for i, c in enumerate(cells) if c in names), None) for key, names in HEADERS.items()}
            if where["delivery_id"] is None or where["decision"] is None:
                report.problems.append(f"row {line}: no 案件編號/決定 header")
                where = {"delivery_id": None}
            continue
        if where.get("delivery_id") is None or not any(cells):
            continue
        def pick(key: str) -> str:
            at = where.get(key)
            return cells[at] if at is not None and at < len(cells) else ""

        records.append((line, pick("delivery_id"), pick("decision"), pick("reason")))
    return records


def _apply(conn: Connection, routing: RoutingTable, agency: str | None, line: int, delivery_id: str, said: str,
           reason: str, report: ImportReport, now: datetime) -> None:
    row = conn.execute(select(schema.delivery).where(schema.delivery.c.id == delivery_id)
                       .with_for_update()).first()
    if row is None or row.connector != "batch-file" or (agency is not None and row.agency != agency):
        report.problems.append(f"row {line}: unknown case {delivery_id[:36]}")
        return
    if not said:
        report.undecided += 1
        return
    outcome = DECISIONS.get(said.lower())
    if outcome is None:
        report.problems.append(f"row {line}: decision is not 核准, 駁回 or 補件")
        return
    if row.state == "decided":
        report.already += 1
        return
    if row.state not in ("delivered", "pending"):  # pending: written, the hub died before noting so
        report.problems.append(f"row {line}: case {delivery_id} is {row.state}")
        return
    latest = conn.execute(select(schema.application.c.latest_revision)
                          .where(schema.application.c.id == row.application_id)).scalar()
    if latest == row.revision:  # a decision on an older revision is kept out of the feed
        record_decision(conn, row.application_id, outcome, reason, row.agency)
    outbox.mark_decided(conn, row.id)
    acknowledge(conn, routing, row.id, row.agency, now)
    report.decided += 1


def acknowledge(conn: Connection, routing: RoutingTable, delivery_id: str, agency_id: str, now: datetime) -> None:
    """The agency has it: from now its retention days run (retention.py purges after them)."""
    agency = routing.agencies.get(agency_id)
    days = agency.retention_days if agency is not None else 0
    insert_ignore(conn, schema.delivery_ack, delivery_id=delivery_id, agency=agency_id, acknowledged_at=now,
                  purge_after=now + timedelta(days=days))


def import_file(db: HubDatabase, routing: RoutingTable, path: Path, agency: str | None = None,
                now: datetime | None = None) -> ImportReport:
    """Import one result file (of `agency`'s folder, or any batch-file agency's when None)."""
    now = now or utcnow()
    report = ImportReport(path.name)
    if path.stat().st_size > MAX_RESULT_BYTES:
        report.problems.append("file is larger than 32 MiB")
        return report
    data = path.read_bytes()
    try:
        records = _records(_table_rows(path, data), report)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        report.problems.append(f"cannot read it: {type(exc).__name__}")
        return report
    with db.write() as conn:
        for line, delivery_id, said, reason in records:
            _apply(conn, routing, agency, line, delivery_id, said, reason[:500], report, now)
        audit.record(conn, "results_imported", agency, None, file=path.name,
                     sha256=hashlib.sha256(data).hexdigest(), **{k: v for k, v in report.as_dict().items()
                                                                if k in ("decided", "already", "undecided")},
                     problems=len(report.problems))
    return report


def pending_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir()  # a link on the share could point anywhere on the hub
                      if p.is_file() and not p.is_symlink() and p.name.endswith(RESULT_SUFFIXES))
    except OSError:
        return []


def import_folder(db: HubDatabase, routing: RoutingTable, agency_id: str, now: datetime | None = None) -> list[ImportReport]:
    """Import the result files an agency dropped, then move each into imported/ (kept, read once)."""
    folder = Path(routing.agencies[agency_id].endpoint)
    reports = []
    for path in pending_files(folder):
        report = import_file(db, routing, path, agency_id, now)
        reports.append(report)
        if report.problems:  # counts only: the rows may quote what the agency typed
            log.warning("result file of %s: %d decided, %d problem(s); see kiosk-hub import-results",
                        agency_id, report.decided, len(report.problems))
        if not any(p.startswith("cannot read") for p in report.problems):
            (folder / IMPORTED).mkdir(exist_ok=True)
            path.replace(folder / IMPORTED / path.name)
    return reports


def import_all(db: HubDatabase, routing: RoutingTable, now: datetime | None = None) -> list[ImportReport]:
    return [report for agency in routing.agencies.values() if agency.connector == "batch-file"
            for report in import_folder(db, routing, agency.id, now)]
