"""Screens redraw from change events (ui/change_events.py), not by reloading on enter(): entering
again with nothing changed asks the store nothing; a write elsewhere or a worker's sync cycle
redraws the screen showing what it touched, and only that one; a screen off screen redraws when
it is entered next."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from ui.selftest import settle


def count_calls(monkeypatch, workspace, *names: str) -> Counter[str]:
    """How often each of these workspace questions is asked from now on (the real answer is given)."""
    calls: Counter[str] = Counter()
    for name in names:
        real = getattr(workspace, name)

        def counted(*args: Any, _name: str = name, _real: Callable[..., Any] = real, **kwargs: Any) -> Any:
            calls[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(workspace, name, counted)
    return calls


HOUSEHOLD_QUESTIONS = ("household", "applications", "eligibility", "subscriptions")


def test_entering_the_household_screen_again_with_nothing_changed_asks_nothing(officer_app, monkeypatch):
    kiosk = officer_app
    nav, household_no = kiosk.window.nav, kiosk.fixtures["household_no"]
    calls = count_calls(monkeypatch, kiosk.ctx.workspace, *HOUSEHOLD_QUESTIONS)
    screen = nav.go("household", household_no=household_no)
    settle(kiosk)
    assert calls == Counter(dict.fromkeys(HOUSEHOLD_QUESTIONS, 1))
    assert screen.facts.household_no == household_no
    nav.go("search")
    nav.go("household", household_no=household_no)
    settle(kiosk)
    assert calls == Counter(dict.fromkeys(HOUSEHOLD_QUESTIONS, 1))  # nothing asked again
    assert screen.facts.household_no == household_no and screen.heading.text().endswith(f"{household_no}）")


def test_an_application_saved_elsewhere_redraws_the_open_applications_screen(officer_app, monkeypatch):
    kiosk = officer_app
    ws, nav = kiosk.ctx.workspace, kiosk.window.nav
    calls = count_calls(monkeypatch, ws, "applications")
    screen = nav.go("applications")
    settle(kiosk)
    assert calls["applications"] == 1
    heard: list = []
    kiosk.ctx.changes_made.connect(lambda changes, origin: heard.append((changes, origin)))
    facts = ws.household(kiosk.fixtures["household_no"])
    started = ws.start_application(facts.household_no, "S01", facts.members[0].id_no, "zh-TW")  # not by this screen
    settle(kiosk)
    assert [changes.applications for changes, _origin in heard] == [frozenset({started.id})]
    assert heard[0][1] is None  # no screen's job wrote it
    assert calls["applications"] == 2
    assert screen.applications[0].id == started.id  # the newest first, drawn without entering again
    nav.go("search")
    again = ws.start_application(facts.household_no, "S01", facts.members[0].id_no, "zh-TW")
    settle(kiosk)
    assert calls["applications"] == 2  # off screen: only marked
    nav.go("applications")
    settle(kiosk)
    assert calls["applications"] == 3 and screen.applications[0].id == again.id


def test_a_write_by_a_screens_job_names_that_screen_as_its_origin(officer_app):
    kiosk = officer_app
    nav = kiosk.window.nav
    household = nav.go("household", household_no=kiosk.fixtures["household_no"])
    settle(kiosk)
    heard: list = []
    kiosk.ctx.changes_made.connect(lambda changes, origin: heard.append((changes, origin)))
    facts = household.facts
    household.run(kiosk.ctx.workspace.start_application, facts.household_no, "S01", facts.members[0].id_no, "zh-TW")
    settle(kiosk)
    assert len(heard) == 1 and heard[0][1] is household
    assert any(a.id in heard[0][0].applications for a in household.applications)  # its list was redrawn


def test_a_worker_sync_redraws_the_open_household_only_when_it_touched_it(officer_app, qtbot, tmp_path, monkeypatch):
    from kiosk.households.document import canonical_document
    from tests.sync.invariants import hub_households
    from tests.ui.hub import enter_store_and_hub
    from ui.change_events import SYNC

    kiosk = officer_app
    nav, household_no = kiosk.window.nav, kiosk.fixtures["household_no"]
    hub = enter_store_and_hub(kiosk, tmp_path)
    try:
        def sync() -> None:
            assert kiosk.ctx.sync.sync_now()
            qtbot.waitUntil(lambda: not kiosk.ctx.sync.running, timeout=120000)
            settle(kiosk)
            assert kiosk.ctx.sync.last_report.complete, kiosk.ctx.sync.last_error

        def edit_at_hub(number: str, phone: str) -> None:
            hub.import_documents([canonical_document(dict(hub_households(hub)[number], phone=phone))])

        sync()  # the first download touches every household
        screen = nav.go("household", household_no=household_no)
        settle(kiosk)
        calls = count_calls(monkeypatch, kiosk.ctx.workspace, "household")
        origins: list = []
        kiosk.ctx.changes_made.connect(lambda _changes, origin: origins.append(origin))
        other = next(number for number in hub_households(hub) if number != household_no)
        edit_at_hub(other, "02-2700-1234")
        sync()
        assert other in kiosk.ctx.sync.last_report.changes.households and origins == [SYNC]
        assert calls["household"] == 0  # another household's change does not redraw this one
        edit_at_hub(household_no, "02-2700-5678")
        sync()
        assert household_no in kiosk.ctx.sync.last_report.changes.households
        assert calls["household"] == 1 and screen.facts.phone == "02-2700-5678"
    finally:
        hub.close()


def test_a_decision_reported_by_a_sync_redraws_the_open_receipt_once(officer_app, monkeypatch):
    from kiosk.changes import Changes
    from kiosk.demo.attention import mark_decided
    from ui.change_events import SYNC

    kiosk = officer_app
    nav, ws, application_id = kiosk.window.nav, kiosk.ctx.workspace, kiosk.fixtures["submitted"]
    calls = count_calls(monkeypatch, ws, "receipt_data")
    screen = nav.go("receipt", application_id=application_id)
    settle(kiosk)
    nav.go("applications")
    nav.go("receipt", application_id=application_id)
    settle(kiosk)
    assert calls["receipt_data"] == 1
    mark_decided(ws.store, application_id, "need_documents", "請補戶口名簿影本")  # as the worker's sync writes it
    kiosk.ctx.changes.announce(Changes(applications=frozenset({"another"})), SYNC)
    settle(kiosk)
    assert calls["receipt_data"] == 1  # not this one
    kiosk.ctx.changes.announce(Changes(applications=frozenset({application_id})), SYNC)
    settle(kiosk)
    assert calls["receipt_data"] == 2 and "請補戶口名簿影本" in screen.state.text()


def test_search_results_are_asked_again_only_for_a_household_change(officer_app, qtbot, monkeypatch):
    from kiosk.changes import Changes

    kiosk = officer_app
    household_no = kiosk.fixtures["household_no"]
    calls = count_calls(monkeypatch, kiosk.ctx.workspace, "search")
    screen = kiosk.window.nav.go("search")
    qtbot.keyClicks(screen.query, household_no)
    qtbot.waitUntil(lambda: bool(screen.hits), timeout=10000)
    settle(kiosk)
    asked = calls["search"]
    kiosk.ctx.changes.announce(Changes(applications=frozenset({kiosk.fixtures["draft"]})))
    settle(kiosk)
    assert calls["search"] == asked  # results show no application
    kiosk.ctx.changes.announce(Changes(households=frozenset({household_no})))
    settle(kiosk)
    assert calls["search"] == asked + 1 and screen.hits[0].household_no == household_no
