"""The batch-file connector (issue 23): an agency without an API gets one file a day in its folder
(XLSX, or CSV in UTF-8 with BOM or Big5) with a manifest signed by the hub, and answers with a
result file whose decisions reach the device over the changes feed. Real files, read back with
openpyxl and csv; a real device engine and hub on loopback."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook, load_workbook
from sqlalchemy import select, update

from kiosk.db.applications import Application
from sync.hub import schema
from sync.hub.delivery import DeliveryPolicy, batch_file, outbox
from sync.hub.delivery.audit import entries
from sync.hub.delivery.batch_file.files import MANIFEST_SUFFIX, verify_manifest
from sync.hub.delivery.outbox import listing
from sync.hub.routing import load
from tests.sync.agency_live import wait_for
from tests.sync.conftest import LiveHub, adults, submit
from tests.sync.hub_template import hub_database

FAST = DeliveryPolicy(max_attempts=3, base_s=0.05, cap_s=0.2, timeout_s=5.0, lease_s=30.0, poll_s=0.2, idle_s=0.1,
                      results_s=0.1)
AGENCY = "test-files"


def routing_file(folder: Path, share: Path, fmt: str = "xlsx", encoding: str | None = None,
                 retention_days: int = 30, city: str = "臺北市") -> Path:
    agency = {"name": "測試社會局", "connector": "batch-file", "folder": str(share), "format": fmt,
              "retention_days": retention_days, **({"encoding": encoding} if encoding else {})}
    path = folder / "routing.yaml"
    path.write_text(yaml.safe_dump({
        "version": "files-1", "agencies": {AGENCY: agency},
        "routes": [{"service": s, "city": city, "district": "*", "agency": AGENCY} for s in ("S03", "S07", "S16")],
    }, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def hub(request, tmp_path: Path, hub_documents, share):
    """The conftest's hub, routed to a batch-file agency; param: (format, encoding, worker running)."""
    fmt, encoding, worker = getattr(request, "param", ("xlsx", None, True))
    live = LiveHub(hub_database(tmp_path, hub_documents))
    live.settings = {"routing": str(routing_file(tmp_path, share, fmt, encoding)), "delivery_policy": FAST,
                     "deliveries": worker}
    live.start()
    yield live
    live.close()


def _hub_cli(*args: str) -> int:
    from sync.hub.cli import main

    return main(list(args))


def _public_key(hub: LiveHub, capsys) -> str:
    capsys.readouterr()
    assert _hub_cli("signing-key", "--json", "--db", hub.db_url) == 0
    return json.loads(capsys.readouterr().out)["public_key"]


def _day_file(share: Path, rows: int) -> tuple[Path, dict]:
    def ready():
        for manifest_path in share.glob(f"*{MANIFEST_SUFFIX}"):
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            if manifest["rows"] == rows:
                return share / manifest["file"], manifest
        return None

    return wait_for(ready, what=f"a day file with {rows} rows")


def _sheet_rows(book) -> dict[str, list[dict]]:
    return {sheet.title: [dict(zip(rows[0], r)) for r in rows[1:]]
            for sheet in book.worksheets for rows in [list(sheet.iter_rows(values_only=True))]}


def test_a_days_applications_arrive_as_one_signed_workbook_and_the_agencys_result_file_decides_them_on_the_device(
        device, hub, share, capsys):
    picked = adults(device.store, 3)
    plan = [("S03", "核准", "", "approved"), ("S07", "補件", "請補附診斷證明書", "need_documents"),
            ("S16", "駁回", "未領有身心障礙證明", "rejected")]
    views = [submit(device.store, number, service, person) for (number, person), (service, *_r) in zip(picked, plan)]
    assert device.sync().complete
    path, manifest = _day_file(share, 3)
    data = path.read_bytes()
    assert verify_manifest(manifest, _public_key(hub, capsys), data)
    assert manifest["agency"] == AGENCY and manifest["format"] == "xlsx" and path.suffix == ".xlsx"
    assert not list(share.glob(".*.part"))  # written beside, renamed into place

    book = load_workbook(io.BytesIO(data))
    sheets = _sheet_rows(book)
    assert list(sheets) == ["S03", "S07", "S16"]  # a sheet per service routed to the agency, columns fixed per service
    deliveries = {d["application_id"]: d["delivery_id"] for d in listing(hub.db)}
    for view, (number, person), (service, *_r) in zip(views, picked, plan):
        (row,) = sheets[service]
        assert row["案件編號"] == deliveries[view.id] and row["申請案號"] == view.id and row["版次"] == 1
        assert row["身分證字號或統一證號"] == person and row["服務代碼"] == service
        assert row["決定"] is None and row["理由"] is None
    headers = {sheet.title: [c.value for c in sheet[1]] for sheet in book.worksheets}
    assert "目前居住情形" in headers["S03"] and "目前居住情形" not in headers["S16"]  # each service its own form
    assert headers["S07"][:8] == headers["S16"][:8] and headers["S07"][-2:] == ["決定", "理由"]
    assert {d["state"] for d in listing(hub.db)} == {"delivered"}

    answers = {deliveries[v.id]: (said, reason) for v, (_s, said, reason, _o) in zip(views, plan)}
    for sheet in book.worksheets:  # the clerk fills in 決定 and 理由 and drops the workbook back
        header = [c.value for c in sheet[1]]
        for line in sheet.iter_rows(min_row=2):
            said, reason = answers[line[0].value]
            line[header.index("決定")].value = said
            line[header.index("理由")].value = reason
    book.save(share / f"{path.stem}.result.xlsx")

    wait_for(lambda: {d["state"] for d in listing(hub.db)} == {"decided"}, what="the hub to import the result file")
    assert (share / "imported" / f"{path.stem}.result.xlsx").exists()
    assert device.sync().complete
    with device.store.read() as session:
        decided = {a.id: a.decision for a in session.execute(select(Application)).scalars()}
    for view, (_service, _said, reason, outcome) in zip(views, plan):
        assert decided[view.id]["outcome"] == outcome
        assert decided[view.id]["reason"] == reason
        assert decided[view.id]["by"] == AGENCY
    actions = [e["action"] for e in entries(hub.db)]
    assert "batch_written" in actions and "results_imported" in actions
    assert all(person not in json.dumps(entries(hub.db)) for _number, person in picked)  # ids and hashes only


@pytest.mark.parametrize("hub", [("csv", "big5", False), ("csv", None, False)], indirect=True,
                         ids=["big5", "utf-8-bom"])
def test_a_csv_day_file_reads_back_in_its_encoding_and_a_rerun_of_the_day_changes_nothing(device, hub, share):
    routing = load(hub.settings["routing"])
    agency = routing.agencies[AGENCY]
    picked = adults(device.store, 2)
    views = [submit(device.store, number, "S03", person) for number, person in picked]
    assert device.sync().complete
    day = datetime(2026, 12, 3, 1, 0)  # 09:00 in Taipei
    due = outbox.claim_due(hub.db, 30.0)
    assert batch_file.deliver(hub.db, routing, agency, due, FAST, lambda _n: 0.1, now=day) == 2
    path = share / f"{AGENCY}-20261203.csv"
    data = path.read_bytes()
    if agency.encoding == "big5":
        assert not data.startswith(b"\xef\xbb\xbf")
        text = data.decode("cp950")
    else:
        assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
        text = data.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["申請案號"] for r in rows] == [v.id for v in views]
    assert [r["身分證字號或統一證號"] for r in rows] == [p for _n, p in picked]
    assert all(r["服務名稱"] == "中低收入老人生活津貼" for r in rows)

    assert _hub_cli("batch-file", AGENCY, "--day", "2026-12-03", "--routing", hub.settings["routing"],
                    "--db", hub.db_url) == 0
    assert path.read_bytes() == data  # the same rows in the same order: the same file
    with hub.db.write() as conn:  # as if the hub died after writing the file, before noting it
        conn.execute(update(schema.delivery).values(state="pending", due_at=datetime(2000, 1, 1)))
    assert batch_file.deliver(hub.db, routing, agency, outbox.claim_due(hub.db, 30.0), FAST, lambda _n: 0.1,
                              now=day + timedelta(days=1)) == 2
    assert path.read_bytes() == data  # rewritten into the day it was given, not duplicated into the next
    assert not (share / f"{AGENCY}-20261204.csv").exists()


@pytest.mark.parametrize("hub", [("xlsx", None, False)], indirect=True)
def test_a_row_written_in_yesterdays_file_is_not_in_todays(device, hub, share):
    routing = load(hub.settings["routing"])
    agency = routing.agencies[AGENCY]
    first, second = adults(device.store, 2)
    yesterday, today = datetime(2026, 12, 2, 15, 0), datetime(2026, 12, 2, 16, 30)  # 23:00 and 00:30 in Taipei
    early = submit(device.store, *first[:1], "S03", first[1])
    assert device.sync().complete
    batch_file.deliver(hub.db, routing, agency, outbox.claim_due(hub.db, 30.0), FAST, lambda _n: 0.1, now=yesterday)
    late = submit(device.store, *second[:1], "S03", second[1])
    assert device.sync().complete
    batch_file.deliver(hub.db, routing, agency, outbox.claim_due(hub.db, 30.0), FAST, lambda _n: 0.1, now=today)
    ids = lambda name: [r["申請案號"] for r in _sheet_rows(load_workbook(share / name))["S03"]]  # noqa: E731
    assert ids(f"{AGENCY}-20261202.xlsx") == [early.id]
    assert ids(f"{AGENCY}-20261203.xlsx") == [late.id]


@pytest.mark.parametrize("hub", [("xlsx", None, False)], indirect=True)
def test_a_result_file_imported_twice_decides_once_and_unknown_or_unreadable_rows_are_reported(
        device, hub, share, capsys):
    routing = load(hub.settings["routing"])
    (number, person), = adults(device.store, 1)
    view = submit(device.store, number, "S03", person)
    assert device.sync().complete
    batch_file.deliver(hub.db, routing, routing.agencies[AGENCY], outbox.claim_due(hub.db, 30.0), FAST,
                       lambda _n: 0.1)
    (delivery,) = listing(hub.db)
    result = Workbook()
    result.active.append(["案件編號", "決定", "理由"])
    result.active.append([delivery["delivery_id"], "approved", "符合資格"])
    result.active.append(["00000000-0000-0000-0000-000000000000", "核准", ""])
    result.active.append([delivery["delivery_id"], "maybe", ""])
    path = share / "answers.result.xlsx"
    result.save(path)
    capsys.readouterr()
    assert _hub_cli("import-results", str(path), "--routing", hub.settings["routing"], "--db", hub.db_url) == 1
    (first,) = json.loads(capsys.readouterr().out)
    assert first["decided"] == 1 and len(first["problems"]) == 2
    assert "unknown case" in first["problems"][0] and "decision is not" in first["problems"][1]
    assert _hub_cli("import-results", str(path), "--routing", hub.settings["routing"], "--db", hub.db_url) == 1
    (again,) = json.loads(capsys.readouterr().out)
    assert again["decided"] == 0 and again["already"] == 1
    with hub.db.read() as conn:
        feed = conn.execute(select(schema.change_log.c.data).where(schema.change_log.c.kind == "application")
                            .where(schema.change_log.c.key == view.id)).scalars().all()
    assert sum('"approved"' in (d or "") for d in feed) == 1  # one decision on the feed, not two
    assert device.sync().complete
    with device.store.read() as session:
        assert session.get(Application, view.id).decision["outcome"] == "approved"


@pytest.mark.parametrize("hub", [("xlsx", None, False)], indirect=True)
def test_an_unreachable_share_is_retried_then_dead_lettered_with_its_reason(device, hub, share):
    routing = load(hub.settings["routing"])
    share.rmdir()  # the share is not mounted
    (number, person), = adults(device.store, 1)
    submit(device.store, number, "S03", person)
    assert device.sync().complete
    for attempt in range(1, FAST.max_attempts + 1):
        with hub.db.write() as conn:
            conn.execute(update(schema.delivery).values(due_at=datetime(2000, 1, 1)))
        batch_file.deliver(hub.db, routing, routing.agencies[AGENCY], outbox.claim_due(hub.db, 30.0), FAST,
                           lambda _n: 0.1)
        (delivery,) = listing(hub.db)
        assert delivery["attempts"] == attempt and delivery["last_error"].endswith("FileNotFoundError 2")
    assert delivery["state"] == "dead" and delivery["last_error"].startswith("gave up after 3 attempts: folder:")
    share.mkdir()
    assert _hub_cli("redrive", "--all", "--db", hub.db_url) == 0
    batch_file.deliver(hub.db, routing, routing.agencies[AGENCY], outbox.claim_due(hub.db, 30.0), FAST,
                       lambda _n: 0.1)
    assert listing(hub.db)[0]["state"] == "delivered" and len(list(share.glob("*.xlsx"))) == 1
