"""Qt and the voice are the `gui` extra: the hub and the core run on a machine without them, and
`kiosk` there says how to install the window instead of printing a traceback."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI_PACKAGES = ("PySide6", "pyttsx3")

# Runs first in the child: any import of Qt or pyttsx3 fails as if the packages were not installed.
BLOCK_GUI = """
import sys
class _NoGui:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyttsx3'):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, _NoGui())
"""


def _run_without_gui(code: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KIOSK_LANG": lang}
    return subprocess.run([sys.executable, "-c", BLOCK_GUI + code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_qt_and_voice_are_only_in_the_gui_extra():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = " ".join(project["dependencies"])
    gui = " ".join(project["optional-dependencies"]["gui"])
    for package in GUI_PACKAGES:
        assert package not in core
        assert package in gui
    assert "gui" in (ROOT / "Makefile").read_text(encoding="utf-8").split("pip install --quiet -e '.[")[1].split("]")[0]


def test_the_hub_and_the_core_cli_start_without_qt():
    result = _run_without_gui(
        "import sync.hub.app, sync.hub.cli, kiosk.cli.main\n"
        "sys.argv = ['kiosk-hub', '--help']\n"
        "try:\n    sync.hub.cli.main()\nexcept SystemExit as end:\n    assert end.code in (0, None), end.code\n")
    assert result.returncode == 0, result.stderr


def test_the_window_command_without_qt_says_how_to_install_it():
    result = _run_without_gui("from kiosk.cli.main import main\nsys.exit(main(['--lang', 'vi']))")
    assert result.returncode == 2, result.stderr
    assert "pip install 'kiosk[gui]'" in result.stderr + result.stdout
    assert "quý vị" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
