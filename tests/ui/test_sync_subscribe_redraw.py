"""The sync and subscribe screens redraw from change events: entered again with nothing changed
they ask the store nothing; after a write they ask again (the sync screen: what waits to be sent;
the household's subscribe form: which applications there are news about). The subscribe form still
starts empty each time: nothing typed for one person stays for the next."""

from __future__ import annotations

from collections import Counter

from kiosk.changes import Changes
from tests.ui.test_change_events import count_calls
from ui.change_events import SYNC
from ui.selftest import settle


def test_the_sync_screen_asks_its_record_again_only_after_a_change(officer_app, monkeypatch):
    kiosk = officer_app
    nav = kiosk.window.nav
    nav.go("sync")
    settle(kiosk)
    nav.go("search")
    settle(kiosk)
    calls = count_calls(monkeypatch, kiosk.ctx.sync.session, "status")
    nav.go("sync")
    settle(kiosk)
    assert calls == Counter()
    nav.go("search")
    kiosk.ctx.changes.announce(Changes(applications=frozenset({kiosk.fixtures["draft"]})))  # off screen: only marked
    settle(kiosk)
    assert calls == Counter()
    nav.go("sync")
    settle(kiosk)
    assert calls == Counter(status=1)
    kiosk.ctx.changes.announce(Changes(households=frozenset({kiosk.fixtures["household_no"]})), SYNC)  # on screen
    settle(kiosk)
    assert calls == Counter(status=2)


def test_the_subscribe_form_finds_its_applications_again_only_after_a_change(officer_app, monkeypatch):
    kiosk = officer_app
    nav, ws, household_no = kiosk.window.nav, kiosk.ctx.workspace, kiosk.fixtures["household_no"]
    calls = count_calls(monkeypatch, ws, "applications")
    page = nav.go("subscribe", household_no=household_no)
    settle(kiosk)
    aimed = page.target
    page.mobile.setText("0987 654 321")
    nav.go("household", household_no=household_no)
    settle(kiosk)
    before = calls["applications"]
    nav.go("subscribe", household_no=household_no)
    settle(kiosk)
    assert calls["applications"] == before and page.target == aimed
    assert page.mobile.text() == "", "a new form each time"
    assert page.status_news.isChecked() == bool(aimed.get("application_ids"))
    facts = ws.household(household_no)
    started = ws.start_application(household_no, "S01", facts.members[0].id_no, "zh-TW")  # written elsewhere
    settle(kiosk)
    assert calls["applications"] == before + 1
    assert started.id not in page.target["application_ids"]  # a draft has no tracking number: no news yet
