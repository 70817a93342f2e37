"""The transactional outbox and the download cursors of the sync engine."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, Timestamps, UUIDKey


class OutboxItem(UUIDKey, Timestamps, Base):
    """Work to send, committed in the same transaction as the change it carries."""

    __tablename__ = "outbox"

    kind: Mapped[str] = mapped_column(String(24))  # application_revision | household_patch
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)  # the Idempotency-Key
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None]
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class SyncCursor(Base):
    __tablename__ = "sync_cursor"

    scope: Mapped[str] = mapped_column(String(32), primary_key=True)
    cursor: Mapped[str | None] = mapped_column(Text)
    epoch: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime | None]
