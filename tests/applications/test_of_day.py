"""The receipts of a day are the applications submitted on that day as Taiwan counts it."""

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import update

from kiosk.db.applications import ApplicationRevision
from kiosk.workspace import Workspace


def _submitted_at(store, application_id: str, when_utc: datetime) -> None:
    with store.write() as session:
        session.execute(update(ApplicationRevision).where(ApplicationRevision.application_id == application_id)
                        .values(submitted_at=when_utc))


def test_the_day_is_taiwans_not_utcs(submitted):
    store, view = submitted
    workspace = Workspace(store)
    _submitted_at(store, view.id, datetime(2026, 12, 2, 16, 30, tzinfo=timezone.utc))  # 00:30 on 3 December in Taipei
    assert workspace.submitted_on(date(2026, 12, 3)) == [view.id]
    assert workspace.submitted_on(date(2026, 12, 2)) == []
    _submitted_at(store, view.id, datetime(2026, 12, 3, 15, 59, tzinfo=timezone.utc) + timedelta(seconds=59))  # 23:59:59 in Taipei
    assert workspace.submitted_on(date(2026, 12, 3)) == [view.id]
    assert workspace.submitted_on(date(2026, 12, 4)) == []
