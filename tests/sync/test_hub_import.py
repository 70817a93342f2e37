"""`kiosk-hub import` of a hostile file (issue 17, points 3 and 9, the hub's side): a plain message
and a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("content", ["[" * 100_000 + "]" * 100_000, '[{"household_no": ', "\ufeff\x00"])
def test_a_hostile_import_file_gets_a_plain_message(tmp_path: Path, content: str):
    path = tmp_path / "households.json"
    path.write_text(content, encoding="utf-8")
    db = tmp_path / "hub.db"
    done = subprocess.run([sys.executable, "-m", "sync.hub.cli", "import", str(path), "--scope", "福星里",
                           "--db", str(db)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONUTF8": "1"})
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and done.stderr.strip()
