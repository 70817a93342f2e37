import fcntl
import json
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def tour_district(tmp_path_factory) -> tuple[Path, dict]:
    """The self-test's synthetic district (200 households, applications in every state), built once
    per run, its key wrapped with the tests' Argon2id floor: every app a test starts unlocks a copy.
    Under xdist the first worker to need it builds it (2 s of a core) and the others wait for it."""
    from tests.store_template import TEST_KDF
    from ui.selftest import prepare

    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, above each worker's own
    folder, made = shared / "tour-district", shared / "tour-district.json"
    with open(shared / "tour-district.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not made.exists():
            shutil.rmtree(folder, ignore_errors=True)  # a build cut short
            with pytest.MonkeyPatch.context() as env:  # a session fixture comes before the tests' own environment
                env.setenv("KIOSK_KDF_MEMORY_KIB", str(TEST_KDF.memory_kib))
                env.setenv("KIOSK_KDF_ITERATIONS", str(TEST_KDF.iterations))
                made.write_text(json.dumps(prepare(folder)), encoding="utf-8")
    return folder, json.loads(made.read_text(encoding="utf-8"))


def running_app(tour_district, tmp_path, mode: str):
    """The real app, unlocked in `mode` on a private copy of the district; locked and closed after."""
    from ui.app import KioskApp, qt_application
    from ui.selftest import TOUR_PIN, settle, unlock_and_wait

    source, fixtures = tour_district
    data_dir = tmp_path / "data"
    shutil.copytree(source, data_dir)
    qt_application()
    kiosk = KioskApp(data_dir=data_dir, mode=mode, lang="zh-TW", crash_dialog=False, kiosk_fullscreen=False)
    kiosk.fixtures = fixtures
    assert unlock_and_wait(kiosk, TOUR_PIN), "the store did not unlock"
    settle(kiosk)
    yield kiosk
    kiosk.lock()
    settle(kiosk)
    kiosk.ctx.speaker.shutdown()
    close_window(kiosk)


def close_window(kiosk) -> None:
    """Closed and deleted now: processEvents never runs a deferred delete, so each test's window
    stayed alive and every later theme change and style set walked all of them (slower each test)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    kiosk.ctx.languages.uninstall()  # or the next test's app in this process hears this one's language
    kiosk.window.close()
    kiosk.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session")
def worker_zygote(tmp_path_factory):
    """A server that forks the app's worker process already imported (tests/ui/worker_zygote.py)."""
    from tests.ui import worker_zygote

    server = worker_zygote.start(tmp_path_factory.mktemp("zygote"))
    yield server
    server.kill()
    server.wait()


@pytest.fixture()
def officer_app(tour_district, tmp_path, qapp, request, monkeypatch):
    """The real app, unlocked in officer mode on a private copy of the district. Its worker process is
    forked from `worker_zygote`, unless the test is marked `worker_as_app` (started as the app starts it)."""
    if request.node.get_closest_marker("worker_as_app") is None:
        from tests.ui.worker_zygote import command

        zygote = request.getfixturevalue("worker_zygote")
        monkeypatch.setattr("ui.worker_client.worker_command", lambda: command(zygote.path))
    yield from running_app(tour_district, tmp_path, "officer")


@pytest.fixture()
def kiosk_app(tour_district, tmp_path, qapp, monkeypatch):
    """The real app in kiosk mode, unlocked by staff; what it says is recorded, not played."""
    import ui.app

    monkeypatch.setattr(ui.app, "KIOSK_ANSWER_S", 1)
    for kiosk in running_app(tour_district, tmp_path, "kiosk"):
        kiosk.spoken = []
        monkeypatch.setattr(kiosk.ctx.speaker, "say", lambda text, lang: kiosk.spoken.append((text, lang)))
        yield kiosk
