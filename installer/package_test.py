"""`make package-test`: unpack the .deb into a clean root, run the bundled `kiosk --self-test`
offscreen on a fresh data folder (fails on any finding), then measure the bundle: its size, the
installed size, and cold start to the painted unlock screen against the source install, same run."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.ui_bench import time_to_window  # noqa: E402 - the same measurement as `make bench`

RUNS = 7


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    debs = sorted((ROOT / "build").glob("kiosk_*_amd64.deb"))
    if not debs:
        print("no package: run `make package` first", file=sys.stderr)
        return 2
    deb = debs[-1]
    with tempfile.TemporaryDirectory(prefix="kiosk-pkg-") as temp:
        root = Path(temp) / "root"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        kiosk = root / "opt" / "kiosk" / "kiosk"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("PYTHONPATH", None)
        tour = subprocess.run([str(kiosk), "--self-test", "--screenshots", f"{temp}/shots", "--data-dir",
                               f"{temp}/data"], env=env, capture_output=True, text=True, timeout=900)
        print(tour.stdout.strip().splitlines()[-1] if tour.stdout.strip() else tour.stderr[-2000:])
        if tour.returncode != 0:
            print("the bundled self-test failed", file=sys.stderr)
            return 1
        bundled_cmd = [str(kiosk), "--startup-probe", "--no-crash-dialog", "--data-dir", f"{temp}/probe"]
        source_cmd = [str(ROOT / ".venv" / "bin" / "kiosk"), "--startup-probe", "--no-crash-dialog", "--data-dir",
                      f"{temp}/probe"]
        time_to_window(bundled_cmd)  # one warm-up each: page cache as after the first start
        time_to_window(source_cmd)
        bundled, source = [], []
        for _ in range(RUNS):
            bundled.append(time_to_window(bundled_cmd))
            source.append(time_to_window(source_cmd))
        report = {
            "package": deb.name,
            "package_bytes": deb.stat().st_size,
            "bundle_bytes": folder_bytes(root / "opt" / "kiosk"),
            "installed_bytes": folder_bytes(root),
            "cold_start_bundled_s": round(statistics.median(bundled), 3),
            "cold_start_source_s": round(statistics.median(source), 3),
            "ratio_bundled_to_source": round(statistics.median(bundled) / statistics.median(source), 2),
            "self_test": tour.stdout.strip().splitlines()[-1],
        }
    out = ROOT / "build" / "package-report.json"
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
