"""The core invariant of the sync design (Part 6), checked after every scenario, Jepsen style:
the device's history against the hub's receipt log."""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from kiosk.db.applications import ApplicationRevision, Attachment
from kiosk.db.households import Household
from kiosk.db.sync_state import OutboxItem
from kiosk.households import patch
from kiosk.households.importer import iter_documents


@dataclass
class Verdict:
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    unconverged: list[str] = field(default_factory=list)
    corrupt: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.unconverged or self.corrupt)

    def counts(self) -> dict[str, int]:
        return {"lost": len(self.lost), "duplicated": len(self.duplicated), "unconverged": len(self.unconverged),
                "corrupt": len(self.corrupt)}

    def __str__(self) -> str:
        return json.dumps({"lost": self.lost[:5], "duplicated": self.duplicated[:5],
                           "unconverged": self.unconverged[:5], "corrupt": self.corrupt[:5]}, ensure_ascii=False)


def hub_households(hub, scope: str | None = None) -> dict[str, dict]:
    from sync.hub import schema

    query = (select(schema.household.c.household_no, schema.household.c.data)
             .where(schema.household.c.deleted.is_(False)))
    if scope:
        query = query.where(schema.household.c.scope == scope)
    with hub.db.read() as conn:
        return {r.household_no: json.loads(r.data) for r in conn.execute(query)}


def check(store, hub, edits_made: dict[tuple[str, str], object] | None = None,
          scope: str | None = None) -> Verdict:
    """`edits_made`: (household_no, path) -> the last value the officer set, to prove none is lost."""
    verdict = Verdict()
    received = hub.revisions()
    seen = Counter((r["application_id"], r["revision"]) for r in received)
    verdict.duplicated += [f"{a} r{n} x{c}" for (a, n), c in seen.items() if c > 1]
    on_hub = {(r["application_id"], r["revision"]): r for r in received}
    with store.read() as session:
        revisions = session.execute(select(ApplicationRevision)).scalars().all()
        outbox_open = session.execute(select(OutboxItem).where(OutboxItem.state.in_(("pending", "sending")))).scalars().all()
        dirty = session.execute(select(Household).where(Household.pending_patch.is_not(None),
                                                        Household.sync_state != "conflict")).scalars().all()
        conflicts = {h.household_no: h.conflict for h in session.execute(
            select(Household).where(Household.sync_state == "conflict")).scalars()}
        attachments = {a.sha256 for a in session.execute(select(Attachment)).scalars()}
    for revision in revisions:
        key = (revision.application_id, revision.revision)
        hub_row = on_hub.get(key)
        if revision.state in ("rejected", "conflict"):
            if not revision.problems:
                verdict.lost.append(f"{key} {revision.state} without a reason")
            continue
        if hub_row is None:
            (verdict.unconverged if revision.state == "queued" else verdict.lost).append(f"{key} {revision.state}")
        elif hub_row["digest"] != revision.digest:
            verdict.lost.append(f"{key} digest differs")
        elif revision.state == "queued":
            verdict.unconverged.append(f"{key} on the hub but still queued here")
        elif hub_row["status"] == "invalid":
            verdict.unconverged.append(f"{key} refused on the hub, not marked here")
    verdict.unconverged += [f"outbox {i.kind} {i.state} {i.last_error}" for i in outbox_open]
    verdict.unconverged += [f"household {h.household_no} still has unsent edits" for h in dirty]
    if edits_made:
        hub_docs = hub_households(hub)
        for (number, path), value in edits_made.items():
            conflict = conflicts.get(number)
            if conflict is not None and any(f.get("path") == path and f.get("mine") == value
                                            for f in conflict.get("fields") or ()):
                continue
            document = hub_docs.get(number)
            held = None if document is None else patch.get(document, path)
            if held != value:
                verdict.lost.append(f"edit {number} {path}: hub has {held!r}, officer set {value!r}")
    local_docs = {d["household_no"]: d for d in iter_documents(store)}
    for number, document in hub_households(hub, scope).items():
        if number in conflicts or number not in local_docs:
            continue
        if local_docs[number] != document:
            changed = sorted(patch.diff(document, local_docs[number]))[:3]
            verdict.unconverged.append(f"household {number} differs from the hub: {changed}")
    problems = store.integrity_problems()
    if problems and os.environ.get("KIOSK_KEEP_CORRUPT"):  # keep the evidence for a post-mortem
        import shutil

        shutil.copytree(store.folder, Path(os.environ["KIOSK_KEEP_CORRUPT"]) / f"{os.getpid()}-{time.time():.0f}")
    verdict.corrupt += problems
    from sync.hub import schema

    with hub.db.read() as conn:
        blobs = {r[0] for r in conn.execute(select(schema.blob.c.sha256))}
    needed = set()
    for revision in revisions:
        if (revision.application_id, revision.revision) in on_hub:
            needed |= {a["sha256"] for a in json.loads(revision.canonical).get("attachments", [])}
    verdict.corrupt += [f"blob {sha[:12]} referenced but not on the hub" for sha in needed - blobs]
    verdict.corrupt += [f"attachment {sha[:12]} missing locally" for sha in attachments
                        if not store.blobs.exists(sha)]
    _check_subscriptions(store, hub, verdict)
    return verdict


def _check_subscriptions(store, hub, verdict: Verdict) -> None:
    """Every subscription the device has settled is on the hub exactly as the device holds it,
    withdrawn when it was withdrawn here (issue 24)."""
    from kiosk.db.subscriptions import Subscription
    from kiosk.subscriptions.service import document
    from sync.hub import schema
    from sync.hub.subscriptions import without_contacts

    with store.read() as session:
        open_targets = {i.target_id for i in session.execute(select(OutboxItem).where(
            OutboxItem.kind == "subscription", OutboxItem.state.in_(("pending", "sending")))).scalars()}
        held = {s.id: document(session, s) for s in session.execute(select(Subscription)).scalars()}
    with hub.db.read() as conn:
        on_hub = {r.id: r for r in conn.execute(select(schema.subscription))}
    for subscription_id, sent in held.items():
        row = on_hub.get(subscription_id)
        if subscription_id in open_targets:
            continue  # counted with the open outbox items
        expected = without_contacts(sent) if sent["withdrawn_at"] is not None else sent  # the hub forgets addresses
        if row is None or json.loads(row.document) != expected:
            differing = [] if row is None else sorted(k for k in expected.keys() | json.loads(row.document).keys()
                                                      if expected.get(k) != json.loads(row.document).get(k))
            verdict.lost.append(f"subscription {subscription_id} {'missing' if row is None else 'differs'} on the hub"
                                + (f" in {', '.join(differing)}" if differing else ""))
        elif (row.state == "withdrawn") != (sent["withdrawn_at"] is not None):
            verdict.lost.append(f"subscription {subscription_id} {row.state} on the hub")


TRIALS_PER_CHUNK = 25  # one chunk per test: ~30 s on a busy 2-core machine, far inside the timeout


def chaos_chunks(config, share: float = 1.0) -> list[int]:
    """Split --chaos-trials (times `share`) into chunks of at most TRIALS_PER_CHUNK: make chaos's
    1,000 become 40 tests that pytest-xdist spreads over the cores, each well inside the per-test timeout."""
    trials = max(1, round(config.getoption("--chaos-trials") * share))
    count = -(-trials // TRIALS_PER_CHUNK)
    return [trials // count + (index < trials % count) for index in range(count)]


def parametrize_chunks(metafunc, share: float = 1.0) -> None:
    if "trials" in metafunc.fixturenames:
        sizes = chaos_chunks(metafunc.config, share)
        metafunc.parametrize(("chunk", "trials"), list(enumerate(sizes)), ids=[f"chunk{i}" for i in range(len(sizes))])


class TrialTally:
    """Adds up verdicts over many trials and reports them to the session's chaos summary."""

    def __init__(self) -> None:
        self.totals = {"lost": 0, "duplicated": 0, "unconverged": 0, "corrupt": 0}
        self.failures: list[str] = []

    def add(self, label: str, verdict: Verdict) -> None:
        for key, value in verdict.counts().items():
            self.totals[key] += value
        if not verdict.ok:
            self.failures.append(f"{label}: {verdict}")

    def report(self, config, kind: str, trials: int) -> None:
        record_trials(config, kind, trials, self.totals)


def record_trials(config, kind: str, trials: int, verdict_counts: dict[str, int]) -> None:
    """Add a chunk's totals to the session's chaos report (printed at the end of the run)."""
    import os

    from tests.conftest import chaos_report_dir

    folder = chaos_report_dir(config)
    folder.mkdir(parents=True, exist_ok=True)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with open(folder / f"{worker}.jsonl", "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"kind": kind, "trials": trials, **verdict_counts}) + "\n")


class ChildLength:
    """Random kills fall within how long the last child that ran to its end took, here and now: a
    fixed window missed most children once they got faster (a chunk of the kill trials killed 10 of
    25 on a quiet machine), and a busy machine stretches them."""

    def __init__(self, guess_s: float) -> None:
        self.whole_s = guess_s

    def kill_after(self, rng) -> float:
        return rng.uniform(0.05, 1.0) * self.whole_s  # its last moments too

    def run(self, start) -> int | None:
        """`start()`'s exit status; a child that ended on its own (0) sets the length."""
        started = time.monotonic()
        status = start()
        if status == 0:
            self.whole_s = time.monotonic() - started
        return status
