"""A purged payload leaves no bytes in the hub database's files (issue 23, privacy): on SQLite
neither in the database nor in its write-ahead log, on PostgreSQL in no page of any relation. The
payload carries a synthetic marker (a bank account nobody has) and a photo; the raw files or pages
are read before and after the purge."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from sync.hub import schema
from sync.hub.delivery.audit import entries
from sync.hub.delivery.outbox import listing
from sync.hub.delivery.retention import purge_expired
from sync.hub.routing import load
from tests.sync.agency_live import wait_for
from tests.sync.conftest import LiveHub, adults, submit
from tests.sync.hub_template import hub_database
from tests.sync.test_delivery_retention import FAST, _acknowledged_at, _body, _routing

MARKER = "812-73905514622846"  # a bank account (catalog pattern) that appears nowhere else


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request, tmp_path: Path, hub_documents, agency):
    """Routed to the FHIR reference agency, seven days' retention, on either database."""
    server = request.getfixturevalue("postgres_server") if request.param == "postgresql" else None
    live = LiveHub(hub_database(tmp_path, hub_documents, server))
    live.settings = {"routing": _routing(tmp_path, {"connector": "fhir", "endpoint": agency.url + "/fhir",
                                                    "retention_days": 7}), "delivery_policy": FAST}
    live.start()
    yield live
    live.close()


def _sqlite_files(hub: LiveHub) -> bytes:
    path = Path(hub.db.engine.url.database)
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def _pg_relations_holding(hub: LiveHub, needle: bytes) -> list[str]:
    """Every relation (tables, TOAST, indexes, catalogs) with a page holding `needle` (pageinspect)."""
    with hub.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pageinspect")
        return list(conn.exec_driver_sql(
            "SELECT DISTINCT c.oid::regclass::text FROM pg_class c "
            "CROSS JOIN LATERAL generate_series(0, pg_relation_size(c.oid) / 8192 - 1) AS block "
            "WHERE c.relkind IN ('r', 't', 'i', 'm') "
            "AND position(%(needle)s IN get_raw_page(c.oid::regclass::text, 'main', block)) > 0",
            {"needle": needle}).scalars())


def _holders(hub: LiveHub, needle: bytes) -> list[str]:
    if hub.db.is_sqlite:
        return ["database file or WAL"] if needle in _sqlite_files(hub) else []
    return _pg_relations_holding(hub, needle)


def test_a_purged_payload_leaves_no_bytes_in_the_database_files(device, hub):
    routing = load(hub.settings["routing"])
    (number, person), = adults(device.store, 1)
    view = submit(device.store, number, "S03", person, answers={"bank_account": MARKER})
    assert device.sync().complete
    delivery = wait_for(lambda: next((d for d in listing(hub.db) if d["state"] == "delivered"), None),
                        what="the agency to store it")
    (sha,) = {a["sha256"] for a in _body(hub, view.id)["attachments"]}
    with hub.db.read() as conn:
        photo = conn.execute(select(schema.blob.c.data).where(schema.blob.c.sha256 == sha)).scalar_one()
    needle = photo[len(photo) // 2:len(photo) // 2 + 64]  # compressed image bytes: found nowhere else
    assert _holders(hub, MARKER.encode()) and _holders(hub, needle)  # the check can see them

    acknowledged = _acknowledged_at(hub, delivery["delivery_id"])
    outcome = purge_expired(hub.db, routing, acknowledged + timedelta(days=7))
    assert outcome["purged"] == 1 and outcome["erased"]
    assert _holders(hub, MARKER.encode()) == [] and _holders(hub, needle) == []
    (erased,) = entries(hub.db, "erased")
    assert erased["complete"] and erased["database"] == hub.db.engine.dialect.name
    with hub.db.read() as conn:  # the stub is still there: ids, service, digest
        assert conn.execute(select(schema.revision.c.application_id)).scalars().all() == [view.id]
