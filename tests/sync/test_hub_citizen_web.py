"""`kiosk-hub serve --citizen-port`: the citizens' pages (/s/) from a process of their own, the device
API's workers at a lower CPU priority, so a status lookup never waits behind sync batches for a
worker's GIL, database pool or core. Each part answers only its own paths; the citizens' process
reads the same database and secret (a lookup there finds what a device sent), and it ends with
`serve`, also when `serve` is killed."""

from __future__ import annotations

import os
import signal
import socket
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


def citizen_web_of(served: HubProcess) -> list[int]:
    return [pid for pid, command in children_of(served.process.pid).items() if " citizen-web " in command]


def test_citizens_pages_that_end_are_started_again_and_it_is_logged(tmp_path):
    """Before, /s/ stayed down while serve and the API ran on as if nothing had happened."""
    log = tmp_path / "serve.log"
    served = HubProcess(tmp_path / "hub.db", "", workers=1, decisions="off", citizen_web=True, log=log)
    try:
        first, = citizen_web_of(served)
        os.kill(first, signal.SIGKILL)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            again = [pid for pid in citizen_web_of(served) if pid != first]
            if again and answers(served.citizen_url + "/s/static/kiosk.css"):
                break
            time.sleep(0.2)
        else:
            raise AssertionError("the citizens' pages were not started again")
        assert served.process.poll() is None
        assert os.getpriority(os.PRIO_PROCESS, again[0]) == os.getpriority(os.PRIO_PROCESS, 0)  # not the API's
        logged = log.read_text(encoding="utf-8")
        assert "citizens' pages (kiosk-hub citizen-web) ended with exit code -9; starting them again" in logged
    finally:
        served.stop()
    assert all(ended(pid, within_s=30) for pid in again)


def answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=5).status_code == 200
    except requests.RequestException:
        return False


def test_the_api_workers_end_with_a_killed_serve_and_free_its_port(tmp_path):
    """kill -9 of serve left uvicorn's workers holding the port: a new serve failed "Address already in use"."""
    served, workers = HubProcess(tmp_path / "hub.db", "", workers=2, decisions="off", citizen_web=True), []
    try:
        workers = [pid for pid, command in children_of(served.process.pid).items() if "spawn_main" in command]
        assert len(workers) == 2
        os.kill(served.process.pid, signal.SIGKILL)
        served.process.wait(30)
        assert all(ended(pid, within_s=60) for pid in workers)
        with socket.socket() as again:
            again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            again.bind(("127.0.0.1", served.port))
    finally:
        served.stop()
        for pid in workers:  # left running if they did not end (the test failed)
            if not ended(pid, within_s=0.5) and "spawn_main" in (Path("/proc") / str(pid) / "cmdline").read_text():
                os.kill(pid, signal.SIGKILL)
