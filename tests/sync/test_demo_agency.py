"""`make demo-agency` (issue 23): the demo's hub and the reference agency start on loopback, the
demo store is enrolled with the hub that holds its households and routes S03/S07/S16 to the
agency, and SIGTERM (as Ctrl-C) stops both. A real subprocess, as make runs it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import requests
from sqlalchemy import select

from kiosk.db.store import Store
from sync.hub import schema
from sync.hub.db import HubDatabase
from sync.hub.process import free_port
from sync.hub.routing import load
from tests.store_template import TEST_PIN, template_store


def test_demo_agency_starts_the_hub_and_the_agency_and_stops_both(tmp_path, reference_documents):
    from kiosk.households.importer import import_documents
    from sync.client.config import enrolment

    store = template_store(tmp_path / "demo")
    import_documents(store, reference_documents)
    store.close()
    hub_port, agency_port = free_port(), free_port()
    demo = subprocess.Popen([sys.executable, "-m", "sync.demo_agency", "--data-dir", str(tmp_path / "demo"),
                             "--hub-port", str(hub_port), "--agency-port", str(agency_port)],
                            env=dict(os.environ, KIOSK_PIN=TEST_PIN, KIOSK_LANG="en"), stdout=subprocess.PIPE,
                            text=True, encoding="utf-8")
    try:
        ready = demo.stdout.readline()
        assert f"http://127.0.0.1:{hub_port}" in ready and f"http://127.0.0.1:{agency_port}" in ready, ready
        assert "Open the app" in demo.stdout.readline()
        assert requests.get(f"http://127.0.0.1:{hub_port}/v1/health", timeout=10).status_code == 200
        assert requests.get(f"http://127.0.0.1:{agency_port}/", timeout=10).status_code == 200  # the caseworker's inbox
        demo.send_signal(signal.SIGTERM)
        assert demo.wait(60) == 0
        assert "stopped" in demo.stdout.read()
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
    for port in (hub_port, agency_port):  # both children gone with it
        try:
            requests.get(f"http://127.0.0.1:{port}/", timeout=2)
            raise AssertionError(f"port {port} still answers")
        except requests.ConnectionError:
            pass
    with Store.open(tmp_path / "demo", TEST_PIN) as reopened:
        enrolled = enrolment(reopened)
    assert enrolled is not None and enrolled.hub_url == f"http://127.0.0.1:{hub_port}"
    routing = load(tmp_path / "demo-agency" / "routing.yaml")
    assert routing.agency_for("S07", "臺北市", "萬華區").endpoint == f"http://127.0.0.1:{agency_port}/fhir"
    hub = HubDatabase(f"sqlite:///{tmp_path / 'demo-agency' / 'hub.db'}")
    try:
        with hub.read() as conn:
            on_hub = set(conn.execute(select(schema.household.c.household_no)).scalars())
    finally:
        hub.dispose()
    assert on_hub == {d["household_no"] for d in reference_documents}
