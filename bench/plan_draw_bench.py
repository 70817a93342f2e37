"""The home screen's visit plan, from the scan's answer arriving to the plan fully drawn (every card
made, filled and laid out, `drawing` false), on the self-test's demo district; and the longest single
event-loop turn meanwhile (tests/ui/stall.py's meter), which is what a keypress would wait.

Two ways the answer meets the screen, measured alike and alternately, so machine noise hits both:
the first draw into an empty screen (after a lock: every card made anew, one per turn) and the
refill of the cards already there (each new scan or language: the common case). Each rebuild shows
the plan in the other order than the last, so every card changes content (QLabel skips a text it
already shows, which would flatter the refill).

Run in a process of its own (`python -m bench.plan_draw_bench` prints the JSON; bench/ui_bench.py
does this): a QApplication in the bench's process would outlive this benchmark.
"""

from __future__ import annotations

import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import summary

RUNS = 5  # alternating runs of each kind (first draw, refill)
REBUILDS = 10  # rebuilds in each run
KINDS = ("first_draw", "refill")


def draw_once(home, visits: list, empty: bool) -> tuple[float, float]:  # noqa: ANN001 - the HomeScreen
    """(ms from the answer arriving to the plan laid out, longest event-loop turn in ms meanwhile)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

    from tests.ui.stall import StallMeter

    if empty:
        home.clear()  # as a lock does: the cards go, the next plan makes them anew
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()  # what the previous rebuild left pending is not this one's
    meter, loop, times = StallMeter(), QEventLoop(), {}

    def arrive() -> None:  # the worker client's `done` callback, in a turn of its own as in the app
        meter.start()
        times["arrived"] = time.perf_counter()
        home._plan_ready(visits)  # noqa: SLF001 - the screen's answer slot, as the worker calls it

    def drawn() -> None:
        if "arrived" not in times or home.drawing:
            return
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the last card's layout, in this turn
        times["drawn"] = time.perf_counter()
        meter.stop()
        poll.stop()
        loop.quit()

    poll = QTimer(interval=0)  # once per event-loop turn
    poll.timeout.connect(drawn)
    QTimer.singleShot(0, arrive)
    poll.start()
    loop.exec()
    shown = [card for card in home.cards if card.isVisibleTo(home)]
    if len(shown) != len(visits) or any(card.height() <= 0 for card in shown):
        raise RuntimeError(f"the plan was not drawn: {len(shown)} of {len(visits)} cards shown")
    return (times["drawn"] - times["arrived"]) * 1000, meter.longest_ms


def figures(home, visits: list, runs: int = RUNS, rebuilds: int = REBUILDS) -> dict:  # noqa: ANN001
    samples = {kind: [] for kind in KINDS}
    turns = {kind: [] for kind in KINDS}
    run_medians = {kind: [] for kind in KINDS}
    order = itertools.cycle((visits, list(reversed(visits))))  # each rebuild shows another order than the last
    for kind in KINDS:  # one of each first, uncounted: the first cards made warm the caches
        draw_once(home, next(order), empty=kind == "first_draw")
    for _ in range(runs):
        for kind in KINDS:  # first draw, then refill: alternating runs
            times = []
            for _ in range(rebuilds):
                took, longest = draw_once(home, next(order), empty=kind == "first_draw")
                times.append(took)
                turns[kind].append(longest)
            samples[kind] += times
            run_medians[kind].append(statistics.median(times))
    result = {kind: {**summary(samples[kind]),
                     "longest_turn_ms": round(max(turns[kind]), 1),
                     "longest_turn_p50_ms": round(statistics.median(turns[kind]), 1),
                     "run_medians_ms": [round(m, 2) for m in run_medians[kind]]}
              for kind in KINDS}
    first, refill = (statistics.median(run_medians[kind]) for kind in KINDS)
    return {**result, "first_draw_to_refill_ratio": round(first / refill, 2), "runs": runs,
            "rebuilds_per_run": rebuilds, "households": len(visits),
            "reasons_per_household": [len(v.reasons.get("zh-TW", ())) for v in visits],
            "services_unclaimed_per_household": [len(v.unclaimed) for v in visits]}


def measure(runs: int = RUNS, rebuilds: int = REBUILDS) -> dict:
    """The real app, offscreen, on a fresh copy of the self-test's district (200 households), its
    home screen showing the visit plan the worker process found; then the rebuilds."""
    from ui.app import KioskApp, qt_application
    from ui.selftest import TOUR_PIN, prepare, settle, unlock_and_wait

    with tempfile.TemporaryDirectory(prefix="kiosk-plan-bench-") as folder:
        prepare(Path(folder))
        qt_application()
        kiosk = KioskApp(data_dir=Path(folder), mode="officer", lang="zh-TW", crash_dialog=False,
                         kiosk_fullscreen=False)
        kiosk.ctx.prefs._settings = None  # noqa: SLF001 - the bench neither reads nor changes the user's preferences
        try:
            if not unlock_and_wait(kiosk, TOUR_PIN):
                raise RuntimeError("the store did not unlock")
            kiosk.idle.disarm()
            home = kiosk.window.nav.go("home")
            deadline = time.monotonic() + 120
            while not home.visits and time.monotonic() < deadline:
                settle(kiosk, 1)
            if not home.visits:
                raise RuntimeError("no visit plan came back")
            settle(kiosk)
            result = figures(home, list(home.visits), runs, rebuilds)
        finally:
            if kiosk.ctx.worker is not None:
                kiosk.ctx.worker.close(wait=True)  # as the app does at quit: no worker left running
            kiosk.lock()
            settle(kiosk)
            kiosk.ctx.speaker.shutdown()
            kiosk.window.close()
    return {**result, "how": "python -m bench.plan_draw_bench: the real app offscreen at 1280x800, zh-TW 100 %, on the "
                             "self-test's 200-household district; HomeScreen._plan_ready(visits) called from a "
                             "zero timer as the worker's answer is, timed to the first turn after `drawing` is false "
                             "with the layout requests sent; first draw after HomeScreen.clear() (as a lock) "
                             "and refill of the cards there, in alternating runs, the plan's order reversed on "
                             "each rebuild; longest turn by tests/ui/stall.py's 1 ms meter"}


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(measure(*(int(a) for a in sys.argv[1:3]))))
