"""A snapshot's rows are prepared by a helper process while the loading process inserts: the same
rows, in the same order, as preparing them in the loading process; a helper that dies leaves its
work to the loader; none outlives the load."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

from kiosk.db.households import Household, HouseholdAddress, Person
from kiosk.demo.generator import generate
from sync.client.snapshot_rows import HELPER_FROM, PreparedLines, helpers, prepared_batches

PER_PROCESS = {"id", "household_id", "created_at", "updated_at"}  # new keys and the load's timestamp


@pytest.fixture(scope="module")
def lines() -> list[bytes]:
    documents = generate(60, seed=83, as_of=dt.date(2026, 11, 1))
    broken = {**documents[0], "household_no": "not a 戶號"}
    entries = [{"id": d["household_no"], "version": n + 1, "data": d} for n, d in enumerate([*documents, broken])]
    return [json.dumps(e, ensure_ascii=False).encode() for e in entries] + [b"", b'{"end":true,"households":61}']


def _comparable(batches: list[PreparedLines]) -> list[object]:
    """What was prepared, without what differs between processes by design."""
    def table(values: list[tuple], model: type) -> list[tuple]:
        keep = [n for n, column in enumerate(model.__table__.columns) if column.key not in PER_PROCESS]
        return [tuple(row[n] for n in keep) for row in values]

    return [(table(b.households.households, Household), table(b.households.addresses, HouseholdAddress),
             table(b.households.people, Person), [doc for _, doc in b.households.search_rows], b.invalid, b.ended)
            for b in batches]


def _helpers() -> set[int]:
    return {child.pid for child in multiprocessing.active_children()}


def _wait_until_gone(pids: set[int]) -> set[int]:
    deadline = time.monotonic() + 60
    while (left := pids & _helpers()) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def test_a_helper_process_prepares_the_rows_the_loader_would(lines):
    before = _helpers()
    batches = prepared_batches(lines, 7, workers=1)
    first = next(batches)
    helpers = _helpers() - before
    assert len(helpers) == 1  # the rows came from a second process
    prepared = [first, *batches]
    assert _comparable(prepared) == _comparable(list(prepared_batches(lines, 7, workers=0)))
    assert sum(len(b.households.households) for b in prepared) == 60
    assert sum(b.invalid for b in prepared) == 1 and prepared[-1].ended == 61
    assert not _wait_until_gone(helpers)


def test_a_helper_that_dies_leaves_the_rest_to_the_loader(lines):
    before = _helpers()
    batches = prepared_batches(lines, 5, workers=1)
    first = next(batches)
    (helper,) = _helpers() - before
    os.kill(helper, signal.SIGKILL)
    prepared = [first, *batches]
    assert _comparable(prepared) == _comparable(list(prepared_batches(lines, 5, workers=0)))


def test_a_load_that_stops_early_leaves_no_helper_behind(lines):
    before = _helpers()
    batches = prepared_batches(lines, 5, workers=1)
    next(batches)
    helpers = _helpers() - before
    assert helpers
    batches.close()  # the load raised (a damaged snapshot) or was stopped
    assert not _wait_until_gone(helpers)


KILLED_LOADER = textwrap.dedent("""
    import json, multiprocessing, os, sys
    from sync.client.snapshot_rows import prepared_batches
    if __name__ == "__main__":
        lines = [json.dumps(entry).encode() for entry in json.load(sys.stdin)]
        batches = prepared_batches(lines, 5, workers=1)
        next(batches)
        print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)
        os._exit(137)  # killed mid-load, as by the crash points
""")


def _running(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_a_killed_loader_takes_its_helper_with_it(lines, tmp_path):
    entries = [json.loads(line) for line in lines if line.strip() and b'"end"' not in line]
    script = tmp_path / "loader.py"
    script.write_text(KILLED_LOADER)
    loader = subprocess.Popen([sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, cwd=Path(__file__).parents[2])
    assert loader.stdin is not None and loader.stdout is not None
    loader.stdin.write(json.dumps(entries).encode())
    loader.stdin.close()
    helpers_of_loader = [int(pid) for pid in loader.stdout.readline().split()]  # not to EOF: a helper holds it
    assert loader.wait(timeout=120) == 137 and helpers_of_loader
    deadline = time.monotonic() + 60
    while any(map(_running, helpers_of_loader)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(map(_running, helpers_of_loader))


def test_only_a_big_snapshot_on_two_cores_gets_a_helper(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert helpers(HELPER_FROM) == 1
    assert helpers(HELPER_FROM - 1) == 0  # starting the helper would cost more than it saves
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert helpers(HELPER_FROM) == 0
