"""The Windows installer script compiles with Debian's makensis from a bundle folder, as the
Windows CI job does with the real bundle. The folder here is a small stand-in with the files the
script names; the real bundle is built on a Windows runner (.github/workflows/windows-bundle.yml)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "installer" / "windows" / "kiosk.nsi"


def build(tmp_path: Path, *defines: str) -> subprocess.CompletedProcess:
    makensis = shutil.which("makensis")
    assert makensis, "makensis is missing: scripts/system-deps.sh installs Debian's nsis package"
    return subprocess.run([makensis, "-V2", "-INPUTCHARSET", "UTF8", *defines, str(SCRIPT)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "bundle"
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "kiosk.exe").write_bytes(b"MZ" + b"\0" * 510)
    (folder / "_internal" / "resources" / "catalog.json").write_text("{}", encoding="utf-8")
    return folder


def test_the_installer_script_builds_a_windows_installer_from_a_bundle_folder(tmp_path, bundle):
    out = tmp_path / "kiosk-setup.exe"
    result = build(tmp_path, "-DVERSION=9.8.7", f"-DBUNDLE={bundle}", f"-DOUTFILE={out}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"  # a Windows executable
    assert out.stat().st_size > 20_000  # the installer stub with the bundle inside


def test_a_missing_bundle_folder_fails_the_build(tmp_path):
    result = build(tmp_path, f"-DBUNDLE={tmp_path / 'nothing-here'}", f"-DOUTFILE={tmp_path / 'x.exe'}")
    assert result.returncode != 0
    assert not (tmp_path / "x.exe").exists()


def test_uninstalling_keeps_the_encrypted_data_unless_asked():
    script = SCRIPT.read_text(encoding="utf-8")
    data_section = next(line for line in script.splitlines() if "un.Also delete" in line)
    assert data_section.startswith("Section /o ")  # /o: unticked unless the user ticks it
    assert "Software\\Microsoft\\Windows\\CurrentVersion\\Run" in script  # the optional auto-start
    assert '--mode kiosk' in script
