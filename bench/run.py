"""`make bench`: every benchmark, each writing bench/results/<name>.json.

  python -m bench.run [--only NAME ...] [--households N]
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
import time

BENCHMARKS = {
    "search": "bench.search_bench",
    "rules": "bench.rules_bench",
    "documents": "bench.documents_bench",
    "sync": "bench.sync_bench",
    "ui": "bench.ui_bench",
    "delivery": "bench.delivery_bench",
    "status_page": "bench.status_page_bench",
}


def main() -> int:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS))
    parser.add_argument("--households", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"Benchmarks on {platform.node()} ({os.cpu_count()} cores, Python {platform.python_version()})")
    for name in args.only or BENCHMARKS:
        started = time.perf_counter()
        print(f"[{name}]")
        importlib.import_module(BENCHMARKS[name]).run(households=args.households)
        print(f"[{name}] done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
