"""The reference agency served by uvicorn on loopback, and a routing table that points at it."""

from __future__ import annotations

import time
from pathlib import Path

import yaml


class LiveAgency:
    def __init__(self, db_path: Path) -> None:
        from sync.agency.app import create_agency_app
        from tests.sync.conftest import HeldPort

        self._port = HeldPort()  # kept across its restarts; its socket closes when this object goes
        self.port = self._port.port
        self.app = create_agency_app(str(db_path))
        self.state = self.app.state.agency
        self._server = None
        self._thread = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "LiveAgency":
        from tests.sync.conftest import serve_in_thread

        self._server, self._thread = serve_in_thread(self.app, self.port, "agency")
        return self

    def new_store(self, db_path: Path) -> None:
        """Start again with an empty inbox and no faults (trials share one served agency)."""
        from sync.agency.store import CaseStore

        self.state.faults.clear()
        old, self.state.store = self.state.store, CaseStore(db_path)
        old.close()

    def stop(self) -> None:
        from tests.sync.conftest import stop_serving

        self._server = stop_serving(self._server, self._thread)


def routing_file(folder: Path, endpoint: str, services: tuple[str, ...] = ("S03", "S07", "S16"),
                 city: str = "臺北市", batch: int = 1) -> Path:
    path = folder / "routing.yaml"
    path.write_text(yaml.safe_dump({
        "version": "test-1",
        "agencies": {"test-agency": {"name": "測試區公所", "connector": "fhir", "endpoint": endpoint, "batch": batch}},
        "routes": [{"service": s, "city": city, "district": "*", "agency": "test-agency"} for s in services],
    }, allow_unicode=True), encoding="utf-8")
    return path


def wait_for(check, timeout_s: float = 60.0, what: str = "condition"):
    """Poll until `check()` is truthy; generous, so a busy machine does not fail the test."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)
