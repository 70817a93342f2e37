"""Delivery throughput (issue 23): 1,000 revisions a device uploaded to the hub, delivered by the
hub's worker to the reference agency in its own process on loopback. Target: within 10 s.

The upload reuses the sync benchmark's cached queue; the agency starts only after it, so every
delivery is still waiting (made due again at once) when the clock starts. Three alternating runs
of the hub's way (batches of FHIR transactions, several in flight) and of the baseline (one
transaction per request, one at a time), each on a fresh copy of the hub and a fresh agency;
the medians and their ratio are the figures."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

from bench.common import write_result
from bench.sync_bench import APPLICATIONS, UPLOAD_WAYS, HubProcess, _engine_upload, _enrolled_copy, _prepared_queue
from sync.hub.delivery import DeliveryPolicy

TARGET_S = 10.0
BATCH = 10  # the reference agency takes FHIR batches of transactions (routing table `batch`)
RUNS = 3
WAYS = {"batched": (BATCH, DeliveryPolicy().concurrency), "one_at_a_time": (1, 1)}  # (batch, in flight)


def _routing(folder: Path, endpoint: str, batch: int = BATCH) -> Path:
    import yaml

    path = folder / "routing.yaml"
    path.write_text(yaml.safe_dump({
        "version": "bench", "agencies": {"bench": {"name": "測試機關", "connector": "fhir", "endpoint": endpoint, "batch": batch}},
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


def _deliver_once(template: Path, work: Path, port: int, batch: int, concurrency: int) -> dict:
    """Deliver every revision of a copy of `template` to a fresh agency on `port` (the endpoint each
    delivery was routed to when the hub accepted its revision); the figures of that run."""
    from sqlalchemy import func, select, update

    from sync.hub import schema
    from sync.hub.db import HubDatabase, utcnow
    from sync.hub.delivery.fhir_connector import FhirConnector
    from sync.hub.delivery.worker import run_once
    from sync.hub.routing import load

    work.mkdir()
    shutil.copyfile(template, work / "hub.db")
    routing = _routing(work, f"http://127.0.0.1:{port}/fhir", batch)
    db = HubDatabase(f"sqlite:///{work / 'hub.db'}")
    with db.write() as conn:  # the hub tried an absent agency meanwhile: start every delivery afresh
        conn.execute(update(schema.delivery).values(state="pending", attempts=0, due_at=utcnow()))
        waiting = conn.execute(select(func.count()).select_from(schema.delivery)).scalar()
    agency = _agency(work, port)
    try:
        policy, table, connector = DeliveryPolicy(poll_s=3600, concurrency=concurrency), load(routing), FhirConnector()
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
    finally:
        db.dispose()
        agency.terminate()
        agency.wait(30)
    return {"deliveries": waiting, "delivered": delivered, "seconds": round(elapsed, 2),
            "hub_cpu_s": round(hub_cpu, 2), "agency_cpu_s": round(agency_cpu, 2)}


def run(households: int = 100_000) -> dict:  # noqa: ARG001 - the district size does not matter here
    from sync.hub.process import free_port

    work = Path(tempfile.mkdtemp(prefix="kiosk-bench-delivery-"))
    port = free_port()
    os.environ["KIOSK_HUB_ROUTING"] = str(_routing(work, f"http://127.0.0.1:{port}/fhir"))  # the hub process reads it
    try:
        source, hub_db = _prepared_queue()
        template = work / "uploaded.db"
        shutil.copyfile(hub_db, template)
        hub = HubProcess(template)
        try:
            store = _enrolled_copy(source, work / "device", hub)
            _engine_upload(store, UPLOAD_WAYS["batched"])
            store.close()
        finally:
            hub.stop()
        runs: dict[str, list[dict]] = {way: [] for way in WAYS}
        for index in range(RUNS):
            for way, (batch, concurrency) in WAYS.items():
                figures = _deliver_once(template, work / f"{way}-{index}", port, batch, concurrency)
                runs[way].append(figures)
                print(f"  run {index + 1} {way}: {figures['delivered']} of {figures['deliveries']} in "
                      f"{figures['seconds']:.2f} s (CPU: hub {figures['hub_cpu_s']:.1f} s, agency {figures['agency_cpu_s']:.1f} s)")
        median = {way: statistics.median(r["seconds"] for r in figures) for way, figures in runs.items()}
        product = runs["batched"]
        result = {"applications": APPLICATIONS, "deliveries": product[0]["deliveries"],
                  "delivered": min(r["delivered"] for r in product),
                  "seconds": median["batched"], "per_second": round(product[0]["deliveries"] / median["batched"], 1),
                  "runs_s": [r["seconds"] for r in product],
                  "hub_cpu_s": statistics.median(r["hub_cpu_s"] for r in product),
                  "agency_cpu_s": statistics.median(r["agency_cpu_s"] for r in product),
                  "concurrency": WAYS["batched"][1], "batch": BATCH,
                  "one_at_a_time_s": median["one_at_a_time"], "one_at_a_time_runs_s": [r["seconds"] for r in runs["one_at_a_time"]],
                  "batched_vs_one_at_a_time": round(median["one_at_a_time"] / median["batched"], 2),
                  "batched_wins_every_run": all(b["seconds"] < o["seconds"] for b, o in zip(product, runs["one_at_a_time"])),
                  "target_s": TARGET_S, "met": median["batched"] <= TARGET_S
                  and all(r["delivered"] == r["deliveries"] for r in product)}
        print(f"  median {result['seconds']:.2f} s for {result['deliveries']} deliveries ({result['per_second']}/s; "
              f"target {TARGET_S} s); one at a time {result['one_at_a_time_s']:.2f} s: "
              f"{result['batched_vs_one_at_a_time']}x")
        write_result("delivery", result)
        return result
    finally:
        os.environ.pop("KIOSK_HUB_ROUTING", None)
        shutil.rmtree(work, ignore_errors=True)
