"""`make bench-hub`: the hub under a county's load, on loopback, for a bounded time.

Starts a PostgreSQL server (sync/hub/local_postgres.py, fsync on), imports the county's households
(bench/hub_load/workload.py), serves the hub with several uvicorn workers, runs locust headless
(bench/hub_load/locustfile.py) and writes bench/results/hub_load.json: devices, the offered load,
requests/s, revisions/s, p50/p95/p99 per request type, errors, the status page's server time, the
CPU seconds of the hub's workers, PostgreSQL and locust. Then it checks the hub's data: every
revision a device got a receipt for is stored exactly once, with its digest.

The devices offer a stated load on a fixed rhythm (--offered revisions/s; default 2.75 per device,
550 from 200): not a saturation test. --offered 0 makes one (devices never pause); --saturation S
adds a labelled saturation run of S seconds to the result.

  python -m bench.hub_load.run [--devices 200] [--citizens 100] [--seconds 120] [--workers 3]
                               [--db postgresql|sqlite] [--batch 25] [--offered REV_PER_S]
                               [--saturation SECONDS] [--decisions off|background]
                               [--citizen-web own|shared] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.common import RESULTS, percentile
from bench.hub_load import cpu, workload

LOCUSTFILE = Path(__file__).with_name("locustfile.py")
DEVICES_PER_SCOPE = 4  # a village's officers and volunteers
HOUSEHOLDS_PER_SCOPE = 120
GOALS = {"revisions_per_s": 500, "p99_ms": 500, "errors": 0, "status_page_p95_server_ms": 50}


def exactly_once(db_url: str, acknowledged: list[list]) -> dict:
    """Every acknowledged (application, revision, digest) stored once with that digest; nothing stored twice."""
    from sqlalchemy import func, select

    from sync.hub import schema
    from sync.hub.db import HubDatabase

    wanted = {(a, r): d for a, r, d in acknowledged}
    ids = sorted({a for a, _ in wanted})
    rev = schema.revision
    held: Counter = Counter()
    digests: dict[tuple[str, int], str] = {}
    db = HubDatabase(db_url)
    try:
        with db.read() as conn:
            for start in range(0, len(ids), 1000):
                for row in conn.execute(select(rev.c.application_id, rev.c.revision, rev.c.digest)
                                        .where(rev.c.application_id.in_(ids[start:start + 1000]))):
                    held[(row.application_id, row.revision)] += 1
                    digests[(row.application_id, row.revision)] = row.digest
            stored = conn.execute(select(func.count()).select_from(rev)).scalar_one()
            same_content = conn.execute(select(func.count()).select_from(
                select(rev.c.digest).group_by(rev.c.digest).having(func.count() > 1).subquery())).scalar_one()
    finally:
        db.dispose()
    lost = sorted(k for k, d in wanted.items() if held.get(k, 0) == 0 or digests.get(k) != d)
    return {"acknowledged": len(wanted), "stored": stored, "lost": len(lost),
            "duplicated": sum(n - 1 for n in held.values() if n > 1) + same_content,
            "stored_without_receipt": stored - sum(1 for k in wanted if held.get(k)),
            "lost_examples": [list(k) for k in lost[:5]]}


def _uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


def load_description(devices: int, batch: int, offered: float) -> dict:
    """What the devices offer, stated in the result so nobody mistakes a paced run for a saturation one."""
    pacing = workload.pacing_s(devices, batch, offered)
    if pacing == 0:
        return {"kind": "saturation", "pacing_s": 0, "offered_revisions_per_s": None,
                "what": "every device sends its next request as soon as the last is answered: the most the "
                        "machine serves, not a county's load; latency here is queueing"}
    return {"kind": "paced", "pacing_s": round(pacing, 3), "offered_revisions_per_s": round(offered, 1),
            "what": f"each device starts a task every {pacing:.2f} s on its own schedule (random phase; task mix "
                    f"{workload.TASK_WEIGHTS}, {workload.revisions_per_task(batch):.2f} revisions per task on "
                    "average): the offered load is fixed, whatever the hub's latency"}


def run_load(devices: int, citizens: int, seconds: int, backend: str, workers: int, batch: int,
             work: Path, decisions: str = "off", citizen_web: str = "own", api_nice: int | None = None,
             offered: float | None = None) -> dict:
    """One bounded run in `work` (a scratch folder); the figures and the exactly-once check.
    `offered`: revisions/s the devices offer on their rhythm (default: REVISIONS_PER_DEVICE_S each; 0: no rhythm)."""
    offered = workload.REVISIONS_PER_DEVICE_S * devices if offered is None else offered
    load = load_description(devices, batch, offered)
    from sync.hub.db import HubDatabase
    from sync.hub.local_postgres import TempPostgres, new_database
    from sync.hub.process import HubProcess

    server = TempPostgres(durable=True).start() if backend == "postgresql" else None
    try:
        url = new_database(server.url) if server else f"sqlite:///{work / 'hub.db'}"
        db = HubDatabase(url)
        db.create()
        plan = workload.build_plan(db, devices, DEVICES_PER_SCOPE, HOUSEHOLDS_PER_SCOPE, seed=7)
        db.dispose()
        plan_file, out_file = work / "plan.json", work / "locust.json"
        workload.write_plan(plan, plan_file)
        os.environ["KIOSK_HUB_SNAPSHOTS"] = str(work / "snapshots")  # the hub processes' shared cache
        load_before = _uptime()
        nice = ("--api-nice", str(api_nice)) if api_nice is not None else ()
        hub = HubProcess(url, "", workers=workers, decisions=decisions, extra_args=("--trusted-proxy", "127.0.0.1", *nice),
                         citizen_web=citizen_web == "own")
        try:
            environment = {**os.environ, "KIOSK_LOAD_PLAN": str(plan_file), "KIOSK_LOAD_OUT": str(out_file),
                           "KIOSK_LOAD_DEVICES": str(devices), "KIOSK_LOAD_CITIZENS": str(citizens),
                           "KIOSK_LOAD_BATCH": str(batch), "KIOSK_LOAD_CITIZEN_HOST": hub.citizen_url,
                           "KIOSK_LOAD_PACING_S": str(load["pacing_s"])}
            citizen_pid = cpu.child_pid(hub.process.pid, "citizen-web")
            postmaster = cpu.postmaster_pid(server.data) if server else None
            cpu_before = _cpu(hub.process.pid, citizen_pid, postmaster)
            subprocess.run([sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless", "--only-summary",
                            "--users", str(devices + citizens), "--spawn-rate", str(max(10, devices // 10)),
                            "--run-time", f"{seconds}s", "--stop-timeout", "90", "--host", hub.url,
                            "--loglevel", "WARNING", "--exit-code-on-error", "0"],
                           env=environment, check=True, timeout=seconds + 600, cwd=Path(__file__).parents[2])
            cpu_after = _cpu(hub.process.pid, citizen_pid, postmaster)
        finally:
            hub.stop()
        load_after = _uptime()
        figures = json.loads(out_file.read_text(encoding="utf-8"))
        check = exactly_once(url, figures.pop("acknowledged"))
    finally:
        if server:
            server.stop()
    result = _result(figures, check, devices, citizens, backend, workers, batch, load_before, load_after)
    used = {part: round(cpu_after[part] - cpu_before[part], 1) for part in cpu_before}
    return {"load": load, "offered_revisions_per_s": load["offered_revisions_per_s"], **result,
            "cpu_seconds": used, "cpu_ms_per_revision": _per_revision(used, result["revisions_accepted"]),
            "decisions": decisions, "citizen_web": citizen_web, "api_nice": api_nice}


def _cpu(hub_pid: int, citizen_pid: int | None, postmaster: int | None) -> dict[str, float]:
    """CPU seconds so far of the hub's API workers, its citizens' process, PostgreSQL and locust."""
    hub = cpu.tree_cpu_s(hub_pid)
    citizens = cpu.tree_cpu_s(citizen_pid) if citizen_pid else 0.0
    return {"hub_api": hub - citizens, "citizen_web": citizens,
            "postgresql": cpu.tree_cpu_s(postmaster) if postmaster else 0.0, "locust": cpu.waited_children_cpu_s()}


def _per_revision(used: dict[str, float], accepted: int) -> dict[str, float | None]:
    """The hub's and the database's CPU per accepted revision: comparable between runs on a busy machine."""
    if not accepted:
        return {"hub_api": None, "postgresql": None, "hub_api_and_postgresql": None}
    return {"hub_api": round(used["hub_api"] * 1000 / accepted, 3),
            "postgresql": round(used["postgresql"] * 1000 / accepted, 3),
            "hub_api_and_postgresql": round((used["hub_api"] + used["postgresql"]) * 1000 / accepted, 3)}


def _result(figures: dict, check: dict, devices: int, citizens: int, backend: str, workers: int, batch: int,
            load_before: str, load_after: str) -> dict:
    seconds = figures["seconds"] or 1.0
    server_ms = figures.pop("status_server_ms")
    accepted = figures["items"].get("accepted", 0)
    revisions_per_s = round(accepted / seconds, 1)
    errors = figures["failures"] + sum(n for k, n in figures["items"].items() if k.startswith("refused_"))
    status_p95 = round(percentile(server_ms, 95), 2) if server_ms else None
    worst_p99 = max((r["p99_ms"] for r in figures["by_request"].values()), default=0)
    return {
        "devices": devices, "citizens": citizens, "database": backend, "hub_workers": workers, "batch_size": batch,
        "seconds": seconds, "cores": os.cpu_count(), "uptime_before": load_before, "uptime_after": load_after,
        "devices_enrolled": figures["devices_started"], "requests": figures["requests"],
        "requests_per_s": round(figures["requests"] / seconds, 1),
        "revisions_accepted": accepted, "revisions_per_s": revisions_per_s, "revision_outcomes": figures["items"],
        "latency_all": figures["all"], "latency_by_request": figures["by_request"],
        "errors": errors, "error_list": figures["errors"],
        "status_page_server_ms": {"p50": round(percentile(server_ms, 50), 2) if server_ms else None,
                                  "p95": status_p95, "lookups": len(server_ms)},
        "exactly_once": check,
        "goals": {**GOALS, "met": {
            "revisions_per_s": revisions_per_s >= GOALS["revisions_per_s"],
            "p99_ms": worst_p99 <= GOALS["p99_ms"], "errors": errors == 0,
            "status_page_p95_server_ms": status_p95 is not None and status_p95 <= GOALS["status_page_p95_server_ms"],
            "exactly_once": check["lost"] == 0 and check["duplicated"] == 0}},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench-hub", description=__doc__.split("\n\n")[0])
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--citizens", type=int, default=100, help="status page lookups going on meanwhile")
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--workers", type=int, default=3, help="uvicorn worker processes of the hub")
    parser.add_argument("--db", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--batch", type=int, default=25, help="revisions per batch request")
    parser.add_argument("--offered", type=float, help="revisions/s the devices offer on a fixed rhythm (default: "
                        f"{workload.REVISIONS_PER_DEVICE_S} per device); 0: no rhythm, a saturation run")
    parser.add_argument("--saturation", type=int, default=0, metavar="SECONDS",
                        help="also a saturation run this long (devices never pause), added as 'saturation'")
    parser.add_argument("--decisions", choices=("off", "background"), default="off",
                        help="off (default): the hub only receives, as its workers do when one `kiosk-hub assess "
                             "--watch` decides for all of them elsewhere; background: each hub worker decides too")
    parser.add_argument("--citizen-web", choices=("own", "shared"), default="own",
                        help="own (default): the status page from its own process, as `serve --citizen-port` "
                             "deploys it; shared: from the API's workers, as before")
    parser.add_argument("--api-nice", type=int, help="with --citizen-web own: the API workers' niceness "
                                                     "(default: kiosk-hub serve's)")
    parser.add_argument("--out", type=Path, default=RESULTS / "hub_load.json")
    args = parser.parse_args(argv)
    if args.db == "sqlite" and args.workers > 1:
        parser.error("several hub workers need PostgreSQL")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hub-load-") as work:
        result = run_load(args.devices, args.citizens, args.seconds, args.db, args.workers, args.batch, Path(work),
                          args.decisions, args.citizen_web, args.api_nice, args.offered)
    if args.saturation:
        with tempfile.TemporaryDirectory(prefix="hub-load-") as work:
            most = run_load(args.devices, args.citizens, args.saturation, args.db, args.workers, args.batch, Path(work),
                            args.decisions, args.citizen_web, args.api_nice, offered=0)
        result["saturation"] = {"what": most["load"]["what"], **{k: most[k] for k in (
            "seconds", "uptime_before", "uptime_after", "revisions_per_s", "requests_per_s", "latency_all",
            "errors", "cpu_seconds", "cpu_ms_per_revision", "exactly_once")}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    once = result["exactly_once"]
    print(f"{result['devices_enrolled']} devices offering {result['offered_revisions_per_s']} revisions/s: "
          f"{result['requests_per_s']} requests/s, "
          f"{result['revisions_per_s']} revisions/s, p99 {result['latency_all']['p99_ms']} ms, "
          f"{result['errors']} errors, status page p95 {result['status_page_server_ms']['p95']} ms server time; "
          f"{once['acknowledged']} acknowledged: {once['lost']} lost, {once['duplicated']} duplicated "
          f"({time.perf_counter() - started:.0f} s in all) -> {args.out}; CPU ms per revision "
          f"{result['cpu_ms_per_revision']}" + (f"; saturation {result['saturation']['revisions_per_s']} revisions/s"
                                                if "saturation" in result else ""))
    checks = [once, *([result["saturation"]["exactly_once"]] if "saturation" in result else [])]
    return 0 if all(c["lost"] == 0 and c["duplicated"] == 0 for c in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
