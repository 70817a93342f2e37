"""`make demo-agency`: the demo district's hub and the reference agency on loopback, so a visitor
sees an application go from the laptop to the agency's inbox and the caseworker's decision come
back. Once: the hub gets the demo store's households and a routing table sending S03, S07 and S16
to the agency, and the demo store is enrolled with it. Then both run until Ctrl-C (or SIGTERM),
which stops them both."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import requests
import yaml

if TYPE_CHECKING:
    from kiosk.db.store import Store

DEMO_SCOPE = "臺北市萬華區福星里"
SERVICES = ("S03", "S07", "S16")
START_TIMEOUT_S = 60.0


def _routing(folder: Path, agency_url: str) -> Path:
    path = folder / "routing.yaml"
    path.write_text(yaml.safe_dump({
        "version": "demo-1",
        "agencies": {"demo-agency": {"name": "示範機關（參考實作）", "connector": "fhir", "endpoint": agency_url + "/fhir"}},
        "routes": [{"service": code, "city": "*", "district": "*", "agency": "demo-agency"} for code in SERVICES],
    }, allow_unicode=True), encoding="utf-8")
    return path


def _wait_until_up(url: str, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not start")
        time.sleep(0.2)


def _prepare_hub(store: Store, hub_db: str) -> bool:
    """The demo households on the hub, the first time; True when it was new."""
    from kiosk.households.importer import iter_documents
    from sync.hub.db import HubDatabase
    from sync.hub.households import import_documents

    db = HubDatabase(hub_db)
    try:
        db.create()
        from sqlalchemy import func, select

        from sync.hub import schema

        with db.read() as conn:
            if conn.execute(select(func.count()).select_from(schema.household)).scalar():
                return False
        import_documents(db, iter_documents(store), DEMO_SCOPE)
        return True
    finally:
        db.dispose()


def _enroll(store: Store, hub_url: str, hub_db: str) -> None:
    """Enrol the demo store with this hub unless it already is."""
    from sync.client.config import enroll, enrolment
    from sync.hub.auth import new_enrollment_code
    from sync.hub.db import HubDatabase

    current = enrolment(store)
    if current is not None and current.hub_url == hub_url:
        return
    db = HubDatabase(hub_db)
    try:
        code = new_enrollment_code(db, DEMO_SCOPE, "示範里幹事")
    finally:
        db.dispose()
    enroll(store, hub_url, code, "demo")


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main(argv: list[str] | None = None) -> int:
    from kiosk.db.store import Store
    from kiosk.i18n import tr

    parser = argparse.ArgumentParser(prog="python -m sync.demo_agency", description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="the demo store (make demo builds it)")
    parser.add_argument("--hub-port", type=int, default=8470)
    parser.add_argument("--agency-port", type=int, default=8480)
    args = parser.parse_args(argv)
    folder = args.data_dir.with_name(args.data_dir.name + "-agency")  # hub and agency files beside the store
    folder.mkdir(parents=True, exist_ok=True)
    hub_url, agency_url = f"http://127.0.0.1:{args.hub_port}", f"http://127.0.0.1:{args.agency_port}"
    hub_db = f"sqlite:///{folder / 'hub.db'}"
    pin = os.environ.get("KIOSK_PIN", "246810")
    store = Store.open(args.data_dir, pin)
    stopping: list[int] = []
    signal.signal(signal.SIGTERM, lambda signum, _frame: stopping.append(signum))
    processes: list[subprocess.Popen[bytes]] = []
    try:
        with store:  # closed before serving: the app opens it meanwhile
            _prepare_hub(store, hub_db)
            processes.append(subprocess.Popen([sys.executable, "-m", "sync.agency", "--port", str(args.agency_port),
                                               "--db", str(folder / "agency.db")]))
            _wait_until_up(agency_url + "/", processes[-1], "the agency")
            processes.append(subprocess.Popen([sys.executable, "-m", "sync.hub.cli", "serve", "--port",
                                               str(args.hub_port), "--db", hub_db,
                                               "--routing", str(_routing(folder, agency_url))]))
            _wait_until_up(hub_url + "/v1/health", processes[-1], "the hub")
            _enroll(store, hub_url, hub_db)
        print(tr("demo.agency.ready", hub=hub_url, agency=agency_url), flush=True)
        print(tr("demo.agency.steps", path=str(args.data_dir)), flush=True)
        while not stopping and all(p.poll() is None for p in processes):
            time.sleep(0.2)
    except KeyboardInterrupt:
        stopping.append(signal.SIGINT)
    finally:
        _stop(processes)
    print(tr("demo.agency.stopped"), flush=True)
    return 0 if stopping else 1  # 1: the hub or the agency ended by itself


if __name__ == "__main__":
    sys.exit(main())
