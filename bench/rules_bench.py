"""The proactive engine on the 100,000-household demo district.

  scan           read every household from the encrypted store, build the units, one vectorised
                 simulation, rank the visits (median of 3 runs); also the evaluation alone
  baseline       the same engine one household at a time (a sample), as a loop would do it
  single         one household evaluated interactively, with explanations (p50/p95)
  engine_load    a fresh process importing OpenFisca and building the system (median of 3)
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time

from bench.common import BENCH_DAY, percentile, write_result

BASELINE_SAMPLE = 200
SINGLE_SAMPLE = 200
LOAD_PROBE = ("import time; t = time.perf_counter(); from kiosk.rules import warm_up; warm_up(); "
              "print(time.perf_counter() - t)")


def engine_load_seconds() -> list[float]:
    return [float(subprocess.run([sys.executable, "-c", LOAD_PROBE], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(3)]


def run(households: int = 100_000) -> dict:
    from bench.common import demo_store
    from kiosk.demo.generator import generate
    from kiosk.rules import evaluate, warm_up
    from kiosk.rules.engine import simulate
    from kiosk.rules.proactive import plan_visits
    from kiosk.rules.scan import fill_details, read_tables
    from kiosk.rules.units import build_population, population_from_documents

    loads = engine_load_seconds()
    warm_up()
    store, _ = demo_store(households)
    scans, evaluations = [], []
    for _ in range(3):
        started = time.perf_counter()
        people, table, _keys, rowids = read_tables(store)
        read_done = time.perf_counter()
        population = build_population(people, table, BENCH_DAY)
        evaluation = simulate(population)
        evaluated = time.perf_counter()
        plan_visits(evaluation, 20, lambda hs: fill_details(store, population, rowids, hs))
        scans.append(time.perf_counter() - started)
        evaluations.append(evaluated - read_done)
    store.close()

    documents = generate(households, seed=7, as_of=BENCH_DAY)  # the same district, as documents
    sample = random.Random(3).sample(documents, BASELINE_SAMPLE)
    started = time.perf_counter()
    for document in sample:
        simulate(population_from_documents([document], BENCH_DAY))
    loop_rate = BASELINE_SAMPLE / (time.perf_counter() - started)

    singles = []
    for document in random.Random(4).sample(documents, SINGLE_SAMPLE):
        started = time.perf_counter()
        evaluate(document, BENCH_DAY)
        singles.append((time.perf_counter() - started) * 1000)

    scan_s = statistics.median(scans)
    evaluation_s = statistics.median(evaluations)
    result = {
        "households": households,
        "scan": {"seconds_median": round(scan_s, 2), "seconds_runs": [round(s, 2) for s in scans],
                 "households_per_s": round(households / scan_s),
                 "evaluation_only_seconds": round(evaluation_s, 2),
                 "evaluation_only_households_per_s": round(households / evaluation_s),
                 "units": len(evaluation.population.unit_household), "simulated_persons": evaluation.population.size},
        "baseline_per_household_loop": {"households_per_s": round(loop_rate, 1), "sample": BASELINE_SAMPLE},
        "speedup_vs_loop": round(households / scan_s / loop_rate, 1),
        "single_household": {"p50_ms": round(percentile(singles, 50), 2), "p95_ms": round(percentile(singles, 95), 2),
                             "n": SINGLE_SAMPLE},
        "engine_load_s": {"median": round(statistics.median(loads), 3), "runs": [round(x, 3) for x in loads]},
    }
    print(f"  scan {households:,} households: {scan_s:.2f} s median → {result['scan']['households_per_s']:,}/s "
          f"(evaluation alone {result['scan']['evaluation_only_households_per_s']:,}/s); "
          f"loop {loop_rate:.1f}/s → ×{result['speedup_vs_loop']}")
    print(f"  one household p50 {result['single_household']['p50_ms']} ms, p95 {result['single_household']['p95_ms']} ms;"
          f" engine load {result['engine_load_s']['median']} s")
    write_result("rules", result)
    return result
