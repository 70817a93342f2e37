"""Receipt PDFs: warm rendering time (p50/p95) and size, A4 and 80 mm, against the cold first
render (font loading included) measured in the same run."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import BENCH_PIN, percentile, timed_ms, write_result

RENDERS = 100
COLD_PROBE = """
import sys, time, pickle
data = pickle.loads(bytes.fromhex(sys.argv[1]))
t = time.perf_counter()
from kiosk.documents.receipts import render_receipt
render_receipt(data, "a4")
print((time.perf_counter() - t) * 1000)
"""


def run(households: int = 0) -> dict:  # noqa: ARG001 - the district size does not matter here
    import pickle

    from kiosk.applications import service
    from kiosk.applications.notice import notice_version
    from kiosk.applications.signatures import synthetic_signature
    from kiosk.catalog import load_catalog
    from kiosk.db.store import Store
    from kiosk.documents.receipts import receipt_data, render_receipt
    from kiosk.households.importer import import_documents
    from kiosk.paths import resource_path
    from kiosk.security.keyfile import KdfParams

    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    try:
        store = Store.create(folder / "store", BENCH_PIN, KdfParams(memory_kib=19456, iterations=2))
        import_documents(store, json.loads(resource_path("contracts", "examples", "households.json").read_text()))
        view = service.start(store, household_no="A7654321", service_code="S03", person_id_no="A108765438",
                             language="vi", officer="王里幹事")
        for key, value in {"living_arrangement": "with_spouse", "institutionalised": "否", "receive_by": "bank",
                           "bank_account": "700-00012345678"}.items():
            service.set_field(store, view.id, key, value)
        service.give_consent(store, view.id, person_id_no="A108765438", method="signature", given_by="陳大明",
                             notice=notice_version(load_catalog().service("S03")), strokes=synthetic_signature(1),
                             box=(600, 200))
        service.submit(store, view.id)
        data = receipt_data(store, view.id)
        store.close()
        colds = [float(subprocess.run([sys.executable, "-c", COLD_PROBE, pickle.dumps(data).hex()],
                                      capture_output=True, text=True, check=True).stdout) for _ in range(3)]
        result = {}
        for fmt in ("a4", "80mm"):
            render_receipt(data, fmt)  # warm up
            samples = [s for _ in range(RENDERS) for s in timed_ms(lambda: render_receipt(data, fmt))]
            size = len(render_receipt(data, fmt))
            result[fmt] = {"p50_ms": round(percentile(samples, 50), 1), "p95_ms": round(percentile(samples, 95), 1),
                           "bytes": size, "renders": RENDERS}
            print(f"  receipt {fmt:>4}: p50 {result[fmt]['p50_ms']} ms, p95 {result[fmt]['p95_ms']} ms, "
                  f"{size / 1024:.0f} KB")
        result["cold_first_render_ms"] = round(sorted(colds)[1], 1)
        result["warm_speedup_vs_cold"] = round(result["cold_first_render_ms"] / result["a4"]["p95_ms"], 1)
        result["font_file_bytes"] = resource_path("fonts", "wqy-microhei.ttc").stat().st_size
        print(f"  cold first render {result['cold_first_render_ms']} ms (x{result['warm_speedup_vs_cold']} warm p95)")
        write_result("documents", result)
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)
