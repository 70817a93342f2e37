"""A real hub on loopback (uvicorn in a thread, its own database), enrolled devices with real
encrypted stores, and the fault proxy between them."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from tests.conftest import REFERENCE_DAY
from tests.sync.proxy import FaultPlan, FaultProxy

SCOPE = "臺北市萬華區福星里"


def _prompt_server(config):  # a uvicorn.Server that stops in about 10 ms instead of 150-200
    import asyncio
    import contextlib

    import uvicorn

    class PromptServer(uvicorn.Server):
        """uvicorn's server, minus two pauses that only cost the tests time (they stop a few hundred
        hubs): stop_serving wakes its main loop at once instead of at the next of uvicorn's 0.1 s
        ticks, and at shutdown it lets the connections go without first sleeping 100 ms. What shutting
        down does is uvicorn's own: stop accepting, end the connections, wait for those mid-response,
        then the app's lifespan shutdown."""

        wake: asyncio.Event | None = None
        loop: asyncio.AbstractEventLoop | None = None

        def stop_now(self) -> None:  # from another thread
            self.should_exit = True  # first: a main loop not yet waiting sees it on its first tick
            if self.loop is not None and self.wake is not None:
                self.loop.call_soon_threadsafe(self.wake.set)

        async def main_loop(self) -> None:
            self.wake, self.loop = asyncio.Event(), asyncio.get_running_loop()
            tick = 0
            while not await self.on_tick(tick):
                tick = (tick + 1) % 864000
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wake.wait(), 0.1)  # uvicorn's tick, unless woken

        async def shutdown(self, sockets=None) -> None:
            for server in self.servers:
                server.close()
            for connection in list(self.server_state.connections):
                connection.shutdown()
            await asyncio.sleep(0)  # the connections' own tasks run once, to close what is idle
            await self._wait_tasks_to_complete()
            if not self.force_exit:
                await self.lifespan.shutdown()

    return PromptServer(config)


class HeldPort:
    """A loopback port kept for one server across its restarts: a socket bound to it, never listening,
    with SO_REUSEADDR as the server's own (asyncio's) socket has, so the server can bind it again while
    no other socket can, nor can the kernel hand it out as a client connection's own port. A port only
    found free once lost a restart to "address already in use" (a hub restarted mid-test, 1 run in 12).
    Connections to it while the server is stopped are still refused."""

    def __init__(self) -> None:
        import socket

        self._socket = socket.socket()
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        self.port: int = self._socket.getsockname()[1]

    def release(self) -> None:
        self._socket.close()


def serve_in_thread(app, port: int, name: str):
    """(uvicorn server, thread) serving `app` on loopback, once it accepts connections."""
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="on",
                            timeout_keep_alive=30, proxy_headers=False)  # as `kiosk-hub serve` runs it
    server = _prompt_server(config)
    thread = threading.Thread(target=server.run, name=name, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"{name} did not start")
        time.sleep(0.02)
    return server, thread


def stop_serving(server, thread) -> None:
    """Stop what serve_in_thread started (nothing when it is not running); returns None for the caller's field."""
    if server is not None:
        server.stop_now()
        thread.join(20)


class LiveHub:
    """The reference hub served by uvicorn in a background thread; restartable on the same port."""

    def __init__(self, db_url: str, inline_decisions: bool = False, background_decisions: bool = True,
                 trusted_proxies: frozenset[str] = frozenset()) -> None:
        from sync.hub.db import HubDatabase

        self.db_url = db_url
        self.inline_decisions = inline_decisions
        self.background_decisions = background_decisions
        self.trusted_proxies = trusted_proxies
        self._port = HeldPort()
        self.port = self._port.port
        self.db = HubDatabase(db_url)
        self.db.create()
        self._server = None
        self._thread = None
        self.app = None
        self.settings: dict = {}  # further HubSettings (routing, delivery policy) for tests that need them

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "LiveHub":
        from sync.hub.app import HubSettings, create_app

        self.app = create_app(HubSettings(db_url=self.db_url, inline_decisions=self.inline_decisions,
                                          background_decisions=self.background_decisions, test_faults=True,
                                          today=lambda: REFERENCE_DAY, trusted_proxies=self.trusted_proxies,
                                          **self.settings))
        self._server, self._thread = serve_in_thread(self.app, self.port, "hub")
        return self

    def stop(self) -> None:
        self._server = stop_serving(self._server, self._thread)

    def restart(self) -> None:
        self.stop()
        self.start()

    def faults(self, **values) -> dict:
        response = requests.post(self.url + "/v1/_test/faults", json=values, timeout=10)
        response.raise_for_status()
        return response.json()

    def import_documents(self, documents: list[dict], scope: str = SCOPE) -> dict:
        from sync.hub.households import import_documents

        return import_documents(self.db, documents, scope)

    def enrollment_code(self, scope: str = SCOPE) -> str:
        from sync.hub.auth import new_enrollment_code

        return new_enrollment_code(self.db, scope, "王里幹事")

    def revisions(self) -> list[dict]:
        from sync.hub.cli import list_revisions

        return list_revisions(self.db)

    def backup(self, folder: Path) -> str:
        """A copy of the hub's database as of now (the hub is stopped meanwhile)."""
        from sync.hub.cli import main as hub_cli

        self.stop()
        self.db.dispose()
        if self.db.is_sqlite:
            target = str(folder / f"backup-{time.monotonic_ns()}.db")
            assert hub_cli(["backup", target, "--db", self.db_url]) == 0
        else:
            target = "hub_backup_" + str(time.monotonic_ns())
            self._postgres(f'CREATE DATABASE "{target}" TEMPLATE "{self.db.engine.url.database}"')
        self.start()
        return target

    def restore(self, backup: str) -> None:
        """Put the backup back and start a new epoch, as the operator's procedure says."""
        from sync.hub.cli import main as hub_cli

        self.stop()
        self.db.dispose()
        if self.db.is_sqlite:
            assert hub_cli(["restore", backup, "--db", self.db_url]) == 0
        else:
            name = self.db.engine.url.database
            self._postgres(f'DROP DATABASE "{name}" WITH (FORCE)')
            self._postgres(f'CREATE DATABASE "{name}" TEMPLATE "{backup}"')
            assert hub_cli(["new-epoch", "--db", self.db_url]) == 0
        self.start()

    def _postgres(self, statement: str) -> None:
        import psycopg

        server = self.db.engine.url.set(drivername="postgresql", database="postgres").render_as_string(
            hide_password=False)
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(statement)

    def close(self) -> None:
        self.stop()
        self.db.dispose()
        self._port.release()


@dataclass
class Device:
    """An enrolled kiosk: its store and a way to run sync cycles (optionally through a proxy)."""

    store: object
    hub: LiveHub
    url: str

    def engine(self, url: str | None = None, *, read_timeout: float = 5.0, max_seconds: float = 60.0,
               backoff_base: float = 0.02, backoff_cap: float = 0.2, breaker=None, progress=None):
        from sync.client.config import client_for
        from sync.client.engine import SyncEngine, SyncOptions
        from sync.client.resilience import BackoffPolicy, CircuitBreaker

        client, _ = client_for(self.store, url or self.url, connect_timeout=2.0, read_timeout=read_timeout,
                               keep_alive=url is None)
        options = SyncOptions(max_seconds=max_seconds, page_size=200,
                              backoff=BackoffPolicy(base_s=backoff_base, cap_s=backoff_cap, attention_interval_s=1.0))
        return SyncEngine(self.store, client, options, progress=progress,
                          breaker=breaker or CircuitBreaker(cool_down_s=0.2))

    def sync(self, url: str | None = None, **kwargs):
        engine = self.engine(url, **kwargs)
        try:
            return engine.run_cycle()
        finally:
            engine.client.close()


@pytest.fixture
def hub_documents(reference_documents) -> list[dict]:
    from kiosk.demo.generator import generate

    return list(reference_documents) + generate(40, seed=5, as_of=REFERENCE_DAY)


@pytest.fixture(scope="session")
def postgres_server():
    import os

    from tests.sync.postgres import TempPostgres

    if os.environ.get("KIOSK_TEST_PG_URL"):
        yield os.environ["KIOSK_TEST_PG_URL"]
        return
    server = TempPostgres().start()
    yield server.url
    server.stop()


@pytest.fixture
def hub(request, tmp_path: Path, hub_documents):
    """SQLite by default; modules parametrize it with "postgresql" to run against both."""
    from tests.sync.hub_template import hub_database

    backend = getattr(request, "param", "sqlite")
    server = request.getfixturevalue("postgres_server") if backend == "postgresql" else None
    live = LiveHub(hub_database(tmp_path, hub_documents, server))
    live.start()
    yield live
    live.close()


def enroll_device(hub: LiveHub, folder: Path, url: str | None = None) -> Device:
    from sync.client.config import enroll
    from tests.store_template import template_store

    store = template_store(folder)
    enroll(store, hub.url, hub.enrollment_code())
    return Device(store, hub, url or hub.url)


@pytest.fixture
def device(hub: LiveHub, tmp_path: Path):
    dev = enroll_device(hub, tmp_path / "device")
    report = dev.sync()
    assert report.complete, report
    yield dev
    dev.store.close()


@pytest.fixture
def proxy(hub: LiveHub):
    chaos = FaultProxy(hub.port, FaultPlan()).start()
    yield chaos
    chaos.stop()


def submit(store, household_no: str, service_code: str, person: str | None, answers: dict | None = None,
           attachment: bytes | None = None):
    """Start, answer, sign, consent and submit an application through the service functions."""
    from kiosk.applications import service
    from kiosk.applications.notice import notice_version
    from kiosk.applications.signatures import paper_photo, synthetic_signature
    from kiosk.catalog import load_catalog
    from kiosk.demo.applications import DEMO_ANSWERS, _answer
    import random

    svc = load_catalog().service(service_code)
    view = service.start(store, household_no=household_no, service_code=service_code, person_id_no=person)
    rng = random.Random(hash((household_no, service_code, person)) & 0xFFFF)
    given = answers or {}
    _, problems = service.set_fields(store, view.id, [
        (field.key, given[field.key] if field.key in given else _answer(field.key, rng, "2026-11-01"))
        for field in svc.fields if field.key in given or (field.key not in view.values and field.key in DEMO_ANSWERS)])
    if problems:
        raise problems[0]
    strokes = synthetic_signature(rng.randrange(10 ** 6), 900, 300)
    service.add_attachment(store, view.id, attachment or paper_photo(strokes, 900, 300), "signed_form")
    service.give_consent(store, view.id, person_id_no=person, method="signature", given_by="簽名者",
                         notice=notice_version(svc), strokes=strokes, box=(900, 300),
                         covers_health_data=svc.privacy.health_data)
    return service.submit(store, view.id)


def adults(store, limit: int = 10, born_before: str = "1961-01-01") -> list[tuple[str, str]]:
    """(household_no, id_no) of registered members old enough for the senior allowance."""
    from sqlalchemy import select

    from kiosk.db.households import Household, Person

    with store.read() as session:
        rows = session.execute(
            select(Household.household_no, Person.id_no).join(Person, Person.household_id == Household.id)
            .where(Person.registered_here.is_(True), Person.birth_date <= born_before)
            .order_by(Household.household_no, Person.ordinal)).all()
    seen, picked = set(), []
    for number, id_no in rows:
        if number not in seen:
            seen.add(number)
            picked.append((number, id_no))
    return picked[:limit]


@pytest.fixture
def agency(tmp_path: Path):
    """The reference FHIR agency on loopback (tests/sync/agency_live.py)."""
    from tests.sync.agency_live import LiveAgency

    live = LiveAgency(tmp_path / "agency.db").start()
    yield live
    live.stop()


@pytest.fixture(scope="session")
def trial_agency(tmp_path_factory):
    """One reference agency for the session's delivery trials; each chunk gives it a new store."""
    from tests.sync.agency_live import LiveAgency

    live = LiveAgency(tmp_path_factory.mktemp("trial-agency") / "agency.db").start()
    yield live
    live.stop()


@pytest.fixture(scope="session")
def delivery_template(tmp_path_factory, reference_documents) -> Path:
    """A hub database with accepted revisions whose deliveries are held (tests/sync/delivery_trials.py)."""
    from kiosk.demo.generator import generate
    from tests.sync.delivery_trials import shared_template

    return shared_template(tmp_path_factory, list(reference_documents) + generate(40, seed=5, as_of=REFERENCE_DAY))
