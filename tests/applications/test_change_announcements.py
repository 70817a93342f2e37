"""Every write of the workspace says what it changed (kiosk/changes.py), after its commit, and a
refused write says nothing: the window's screens redraw from these announcements."""

import pytest

from kiosk.changes import EVERYTHING, NOTHING, ChangeCollector, Changes
from kiosk.i18n import UserError
from kiosk.subscriptions import notice
from kiosk.subscriptions.service import SubscriptionRequest
from kiosk.workspace import Workspace

HOUSEHOLD, PERSON = "A7654321", "A108765438"


def listening(workspace: Workspace) -> list[Changes]:
    heard: list[Changes] = []
    workspace.changes.subscribe(heard.append)
    return heard


def test_each_write_names_its_application_and_a_household_record_only_when_it_changed(households):
    workspace = Workspace(households)
    heard = listening(workspace)
    view = workspace.start_application(HOUSEHOLD, "S03", PERSON, "zh-TW")
    workspace.set_field(view.id, "receive_by", "bank")
    assert heard == [Changes(applications=frozenset({view.id}))] * 2
    assert heard[-1].application_among([view.id]) and not heard[-1].household(HOUSEHOLD)


def test_a_refused_write_announces_nothing(households):
    workspace = Workspace(households)
    heard = listening(workspace)
    with pytest.raises(UserError):
        workspace.start_application("Z9999999", "S03", None, "zh-TW")
    assert heard == []


def test_a_subscription_names_itself_and_a_listener_can_leave(households):
    workspace = Workspace(households)
    view = workspace.start_application(HOUSEHOLD, "S03", PERSON, "zh-TW")
    heard = listening(workspace)
    subscribed = workspace.subscribe(SubscriptionRequest(
        language="zh-TW", purposes=("reminders",), sms="0987-654-321", household_no=HOUSEHOLD,
        notice_version=notice.NOTICE_VERSION))
    assert heard == [Changes(subscriptions=frozenset({subscribed.id}))]
    workspace.changes.unsubscribe(heard.append)
    workspace.set_field(view.id, "receive_by", "bank")
    assert len(heard) == 1


def test_changes_combine_and_travel_as_json():
    one = Changes(households=frozenset({"A1"}), applications=frozenset({"x"}))
    both = one | Changes(subscriptions=frozenset({"s"}))
    assert both.subscription_among(["s"]) and both.household("A1") and not both.household("B2")
    assert Changes.from_json(both.to_json()) == both
    assert Changes.from_json((both | EVERYTHING).to_json()) == EVERYTHING
    assert not NOTHING and EVERYTHING.household("any") and EVERYTHING.application_among([])


def test_a_collector_past_its_limit_says_everything():
    collector = ChangeCollector(limit=3)
    collector.add(households=["A1", "A2"], applications=["x"])
    assert collector.changes() == Changes(frozenset({"A1", "A2"}), frozenset({"x"}))
    collector.add(subscriptions=["s"])
    assert collector.changes() == EVERYTHING


def test_resolving_a_conflict_names_the_household(households):
    from kiosk.demo.attention import make_conflict

    workspace = Workspace(households)
    make_conflict(households, HOUSEHOLD, "02-2345-6789", "02-8765-4321")
    heard = listening(workspace)
    workspace.resolve_conflict(HOUSEHOLD, {"phone": "mine"}, etag=workspace.conflict(HOUSEHOLD).etag)
    assert heard == [Changes(households=frozenset({HOUSEHOLD}))]
    assert not workspace.household(HOUSEHOLD).conflict
