"""Every list's two states without items, on the real app: empty (an icon, one plain sentence and
the one action that helps) and failed to load (what went wrong, and "Try again", which loads it)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from kiosk.changes import Changes

from ui.list_state import ListState
from ui.selftest import settle


def broken(*_args, **_kwargs):  # stands in for any store call
    raise sqlite3.OperationalError("disk I/O error")


def shown_state(screen) -> ListState:
    states = [s for s in screen.findChildren(ListState) if s.isVisible()]
    assert len(states) == 1, [s.kind for s in states]
    return states[0]


def assert_empty(screen, icon: str, words: str, action: str | None) -> ListState:
    state = shown_state(screen)
    assert state.kind == "empty"
    assert state.mark.property("iconName") == icon and state.mark.pixmap() is not None
    assert words in state.sentence.text()
    if action is None:
        assert not state.action.isVisible()
    else:
        assert state.action.isVisible() and state.action.text() == action
    return state


def assert_failed(kiosk, qtbot, screen, monkeypatch, loaded) -> None:
    """The failed state says what went wrong; "Try again", once the store answers, shows the list."""
    state = shown_state(screen)
    assert state.kind == "failed"
    assert state.mark.property("iconName") == "alert-circle"
    assert "disk I/O" not in state.sentence.text()  # explained for a person, never dumped
    assert state.sentence.text() and state.action.text() == "再試一次"
    monkeypatch.undo()
    qtbot.mouseClick(state.action, Qt.LeftButton)
    settle(kiosk)
    assert loaded(), "Try again did not load the list"
    assert not any(s.isVisible() and s.kind == "failed" for s in screen.findChildren(ListState))


def household_without_applications(ws) -> str:
    return next(hit.household_no for hit in ws.search("陳") if not ws.applications(hit.household_no))


def test_applications_empty(officer_app, qtbot):
    kiosk = officer_app
    screen = kiosk.window.nav.go("applications", household_no=household_without_applications(kiosk.ctx.workspace))
    settle(kiosk)
    state = assert_empty(screen, "files", "還沒有", "查詢住戶")
    qtbot.mouseClick(state.action, Qt.LeftButton)
    assert kiosk.window.nav.current == "search"


def test_applications_failed(officer_app, qtbot, monkeypatch):
    kiosk = officer_app
    monkeypatch.setattr(kiosk.ctx.workspace, "applications", broken)
    screen = kiosk.window.nav.go("applications")
    settle(kiosk)
    assert_failed(kiosk, qtbot, screen, monkeypatch, lambda: bool(screen.applications))


def test_search_results_empty(officer_app, qtbot):
    kiosk = officer_app
    screen = kiosk.window.nav.go("search")
    screen.query.setText("查無此人XYZ")
    qtbot.waitUntil(lambda: screen.list_state.kind == "empty", timeout=10000)
    state = assert_empty(screen, "search", "查無符合的住戶", "清除搜尋")
    assert not screen.count.text()  # the state says it once, not the badge as well
    qtbot.mouseClick(state.action, Qt.LeftButton)
    assert screen.query.text() == "" and screen.query.hasFocus()
    qtbot.waitUntil(lambda: not state.isVisible(), timeout=10000)


def test_search_results_failed(officer_app, qtbot, monkeypatch):
    kiosk = officer_app
    monkeypatch.setattr(kiosk.ctx.workspace, "search", broken)
    screen = kiosk.window.nav.go("search")
    screen.query.setText("秀英")
    qtbot.waitUntil(lambda: screen.list_state.kind == "failed", timeout=10000)
    assert_failed(kiosk, qtbot, screen, monkeypatch, lambda: bool(screen.hits))


def test_attention_inbox_empty(officer_app, qtbot):
    kiosk = officer_app
    ws = kiosk.ctx.workspace
    screen = kiosk.window.nav.go("attention")
    settle(kiosk)
    assert not screen.list_state.isVisible()  # the tour's district has refused applications and a conflict
    from kiosk.changes import EVERYTHING
    from kiosk.states.application import ApplicationState

    nothing = lambda *_a, **kw: [] if kw.get("state") == ApplicationState.REJECTED else ws.applications(*_a, **kw)  # noqa: E731
    qtbot_patch = pytest.MonkeyPatch()
    qtbot_patch.setattr(ws, "applications", nothing)
    qtbot_patch.setattr(ws, "conflicted_households", lambda: [])
    try:
        kiosk.ctx.changes.announce(EVERYTHING)  # as after a sync: the screen redraws from the event
        kiosk.window.nav.go("attention")
        settle(kiosk)
        state = assert_empty(screen, "circle-check", "目前沒有需要處理的事項", "回到今日訪視")
        assert not screen.state.text()
    finally:
        qtbot_patch.undo()
    qtbot.mouseClick(state.action, Qt.LeftButton)
    assert kiosk.window.nav.current == "home"


def test_attention_inbox_failed(officer_app, qtbot, monkeypatch):
    kiosk = officer_app
    monkeypatch.setattr(kiosk.ctx.workspace, "conflicted_households", broken)
    screen = kiosk.window.nav.go("attention")
    settle(kiosk)
    assert_failed(kiosk, qtbot, screen, monkeypatch, lambda: bool(screen.rejected))


def test_visit_plan_empty(officer_app, qtbot, monkeypatch):
    """A district where every household receives what the rules find: the plan's empty state.
    (Its failed state, from a worker that died, is in test_worker_process_ui.)"""
    kiosk = officer_app
    home = kiosk.window.nav.screen("home")
    qtbot.waitUntil(lambda: bool(home.visits), timeout=60000)
    home._plan_ready([])
    state = assert_empty(home, "circle-check", "目前沒有需要訪視的住戶", "查詢住戶")
    assert not home.plan_state.isVisible() and not any(card.isVisibleTo(home) for card in home.cards)
    qtbot.mouseClick(state.action, Qt.LeftButton)
    assert kiosk.window.nav.current == "search"


def test_attachments_empty_and_failed(officer_app, qtbot, monkeypatch):
    kiosk = officer_app
    draft = kiosk.fixtures["draft"]
    screen = kiosk.window.nav.go("attachments", application_id=draft)
    settle(kiosk)
    assert not screen.view.attachments
    assert_empty(screen, "paperclip", "還沒有加入文件", None)  # "Add a file" and "Add the newest scan" stand above
    monkeypatch.setattr(kiosk.ctx.workspace, "application", broken)
    kiosk.window.nav.go("search")
    kiosk.ctx.changes.announce(Changes(applications=frozenset({draft})))  # changed elsewhere: asked again on entering
    kiosk.window.nav.go("attachments", application_id=draft)
    settle(kiosk)
    assert not screen.next_button.isEnabled()
    assert_failed(kiosk, qtbot, screen, monkeypatch, lambda: screen.view is not None)
    assert screen.next_button.isEnabled()


def test_subscriptions_empty_and_failed(officer_app, qtbot, monkeypatch):
    kiosk = officer_app
    household = kiosk.window.nav.go("household", household_no=kiosk.fixtures["household_no"])
    settle(kiosk)
    listed = household.subscriptions
    assert_empty(listed, "bell", "還沒有人訂閱", None)
    assert listed.add_button.isVisible()  # the empty list's one action is its own "Subscribe…"
    monkeypatch.setattr(kiosk.ctx.workspace, "subscriptions", broken)
    listed.show_for(kiosk.fixtures["household_no"])
    settle(kiosk)
    assert_failed(kiosk, qtbot, listed, monkeypatch, lambda: listed.problem is None)
    assert_empty(listed, "bell", "還沒有人訂閱", None)


def test_helper_results_empty_and_failed(kiosk_app, qtbot, monkeypatch):
    import ui.screens.helper

    kiosk = kiosk_app
    helper = kiosk.window.nav.go("helper")
    for choice in (0, 1, 0, 1, 1):  # under 55, not alone, no certificate, not low income, not through marriage
        helper.group.buttons()[choice].click()
        settle(kiosk)
    assert helper.found  # every adult may apply for the citizen certificate: the rules never find nothing today,
    helper._found([])
    assert_empty(helper, "info-circle", "1957", None)
    assert helper.print_button.isVisible()  # what to do next follows the sentence
    monkeypatch.setattr(ui.screens.helper, "evaluate_answers", broken)
    helper._back()
    helper.group.buttons()[1].click()
    settle(kiosk)
    assert_failed(kiosk, qtbot, helper, monkeypatch, lambda: bool(helper.found))


def test_conflict_empty_and_failed(officer_app, qtbot, monkeypatch):
    kiosk = officer_app
    number = household_without_applications(kiosk.ctx.workspace)  # changed on one side only: nothing to choose
    screen = kiosk.window.nav.go("conflict", household_no=number)
    settle(kiosk)
    state = assert_empty(screen, "circle-check", "不需要選擇", "開啟這一戶")
    assert not screen.save_button.isEnabled()
    monkeypatch.setattr(kiosk.ctx.workspace, "conflict", broken)
    conflicted = kiosk.fixtures["conflict"]
    kiosk.window.nav.go("conflict", household_no=conflicted)
    settle(kiosk)
    assert_failed(kiosk, qtbot, screen, monkeypatch, lambda: screen.conflict is not None)
    assert screen.save_button.isEnabled()
    kiosk.window.nav.go("conflict", household_no=number)
    settle(kiosk)
    qtbot.mouseClick(state.action, Qt.LeftButton)
    assert kiosk.window.nav.current == "household"


def test_sync_state_empty_and_failed(officer_app, qtbot, monkeypatch):
    """The sync screen's record: not enrolled yet (empty: IT enrols the device), or unreadable."""
    kiosk = officer_app
    screen = kiosk.window.nav.go("sync")
    settle(kiosk)
    assert_empty(screen, "history", "一次性代碼", None)
    monkeypatch.setattr(kiosk.ctx.sync.session, "status", broken)
    kiosk.ctx.sync.refresh()
    settle(kiosk)
    assert_failed(kiosk, qtbot, screen, monkeypatch, lambda: kiosk.ctx.sync.status is not None)
    assert_empty(screen, "history", "一次性代碼", None)
