"""The scanner folder: the newest scan since a moment, taken once."""

import os
import time

from kiosk.scanner import newest_scan, take_scan


def _scan(folder, name, age_s=0.0):
    path = folder / name
    path.write_bytes(name.encode())
    stamp = time.time() - age_s
    os.utime(path, (stamp, stamp))
    return path


def test_the_newest_scan_since_a_moment_is_chosen_and_other_files_are_not(tmp_path):
    _scan(tmp_path, "older.png", age_s=60)
    newest = _scan(tmp_path, "newest.PDF", age_s=1)
    _scan(tmp_path, "notes.txt")  # not a scan
    (tmp_path / "folder.jpg").mkdir()  # not a file
    assert newest_scan(tmp_path) == newest
    assert newest_scan(tmp_path, since=time.time() - 30) == newest
    assert newest_scan(tmp_path, since=time.time() + 1) is None
    assert newest_scan(tmp_path / "missing") is None


def test_a_taken_scan_leaves_the_folder(tmp_path):
    scan = _scan(tmp_path, "receipt.png")
    assert take_scan(scan) == b"receipt.png"
    assert not scan.exists() and newest_scan(tmp_path) is None
