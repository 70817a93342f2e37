"""Lists are drawn by a time budget per event-loop turn (ui/turns.py): twenty search hits made at once
held the window for tens of ms; now input and painting run between a few ms of cards."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from ui.selftest import settle
from ui.turns import TurnDrawer


def per_turn(qtbot, done) -> list[int]:
    """Samples of `done()` once per event-loop turn until it stops changing for a while."""
    seen = [done()]
    probe = QTimer()
    probe.setInterval(0)
    probe.timeout.connect(lambda: seen.append(done()))
    probe.start()
    qtbot.waitUntil(lambda: len(seen) > 20 and seen[-1] == seen[-20], timeout=60000)
    probe.stop()
    return seen


def test_a_spent_budget_leaves_one_step_a_turn_and_a_new_start_drops_the_old_drawing(qapp, qtbot):
    parent = QTimer()
    drawer = TurnDrawer(parent, budget_s=0.0)
    old, new = [], []
    drawer.start(lambda: old.append(1) or len(old) < 50)
    drawer.start(lambda: new.append(1) or len(new) < 5)  # before the old one's first turn
    counts = per_turn(qtbot, lambda: len(new))
    assert old == []  # dropped when the new drawing started
    assert counts[-1] == 5 and max(b - a for a, b in zip(counts, counts[1:])) == 1
    assert not drawer.active

    drawer.budget_s = 60.0
    drawer.start(lambda: new.append(1) or len(new) < 25)
    counts = per_turn(qtbot, lambda: len(new))
    assert max(b - a for a, b in zip(counts, counts[1:])) == 20  # all in one turn, within the budget


def test_search_hits_are_drawn_over_turns_and_a_newer_search_replaces_them(officer_app, qtbot):
    kiosk = officer_app
    search = kiosk.window.nav.go("search")
    search._drawer.budget_s = 0.0  # a busy machine: one card a turn
    search.query.setText("陳")  # the commonest surname: a full page of hits
    qtbot.waitUntil(lambda: len(search.hits) >= 3, timeout=60000)
    counts = per_turn(qtbot, lambda: search.results.count())
    assert counts[-1] == len(search.hits)
    assert max(b - a for a, b in zip(counts, counts[1:])) == 1, counts
    settle(kiosk)

    search._show()  # drawn again (a change event, a new language): over later turns
    assert search.drawing and search.results.count() == 0
    search.query.clear()  # typed away while the cards were being drawn
    settle(kiosk)
    assert search.results.count() == 0 and not search.drawing
