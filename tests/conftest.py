"""Shared fixtures: every test gets its own data, log and temp folders, and stores use the
smallest Argon2id parameters the key file accepts (still m=19 MiB, t=2). A test's store is a copy
of a per-process template (tests/store_template.py); `@pytest.mark.fresh_store` creates it from
scratch instead (Argon2id and every migration, as `kiosk init` does)."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

from tests import kek_memo
from tests.store_template import TEST_KDF, TEST_PIN, template_store
from tests.xdist_scheduler import ONE_WORKER_FILES, pytest_xdist_make_scheduler  # noqa: F401 - a hook, found here

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
kek_memo.install()
# CI shares its cores: a generated example that takes 250 ms there is slow, not wrong.
settings.register_profile("shared_machine", deadline=None)
settings.load_profile("shared_machine")

REFERENCE_DAY = date(2026, 11, 22)


@pytest.fixture(scope="session", autouse=True)
def session_temp_folder() -> Iterator[Path]:
    """Temp files made outside a test's own folder (session hubs' snapshot caches, browsers'
    profiles, forkserver sockets) go into one short-named folder removed at the end: into /tmp
    directly, every run left hundreds of folders, some holding (synthetic) household data."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-tests-"))
    folder.chmod(0o711)  # the PostgreSQL server runs as its own user, in a private folder of its own inside
    patch = pytest.MonkeyPatch()
    patch.setattr(tempfile, "tempdir", str(folder))
    patch.setenv("TMPDIR", str(folder))
    yield folder
    patch.undo()
    # Removed last of all: multiprocessing's own temp folder in it (the forkserver's socket) is
    # removed by multiprocessing at exit, at priority -100; removed before, that printed an error.
    from multiprocessing import util

    util.Finalize(None, shutil.rmtree, args=(str(folder), True), exitpriority=-200)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data))
    monkeypatch.setenv("KIOSK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("KIOSK_LANG", "zh-TW")
    monkeypatch.setenv("KIOSK_KDF_MEMORY_KIB", "19456")
    monkeypatch.setenv("KIOSK_KDF_ITERATIONS", "2")
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.delenv("KIOSK_PIN", raising=False)
    return data


@pytest.fixture
def fast_kdf():
    return TEST_KDF


@pytest.fixture
def store(request, isolated_environment: Path):
    from kiosk.db.store import Store

    if request.node.get_closest_marker("fresh_store"):
        created = Store.create(isolated_environment, TEST_PIN, TEST_KDF)
    else:
        created = template_store(isolated_environment)
    yield created
    created.close()


@pytest.fixture(scope="session")
def reference_documents() -> list[dict]:
    import json

    from kiosk.paths import resource_path

    return json.loads(resource_path("contracts", "examples", "households.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory):
    """A store holding a 600-household demo district, shared read-only by the tests of a session."""
    from kiosk.db.store import Store
    from kiosk.demo.build import build_demo
    from kiosk.security.keyfile import KdfParams

    folder = tmp_path_factory.mktemp("demo-store")
    created = Store.create(folder, TEST_PIN, KdfParams(memory_kib=19456, iterations=2))
    build_demo(created, 600, seed=11, as_of=REFERENCE_DAY)
    yield created
    created.close()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item) -> None:
    """What is alive when a test starts leaves the cyclic collector's care (gc.freeze): a test
    process's heap grows to a gigabyte of modules, caches and earlier tests' fixtures, and every
    full collection walked all of it again (0.25 s each; 13-15 % of the CPU of 540 tests, measured
    alternating). Freed by reference counting as before; only a cycle already alive at the start of
    a later test is kept (a make test worker peaked at 845-933 MB instead of 797-850). Not in the
    stall tests: their window process keeps the collector as the app has it."""
    if item.get_closest_marker("stall") is None:
        gc.freeze()


def pytest_collection_modifyitems(config, items) -> None:
    """The long tests first: the files one worker runs whole, the chaos trials and those marked slow.
    The xdist workers share them out early, instead of one worker running the last long one alone
    while the others have nothing to do."""
    items.sort(key=lambda item: (item.nodeid.split("::", 1)[0] not in ONE_WORKER_FILES,
                                 not (item.get_closest_marker("chaos") or item.get_closest_marker("slow"))))


# -- the reliability trials (tests/sync): how many, and their totals at the end -------------------

def pytest_addoption(parser) -> None:
    parser.addoption("--chaos-trials", type=int, default=100,
                     help="kill trials and network-fault sessions each (make test: 100, make chaos: 1000)")


CHAOS_REPORT_ENV = "KIOSK_CHAOS_REPORT_DIR"


def chaos_report_dir(config) -> Path:  # one folder per run, named by its controller
    return Path(os.environ[CHAOS_REPORT_ENV])


def pytest_configure(config) -> None:
    """Each run's trial totals in a folder of its own (the xdist workers inherit its name): a
    second pytest run in the same checkout used to wipe a shared folder and cut the totals short."""
    if not hasattr(config, "workerinput"):
        os.environ[CHAOS_REPORT_ENV] = tempfile.mkdtemp(prefix="kiosk-chaos-")


def pytest_unconfigure(config) -> None:
    if not hasattr(config, "workerinput") and CHAOS_REPORT_ENV in os.environ:
        shutil.rmtree(os.environ.pop(CHAOS_REPORT_ENV), ignore_errors=True)  # its totals are printed by now


def pytest_terminal_summary(terminalreporter, config) -> None:
    import json

    folder = chaos_report_dir(config)
    if hasattr(config, "workerinput") or not folder.exists():
        return
    totals: dict[str, dict[str, int]] = {}
    for path in folder.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            bucket = totals.setdefault(entry["kind"], {"trials": 0, "lost": 0, "duplicated": 0, "unconverged": 0,
                                                       "corrupt": 0})
            for key in bucket:
                bucket[key] += entry.get(key, 0)
    if totals:
        terminalreporter.section("sync reliability trials")
        for kind, bucket in sorted(totals.items()):
            terminalreporter.write_line(
                f"{kind}: {bucket['trials']} trials, lost={bucket['lost']} duplicated={bucket['duplicated']} "
                f"unconverged={bucket['unconverged']} corrupt={bucket['corrupt']}")
