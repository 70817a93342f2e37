"""Only the snapshot first download of bench/sync_bench.py, with its phases: for measuring the
device side again and again without the v1 feed runs (`python -m bench.snapshot_download [runs]
[--profile FILE]`). Uses the bench's cached 100,000-household hub; the hub's snapshot is built
once into a template copy (not timed, as in the bench). Prints wall and CPU seconds per phase
(the device's process; the hub's CPU apart)."""

from __future__ import annotations

import cProfile
import os
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.common import BENCH_PIN, CACHE
from bench.sync_bench import HubProcess, _big_hub, _build_snapshot, _hub_households

PHASES = (  # (module, function or Class.method): each call's wall and CPU seconds are summed under its name
    ("sync.client.snapshot", "fetch"), ("sync.client.snapshot", "load"),
    ("sync.client.snapshot", "insert_prepared"), ("sync.client.snapshot", "insert_unindexed"),
    ("sync.client.snapshot", "index_households"), ("sync.client.snapshot", "compact_index"),
    ("kiosk.households.snapshot_shape", "RowStatements.insert"),
    ("sync.client.download", "apply_page"),
)


def _template(households: int) -> Path:
    """A copy of the bench's hub with its snapshot built (once)."""
    # the hub's snapshots as this code serves them (the code of another branch may share the cache)
    try:
        from kiosk.households.snapshot_shape import LAYOUT
        rows = f"-rows-{LAYOUT}"
    except ImportError:  # code of before the rows snapshot
        rows = ""
    folder = CACHE / f"snapshot-download-{households}{rows}"
    if not (folder / "ready").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        shutil.copyfile(_big_hub(households), folder / "hub.db")
        print(f"  hub snapshot built in {_build_snapshot(folder / 'hub.db'):.1f} s (once)")
        (folder / "ready").write_text("ok")
    return folder


def _hub_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@contextmanager
def _timed_phases(totals: dict[str, list[float]]) -> Iterator[None]:
    import importlib

    originals = []
    for module_name, name in PHASES:
        owner: Any = importlib.import_module(module_name)
        *path, attribute = name.split(".")
        for part in path:
            owner = getattr(owner, part, None)
        original = getattr(owner, attribute, None)
        if original is None:
            continue

        def timed(*args: Any, _original: Callable[..., Any] = original, _name: str = name, **kwargs: Any) -> Any:
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return _original(*args, **kwargs)
            finally:
                totals[_name][0] += time.perf_counter() - wall
                totals[_name][1] += time.process_time() - cpu
        originals.append((owner, attribute, original))
        setattr(owner, attribute, timed)
    try:
        yield
    finally:
        for owner, attribute, original in originals:
            setattr(owner, attribute, original)


def run_once(households: int, profile: Path | None = None) -> dict[str, list[float]]:
    from kiosk.db.store import Store
    from kiosk.security.keyfile import KdfParams
    from sync.client.config import client_for, enroll
    from sync.client.engine import SyncEngine, SyncOptions

    template = _template(households)
    work = Path(tempfile.mkdtemp(prefix="kiosk-snapshot-download-"))
    try:
        shutil.copyfile(template / "hub.db", work / "hub.db")
        shutil.copytree(template / "hub.db.snapshots", work / "hub.db.snapshots")
        expected = _hub_households(work / "hub.db")
        hub = HubProcess(work / "hub.db")
        try:
            store = Store.create(work / "device", BENCH_PIN, KdfParams(memory_kib=19456, iterations=2))
            enroll(store, hub.url, hub.code())
            client, _ = client_for(store)
            totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
            profiler = cProfile.Profile() if profile else None
            hub_cpu = _hub_cpu(hub.process.pid)
            helper_cpu = _children_cpu()
            wall, cpu = time.perf_counter(), time.process_time()
            with _timed_phases(totals):
                if profiler:
                    profiler.enable()
                report = SyncEngine(store, client, SyncOptions(max_seconds=900)).run_cycle()
                if profiler:
                    profiler.disable()
            totals["cycle"] = [time.perf_counter() - wall, time.process_time() - cpu]
            totals["helper_cpu"] = [0.0, _children_cpu() - helper_cpu]  # reaped helper processes
            totals["hub_cpu"] = [0.0, _hub_cpu(hub.process.pid) - hub_cpu]
            assert report.complete and report.counts["pulled_created"] == expected, report
            assert report.counts["snapshots"] == 1, report
            if profiler and profile:
                profiler.dump_stats(profile)
            client.close()
            store.close()
        finally:
            hub.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dict(totals)


def main(argv: list[str]) -> None:
    os.environ.setdefault("KIOSK_KDF_MEMORY_KIB", "19456")
    os.environ.setdefault("KIOSK_KDF_ITERATIONS", "2")
    profile = Path(argv[argv.index("--profile") + 1]) if "--profile" in argv else None
    runs = int(argv[0]) if argv and argv[0].isdigit() else 1
    households = int(os.environ.get("SNAPSHOT_HOUSEHOLDS", "100000"))
    for _ in range(runs):
        totals = run_once(households, profile)
        print("  " + ", ".join(f"{name} {wall:.2f} s wall {cpu:.2f} s cpu" for name, (wall, cpu) in totals.items()),
              flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
