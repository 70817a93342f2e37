"""`kiosk export` writes an unencrypted file of every household: only its owner may read it
(issue 17 low item: it was written 0644)."""

from __future__ import annotations

import os
import stat

import pytest

from kiosk.households.csv_io import export_csv
from kiosk.households.importer import export_documents, import_documents


@pytest.fixture
def open_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("name, export", [("all.json", export_documents), ("all.csv", export_csv)])
def test_exports_are_owner_only(store, reference_documents, tmp_path, open_umask, name, export):
    import_documents(store, reference_documents)
    out = tmp_path / name
    out.write_text("older export")
    out.chmod(0o644)
    (tmp_path / f"{name}.part").write_text("left from a crash")
    (tmp_path / f"{name}.part").chmod(0o644)
    assert export(store, out) > 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert reference_documents[0]["household_no"] in out.read_text(encoding="utf-8-sig")
