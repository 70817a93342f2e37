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


def _stored(db_url: str) -> dict[str, str]:
    from sqlalchemy import select

    from sync.hub import schema
    from sync.hub.db import HubDatabase

    db = HubDatabase(db_url)
    try:
        with db.read() as conn:
            return dict(conn.execute(select(schema.household.c.household_no, schema.household.c.data)).all())
    finally:
        db.dispose()


def test_hub_import_rejects_what_the_kiosk_import_rejects(tmp_path: Path, reference_documents, capsys):
    """Issue 17 N2a: the hub stored a 60,000,000-character name, a NUL and one ID in four households."""
    import copy
    import json

    from sync.hub.cli import main as hub_cli

    db = f"sqlite:///{tmp_path / 'hub.db'}"
    first, second, third = (copy.deepcopy(d) for d in reference_documents[:3])
    path = tmp_path / "first.json"
    path.write_text(json.dumps([first], ensure_ascii=False), encoding="utf-8")
    assert hub_cli(["import", str(path), "--scope", "福星里", "--db", db]) == 0
    capsys.readouterr()
    huge, nul, shared, invisible = copy.deepcopy(second), copy.deepcopy(second), third, copy.deepcopy(second)
    invisible["members"][0]["name"] = "林\u200b阿嬤"
    huge["members"][0]["name"] = "林" * 600_000
    nul["members"][0]["name"] = "林\x00阿嬤"
    shared["members"].append({**first["members"][0], "relation": "lodger"})  # already registered in `first`
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps([huge, nul, shared, invisible], ensure_ascii=False), encoding="utf-8")
    assert hub_cli(["import", str(path), "--scope", "福星里", "--db", db]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["invalid"] == 4 and report["created"] == 0
    reasons = {r["index"]: r for r in report["rejected"]}
    assert reasons[0]["field"] == "name" and "600000" in reasons[0]["reason"]
    assert reasons[1]["field"] == "name" and reasons[1]["path"] == "/members/0/name"
    assert reasons[2]["path"].endswith("/id_no") and first["household_no"] in reasons[2]["reason"]
    assert reasons[3]["path"] == "/members/0/name" and "格式字元" in reasons[3]["reason"]
    assert set(_stored(db)) == {first["household_no"]}
