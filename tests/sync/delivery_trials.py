"""What the delivery trials share (issue 23), so that one trial costs a fraction of a second:

- a hub database holding accepted S03 revisions from a real device, built once per test run (the
  xdist workers take turns on a lock) and copied per chunk of trials. Its deliveries are held back
  (due in the year 9999) and each trial releases one or two, as if they had just arrived;
- one reference agency served for the whole session, given a fresh case store per chunk;
- `time_passes`: every open delivery due now, as if backoff, Retry-After, lease or poll interval
  had run out, so healing never sits out a 429's second.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import bindparam, select, update

from sync.hub import schema
from sync.hub.db import HubDatabase, utcnow
from sync.hub.delivery.fhir_connector import decision_of
from sync.hub.delivery.outbox import OPEN_STATES

HELD = datetime(9999, 1, 1)
PASSING = timedelta(days=1)  # longer than any wait the hub sets itself (Retry-After is capped at an hour)
TEMPLATE_APPLICATIONS = 36  # more than a chunk of 25 trials releases


def trial_count(config) -> int:
    """200 in make test (--chaos-trials 100), 1,000 in make chaos (--chaos-trials 1000)."""
    trials = config.getoption("--chaos-trials")
    return min(2 * trials, max(trials, 200))


def parametrize_trials(metafunc) -> None:
    """trial_count trials in chunks of 25 that the xdist workers share out."""
    from tests.sync.invariants import parametrize_chunks

    parametrize_chunks(metafunc, share=trial_count(metafunc.config) / metafunc.config.getoption("--chaos-trials"))


def deliver_until_agreed(db: HubDatabase, agency, routing: str, connector, policy, *,
                         redrive_dead: bool = False) -> dict[str, int]:
    """Deliver and poll in rounds until the agency has used up its faults and the hub agrees with
    it (or a minute passed); returns the verdict. `redrive_dead`: as an operator would, re-drive
    what the agency refused (`kiosk-hub redrive --all`)."""
    from sync.hub.delivery.outbox import redrive
    from sync.hub.delivery.worker import run_once
    from sync.hub.routing import load

    table, deadline, polls = load(routing), time.monotonic() + 60, False
    while True:
        time_passes(db, polls)
        run_once(db, table, connector, policy)
        verdict = verdict_of(db, agency.state.store.cases())
        polls = decisions_missing(verdict)
        if not agency.state.faults and not verdict["unconverged"] or time.monotonic() > deadline:
            return verdict
        if redrive_dead:
            redrive(db)
        time.sleep(0.02)


def build_template(folder: Path, hub_documents: list[dict]) -> Path:
    """hub.db with TEMPLATE_APPLICATIONS accepted revisions, each with its delivery held back."""
    import yaml

    from tests.sync.conftest import LiveHub, adults, enroll_device, submit

    routing = folder / "routing.yaml"
    routing.write_text(yaml.safe_dump({
        "version": "template", "agencies": {"test-agency": {"name": "測試區公所", "connector": "fhir",
                                                           "endpoint": "http://127.0.0.1:9/fhir"}},
        "routes": [{"service": "S03", "city": "*", "district": "*", "agency": "test-agency"}]},
        allow_unicode=True), encoding="utf-8")
    hub = LiveHub(f"sqlite:///{folder / 'building.db'}", background_decisions=False)
    hub.settings = {"routing": str(routing), "deliveries": False}
    hub.import_documents(hub_documents)
    hub.start()
    device = enroll_device(hub, folder / "device")
    try:
        assert device.sync().complete
        for number, person in adults(device.store, TEMPLATE_APPLICATIONS):
            submit(device.store, number, "S03", person)
        assert device.sync().complete
    finally:
        device.store.close()
        hub.close()
    with hub.db.write() as conn:
        conn.execute(update(schema.delivery).values(due_at=HELD))
    hub.db.dispose()
    (folder / "building.db").rename(folder / "hub.db")
    return folder / "hub.db"


def shared_template(tmp_path_factory, hub_documents: list[dict]) -> Path:
    """The run's template, built by whichever xdist worker gets there first."""
    base = tmp_path_factory.getbasetemp()
    root = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "delivery-template"  # the run's folder
    root.mkdir(exist_ok=True)
    with open(root / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (root / "hub.db").exists():
            build_template(root, hub_documents)
    return root / "hub.db"


def hub_copy(template: Path, folder: Path, endpoint: str, connector: str = "fhir") -> HubDatabase:
    """A chunk's own copy of the template, its deliveries addressed to this chunk's agency."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, folder / "hub.db")
    db = HubDatabase(f"sqlite:///{folder / 'hub.db'}")
    with db.write() as conn:
        conn.execute(update(schema.delivery).values(endpoint=endpoint, connector=connector))
    return db


def fresh_chunk(agency, template: Path, folder: Path) -> HubDatabase:
    """The shared agency with an empty inbox and a new copy of the template addressed to it."""
    agency.new_store(folder / "agency.db")
    return hub_copy(template, folder / "hub", agency.url + "/fhir")


def caseworker_may_decide(agency, rng) -> None:
    """Half the time, a caseworker decides one undecided case on the agency's page."""
    from tests.sync.test_agency_delivery import _decide_on_page

    undecided = [c for c in agency.state.store.cases() if c.task["status"] == "requested"]
    if undecided and rng.random() < 0.5:
        _decide_on_page(agency, rng.choice(undecided).id, rng.choice(["approve", "reject", "need-documents"]), "")


def stuck(db: HubDatabase, cases: list) -> list[tuple]:
    """For a failure message: (state, attempts, last error) of deliveries neither delivered nor
    decided, and (delivery state, hub's decision, agency's) where the two disagree."""
    from sync.hub.delivery.outbox import listing

    decided = {c.task_key.rsplit("/", 1)[0]: decision_of(c.task) for c in cases}
    with db.read() as conn:
        on_hub = dict(conn.execute(select(schema.application.c.id, schema.application.c.status)).all())
    return [(d["state"], d["attempts"], d["last_error"]) for d in listing(db)
            if d["state"] not in ("delivered", "decided", "superseded")] + [
        (d["state"], d["last_error"], on_hub.get(d["application_id"]), decided[d["application_id"]])
        for d in listing(db) if decided.get(d["application_id"]) and on_hub.get(d["application_id"]) != decided[d["application_id"]][0]]


def release(db: HubDatabase, count: int) -> int:
    """`count` held deliveries due now (fewer when the template runs out); returns how many."""
    with db.write() as conn:
        held = conn.execute(select(schema.delivery.c.id).where(schema.delivery.c.due_at == HELD)
                            .order_by(schema.delivery.c.id).limit(count)).scalars().all()
        conn.execute(update(schema.delivery).where(schema.delivery.c.id.in_(held)).values(due_at=utcnow()))
    return len(held)


def time_passes(db: HubDatabase, polls: bool) -> None:
    """A day passes for the deliveries to send, and for delivered ones (their Task to poll) when
    `polls`: every backoff, Retry-After, lease and poll interval runs out. Each moves back by the
    same day, keeping their order, so a round's claim (limited in number) takes the longest-waiting
    first and never the same few again. Polls only when needed: asking every undecided Task each
    round would cost as many requests as the agency has cases."""
    states = OPEN_STATES if polls else ("pending",)
    delivery = schema.delivery
    with db.write() as conn:
        rows = conn.execute(select(delivery.c.id, delivery.c.due_at)
                            .where(delivery.c.state.in_(states), delivery.c.due_at < HELD)).all()
        if rows:
            conn.execute(update(delivery).where(delivery.c.id == bindparam("row")).values(due_at=bindparam("due")),
                         [{"row": r.id, "due": r.due_at - PASSING} for r in rows])


def decisions_missing(verdict: dict[str, int]) -> bool:
    """The agency decided something the hub has not recorded (beyond cases it lacks altogether)."""
    return verdict["unconverged"] > verdict["lost"]


def verdict_of(db: HubDatabase, cases: list) -> dict[str, int]:
    """Every released revision at the agency exactly once, every agency decision the hub's."""
    delivery, application = schema.delivery, schema.application
    with db.read() as conn:
        released = {(r.application_id, r.revision) for r in conn.execute(
            select(delivery.c.application_id, delivery.c.revision).where(delivery.c.due_at < HELD))}
        decisions = {r.id: r.status for r in conn.execute(select(application.c.id, application.c.status))}
    keys = Counter(c.task_key for c in cases)
    at_agency = {(a, int(r)) for a, r in (k.rsplit("/", 1) for k in keys)}
    unconverged = sum(1 for c in cases if (decided := decision_of(c.task))
                      and decisions.get(c.task_key.rsplit("/", 1)[0]) != decided[0])
    lost = len(released - at_agency)
    return {"lost": lost, "duplicated": sum(n - 1 for n in keys.values()), "unconverged": unconverged + lost,
            "corrupt": len(at_agency - released)}
