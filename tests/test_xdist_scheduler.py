"""make test's xdist scheduler (tests/xdist_scheduler.py), on throwaway test files in a pytest run of
their own: the browser file goes whole to one worker, and a worker that crashes fails its test and
the run ends (xdist's own scheduler of this kind then waited forever)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFTEST = "from tests.xdist_scheduler import pytest_xdist_make_scheduler  # noqa: F401\n"
WORKER_FILE = """import os, pytest
@pytest.mark.parametrize("n", range(12))
def test_where(n):
    with open("workers.txt", "a") as f:
        f.write(f"{__name__} {os.environ['PYTEST_XDIST_WORKER']}\\n")
"""
CRASHING = """import os, time, pytest
@pytest.mark.parametrize("n", range(30))
def test_quick(n):
    time.sleep(0.01)
    if n == 7:
        os._exit(1)
"""


def run(folder: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "xdist", "-n", "2", "--dist", "loadgroup", "-q",
                           "-p", "no:cacheprovider", "tests"], cwd=folder, env=env, capture_output=True, text=True,
                          timeout=120)


def test_the_browser_file_runs_whole_on_one_worker_and_the_rest_is_shared(tmp_path):
    (tmp_path / "conftest.py").write_text(CONFTEST)
    for path in ("tests/web/test_status_page_browser.py", "tests/test_other.py"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(WORKER_FILE)
    result = run(tmp_path)
    assert result.returncode == 0, result.stdout[-2000:]
    lines = [line.split() for line in (tmp_path / "workers.txt").read_text().splitlines()]
    browser = {worker for module, worker in lines if module.endswith("browser")}
    others = {worker for module, worker in lines if not module.endswith("browser")}
    assert len(lines) == 24 and len(browser) == 1, lines
    assert others - browser, "the other worker ran none of the rest"


def test_a_crashed_worker_fails_its_test_and_the_run_ends(tmp_path):
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_crash.py").write_text(CRASHING)
    result = run(tmp_path)
    assert result.returncode == 1, result.stdout[-2000:]
    assert "crashed while running 'tests/test_crash.py::test_quick[7]'" in result.stdout
    assert "1 failed, 29 passed" in result.stdout, result.stdout[-2000:]
