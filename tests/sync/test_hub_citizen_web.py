"""`kiosk-hub serve --citizen-port`: the citizens' pages (/s/) from a process of their own, the device
API's workers at a lower CPU priority, so a status lookup never waits behind sync batches for a
worker's GIL, database pool or core. Each part answers only its own paths; the citizens' process
reads the same database and secret (a lookup there finds what a device sent), and it ends with
`serve`, also when `serve` is killed."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import requests

from sync.hub.process import HubProcess
from tests.sync.test_status_page import submit_one

API_NICE = 10  # serve's default --api-nice


def children_of(pid: int) -> dict[int, str]:
    """The live child processes of `pid`: their ids and command lines."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid and stat.rsplit(")", 1)[1].split()[0] != "Z":
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue  # ended while being read
    return found


def ended(pid: int, within_s: float = 30.0) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            if (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                return True  # a zombie has ended; its parent has not reaped it yet
        except (FileNotFoundError, ProcessLookupError):
            return True
        time.sleep(0.1)
    return False


def test_the_citizens_pages_are_served_apart_and_ahead_of_the_api(hub, device):
    view, _person, birth = submit_one(device)
    served = HubProcess(hub.db_url, "", workers=1, decisions="off", citizen_web=True)
    try:
        assert served.citizen_url != served.url
        lookup = requests.post(served.citizen_url + "/s/?lang=en", data={"tracking": view.tracking_no,
                                                                         "birth": birth.isoformat()}, timeout=30)
        assert lookup.status_code == 200 and view.tracking_no in lookup.text
        assert "server-timing" in lookup.headers
        assert requests.get(served.url + "/v1/health", timeout=30).status_code == 200
        assert requests.post(served.url + "/s/", data={"tracking": view.tracking_no}, timeout=30).status_code == 404
        assert requests.get(served.citizen_url + "/v1/health", timeout=30).status_code == 404

        citizen_web = [pid for pid, command in children_of(served.process.pid).items() if " citizen-web " in command]
        assert len(citizen_web) == 1
        own = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, citizen_web[0]) == own
        assert os.getpriority(os.PRIO_PROCESS, served.process.pid) == min(19, own + API_NICE)

        os.kill(served.process.pid, signal.SIGKILL)  # no chance to stop its child: the child ends by itself
        served.process.wait(30)
        assert ended(citizen_web[0])
    finally:
        served.stop()


def test_a_stopped_hub_stops_its_citizens_pages(tmp_path):
    served = HubProcess(tmp_path / "hub.db", "", workers=2, decisions="off", citizen_web=True)
    try:
        children = children_of(served.process.pid)
        citizen_web = [pid for pid, command in children.items() if " citizen-web " in command]
        workers = [pid for pid, command in children.items() if "spawn_main" in command]
        assert len(citizen_web) == 1 and workers
        assert all(os.getpriority(os.PRIO_PROCESS, pid) > os.getpriority(os.PRIO_PROCESS, citizen_web[0])
                   for pid in workers)  # the API's workers inherit its lower priority
    finally:
        served.stop()
    assert ended(citizen_web[0], within_s=5)  # stopped, not left running
