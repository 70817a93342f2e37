"""Writing a day's batch file and its signed manifest into an agency's folder.

A file appears whole or not at all: written beside its final name, fsynced, renamed over it, and
the folder fsynced; the manifest (row count, SHA-256 of the file, the hub's Ed25519 signature)
is written the same way after it, so a manifest always describes a file that is complete.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.json_types import JsonObject
from kiosk.security.blobs import fsync_dir
from sync.hub import signing
from sync.hub.delivery.batch_file.columns import Column

ENCODINGS = {"utf-8-bom": "utf-8-sig", "big5": "cp950"}  # cp950: Big5 as Windows and Excel in Taiwan read it
MANIFEST_SUFFIX = ".manifest.json"


def file_name(agency: str, day: str, fmt: str) -> str:
    return f"{agency}-{day.replace('-', '')}.{fmt}"


def csv_bytes(columns: tuple[Column, ...], rows: list[list[object]], encoding: str) -> bytes:
    """CSV with CRLF lines as Excel writes them. A character Big5 cannot hold (a rare name
    character) is written as an HTML character reference (&#173733;) rather than lost or guessed."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.header for c in columns])
    writer.writerows(rows)
    return out.getvalue().encode(ENCODINGS[encoding], errors="xmlcharrefreplace")


def xlsx_bytes(sheets: dict[str, tuple[tuple[Column, ...], list[list[object]]]]) -> bytes:
    """One sheet per service (its fixed columns), every cell text or a number, never a formula."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING

    book = Workbook()
    blank = book.active
    assert blank is not None, "a new workbook has its one blank sheet"
    book.remove(blank)
    for title, (columns, rows) in sheets.items():
        sheet = book.create_sheet(title)
        sheet.append([c.header for c in columns])
        for row in rows:
            sheet.append(row)
        for line in sheet.iter_rows(min_row=2):
            for cell in line:
                if isinstance(cell.value, str):
                    cell.data_type = TYPE_STRING  # openpyxl takes a leading "=" for a formula otherwise
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def put_atomically(folder: Path, name: str, data: bytes) -> None:
    """Write temp, fsync, rename, fsync the folder: readers see the old file or the new one."""
    target = folder / name
    temp = folder / f".{name}.{secrets.token_hex(4)}.part"
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    fsync_dir(folder)


def manifest_message(manifest: JsonObject) -> bytes:
    """What the signature covers: every field but the signature, as canonical JSON."""
    unsigned = {k: v for k, v in manifest.items() if k != "signature"}
    return json.dumps(unsigned, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def signed_manifest(key: Ed25519PrivateKey, **fields: object) -> JsonObject:
    manifest = {**fields, "key_id": signing.key_id_of(key)}
    manifest["signature"] = signing.sign(key, manifest_message(manifest))
    return manifest


def write_day(folder: Path, name: str, data: bytes, rows: int, key: Ed25519PrivateKey, **about: object) -> JsonObject:
    """The file, then its manifest; returns the manifest."""
    put_atomically(folder, name, data)
    manifest = signed_manifest(key, file=name, rows=rows, sha256=hashlib.sha256(data).hexdigest(),
                               size=len(data), **about)
    put_atomically(folder, name + MANIFEST_SUFFIX,
                   (json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    return manifest


def verify_manifest(manifest: JsonObject, public_b64: str, data: bytes | None = None) -> bool:
    """The signature is the hub's and, given the file's bytes, they are the ones it describes."""
    if not signing.verify(public_b64, manifest_message(manifest), str(manifest.get("signature") or "")):
        return False
    return data is None or hashlib.sha256(data).hexdigest() == manifest.get("sha256")
