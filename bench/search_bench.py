"""Household search on the 100,000-household demo district, against a naive LIKE '%q%' scan.

Queries are drawn (seeded) from the data itself, one list per kind an officer types. Each
query runs in its own read session, as the UI's worker does, after one warm-up pass.
"""

from __future__ import annotations

import random

from sqlalchemy import text

from bench.common import summary, timed_ms, write_result

QUERIES_PER_KIND = 200
BASELINE_QUERIES_PER_KIND = 25


def _query_sets(session, rng: random.Random) -> dict[str, list[str]]:  # noqa: ANN001 - a SQLAlchemy session
    people = session.execute(text(
        "SELECT p.name, p.id_no, p.phone, h.household_no, a.text FROM person p "
        "JOIN household h ON h.id = p.household_id JOIN household_address a ON a.household_id = h.id "
        "WHERE p.registered_here = 1 ORDER BY p.id LIMIT 40000")).all()
    sample = rng.sample(people, 4000)
    chinese = [p for p in sample if not p.name.isascii() and len(p.name) >= 3]
    phones = [p.phone for p in sample if p.phone]

    def fragment(value: str, size: int) -> str:
        start = rng.randrange(0, max(1, len(value) - size + 1))
        return value[start:start + size]

    return {
        "name_2_chars": [fragment(p.name, 2) for p in chinese[:QUERIES_PER_KIND]],
        "name_full": [p.name for p in chinese[QUERIES_PER_KIND:2 * QUERIES_PER_KIND]],
        "id_full": [p.id_no for p in sample[:QUERIES_PER_KIND]],
        "id_last_4": [p.id_no[-4:] for p in sample[QUERIES_PER_KIND:2 * QUERIES_PER_KIND]],
        "phone_full": phones[:QUERIES_PER_KIND],
        "phone_last_4": [p.replace("-", "")[-4:] for p in phones[QUERIES_PER_KIND:2 * QUERIES_PER_KIND]],
        "address_fragment": [fragment(p.text, rng.choice((3, 4, 5))) for p in sample[:QUERIES_PER_KIND]],
        "household_no": [p.household_no for p in sample[2 * QUERIES_PER_KIND:3 * QUERIES_PER_KIND]],
    }


def run(households: int = 100_000) -> dict:
    from bench.common import demo_store
    from kiosk.search import naive_search, search

    store, build_seconds = demo_store(households)
    rng = random.Random(2026)
    with store.read() as session:
        queries = _query_sets(session, rng)
    results: dict[str, dict] = {}
    for kind, batch in queries.items():
        def ours(q: str) -> None:
            with store.read() as session:
                search(session, q)

        def naive(q: str) -> None:
            with store.read() as session:
                naive_search(session, q)

        for q in batch[:20]:
            ours(q)  # warm the page cache
        samples = [s for q in batch for s in timed_ms(lambda q=q: ours(q))]
        baseline = [s for q in batch[:BASELINE_QUERIES_PER_KIND] for s in timed_ms(lambda q=q: naive(q))]
        ours_summary, base_summary = summary(samples), summary(baseline)
        results[kind] = {
            "p50_ms": ours_summary["p50_ms"], "p95_ms": ours_summary["p95_ms"],
            "baseline_p50_ms": base_summary["p50_ms"], "baseline_p95_ms": base_summary["p95_ms"],
            "speedup_p95": round(base_summary["p95_ms"] / ours_summary["p95_ms"], 1),
            "queries": len(samples), "baseline_queries": len(baseline),
        }
        print(f"  search {kind:<17} p50 {ours_summary['p50_ms']:7.2f} ms  p95 {ours_summary['p95_ms']:7.2f} ms"
              f"   naive p95 {base_summary['p95_ms']:8.1f} ms   ×{results[kind]['speedup_p95']}")
    store.close()
    write_result("search", results)
    write_result("demo_data", {"households": households, "build_seconds": round(build_seconds, 1)})
    return results
