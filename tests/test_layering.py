"""import-linter contracts from pyproject.toml (the core and sync never import Qt, the UI never
touches SQLAlchemy, the core never imports the UI or sync, neither the sync client nor the UI
imports the hub) all hold, however many there are."""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is part of the dev extra"
    result = subprocess.run([lint, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    for contract in contracts:  # each one was checked, not skipped or renamed away
        assert f"{contract['name']} KEPT" in result.stdout, contract["name"]
    assert f"Contracts: {len(contracts)} kept, 0 broken" in result.stdout
