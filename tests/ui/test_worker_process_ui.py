"""The window's heavy work runs in its worker process (ui/worker_client.py): the visit plan's
store-wide scan and a sync cycle reach the screen from there (the in-process versions are made to
fail, so a result can only have come from the worker); the data key never shows on the worker's
command line or in its environment; lock ends the worker and drops what it still had to say; a
worker that dies is started again once, and the officer is told in plain words.

The first test starts the worker as the app does, in an interpreter of its own, since its command
line and environment are what it checks; the others fork it from the tests' preloaded server
(tests/ui/worker_zygote.py), a process of its own all the same: about 0.7 s of a core less per start."""

from __future__ import annotations

import os
import signal
import time

import pytest
from PySide6.QtCore import Qt

from kiosk.localformat import format_datetime
from tests.sync.test_worker_process import gone
from ui.selftest import settle

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")


def in_process_forbidden(monkeypatch) -> None:
    """The window's own copies of the heavy work fail: only the worker process can answer."""
    from kiosk.workspace import Workspace
    from sync.client.session import SyncSession

    def refuse(*_args, **_kwargs):
        raise AssertionError("heavy work ran in the window process")

    monkeypatch.setattr(Workspace, "visit_plan", refuse)
    monkeypatch.setattr(SyncSession, "run_cycle", refuse)


def worker_pid(kiosk, qtbot) -> int:
    worker = kiosk.ctx.worker
    qtbot.waitUntil(lambda: worker.pid is not None, timeout=60000)
    return worker.pid


def scan_from_home(kiosk):
    home = kiosk.window.nav.screen("home")
    home.clear()  # forget the plan: going home scans again
    kiosk.window.nav.go("home")
    return home


@pytest.mark.worker_as_app  # its own interpreter, command line and environment are what is checked
def test_the_visit_plan_comes_from_the_worker_and_the_key_never_shows(officer_app, qtbot, monkeypatch):
    from kiosk.rules.proactive import Visit
    from kiosk.workspace import Workspace
    from ui.screens.home import PLAN_SIZE

    kiosk = officer_app
    expected = Workspace.visit_plan(kiosk.ctx.workspace, PLAN_SIZE)  # the in-process answer, before it is forbidden
    in_process_forbidden(monkeypatch)
    key = kiosk.ctx.workspace.worker_key()
    pid = worker_pid(kiosk, qtbot)
    assert pid != os.getpid()
    for exposed in (f"/proc/{pid}/cmdline", f"/proc/{pid}/environ"):
        with open(exposed, "rb") as seen:
            text = seen.read()
        assert key.hex().encode() not in text.lower() and key not in text, exposed

    home = scan_from_home(kiosk)
    qtbot.waitUntil(lambda: bool(home.visits), timeout=60000)
    assert all(isinstance(visit, Visit) for visit in home.visits)
    assert [v.household_no for v in home.visits] == [v.household_no for v in expected]
    qtbot.waitUntil(lambda: home.plan_box.count() == len(expected), timeout=60000)  # made one per turn
    assert expected[0].head_name in home.plan_box.itemAt(0).widget().title.text()


def test_a_sync_cycle_runs_in_the_worker_and_its_report_reaches_the_screen(officer_app, qtbot, tmp_path, monkeypatch):
    from kiosk.demo.applications import queue_demo_applications
    from tests.ui.hub import enter_store_and_hub

    kiosk = officer_app
    hub = enter_store_and_hub(kiosk, tmp_path)
    try:
        queued = queue_demo_applications(kiosk.ctx.workspace.store, 5, seed=3)
        assert queued == 5
        in_process_forbidden(monkeypatch)
        screen = kiosk.window.nav.go("sync")
        phases = []
        kiosk.ctx.sync.progress.connect(lambda event: phases.append(event.phase))
        before = len(hub.revisions())
        assert kiosk.ctx.sync.sync_now()
        qtbot.waitUntil(lambda: not kiosk.ctx.sync.running, timeout=120000)
        settle(kiosk)
        report = kiosk.ctx.sync.last_report
        assert report is not None and report.complete, kiosk.ctx.sync.last_error
        assert report.counts["sent"] + report.counts["replayed"] >= queued
        assert len(hub.revisions()) >= before + queued
        assert "upload" in phases
        status = kiosk.ctx.sync.status  # asked again after the report
        assert status.outbox.drained and status.last_sync_at is not None
        assert screen.tr("Waiting to be sent: %1").replace("%1", "0") in screen.details.text()
        assert format_datetime(status.last_sync_at, kiosk.ctx.lang) in screen.details.text()
    finally:
        hub.close()


def test_lock_ends_the_worker_and_drops_its_late_results(officer_app, qtbot):
    kiosk = officer_app
    pid = worker_pid(kiosk, qtbot)
    announced = []
    kiosk.ctx.announcer.announced.connect(announced.append)
    home = scan_from_home(kiosk)
    assert kiosk.ctx.worker.busy == 1  # the scan was asked of the worker
    kiosk.lock()
    assert kiosk.ctx.worker is None
    qtbot.waitUntil(lambda: gone(pid, timeout_s=0), timeout=60000)  # the event loop writes the pipe's end
    qtbot.wait(500)
    settle(kiosk)
    assert home.visits is None and home.plan_box.count() == 0
    assert not any("household" in text.lower() or "戶" in text for text in announced)


def test_a_screen_cleared_mid_scan_is_not_refilled_when_the_answer_comes(officer_app, qtbot):
    kiosk = officer_app
    worker_pid(kiosk, qtbot)
    home = scan_from_home(kiosk)
    assert kiosk.ctx.worker.busy == 1
    home.clear()  # as a kiosk session's end does
    qtbot.waitUntil(lambda: kiosk.ctx.worker.busy == 0, timeout=60000)  # the answer arrived...
    settle(kiosk)
    assert home.visits is None and home.plan_box.count() == 0  # ...and was dropped


def test_a_dead_worker_is_started_again_once_and_the_officer_is_told(officer_app, qtbot):
    from kiosk.i18n import tr

    kiosk = officer_app
    worker = kiosk.ctx.worker
    first = worker_pid(kiosk, qtbot)
    home = scan_from_home(kiosk)
    os.kill(first, signal.SIGKILL)
    # told where the plan would have been: the visit plan's failed state, with "Try again"
    qtbot.waitUntil(lambda: home.list_state.kind == "failed", timeout=60000)
    assert home.list_state.sentence.text() == tr("worker.crashed", "zh-TW")
    assert home.list_state.isVisible() and not home.plan_state.isVisible()
    second = worker_pid(kiosk, qtbot)
    assert second != first

    qtbot.mouseClick(home.list_state.action, Qt.LeftButton)  # "Try again": the new worker answers
    qtbot.waitUntil(lambda: bool(home.visits), timeout=60000)
    assert not home.list_state.isVisible()

    os.kill(second, signal.SIGKILL)  # a second death: no third worker, a plain word instead
    qtbot.waitUntil(lambda: tr("worker.gone", "zh-TW") in kiosk.errors.shown, timeout=60000)
    time.sleep(0.5)
    settle(kiosk)
    assert worker.process is None
    home = scan_from_home(kiosk)
    qtbot.waitUntil(lambda: home.list_state.kind == "failed", timeout=10000)
    assert home.list_state.sentence.text() == tr("worker.gone", "zh-TW")
