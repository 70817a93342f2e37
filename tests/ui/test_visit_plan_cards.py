"""The visit plan refills its cards on a rebuild (a new scan, a new language) instead of making
eight new ones: what made the rebuild ~6 times slower once the plan became service cards."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.selftest import settle
from ui.service_card import ServiceCard


def shown_cards(home) -> list[ServiceCard]:
    return [c for c in home.findChildren(ServiceCard) if c.isVisibleTo(home)]


def test_a_new_plan_refills_the_same_cards_with_the_new_words(officer_app, qtbot):
    kiosk = officer_app
    home = kiosk.window.nav.go("home")
    qtbot.waitUntil(lambda: bool(home.visits), timeout=60000)
    settle(kiosk)
    before = shown_cards(home)
    assert len(before) == len(home.visits) >= 3
    reordered = list(reversed(home.visits))
    home._plan_ready(reordered[:-1])
    settle(kiosk)
    after = shown_cards(home)
    assert after == before[:-1]  # the same widgets, refilled; the one left over is hidden
    assert not before[-1].isVisibleTo(home)
    assert after[0].title.text() == f"1. {reordered[0].head_name}（{reordered[0].household_no}）"
    assert reordered[0].household_no in after[0].accessibleName()
    qtbot.mouseClick(after[0].action, Qt.LeftButton)  # opens the household now shown on that card
    settle(kiosk)
    assert kiosk.window.nav.current == "household"
    assert kiosk.window.nav.history[-1][1]["household_no"] == reordered[0].household_no


def test_a_new_language_refills_the_cards_in_it(officer_app, qtbot):
    kiosk = officer_app
    home = kiosk.window.nav.go("home")
    qtbot.waitUntil(lambda: bool(home.visits), timeout=60000)
    settle(kiosk)
    before = shown_cards(home)
    kiosk.ctx.languages.set_language("en")
    settle(kiosk)
    try:
        assert shown_cards(home) == before
        assert all(c.action.text() == "Open the household" for c in before)
        assert all("a month unclaimed" in c.verdict.text() for c in before if c.verdict.text())
        assert all(c.why.text() == "Why?" for c in before if c.why is not None and c.why.isVisibleTo(c))
    finally:
        kiosk.ctx.languages.set_language("zh-TW")


def test_lock_leaves_no_card_behind_not_even_hidden(officer_app, qtbot):
    kiosk = officer_app
    home = kiosk.window.nav.go("home")
    qtbot.waitUntil(lambda: bool(home.visits), timeout=60000)
    home.clear()
    settle(kiosk)
    assert home.cards == [] and home.plan_box.count() == 0


def cards_per_turn(home, visits, qtbot, budget_s: float) -> list[int]:
    """How many cards there were at each event-loop turn while a cleared plan was drawn again."""
    from PySide6.QtCore import QTimer

    home.clear()
    home._drawer.budget_s = budget_s
    made = [len(home.cards)]  # none, after clear()
    probe = QTimer()  # a zero timer runs once per event-loop turn: what a keypress or a paint would get
    probe.setInterval(0)
    probe.timeout.connect(lambda: made.append(len(home.cards)))
    probe.start()
    home._plan_ready(visits)  # the scan's answer arrives: one turn of its own
    made.append(len(home.cards))
    qtbot.waitUntil(lambda: len(home.cards) == len(visits), timeout=60000)
    probe.stop()
    made.append(len(home.cards))
    return made


def test_missing_cards_are_made_by_a_time_budget_per_event_loop_turn_and_never_for_a_cleared_plan(officer_app, qtbot,
                                                                                                  monkeypatch):
    from PySide6.QtWidgets import QApplication

    from ui import reading_order

    kiosk = officer_app
    home = kiosk.window.nav.go("home")
    qtbot.waitUntil(lambda: bool(home.visits), timeout=60000)
    settle(kiosk)
    visits = list(home.visits)
    assert len(visits) >= 3
    passes = []
    order_tabs = reading_order.order_tabs
    monkeypatch.setattr(reading_order, "order_tabs", lambda page: (passes.append(page), order_tabs(page))[1])

    made = cards_per_turn(home, visits, qtbot, budget_s=0.0)  # a busy machine: the first card spends the budget
    steps = [b - a for a, b in zip(made, made[1:])]
    assert max(steps) == 1, made  # one card a turn, never more: input and painting run in between
    settle(kiosk)
    assert [c.household_no for c in shown_cards(home)] == [v.household_no for v in visits]
    print(f"tab order passes while {len(visits)} cards were drawn: {passes.count(home)}")
    assert passes.count(home) <= 3, "the tab order was put right once per card, not once the plan was drawn"

    made = cards_per_turn(home, visits, qtbot, budget_s=60.0)  # a quick machine: as many as the budget holds
    assert max(b - a for a, b in zip(made, made[1:])) == len(visits), made
    settle(kiosk)
    assert [c.household_no for c in shown_cards(home)] == [v.household_no for v in visits]

    home._drawer.budget_s = 0.0
    home.clear()
    home._plan_ready(visits)
    QApplication.processEvents()
    home.clear()  # locked while the cards were being made
    settle(kiosk)
    assert home.cards == [] and home.plan_box.count() == 0
