"""Batch-file kill trials (issue 23): `kiosk-hub deliver` killed with SIGKILL at the batch
connector's named points (after the claim, after a delivery was given its day's file, after the
file was written but before the hub noted it) and at random moments. After each trial the hub
heals (the same worker, run to quiet); then every revision routed to the agency is in the day's
files exactly once, and every manifest still verifies against its file."""

from __future__ import annotations

import io
import json
import random
import signal
import time
from collections import Counter
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from sync.hub import schema
from sync.hub.delivery.batch_file import CRASH_POINTS
from sync.hub.delivery.batch_file.files import MANIFEST_SUFFIX, verify_manifest
from sync.hub.delivery.fhir_connector import FhirConnector
from sync.hub.delivery.outbox import listing
from sync.hub.delivery.worker import run_once
from sync.hub.routing import load
from sync.hub.signing import public_key
from tests.sync.conftest import LiveHub, adults, submit
from tests.sync.invariants import record_trials
from tests.sync.test_batch_file_delivery import FAST, routing_file
from tests.sync.deliverer import run_child as run_deliverer

POINTS = ("delivery_after_claim", *CRASH_POINTS)


def run_child(hub: LiveHub, routing: str, crash_at: str | None, kill_after: float | None) -> int | None:
    return run_deliverer(hub.db_url, routing, crash_at, kill_after)


def hub_and_device(tmp_path, routing: str, hub_documents: list[dict]):
    """A hub that only receives (the child processes deliver) and an enrolled, synced device."""
    from tests.sync.conftest import enroll_device

    hub = LiveHub(f"sqlite:///{tmp_path / 'hub.db'}", background_decisions=False)
    hub.settings = {"routing": routing, "deliveries": False}
    hub.import_documents(hub_documents)
    hub.start()
    device = enroll_device(hub, tmp_path / "device")
    assert device.sync().complete
    return hub, device


def heal(hub: LiveHub, routing: str) -> None:
    table, connector = load(routing), FhirConnector(5.0)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            run_once(hub.db, table, connector, FAST)
            with hub.db.read() as conn:
                if not conn.execute(select(schema.delivery.c.id).where(schema.delivery.c.state == "pending")).first():
                    return
            time.sleep(0.1)
    finally:
        connector.close()


def verdict_of(hub: LiveHub, share: Path) -> dict[str, int]:
    with hub.db.read() as conn:
        routed = {r.application_id for r in conn.execute(select(schema.delivery.c.application_id))}
    key, rows, corrupt = public_key(hub.db)["public_key"], Counter(), 0
    for manifest_path in share.glob(f"*{MANIFEST_SUFFIX}"):
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        data = (share / manifest["file"]).read_bytes()
        corrupt += not verify_manifest(manifest, key, data)
        for sheet in load_workbook(io.BytesIO(data), read_only=True).worksheets:
            rows.update(line[1] for line in list(sheet.iter_rows(values_only=True))[1:])
    lost = len(routed - set(rows))
    return {"lost": lost, "duplicated": sum(n - 1 for n in rows.values()), "unconverged": lost,
            "corrupt": corrupt + len(set(rows) - routed)}


def test_batch_file_kill_trials(tmp_path, hub_documents, request):
    share = tmp_path / "share"
    share.mkdir()
    routing = str(routing_file(tmp_path, share, city="*"))  # every household
    hub, device = hub_and_device(tmp_path, routing, hub_documents)
    people, rng = adults(device.store, 12), random.Random(23)
    trials = [(point, None) for point in POINTS for _ in range(2)] + [(None, rng.uniform(0.05, 0.5)) for _ in range(4)]
    totals, failures, killed, submitted = Counter(), [], 0, 0
    try:
        for trial, (crash_at, kill_after) in enumerate(trials):
            if people:
                number, person = people.pop()
                submit(device.store, number, "S03", person)
                assert device.sync().complete
                submitted += 1
            killed += run_child(hub, routing, crash_at, kill_after) in (137, -signal.SIGKILL)
            heal(hub, routing)
            verdict = verdict_of(hub, share)
            totals.update(verdict)
            if any(verdict.values()):
                failures.append(f"trial {trial} ({crash_at or 'random kill'}): {verdict}")
                break
    finally:
        record_trials(request.config, "batch-file kill trials", len(trials),
                      {k: totals[k] for k in ("lost", "duplicated", "unconverged", "corrupt")})
        device.store.close()
        hub.close()
    assert not failures, failures
    assert killed >= len(POINTS), "the named points did not stop the delivering hub"
    assert len(listing(hub.db)) == submitted == len(trials)  # every application routed, every trial a new one
