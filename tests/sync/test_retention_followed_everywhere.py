"""Retention holes a security tester found (issue 23, privacy): a backup taken before the agency
acknowledged kept the payload for ever, `kiosk-hub restore` forgot every backup, and the earlier
revisions of an application (superseded drafts, revisions the hub refused) kept their bodies and
photos. The hub is seeded as the tester did: revisions, photos and deliveries written directly,
the agency's acknowledgement through the outbox's own call, the backups through the hub's CLI."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from sync.hub import pg_dump, schema
from sync.hub.cli import main as hub_cli
from sync.hub.db import HubDatabase, utcnow
from sync.hub.delivery.audit import entries
from sync.hub.delivery.outbox import delivered_many
from sync.hub.delivery.retention import purge_expired
from sync.hub.routing import load
from tests.sync.hub_template import hub_database
from tests.sync.test_delivery_retention import _routing, photo_pieces
from tests.sync.test_retention_erasure import _dump_text
from tests.synthetic import synthetic_id

AGENCY, DAYS = "keeper", 7


class Seeded:
    """A hub database with one application's revisions, their photos and deliveries."""

    def __init__(self, url: str, household_no: str):
        self.url, self.household_no = url, household_no
        self.db = HubDatabase(url)
        self.db.create()
        self.photos: dict[str, bytes] = {}

    def photo(self, seed: int, size: int) -> str:
        data = random.Random(seed).randbytes(size)  # incompressible: its bytes are found nowhere else
        sha = hashlib.sha256(data).hexdigest()
        self.photos[sha] = data
        with self.db.write() as conn:
            conn.execute(insert(schema.blob).values(sha256=sha, size=size, data=data, created_at=utcnow()))
            conn.execute(insert(schema.blob_owner).values(sha256=sha, scope="sc", created_at=utcnow()))
        return sha

    def revision(self, application_id: str, number: int, account: str, photos: list[str], status: str = "accepted",
                 received_at: datetime | None = None, delivery: str | None = None, service: str = "S03") -> str:
        """A revision naming a bank account (the marker) and photos; with `delivery` (its state) its outbox row."""
        body = json.dumps({"application_id": application_id, "revision": number, "service": service,
                           "household_no": self.household_no,
                           "values": {"applicant_id": synthetic_id(number), "bank_account": account},
                           "attachments": [{"sha256": h} for h in photos]}, ensure_ascii=False, separators=(",", ":"))
        now = received_at or utcnow()
        delivery_id = f"{application_id}-r{number}"
        with self.db.write() as conn:
            if number == 1:
                conn.execute(insert(schema.application).values(
                    id=application_id, device_id="dev-1", scope="sc", household_no=self.household_no, service=service,
                    person=None, agency=AGENCY, latest_revision=1, status="review", updated_at=now))
            conn.execute(insert(schema.revision).values(
                application_id=application_id, revision=number, digest=hashlib.sha256(body.encode()).hexdigest(),
                body=body, status=status, device_id="dev-1", received_at=now))
            if delivery:
                conn.execute(insert(schema.delivery).values(
                    id=delivery_id, application_id=application_id, revision=number, agency=AGENCY, connector="fhir",
                    endpoint="http://agency.invalid/fhir", routing_version="keep-1", state=delivery, attempts=1,
                    due_at=now, created_at=now, updated_at=now))
        return delivery_id

    def acknowledge(self, delivery_id: str) -> datetime:
        """The agency stores the delivery, as the worker notes it; returns when."""
        delivered_many(self.db, [(delivery_id, 1, None)], 60.0, AGENCY, DAYS)
        with self.db.read() as conn:
            return conn.execute(select(schema.delivery_ack.c.acknowledged_at)
                                .where(schema.delivery_ack.c.delivery_id == delivery_id)).scalar_one()

    def backup(self, path: Path) -> Path:
        self.db.dispose()
        assert hub_cli(["backup", str(path), "--db", self.url]) == 0
        return path

    def body(self, application_id: str, number: int) -> dict:
        with self.db.read() as conn:
            return json.loads(conn.execute(select(schema.revision.c.body).where(
                schema.revision.c.application_id == application_id, schema.revision.c.revision == number)).scalar_one())

    def blobs(self) -> set[str]:
        with self.db.read() as conn:
            return set(conn.execute(select(schema.blob.c.sha256)).scalars())


def _taipei_household(documents: list[dict]) -> str:
    """A household the test routing table sends to the agency (臺北市)."""
    return next(d["household_no"] for d in documents if (d.get("address") or {}).get("city") == "臺北市")


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request, tmp_path: Path, hub_documents):
    server = request.getfixturevalue("postgres_server") if request.param == "postgresql" else None
    seeded = Seeded(hub_database(tmp_path, hub_documents, server), _taipei_household(hub_documents))
    seeded.routing = load(_routing(tmp_path, {"connector": "fhir", "endpoint": "http://agency.invalid/fhir",
                                              "retention_days": DAYS}))
    yield seeded
    seeded.db.dispose()


def _holds(hub: Seeded, backup: Path, needle: bytes) -> bool:
    """Whether the backup file still holds these bytes (a pg_dump: as the SQL it restores, bytea in hex)."""
    if hub.db.is_sqlite:
        return any(needle in p.read_bytes() for p in backup.parent.glob(backup.name + "*"))
    text = _dump_text(backup)
    return needle.decode() in text if needle.isascii() else needle.hex() in text


def _holds_photo(hub: Seeded, backup: Path, photo: bytes) -> bool:
    return sum(_holds(hub, backup, piece) for piece in photo_pieces(photo)) >= 4


def _holds_none_of_photo(hub: Seeded, backup: Path, photo: bytes) -> bool:
    return not any(_holds(hub, backup, piece) for piece in photo_pieces(photo))


def test_a_backup_taken_before_the_agency_acknowledged_is_purged_when_the_hub_purges(hub, tmp_path):
    """F1: the backup has no acknowledgement row (the delivery was pending when it was taken); the
    hub, which has one now, is the authority."""
    photo = hub.photo(1, 40000)
    delivery = hub.revision("app-1", 1, "812-73905514622846", [photo], delivery="pending")
    backup = hub.backup(tmp_path / ("early.db" if hub.db.is_sqlite else "early.dump"))
    assert _holds(hub, backup, b"812-73905514622846") and _holds_photo(hub, backup, hub.photos[photo])

    acknowledged = hub.acknowledge(delivery)
    assert purge_expired(hub.db, hub.routing, acknowledged + timedelta(days=DAYS - 1))["purged_in_backups"] == 0
    assert _holds(hub, backup, b"812-73905514622846")  # within the agency's days: kept there too
    outcome = purge_expired(hub.db, hub.routing, acknowledged + timedelta(days=DAYS))
    assert outcome["purged"] == 1 and outcome["purged_in_backups"] == 1
    assert not _holds(hub, backup, b"812-73905514622846") and _holds_none_of_photo(hub, backup, hub.photos[photo])
    assert [e["payloads"] for e in entries(hub.db, "backup_purged")] == [1]
    assert purge_expired(hub.db, hub.routing, acknowledged + timedelta(days=30))["purged_in_backups"] == 0  # once


def _registry(url: str) -> list[str]:
    db = HubDatabase(url)
    try:
        with db.read() as conn:
            return sorted(Path(p).name for p in conn.execute(select(schema.backup.c.path)).scalars())
    finally:
        db.dispose()


def _listed_in(backup: Path) -> list[str]:
    """The registry a backup file carries (registered before the copy: it names itself)."""
    if pg_dump.is_dump(backup):
        return sorted(Path(r["path"]).name for r in pg_dump.table_rows(backup, schema.backup.name))
    conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(Path(p).name for (p,) in conn.execute("SELECT path FROM hub_backup"))
    finally:
        conn.close()


def test_a_restore_keeps_every_backup_on_the_registry_and_the_purge_reaches_them(hub, tmp_path):
    """F2: restoring the first of two backups keeps the later one registered (the hub's registry is
    merged in), and a hub restored after its database was lost still knows the backup it came from
    and the earlier ones (each backup lists itself); the purge then reaches all of them."""
    suffix = ".db" if hub.db.is_sqlite else ".dump"
    delivery = hub.revision("app-1", 1, "812-73905514622846", [], delivery="pending")
    first = hub.backup(tmp_path / ("first" + suffix))
    second = hub.backup(tmp_path / ("second" + suffix))
    assert _listed_in(first) == [first.name] and _listed_in(second) == sorted([first.name, second.name])
    assert hub_cli(["restore", str(first), "--db", hub.url]) == 0
    assert _registry(hub.url) == sorted([first.name, second.name])

    if hub.db.is_sqlite:  # the hub's database is lost: only the backup's own registry is left
        Path(hub.url[len("sqlite:///"):]).unlink()
        assert hub_cli(["restore", str(second), "--db", hub.url]) == 0
        assert _registry(hub.url) == sorted([first.name, second.name])

    acknowledged = hub.acknowledge(delivery)
    assert purge_expired(hub.db, hub.routing, acknowledged + timedelta(days=DAYS))["purged_in_backups"] == 2
    assert not _holds(hub, first, b"812-73905514622846") and not _holds(hub, second, b"812-73905514622846")


def test_earlier_revisions_go_with_the_acknowledged_one_and_refused_ones_after_the_agencys_days(hub, tmp_path):
    """F3: a superseded draft (and its photo), and a revision the hub refused (422, never delivered),
    are purged; an earlier revision another acknowledgement still keeps is not; the backup follows."""
    shared, latest_only, refused_photo = hub.photo(1, 30000), hub.photo(2, 60000), hub.photo(3, 20000)
    hub.revision("app-1", 1, "812-11111111111111", [shared], delivery="superseded")
    hub.revision("app-1", 2, "812-22222222222222", [shared], status="rejected")
    delivery = hub.revision("app-1", 3, "812-33333333333333", [shared, latest_only], delivery="pending")
    kept = hub.revision("app-2", 1, "812-44444444444444", [], delivery="pending")  # acknowledged later: own days
    hub.revision("app-2", 2, "812-55555555555555", [], delivery="pending")
    refused_at = utcnow() + timedelta(days=2)  # refused two days after app-1 was acknowledged (a fake clock)
    hub.revision("app-3", 1, "812-66666666666666", [refused_photo], status="rejected", received_at=refused_at)
    backup = hub.backup(tmp_path / ("before.db" if hub.db.is_sqlite else "before.dump"))

    hub.acknowledge(delivery)
    acknowledged = hub.acknowledge("app-2-r2")  # the later of the two: both are due a week after it
    hub.acknowledge(kept)
    with hub.db.write() as conn:  # app-2 r1 went to an agency that keeps it longer: its own days still run
        conn.execute(schema.delivery_ack.update().where(schema.delivery_ack.c.delivery_id == kept)
                     .values(purge_after=acknowledged + timedelta(days=90)))
    outcome = purge_expired(hub.db, hub.routing, acknowledged + timedelta(days=DAYS))
    for number in (1, 2, 3):
        body = hub.body("app-1", number)
        assert body["purged"] and "values" not in body and "attachments" not in body
    assert hub.body("app-2", 1)["values"]["bank_account"] == "812-44444444444444"
    assert hub.body("app-2", 2)["purged"]
    assert not {shared, latest_only} & hub.blobs()
    (first,) = [e for e in entries(hub.db, "purged") if e["delivery_id"] == delivery]
    assert (first["earlier_revisions"], first["blobs"]) == (2, 2)

    refused = hub.body("app-3", 1)  # its agency's days from the refusal have not passed yet
    assert "values" in refused and refused_photo in hub.blobs()
    assert outcome["purged"] == 4 and outcome["purged_in_backups"] == 4
    outcome = purge_expired(hub.db, hub.routing, refused_at + timedelta(days=DAYS))
    assert hub.body("app-3", 1)["purged"] and refused_photo not in hub.blobs()
    (audited,) = entries(hub.db, "rejected_purged")
    assert (audited["application_id"], audited["revision"], audited["blobs"], audited["agency"]) == \
        ("app-3", 1, 1, AGENCY)
    assert outcome["purged_in_backups"] == 1
    for marker in (b"812-11111111111111", b"812-22222222222222", b"812-33333333333333", b"812-55555555555555",
                   b"812-66666666666666", *photo_pieces(hub.photos[shared]), *photo_pieces(hub.photos[refused_photo])):
        assert not _holds(hub, backup, marker), marker
    assert _holds(hub, backup, b"812-44444444444444")


def test_a_refused_revision_of_a_service_no_agency_takes_is_kept(tmp_path, hub_documents):
    """A service decided on this hub has no agency retention: its refused revisions stay, like its accepted ones."""
    seeded = Seeded(hub_database(tmp_path, hub_documents), _taipei_household(hub_documents))
    try:
        seeded.revision("app-9", 1, "812-77777777777777", [], status="rejected", service="S01",
                        received_at=utcnow() - timedelta(days=400))
        routing = load(_routing(tmp_path, {"connector": "fhir", "endpoint": "http://agency.invalid/fhir",
                                           "retention_days": DAYS}))  # S03, S07 and S16 only
        assert purge_expired(seeded.db, routing, utcnow())["purged"] == 0
        assert seeded.body("app-9", 1)["values"]["bank_account"] == "812-77777777777777"
    finally:
        seeded.db.dispose()


def test_backups_are_read_again_only_after_the_hub_purged_something_or_a_pass_failed(tmp_path, hub_documents):
    """Reading every backup at every purge would cost; a backup that could not be purged is tried
    again even when the hub purges nothing, and once a pass went through all, none is read until
    the hub purges again."""
    from sync.hub.delivery.backups import purge_backups, register

    db = HubDatabase(hub_database(tmp_path, hub_documents))
    db.create()
    damaged = tmp_path / "damaged.dump"

    def failures() -> int:
        return len(entries(db, "backup_purge_failed"))

    try:
        damaged.write_bytes(b"PGDMP" + b"\x00" * 64)  # pg_restore cannot read it
        register(db, damaged)
        purge_backups(db, utcnow(), hub_purged=True)
        purge_backups(db, utcnow(), hub_purged=False)
        assert failures() == 2  # tried again though the hub purged nothing
        damaged.unlink()
        purge_backups(db, utcnow(), hub_purged=False)  # forgotten: a pass through every backup
        damaged.write_bytes(b"PGDMP" + b"\x00" * 64)
        register(db, damaged)
        purge_backups(db, utcnow(), hub_purged=False)
        assert failures() == 2  # not read: nothing purged since
        purge_backups(db, utcnow(), hub_purged=True)
        assert failures() == 3
    finally:
        db.dispose()


def test_a_delivery_whose_payload_was_purged_is_dead_lettered_not_sent(hub):
    """A hub restored from a backup that followed the live hub's purges holds a delivery that was
    still pending when the backup was taken, of a revision now purged: the worker must not send the
    stub (nor dead-letter it as a broken bundle); it says why and never calls the agency."""
    from sync.hub.delivery import outbox
    from sync.hub.delivery.fhir_connector import FhirConnector
    from sync.hub.delivery.retention import stub_revision
    from sync.hub.delivery.worker import PURGED_REASON, DeliveryPolicy, send_many

    delivery = hub.revision("app-1", 1, "812-73905514622846", [hub.photo(1, 4000)], delivery="pending")
    with hub.db.write() as conn:
        row = conn.execute(select(schema.revision.c.id, schema.revision.c.body)).one()
        stub_revision(conn, row.id, row.body, utcnow())
    dues = outbox.claim_due(hub.db, lease_s=60)
    assert [d.id for d in dues] == [delivery]
    connector = FhirConnector()  # agency.invalid: a send would fail to connect and be retried, not dead
    try:
        assert send_many(hub.db, hub.routing, connector, DeliveryPolicy(), dues) == ["dead"]
    finally:
        connector.close()
    (listed,) = outbox.listing(hub.db, "dead")
    assert listed["delivery_id"] == delivery and listed["last_error"] == PURGED_REASON
