"""Shared pieces of the benchmarks: percentiles, result files, the cached demo district."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results"
CACHE = ROOT.parent / ".bench-cache"
BENCH_PIN = "bench-pin-2468"
BENCH_DAY = date(2026, 11, 22)


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def timed_ms(action: Callable[[], object], repeat: int = 1) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def summary(samples: list[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(samples, 50), 3), "p95_ms": round(percentile(samples, 95), 3),
            "mean_ms": round(statistics.fmean(samples), 3), "n": len(samples)}


def write_result(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def demo_store(households: int, seed: int = 7, rebuild: bool = False):  # noqa: ANN201 - (Store, build seconds)
    """A store with the demo district, built once and kept in .bench-cache (it is synthetic)."""
    import shutil

    from kiosk.db.store import Store
    from kiosk.demo.build import build_demo
    from kiosk.security.keyfile import KdfParams

    folder = CACHE / f"district-{households}-{seed}"
    marker = folder / "complete"
    build_seconds = None
    if rebuild or not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        store = Store.create(folder, BENCH_PIN, KdfParams(memory_kib=19456, iterations=2))
        started = time.perf_counter()
        build_demo(store, households, seed, BENCH_DAY)
        build_seconds = time.perf_counter() - started
        store.close()
        marker.write_text(json.dumps({"build_seconds": build_seconds}))
    else:
        build_seconds = json.loads(marker.read_text())["build_seconds"]
    return Store.open(folder, BENCH_PIN), build_seconds
