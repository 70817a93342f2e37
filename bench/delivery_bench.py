"""Delivery throughput (issue 23): 1,000 revisions a device uploaded to the hub, delivered by the
hub's worker to the reference agency in its own process on loopback. Target: within 10 s.

The upload reuses the sync benchmark's cached queue; the agency starts only after it, so every
delivery is still waiting (made due again at once) when the clock starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

from bench.common import write_result
from bench.sync_bench import APPLICATIONS, UPLOAD_WAYS, HubProcess, _engine_upload, _enrolled_copy, _prepared_queue

TARGET_S = 10.0
BATCH = 10  # the reference agency takes FHIR batches of transactions (routing table `batch`)


def _routing(folder: Path, endpoint: str) -> Path:
    import yaml

    path = folder / "routing.yaml"
    path.write_text(yaml.safe_dump({
        "version": "bench", "agencies": {"bench": {"name": "測試機關", "connector": "fhir", "endpoint": endpoint, "batch": BATCH}},
        "routes": [{"service": code, "city": "*", "district": "*", "agency": "bench"}
                   for code in __import__("kiosk.catalog", fromlist=["load_catalog"]).load_catalog().services]},
        allow_unicode=True), encoding="utf-8")
    return path


def _cpu_s(pid: int) -> float:
    """User and system CPU seconds of a process so far (Linux /proc): on a shared machine the wall
    time says how busy the others were, the CPU time what the delivery itself cost."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _agency(folder: Path, port: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "sync.agency", "--port", str(port), "--db", str(folder / "agency.db")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            requests.get(f"http://127.0.0.1:{port}/", timeout=1)
            return process
        except requests.RequestException:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError("agency did not start")


def run(households: int = 100_000) -> dict:  # noqa: ARG001 - the district size does not matter here
    from sqlalchemy import func, select, update

    from sync.hub import schema
    from sync.hub.db import HubDatabase, utcnow
    from sync.hub.delivery import DeliveryPolicy
    from sync.hub.delivery.fhir_connector import FhirConnector
    from sync.hub.delivery.worker import run_once
    from sync.hub.process import free_port
    from sync.hub.routing import load

    work = Path(tempfile.mkdtemp(prefix="kiosk-bench-delivery-"))
    port = free_port()
    routing = _routing(work, f"http://127.0.0.1:{port}/fhir")
    os.environ["KIOSK_HUB_ROUTING"] = str(routing)  # the hub process reads it
    agency = None
    try:
        source, hub_db = _prepared_queue()
        shutil.copyfile(hub_db, work / "hub.db")
        hub = HubProcess(work / "hub.db")
        try:
            store = _enrolled_copy(source, work / "device", hub)
            _engine_upload(store, UPLOAD_WAYS["batched"])
            store.close()
        finally:
            hub.stop()
        db = HubDatabase(f"sqlite:///{work / 'hub.db'}")
        with db.write() as conn:  # the hub tried an absent agency meanwhile: start every delivery afresh
            conn.execute(update(schema.delivery).values(state="pending", attempts=0, due_at=utcnow()))
            waiting = conn.execute(select(func.count()).select_from(schema.delivery)).scalar()
        agency = _agency(work, port)
        policy, table, connector = DeliveryPolicy(poll_s=3600), load(routing), FhirConnector()
        hub_cpu, agency_cpu = _cpu_s(os.getpid()), _cpu_s(agency.pid)
        started = time.perf_counter()
        while run_once(db, table, connector, policy):
            pass
        elapsed = time.perf_counter() - started
        hub_cpu, agency_cpu = _cpu_s(os.getpid()) - hub_cpu, _cpu_s(agency.pid) - agency_cpu
        connector.close()
        with db.read() as conn:
            delivered = conn.execute(select(func.count()).select_from(schema.delivery)
                                     .where(schema.delivery.c.state == "delivered")).scalar()
        db.dispose()
        result = {"applications": APPLICATIONS, "deliveries": waiting, "delivered": delivered,
                  "seconds": round(elapsed, 2), "per_second": round(delivered / elapsed, 1),
                  "hub_cpu_s": round(hub_cpu, 2), "agency_cpu_s": round(agency_cpu, 2),
                  "concurrency": policy.concurrency, "batch": BATCH, "target_s": TARGET_S, "met": elapsed <= TARGET_S}
        print(f"  {delivered} of {waiting} deliveries in {elapsed:.2f} s ({result['per_second']}/s; target {TARGET_S} s; "
              f"CPU: hub {hub_cpu:.1f} s, agency {agency_cpu:.1f} s)")
        write_result("delivery", result)
        return result
    finally:
        os.environ.pop("KIOSK_HUB_ROUTING", None)
        if agency is not None:
            agency.terminate()
            agency.wait(30)
        shutil.rmtree(work, ignore_errors=True)
