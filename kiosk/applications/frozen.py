"""Who an application is about, as it was when it was submitted.

Every revision carries an `applicant` snapshot (name and ID number of the person the receipt
names: the applicant, or the head for household services), so receipts, forms and lists never
depend on live household rows that a later import may change. Revisions from before the
snapshot existed fall back to the live person, and to the bare ID number when that is gone.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db.applications import Application, ApplicationRevision
from kiosk.db.households import Household, Person
from kiosk.json_types import JsonObject


def applicant_snapshot(person: Person | None, household: Household) -> JsonObject:
    shown = person or next((p for p in household.people if p.relation == "head" and p.registered_here), None)
    return {"name": shown.name, "id_no": shown.id_no} if shown else {"name": None, "id_no": None}


def frozen_applicant(session: Session, payload: JsonObject, household_id: str) -> tuple[str | None, str | None]:
    """(name, ID number) the revision `payload` was submitted for."""
    snapshot = payload.get("applicant")
    if isinstance(snapshot, dict):
        return snapshot.get("name"), snapshot.get("id_no")
    household = session.get(Household, household_id)
    people = household.people if household is not None else []
    wanted = payload.get("person")
    live = next((p for p in people if p.id_no == wanted), None) if wanted else \
        next((p for p in people if p.relation == "head" and p.registered_here), None)
    return (live.name, live.id_no) if live else (None, wanted)


def latest_applicant(session: Session, app: Application) -> tuple[str | None, str | None]:
    """The frozen applicant of the latest revision of a submitted application, else (None, None)."""
    canonical = session.execute(select(ApplicationRevision.canonical)
                                .where(ApplicationRevision.application_id == app.id)
                                .order_by(ApplicationRevision.revision.desc()).limit(1)).scalar()
    if canonical is None:
        return None, None
    return frozen_applicant(session, json.loads(canonical), app.household_id)
