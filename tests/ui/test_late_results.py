"""Results never outlive their owner: work still running when the device locks (or a screen is
cleared) never refills the screen, announces, speaks or shows an error dialog afterwards."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.background import Background
from ui.selftest import settle


class Gate:
    """Holds wrapped calls on their worker thread until opened, so a test can act mid-load."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.opened = threading.Event()

    def hold(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def held(*args: Any, **kwargs: Any) -> Any:
            self.entered.set()
            self.opened.wait(30)
            return fn(*args, **kwargs)

        return held


@pytest.fixture()
def gate() -> Iterator[Gate]:
    gate = Gate()
    yield gate
    gate.opened.set()  # never leave a worker waiting, whatever the test did


# -- the helper itself ----------------------------------------------------------------------------

def test_forgetting_an_owner_drops_its_results_and_failures_but_not_others(qtbot, gate):
    background, owner, other = Background(), Background(), Background()  # any QObject can own work
    seen: list = []
    background.run(gate.hold(lambda: "late"), owner=owner, done=seen.append)
    background.run(gate.hold(lambda: 1 / 0), owner=owner, failed=seen.append, lane="work")
    background.run(gate.hold(lambda: "kept"), owner=other, done=seen.append, lane="work")
    unhandled: list = []
    background.unhandled.connect(unhandled.append)
    background.run(gate.hold(lambda: 1 / 0), owner=owner, lane="media")  # no handler: would be a dialog
    qtbot.waitUntil(gate.entered.is_set, timeout=5000)
    background.forget(owner)
    gate.opened.set()
    qtbot.waitUntil(lambda: background.busy == 0, timeout=5000)
    assert seen == ["kept"] and unhandled == []
    background.run(lambda: "fresh", owner=owner, done=seen.append)  # later work reports again
    qtbot.waitUntil(lambda: "fresh" in seen, timeout=5000)


def test_forgetting_everyone_drops_ownerless_work_too(qtbot, gate):
    background = Background()
    seen: list = []
    unhandled: list = []
    background.unhandled.connect(unhandled.append)
    background.run(gate.hold(lambda: "late"), done=seen.append)
    background.run(gate.hold(lambda: 1 / 0), lane="work")
    qtbot.waitUntil(gate.entered.is_set, timeout=5000)
    background.forget()
    gate.opened.set()
    qtbot.waitUntil(lambda: background.busy == 0, timeout=5000)
    assert seen == [] and unhandled == []


def test_decoding_an_image_never_holds_up_the_store_lane(qtbot, gate):
    """Images and PDFs have their own lane: an autosave does not queue behind a photo."""
    background = Background()
    saved: list = []
    background.run(gate.hold(lambda: "decoded"), lane="media")
    qtbot.waitUntil(gate.entered.is_set, timeout=5000)
    background.run(lambda: "saved", done=saved.append)
    qtbot.waitUntil(lambda: saved == ["saved"], timeout=5000)
    assert background.busy == 1  # the image is still decoding
    gate.opened.set()
    qtbot.waitUntil(lambda: background.busy == 0, timeout=5000)


# -- screens of the real app ----------------------------------------------------------------------

def test_every_screen_drops_its_own_results_when_cleared(officer_app, qtbot, gate):
    """A screen added later that overrides `clear()` without calling the base one fails here."""
    from ui.navigation import SCREENS

    nav = officer_app.window.nav
    delivered: list = []
    for name in SCREENS:
        screen = nav.screen(name)
        screen.run(gate.hold(lambda n=name: n), done=delivered.append, lane="work")
        screen.clear()
    qtbot.waitUntil(gate.entered.is_set, timeout=5000)
    gate.opened.set()
    settle(officer_app)
    assert delivered == []


def watch(kiosk, monkeypatch) -> dict[str, list]:
    """Everything the app says or shows from now on: announcements, speech, error reports."""
    seen: dict[str, list] = {"announced": [], "spoken": [], "unhandled": []}
    kiosk.ctx.prefs.set("speak_automatically", True)
    kiosk.ctx.announcer.announced.connect(seen["announced"].append)
    monkeypatch.setattr(kiosk.ctx.speaker, "say", lambda what, lang: seen["spoken"].append(what))
    kiosk.ctx.background.unhandled.connect(seen["unhandled"].append)
    return seen


def assert_silent_and_empty(kiosk, seen: dict[str, list], secret: str) -> None:
    from tests.ui.test_citizen_handover import every_text

    unlock_page = kiosk.window.nav.screen("unlock").spoken_parts()
    assert all(what == unlock_page for what in seen["spoken"])  # only the unlock screen reads itself
    assert seen["announced"] == [] and seen["unhandled"] == []
    assert kiosk.errors.shown == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert not any(secret in text for text in every_text(kiosk.window))


def lock_mid_load(kiosk, qtbot, gate: Gate, seen: dict[str, list], lock: Callable[[], None]) -> None:
    qtbot.waitUntil(gate.entered.is_set, timeout=10000)
    for record in seen.values():
        record.clear()  # what was said before the lock is not the question
    lock()
    gate.opened.set()
    settle(kiosk)


def test_a_household_loading_at_lock_is_never_refilled(officer_app, qtbot, monkeypatch, gate):
    kiosk = officer_app
    ws, household_no = kiosk.ctx.workspace, kiosk.fixtures["household_no"]
    for method in ("household", "applications", "eligibility"):
        monkeypatch.setattr(ws, method, gate.hold(getattr(ws, method)))
    seen = watch(kiosk, monkeypatch)
    screen = kiosk.window.nav.go("household", household_no=household_no)
    lock_mid_load(kiosk, qtbot, gate, seen, lambda: qtbot.mouseClick(kiosk.window.lock_button, Qt.LeftButton))
    assert kiosk.window.nav.locked and kiosk.ctx.workspace is None
    assert (screen.facts, screen.result, screen.applications) == (None, None, [])
    assert_silent_and_empty(kiosk, seen, household_no)


def test_a_search_answered_after_lock_is_never_shown_or_announced(officer_app, qtbot, monkeypatch, gate):
    kiosk = officer_app
    ws, household_no = kiosk.ctx.workspace, kiosk.fixtures["household_no"]
    assert ws.search(household_no), "the query must find something for the test to mean anything"
    monkeypatch.setattr(ws, "search", gate.hold(ws.search))
    seen = watch(kiosk, monkeypatch)
    screen = kiosk.window.nav.go("search")
    qtbot.keyClicks(screen.query, household_no)
    lock_mid_load(kiosk, qtbot, gate, seen, lambda: qtbot.mouseClick(kiosk.window.lock_button, Qt.LeftButton))
    assert screen.hits == [] and screen.results.count() == 0
    assert_silent_and_empty(kiosk, seen, household_no)


def test_applications_listed_after_lock_are_never_shown(officer_app, qtbot, monkeypatch, gate):
    kiosk = officer_app
    ws = kiosk.ctx.workspace
    tracking_no = kiosk.fixtures["tracking_no"]
    monkeypatch.setattr(ws, "applications", gate.hold(ws.applications))
    seen = watch(kiosk, monkeypatch)
    screen = kiosk.window.nav.go("applications")
    lock_mid_load(kiosk, qtbot, gate, seen, lambda: qtbot.mouseClick(kiosk.window.lock_button, Qt.LeftButton))
    assert screen.applications is None and screen.items.count() == 0
    assert_silent_and_empty(kiosk, seen, tracking_no)


def test_a_citizens_helper_results_never_reach_the_next_citizen(officer_app, qtbot, monkeypatch, gate):
    import ui.screens.helper

    kiosk = officer_app
    kiosk.ctx.mode = "kiosk"
    nav = kiosk.window.nav
    nav.home()
    screen = nav.go("helper")
    monkeypatch.setattr(ui.screens.helper, "evaluate_answers", gate.hold(ui.screens.helper.evaluate_answers))
    seen = watch(kiosk, monkeypatch)
    while screen.step < len(screen.questions()):
        screen.group.buttons()[0].click()  # the first answer to every question
    lock_mid_load(kiosk, qtbot, gate, seen, kiosk.end_citizen_session)
    assert nav.current == "welcome"
    assert screen.found is None and screen.results.count() == 0
    assert seen["unhandled"] == [] and kiosk.errors.shown == []  # the welcome screen may greet the next citizen


def test_a_summary_loading_at_lock_is_never_read_aloud(officer_app, qtbot, monkeypatch, gate):
    """The review screen reads its summary once the application has loaded: never after the lock."""
    kiosk = officer_app
    ws = kiosk.ctx.workspace
    monkeypatch.setattr(ws, "application", gate.hold(ws.application))
    seen = watch(kiosk, monkeypatch)
    screen = kiosk.window.nav.go("review", application_id=kiosk.fixtures["draft"])
    lock_mid_load(kiosk, qtbot, gate, seen, lambda: qtbot.mouseClick(kiosk.window.lock_button, Qt.LeftButton))
    assert screen.view is None
    assert_silent_and_empty(kiosk, seen, kiosk.fixtures["household_no"])
