"""Retention per agency (issue 23): after an agency acknowledged a case the hub keeps its payload
the agency's retention_days, then purges it, audited; the clock is passed in, nobody sleeps."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from sync.hub import schema
from sync.hub.db import utcnow
from sync.hub.delivery import DeliveryPolicy
from sync.hub.delivery.audit import entries
from sync.hub.delivery.outbox import listing
from sync.hub.delivery.retention import purge_expired
from sync.hub.routing import load
from tests.sync.agency_live import wait_for
from tests.sync.conftest import LiveHub, adults, submit
from tests.sync.hub_template import hub_database

FAST = DeliveryPolicy(max_attempts=3, base_s=0.05, cap_s=0.2, timeout_s=5.0, lease_s=30.0, poll_s=0.2, idle_s=0.1,
                      results_s=0.1, purge_s=3600.0)


def _routing(folder: Path, agency: dict) -> str:
    path = folder / "routing.yaml"
    path.write_text(yaml.safe_dump({
        "version": "keep-1", "agencies": {"keeper": {"name": "保存測試機關", **agency}},
        "routes": [{"service": s, "city": "臺北市", "district": "*", "agency": "keeper"} for s in ("S03", "S07", "S16")],
    }, allow_unicode=True), encoding="utf-8")
    return str(path)


@pytest.fixture
def hub(request, tmp_path: Path, hub_documents, agency):
    """Routed to the FHIR reference agency (7 days' retention), or to a batch-file folder (param: "files")."""
    if getattr(request, "param", "fhir") == "files":
        (tmp_path / "share").mkdir()
        routing = _routing(tmp_path, {"connector": "batch-file", "folder": str(tmp_path / "share"), "format": "csv",
                                      "retention_days": 2})
    else:
        routing = _routing(tmp_path, {"connector": "fhir", "endpoint": agency.url + "/fhir", "retention_days": 7})
    live = LiveHub(hub_database(tmp_path, hub_documents))
    live.settings = {"routing": routing, "delivery_policy": FAST}
    live.start()
    yield live
    live.close()


def _body(hub: LiveHub, application_id: str) -> dict:
    with hub.db.read() as conn:
        return json.loads(conn.execute(select(schema.revision.c.body)
                                       .where(schema.revision.c.application_id == application_id)).scalar_one())


def _blobs(hub: LiveHub) -> set[str]:
    with hub.db.read() as conn:
        return set(conn.execute(select(schema.blob.c.sha256)).scalars())


def _acknowledged_at(hub: LiveHub, delivery_id: str):
    with hub.db.read() as conn:
        return conn.execute(select(schema.delivery_ack.c.acknowledged_at)
                            .where(schema.delivery_ack.c.delivery_id == delivery_id)).scalar_one()


def _one_delivered(device, hub: LiveHub):
    """(person, application, delivery, when acknowledged) of one S03 application the agency stored."""
    (number, person), = adults(device.store, 1)
    view = submit(device.store, number, "S03", person)
    assert device.sync().complete
    delivery = wait_for(lambda: next((d for d in listing(hub.db) if d["state"] == "delivered"), None),
                        what="the agency to store it")
    return person, view, delivery, _acknowledged_at(hub, delivery["delivery_id"])


def test_a_payload_is_purged_once_the_agencys_retention_days_after_acknowledgement_have_passed(device, hub, agency):
    routing = load(hub.settings["routing"])
    person, view, delivery, acknowledged = _one_delivered(device, hub)
    attachments = {a["sha256"] for a in _body(hub, view.id)["attachments"]}
    assert attachments and attachments <= _blobs(hub)

    assert purge_expired(hub.db, routing, acknowledged + timedelta(days=7) - timedelta(minutes=1))["purged"] == 0
    assert _body(hub, view.id)["values"]["applicant_id"] == person  # kept within the agency's seven days
    assert purge_expired(hub.db, routing, acknowledged + timedelta(days=7))["purged"] == 1
    body = _body(hub, view.id)
    assert person not in json.dumps(body, ensure_ascii=False) and "values" not in body and "consent" not in body
    assert (body["application_id"], body["revision"], body["service"]) == (view.id, 1, "S03") and body["purged"]
    assert not attachments & _blobs(hub)  # nobody else named them
    (audited,) = entries(hub.db, "purged")
    assert audited["delivery_id"] == delivery["delivery_id"] and audited["agency"] == "keeper"
    assert audited["blobs"] == len(attachments)
    assert purge_expired(hub.db, routing, acknowledged + timedelta(days=30))["purged"] == 0  # once only

    case = wait_for(lambda: next(iter(agency.state.store.cases()), None), what="the case")
    agency.state.store.update_task(case.id, {**case.task, "status": "completed"})
    wait_for(lambda: listing(hub.db)[0]["state"] == "decided", what="the decision after the purge")
    assert device.sync().complete  # the purged revision still syncs: its decision reaches the device
    from kiosk.applications import service

    assert service.open_application(device.store, view.id).decision["outcome"] == "approved"


def test_an_attachment_another_kept_application_names_is_not_purged(device, hub, agency):
    routing = load(hub.settings["routing"])
    from kiosk.applications.signatures import paper_photo, synthetic_signature

    first, second = adults(device.store, 2)
    photo = paper_photo(synthetic_signature(3, 300, 100), 300, 100)  # the same photo in two applications
    early = submit(device.store, first[0], "S03", first[1], attachment=photo)
    assert device.sync().complete
    delivered = wait_for(lambda: next((d for d in listing(hub.db) if d["state"] == "delivered"), None),
                         what="the first delivery")
    acknowledged = _acknowledged_at(hub, delivered["delivery_id"])
    agency.stop()  # the second one is not acknowledged
    late = submit(device.store, second[0], "S03", second[1], attachment=photo)
    assert device.sync().complete
    shared = {a["sha256"] for a in _body(hub, early.id)["attachments"]} & \
        {a["sha256"] for a in _body(hub, late.id)["attachments"]}
    assert shared
    assert purge_expired(hub.db, routing, acknowledged + timedelta(days=8))["purged"] == 1
    assert _body(hub, early.id).get("purged") and not _body(hub, late.id).get("purged")
    assert shared <= _blobs(hub)  # the later application still needs it for its own delivery


@pytest.mark.parametrize("hub", ["files"], indirect=True)
def test_a_batch_file_goes_from_the_share_once_every_row_in_it_is_purged(device, hub, tmp_path):
    from openpyxl import Workbook

    from sync.hub.cli import main as hub_cli

    share = tmp_path / "share"
    routing = load(hub.settings["routing"])
    (number, person), = adults(device.store, 1)
    submit(device.store, number, "S03", person)
    assert device.sync().complete
    delivery = wait_for(lambda: next((d for d in listing(hub.db) if d["state"] == "delivered"), None),
                        what="the day file")
    (day_file,) = share.glob("*.csv")
    assert purge_expired(hub.db, routing, utcnow() + timedelta(days=365))["purged"] == 0  # not acknowledged: kept
    result = Workbook()
    result.active.append(["案件編號", "決定", "理由"])
    result.active.append([delivery["delivery_id"], "核准", ""])
    result.save(share / "answer.result.xlsx")
    wait_for(lambda: listing(hub.db)[0]["state"] == "decided", what="the answer")
    acknowledged = _acknowledged_at(hub, delivery["delivery_id"])
    assert purge_expired(hub.db, routing, acknowledged + timedelta(days=1))["purged"] == 0
    assert day_file.exists()
    assert purge_expired(hub.db, routing, acknowledged + timedelta(days=2)) == {"purged": 1, "files_removed": 2,
                                                                               "purged_in_backups": 0, "erased": True}
    assert not day_file.exists() and not list(share.glob("*.manifest.json"))
    assert [e["file"] for e in entries(hub.db, "file_purged")] == [day_file.name]
    assert hub_cli(["purge", "--routing", hub.settings["routing"], "--db", hub.db_url]) == 0  # nothing left: fine


def _backup_body(backup: Path, application_id: str) -> dict:
    conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        return json.loads(conn.execute("SELECT body FROM hub_revision WHERE application_id = ?",
                                       (application_id,)).fetchone()[0])
    finally:
        conn.close()


def photo_pieces(photo: bytes) -> list[bytes]:
    """Eight 32-byte pieces of a compressed photo (found nowhere else). One piece can straddle two
    pages of a database file (SQLite overflow pages, PostgreSQL TOAST chunks) and then lie whole
    in none, so a file holds the photo when it holds most pieces, and none of it when it holds none."""
    # only pieces that look random (24 distinct byte values or more): a piece of a flat stretch of
    # a JPEG repeats a short pattern or is zeros, as any database page's free space is (a make test
    # run found one such piece in the pages of PostgreSQL's own catalogs)
    starts = [at for at in range(0, len(photo) - 32, 32) if len(set(photo[at:at + 32])) >= 24]
    assert len(starts) >= 9, "a compressed photo is mostly random-looking bytes"
    step = len(starts) // 9
    return [photo[at:at + 32] for at in starts[step:9 * step:step]]


def holds_most(data: bytes, pieces: list[bytes]) -> bool:
    return sum(piece in data for piece in pieces) >= len(pieces) // 2


def test_a_backup_the_hub_wrote_is_purged_by_the_same_retention(device, hub, tmp_path):
    """Retention reaches `kiosk-hub backup` files: the payload goes from the backup when it goes
    from the hub (not before), its bytes too, audited; a backup moved away is forgotten."""
    routing = load(hub.settings["routing"])
    person, view, delivery, acknowledged = _one_delivered(device, hub)
    (sha,) = {a["sha256"] for a in _body(hub, view.id)["attachments"]}
    with hub.db.read() as conn:
        photo = conn.execute(select(schema.blob.c.data).where(schema.blob.c.sha256 == sha)).scalar_one()
    backup = Path(hub.backup(tmp_path))
    hub.stop()  # the purges below are the operator's: the restarted hub's first housekeeping pass could take one
    pieces = photo_pieces(photo)  # the signed form's photo
    assert holds_most(backup.read_bytes(), pieces) and _backup_body(backup, view.id)["values"]["applicant_id"] == person

    assert purge_expired(hub.db, routing, acknowledged + timedelta(days=6))["purged_in_backups"] == 0
    assert _backup_body(backup, view.id)["values"]["applicant_id"] == person  # kept its seven days there too
    assert purge_expired(hub.db, routing, acknowledged + timedelta(days=7)) == {"purged": 1, "files_removed": 0,
                                                                                "purged_in_backups": 1, "erased": True}
    body = _backup_body(backup, view.id)
    assert "values" not in body and body["purged"] and person not in json.dumps(body, ensure_ascii=False)
    assert not any(piece in backup.read_bytes() for piece in pieces) and not Path(str(backup) + "-wal").exists()  # rewritten, one file
    assert [(e["file"], e["payloads"]) for e in entries(hub.db, "backup_purged")] == [(backup.name, 1)]

    backup.unlink()  # the operator moved it off the machine: nothing to purge here any more
    assert purge_expired(hub.db, routing, acknowledged + timedelta(days=30))["purged_in_backups"] == 0
    assert [e["file"] for e in entries(hub.db, "backup_forgotten")] == [backup.name]
