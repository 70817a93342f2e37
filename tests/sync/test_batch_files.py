"""The batch files themselves: encodings, formula-safe cells, atomic writes, the signed manifest,
and the documented columns (resources/agencies/README.md) matching the code."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from openpyxl import load_workbook

from kiosk.catalog import load_catalog
from kiosk.paths import resource_path
from sync.hub import signing
from sync.hub.delivery.batch_file import files
from sync.hub.delivery.batch_file.columns import columns_for, document, row_of

RARE = "\U0002A6A5"  # 𪚥: in Unicode, not in Big5


def _payload(name: str, bank_account: str = "700-0001234567") -> dict:
    return {"application_id": "a1", "revision": 1, "service": "S03", "submitted_at": "2026-12-03T01:00:00",
            "values": {"applicant_name": name, "applicant_id": "A123456789", "living_arrangement": "alone",
                       "institutionalised": False, "bank_account": bank_account},
            "consent": {"method": "signature"}, "attachments": [{"sha256": "0" * 64}]}


def _s03_rows(*payloads: dict) -> tuple[tuple, list[list]]:
    catalog = load_catalog()
    columns = columns_for((catalog.service("S03"),))
    return columns, [row_of(columns, f"d{n}", p, "f" * 64, catalog) for n, p in enumerate(payloads)]


def test_the_documented_columns_are_the_ones_written():
    readme = resource_path("agencies", "README.md").read_text(encoding="utf-8")
    assert readme.endswith(document()), "regenerate: python -m sync.hub.delivery.batch_file"


def test_big5_keeps_every_name_a_character_big5_lacks_as_a_character_reference():
    columns, rows = _s03_rows(_payload("林秀英"), _payload(f"王{RARE}明"))
    data = files.csv_bytes(columns, rows, "big5")
    parsed = list(csv.DictReader(io.StringIO(data.decode("cp950"), newline="")))
    assert [r["申請人姓名"] for r in parsed] == ["林秀英", f"王&#{ord(RARE)};明"]
    assert parsed[0]["目前居住情形"] and parsed[0]["目前住在政府全額補助的安養機構嗎？"] == "否"
    utf8 = list(csv.DictReader(io.StringIO(files.csv_bytes(columns, rows, "utf-8-bom").decode("utf-8-sig"),
                                           newline="")))
    assert utf8[1]["申請人姓名"] == f"王{RARE}明"  # UTF-8 holds it as it is


def test_no_cell_becomes_a_formula_in_either_format():
    columns, rows = _s03_rows(_payload("=HYPERLINK(\"http://x\")", bank_account="+886-1"))
    sheet = load_workbook(io.BytesIO(files.xlsx_bytes({"S03": (columns, rows)})))["S03"]
    header = [c.value for c in sheet[1]]
    name = sheet.cell(2, header.index("申請人姓名") + 1)
    assert name.data_type == "s" and name.value == "'=HYPERLINK(\"http://x\")"
    assert sheet.cell(2, header.index("入帳帳號（銀行代碼-帳號）") + 1).value == "'+886-1"
    text = files.csv_bytes(columns, rows, "utf-8-bom").decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'+886-1" in text


def test_the_manifest_verifies_only_with_the_hubs_key_and_the_file_it_describes(tmp_path):
    key = Ed25519PrivateKey.generate()
    manifest = files.write_day(tmp_path, "a-20261203.csv", b"data\r\n", 1, key, agency="a", day="2026-12-03")
    public = signing.public_key_of(key)["public_key"]
    on_disk = json.loads((tmp_path / ("a-20261203.csv" + files.MANIFEST_SUFFIX)).read_text(encoding="utf-8"))
    assert on_disk == manifest and manifest["rows"] == 1 and manifest["key_id"] == signing.key_id_of(key)
    assert files.verify_manifest(on_disk, public, (tmp_path / "a-20261203.csv").read_bytes())
    assert not files.verify_manifest(on_disk, public, b"data\r\nmore\r\n")  # another file
    assert not files.verify_manifest({**on_disk, "rows": 2}, public)  # a field changed after signing
    other = signing.public_key_of(Ed25519PrivateKey.generate())["public_key"]
    assert not files.verify_manifest(on_disk, other)  # signed by someone else


def test_a_write_that_fails_leaves_the_previous_file_and_no_temporary(tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    files.put_atomically(share, "day.csv", b"old")

    def no_space(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError):
        files.put_atomically(share, "day.csv", b"new and longer")
    assert (share / "day.csv").read_bytes() == b"old"
    assert [p.name for p in share.iterdir()] == ["day.csv"]


def test_a_link_dropped_on_the_share_is_not_taken_for_a_result_file(tmp_path):
    from sync.hub.delivery.batch_file.results import pending_files

    share, secret = tmp_path / "share", tmp_path / "hub-only.txt"
    share.mkdir()
    secret.write_text("案件編號,決定\nnot for the agency,核准\n", encoding="utf-8")
    (share / "answers.result.csv").write_text("案件編號,決定\n", encoding="utf-8")
    (share / "peek.result.csv").symlink_to(secret)
    assert [p.name for p in pending_files(share)] == ["answers.result.csv"]
