"""The applications submitted on one day, the day as Taiwan counts it (a receipt prints Taiwan's
date; revisions are stamped in UTC): the receipts an officer saves at the end of the day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from kiosk.db.applications import ApplicationRevision
from kiosk.db.store import Store
from kiosk.rocdate import TAIWAN_TIME



def _midnight(day: date) -> datetime:
    """Taiwan's midnight starting `day` (the store compares it in UTC)."""
    return datetime.combine(day, time(), TAIWAN_TIME)


def submitted_on(store: Store, day: date) -> list[str]:
    """Ids of the applications with a revision submitted on `day`, oldest submission first."""
    with store.read() as session:
        rows = session.execute(select(ApplicationRevision.application_id, ApplicationRevision.submitted_at)
                               .where(ApplicationRevision.submitted_at >= _midnight(day),
                                      ApplicationRevision.submitted_at < _midnight(day + timedelta(days=1)))
                               .order_by(ApplicationRevision.submitted_at)).all()
    return list(dict.fromkeys(application_id for application_id, _ in rows))
