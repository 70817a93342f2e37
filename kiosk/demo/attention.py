"""Demo states the field meets after a sync: a revision the agency refused with reasons per field,
a decision, and a household changed both here and at the agency. Used by the UI tour (synthetic data)."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from sqlalchemy import select

from kiosk import audit
from kiosk.db.applications import Application, ApplicationRevision
from kiosk.db.households import Household
from kiosk.households import edits
from kiosk.households.document import household_document
from kiosk.states.application import APPLICATION, ApplicationState
from kiosk.states.revision import REVISION, RevisionState

if TYPE_CHECKING:
    from kiosk.db.store import Store


def mark_rejected(store: Store, application_id: str, field: str, reason: str) -> None:
    with store.write(durable=True) as session:
        app = session.get_one(Application, application_id)
        revision = session.execute(select(ApplicationRevision).where(
            ApplicationRevision.application_id == app.id,
            ApplicationRevision.revision == app.current_revision)).scalar_one()
        REVISION.move(revision, RevisionState.REJECTED)
        revision.problems = {"code": "invalid_application", "title": reason, "fixable_by": "officer",
                             "errors": [{"field": field, "code": "invalid", "message": reason}]}
        APPLICATION.move(app, ApplicationState.REJECTED)
        audit.record(session, "rejected", "application", app.id, {"revision": revision.revision, "demo": True})


def mark_decided(store: Store, application_id: str, outcome: str, reason: str) -> None:
    state = ApplicationState.NEEDS_DOCUMENTS if outcome == "need_documents" else ApplicationState.DECIDED
    with store.write(durable=True) as session:
        app = session.get_one(Application, application_id)
        APPLICATION.move(app, state)
        app.decision = {"outcome": outcome, "reason": reason, "by": "demo", "revision": app.current_revision}


def make_conflict(store: Store, household_no: str, phone_here: str, phone_there: str) -> None:
    with store.write(durable=True) as session:
        household = session.execute(select(Household).where(Household.household_no == household_no)).scalar_one()
        server = copy.deepcopy(household_document(household))
        original = household.phone
        server["phone"] = phone_there
        household.phone = phone_here
        edits.record_conflict(session, household, "edit_conflict", server, (household.server_version or 0) + 1,
                              [{"path": "phone", "mine": phone_here, "server": phone_there, "base": original}])
