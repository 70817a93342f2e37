"""Cold start to the painted unlock screen, against a bare PySide6 window in the same run; and the
event loop's longest and 99th-percentile stall in the stall-test scenarios (1,000-application
sync; the store-wide rules scan; search and speech; all three of those together), on a quiet
machine and with a second process burning one core. The tests only guard against freezes (tests/ui/stall.py); these are the figures.
Also the home screen's visit plan drawn, first into an empty screen and refilled (bench/plan_draw_bench.py).

Both are timed the same way from outside: from spawning the process to the moment it prints that
its first window has been painted (the app's --startup-probe watches the unlock screen's first
paint event; the bare window is watched the same way). So the
figure includes the interpreter, every import and the fonts, as a user waiting at the kiosk sees it.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.common import write_result
from tests.ui.stall import REPORT_ENV

ROOT = Path(__file__).resolve().parents[1]
STALL_TESTS = ["tests/ui/test_responsiveness.py", "tests/ui/test_sync_responsiveness.py"]
# The code before the worker process (the parent of 8d25932: the GIL tuning, sync and scan on the
# window's threads); its own stall tests carry the same probe (tests/ui/stall.py, KIOSK_STALL_REPORT).
BEFORE_COMMIT = "6a6ec313df435a0470b96489e5adaaf6160f129f"
BUILT_FILES = "resources/i18n/ui/*.qm"  # compiled translations: ignored by git, copied from this tree
STALL_GOAL_MS = {"longest_ms": 50, "p99_ms": 16}
BURN_ONE_CORE = "while True: pass"

RUNS = 9
STALL_RUNS = 3  # of each tree at each load: medians
TARGET_S = 1.0
TARGET_RATIO = 3.0
BARE_WINDOW = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Paint:
            QTimer.singleShot(0, lambda: (print("startup_s=0", flush=True), app.quit()))
            watched.removeEventFilter(self)
        return False

app = QApplication([])
window = QWidget()
window.resize(1280, 800)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def time_to_window(command: list[str]) -> float:
    """Seconds from spawn until the process says its window is up (it may go on shutting down)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        for line in process.stdout:
            if line.startswith("startup_s="):
                return time.perf_counter() - started
        raise RuntimeError(f"{command[0]} never showed its window (exit {process.wait()})")
    finally:
        process.wait(timeout=60)


def stall_figures(busy_core: bool, tree: Path = ROOT, env_extra: dict[str, str] | None = None) -> dict[str, dict]:
    """{scenario: {"longest_ms", "p99_ms", "ticks"}} from one run of the stall tests of the code in `tree`."""
    with tempfile.TemporaryDirectory(prefix="kiosk-stalls-") as folder:
        figures = Path(folder) / "stalls.jsonl"
        burner = subprocess.Popen([sys.executable, "-c", BURN_ONE_CORE]) if busy_core else None
        env = {**os.environ, **(env_extra or {}), REPORT_ENV: str(figures),
               "PYTHONPATH": str(tree)}  # that tree's code, not the install's
        try:
            subprocess.run([sys.executable, "-m", "pytest", "-q", "-m", "stall", "-p", "no:cacheprovider", *STALL_TESTS],
                           cwd=tree, env=env, timeout=1800, check=False)
        finally:
            if burner is not None:
                burner.kill()
                burner.wait()
        rows = [json.loads(line) for line in figures.read_text(encoding="utf-8").splitlines()] if figures.exists() else []
    return {row.pop("scenario"): row for row in rows}


def median_figures(runs: list[dict[str, dict]]) -> dict[str, dict]:
    """Per scenario (one that every run reports): the median of each figure, and each run's figures."""
    scenarios = [name for name in runs[0] if all(name in run for run in runs)] if runs else []
    return {name: {**{key: statistics.median(run[name][key] for run in runs) for key in ("longest_ms", "p99_ms", "ticks")},
                   "runs": [run[name] for run in runs]}
            for name in scenarios}


@contextmanager
def before_tree() -> Iterator[Path]:
    """BEFORE_COMMIT from a `git archive` in a temporary folder (nothing in this repository changes)."""
    with tempfile.TemporaryDirectory(prefix="kiosk-before-") as folder:
        tree = Path(folder)
        archive = subprocess.run(["git", "archive", "--format=tar", BEFORE_COMMIT], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        for built in ROOT.glob(BUILT_FILES):
            shutil.copy2(built, tree / built.relative_to(ROOT))
        yield tree


def alternating_stalls() -> tuple[dict, dict]:
    """(now, before): STALL_RUNS runs of each, alternating now and before at each load, so the
    machine's noise falls on both alike; each figure the median of its runs."""
    from tests.ui.stall_district import PREBUILT_ENV, build

    runs: dict[str, dict[str, list]] = {side: {"quiet": [], "one_core_busy": []} for side in ("now", "before")}
    with tempfile.TemporaryDirectory(prefix="kiosk-stall-district-") as district, before_tree() as tree:
        build(Path(district))  # once for this tree's sync scenario (the before tree builds its own each run)
        prebuilt = {PREBUILT_ENV: district}
        for _ in range(STALL_RUNS):
            for load, busy in (("quiet", False), ("one_core_busy", True)):
                runs["now"][load].append(stall_figures(busy, env_extra=prebuilt))
                runs["before"][load].append(stall_figures(busy, tree=tree))
    now = {load: median_figures(measured) for load, measured in runs["now"].items()}
    before = {load: median_figures(measured) for load, measured in runs["before"].items()}
    return now, {"commit": BEFORE_COMMIT,
                 "how": f"git archive {BEFORE_COMMIT[:7]} (the parent of 8d25932: GIL tuning, no worker process) into "
                        f"a temporary folder, its own stall tests ({', '.join(STALL_TESTS)}) run there with PYTHONPATH "
                        "on that folder, the same StallMeter probe and the same second process burning one core; "
                        f"{STALL_RUNS} runs alternating with this tree's at each load, medians",
                 **before}


def plan_draw_figures() -> dict:
    """bench/plan_draw_bench.py in a process of its own, on this tree's code."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "bench.plan_draw_bench"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=1800, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def stalls_met(measured: dict[str, dict]) -> bool:
    return bool(measured) and all(f[key] <= goal for f in measured.values() for key, goal in STALL_GOAL_MS.items())


def run(households: int = 0) -> dict:  # noqa: ARG001 - the unlock screen does not read the district
    kiosk = str(Path(sys.executable).with_name("kiosk"))
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as data_dir:
        app_command = [kiosk, "--startup-probe", "--no-crash-dialog", "--data-dir", data_dir]
        bare_command = [sys.executable, "-c", BARE_WINDOW]
        first_app = time_to_window(app_command)  # right after the other benchmarks: caches as warm as a kiosk's
        app_runs, bare_runs = [], []
        for _ in range(RUNS):  # interleaved, so machine noise hits both alike
            bare_runs.append(time_to_window(bare_command))
            app_runs.append(time_to_window(app_command))
    app_s, bare_s = statistics.median(app_runs), statistics.median(bare_runs)
    stalls, before = alternating_stalls()
    plan = plan_draw_figures()
    result = {
        "cold_start_to_unlock_screen_s": round(app_s, 3),
        "bare_pyside6_window_s": round(bare_s, 3),
        "ratio_to_bare_window": round(app_s / bare_s, 2),
        "first_run_s": round(first_app, 3),
        "runs": RUNS,
        "app_runs_s": [round(s, 3) for s in app_runs],
        "bare_runs_s": [round(s, 3) for s in bare_runs],
        "targets": {"cold_start_s": TARGET_S, "ratio": TARGET_RATIO},
        "met": app_s <= TARGET_S and app_s / bare_s <= TARGET_RATIO,
        "event_loop_stalls": {**stalls, "runs_each": STALL_RUNS, "goal": STALL_GOAL_MS, "met": all(stalls_met(s) for s in stalls.values()),
                              "before": before},
        "visit_plan_draw": plan,
        "load_average_at_end": [round(load, 2) for load in os.getloadavg()],
    }
    path = write_result("ui", result)
    print(f"  cold start {app_s:.3f} s (bare window {bare_s:.3f} s, ratio {app_s / bare_s:.2f}) -> {path.name}")
    for load, measured in stalls.items():
        for scenario, f in measured.items():
            print(f"  {load}: {scenario} longest stall {f['longest_ms']} ms, p99 {f['p99_ms']} ms")
            was = before[load].get(scenario)
            if was:
                print(f"    before the worker process: longest {was['longest_ms']} ms, p99 {was['p99_ms']} ms")
    for kind in ("first_draw", "refill"):
        f = plan[kind]
        print(f"  visit plan {kind}: p50 {f['p50_ms']} ms, p95 {f['p95_ms']} ms, longest turn {f['longest_turn_ms']} ms")
    print(f"  first draw / refill: {plan['first_draw_to_refill_ratio']}")
    return result
