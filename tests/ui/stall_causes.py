"""What the window was doing during its longest event-loop gaps: a diagnostic, not a guard.

A thread samples the Qt thread's Python stack (and whether speech was synthesizing) every
millisecond; after the run each gap over a threshold is put down to the code seen most in it.
Qt's C++ work (layout, style polish, painting) shows as the Python frame that led into it; a gap
with the Qt thread idle in the event loop's C++ is "waiting" (for the GIL, or for the CPU).
The Qt thread's scheduler counters (/proc/.../schedstat) split each gap into the time it ran, the
time it waited for a CPU, and the rest: blocked (on the GIL, since the loop had work due).
Turned on by KIOSK_STALL_CAUSES=<file>: the split is written there as JSON lines. A diagnostic
only: sampling another thread's frames (sys._current_frames) crashed or hung the PySide process in
3 of the 6 runs that sampled, so neither the tests nor the benchmark turn it on.
"""

from __future__ import annotations

import collections
import json
import os
import sys
import threading
import time
from pathlib import Path

CAUSES_ENV = "KIOSK_STALL_CAUSES"
SAMPLE_S = 0.001
OUR_CODE = ("/ui/", "/kiosk/", "/sync/")


def _where(frame) -> str:
    """The innermost frame of the app's own code (ui/, kiosk/, sync/), else the innermost frame."""
    innermost = f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}"
    while frame is not None:
        name = frame.f_code.co_filename
        if any(part in name for part in OUR_CODE) and "/tests/" not in name:
            return f"{name.split('/stalls/')[-1].split('site-packages/')[-1]}:{frame.f_code.co_name}"
        frame = frame.f_back
    return innermost


class StallCauses:
    def __init__(self) -> None:
        self.qt_thread = threading.get_ident()
        self.schedstat = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")
        self.samples: list[tuple[float, str, bool, int, int]] = []  # (perf_counter, where, speech synthesizing, ran ns, waited ns)
        self._running = False
        self._thread = threading.Thread(target=self._sample, name="stall-causes", daemon=True)

    def start(self) -> None:
        self._running = True
        self._thread.start()

    def stop(self) -> None:
        self._running = False
        self._thread.join(5)

    def _sample(self) -> None:
        while self._running:
            frames = sys._current_frames()
            qt = frames.get(self.qt_thread)
            speaking = any(t.name == "speech" and _synthesizing(frames.get(t.ident)) for t in threading.enumerate())
            ran, waited = (int(n) for n in self.schedstat.read_text().split()[:2])
            if qt is not None:
                self.samples.append((time.perf_counter(), _where(qt), speaking, ran, waited))
            time.sleep(SAMPLE_S)

    def split(self, gaps: list[tuple[float, float]], over_ms: float = 10.0) -> dict:
        """{"gaps": n, "causes": {where: gaps}, "with_speech": n} for the gaps (end, ms) over `over_ms`."""
        causes: collections.Counter = collections.Counter()
        split = collections.Counter()
        with_speech = 0
        long_gaps = [(end, ms) for end, ms in gaps if ms > over_ms]
        for end, ms in long_gaps:
            inside = [s for s in self.samples if end - ms / 1000 <= s[0] <= end]
            seen = collections.Counter(s[1] for s in inside)
            causes[seen.most_common(1)[0][0] if seen else "(no sample: the sampler waited too)"] += 1
            with_speech += any(s[2] for s in inside)
            if len(inside) > 1:
                ran, waited = (inside[-1][3] - inside[0][3]) / 1e6, (inside[-1][4] - inside[0][4]) / 1e6
                span = (inside[-1][0] - inside[0][0]) * 1000
                split["ran_ms"] += ran
                split["waited_for_cpu_ms"] += waited
                split["blocked_ms"] += max(0.0, span - ran - waited)
        return {"gaps": len(long_gaps), "gap_ms": round(sum(ms for _e, ms in long_gaps), 1), "with_speech": with_speech,
                "qt_thread": {k: round(v, 1) for k, v in split.items()}, "causes": dict(causes.most_common())}


def _synthesizing(frame) -> bool:
    while frame is not None:
        if frame.f_code.co_name in ("_synthesize", "runAndWait", "synthesize"):
            return True
        frame = frame.f_back
    return False


def maybe_start() -> StallCauses | None:
    if not os.environ.get(CAUSES_ENV):
        return None
    causes = StallCauses()
    causes.start()
    return causes


def report(scenario: str, causes: StallCauses | None, gaps: list[tuple[float, float]]) -> None:
    if causes is None:
        return
    causes.stop()
    with Path(os.environ[CAUSES_ENV]).open("a", encoding="utf-8") as out:
        out.write(json.dumps({"scenario": scenario, "load": os.getloadavg()[0], **causes.split(gaps)}) + "\n")
