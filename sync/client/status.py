"""What the sync indicator shows: enrolled or not, the last complete sync, and the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from kiosk import updates
from kiosk.db.sync_state import SyncConfig
from sync.client import outbox

if TYPE_CHECKING:
    from kiosk.db.store import Store


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    hub_url: str | None
    last_sync_at: datetime | None
    locked: bool
    outbox: outbox.OutboxSummary
    update: updates.UpdateNotice | None = None  # a newer release the hub announced, signature checked


def status(store: Store) -> SyncStatus:
    with store.read() as session:
        row = session.execute(select(SyncConfig)).scalars().first()
        notice = updates.latest_notice(session)
    return SyncStatus(row is not None and bool(row.device_id), row.hub_url if row else None,
                      row.last_sync_at if row else None, bool(row and row.locked), outbox.summary(store), notice)
