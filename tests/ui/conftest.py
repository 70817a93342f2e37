import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def tour_district(tmp_path_factory) -> tuple[Path, dict]:
    """The self-test's synthetic district (200 households, applications in every state), built once,
    its key wrapped with the tests' Argon2id floor: every app a test starts unlocks it again."""
    from tests.store_template import TEST_KDF
    from ui.selftest import prepare

    folder = tmp_path_factory.mktemp("district")
    with pytest.MonkeyPatch.context() as env:  # a session fixture comes before the tests' own environment
        env.setenv("KIOSK_KDF_MEMORY_KIB", str(TEST_KDF.memory_kib))
        env.setenv("KIOSK_KDF_ITERATIONS", str(TEST_KDF.iterations))
        return folder, prepare(folder)


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
    forked from `worker_zygote`, unless the test module starts it as the app does (START_WORKER_AS_APP)."""
    if not getattr(request.module, "START_WORKER_AS_APP", False):
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
