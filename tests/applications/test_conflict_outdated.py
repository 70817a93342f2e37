"""A conflict is resolved only against the state the officer was shown: when a sync brings a newer
agency version meanwhile, the old choices are refused, nothing is merged, and the conflict shows
the agency's newest values to choose from again."""

import copy

import pytest
from sqlalchemy import select

from kiosk.db.households import Household
from kiosk.demo.attention import make_conflict
from kiosk.households import edits
from kiosk.households.document import household_document
from kiosk.workspace import Workspace

HOUSEHOLD = "A7654321"


def newer_agency_version(store, phone: str, household_no: str = HOUSEHOLD) -> None:
    """What the sync engine does when the hub has a newer version of a household in conflict."""
    with store.write(durable=True) as session:
        household = session.execute(select(Household).where(Household.household_no == household_no)).scalar_one()
        record = copy.deepcopy(household.conflict["server"])
        record["phone"] = phone
        edits.rebase(session, household, record, household.conflict["version"] + 1)


def test_choices_made_against_an_outdated_conflict_are_refused_and_change_nothing(households):
    workspace = Workspace(households)
    make_conflict(households, HOUSEHOLD, "02-2345-6789", "02-8765-4321")
    shown = workspace.conflict(HOUSEHOLD)
    newer_agency_version(households, "02-1111-2222")
    heard: list = []
    workspace.changes.subscribe(heard.append)

    with pytest.raises(edits.ConflictChanged) as refused:
        workspace.resolve_conflict(HOUSEHOLD, {"phone": "theirs"}, etag=shown.etag)

    assert "A7654321" in refused.value.message("en") and "changed while you were choosing" in refused.value.message("en")
    assert heard == []
    now = workspace.conflict(HOUSEHOLD)
    assert now is not None and now.etag != shown.etag
    assert now.fields[0]["server"] == "02-1111-2222", "the agency's newest value is the one to choose now"

    workspace.resolve_conflict(HOUSEHOLD, {"phone": "theirs"}, etag=now.etag)
    assert workspace.conflict(HOUSEHOLD) is None
    assert workspace.household(HOUSEHOLD).phone == "02-1111-2222"


def test_a_conflict_resolved_meanwhile_refuses_the_second_resolution(households):
    workspace = Workspace(households)
    make_conflict(households, HOUSEHOLD, "02-2345-6789", "02-8765-4321")
    shown = workspace.conflict(HOUSEHOLD)
    workspace.resolve_conflict(HOUSEHOLD, {"phone": "mine"}, etag=shown.etag)
    with pytest.raises(edits.EditError):
        workspace.resolve_conflict(HOUSEHOLD, {"phone": "theirs"}, etag=shown.etag)
    with households.read() as session:
        household = session.execute(select(Household).where(Household.household_no == HOUSEHOLD)).scalar_one()
        assert household_document(household)["phone"] == "02-2345-6789"
