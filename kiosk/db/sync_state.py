"""The transactional outbox, the download cursors and the rest of the sync engine's state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, Timestamps, UUIDKey, utcnow
from kiosk.json_types import JsonObject


class OutboxItem(UUIDKey, Timestamps, Base):
    """Work to send, committed in the same transaction as the change it carries.

    state: pending -> sending (leased until lease_until) -> done, or back to pending with a
    next_attempt_at; rejected / conflict when the hub has answered for good (kept, visible).
    """

    __tablename__ = "outbox"

    kind: Mapped[str] = mapped_column(String(24))  # application_revision | household_patch
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)  # the Idempotency-Key
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None]
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    # What was sent for a household patch, to tell at completion whether the officer edited on.
    payload: Mapped[JsonObject | None] = mapped_column(JSON)


class SyncCursor(Base):
    __tablename__ = "sync_cursor"

    scope: Mapped[str] = mapped_column(String(32), primary_key=True)
    cursor: Mapped[str | None] = mapped_column(Text)
    epoch: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime | None]


class SyncConfig(Base):
    """The one hub this device is enrolled with (a single row, id 1)."""

    __tablename__ = "sync_config"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    hub_url: Mapped[str] = mapped_column(String(255))
    device_id: Mapped[str] = mapped_column(String(36))
    scope: Mapped[str] = mapped_column(String(64))
    officer: Mapped[str] = mapped_column(String(64), default="")
    refresh_token: Mapped[str] = mapped_column(String(128))  # kept inside the encrypted store only
    epoch: Mapped[str | None] = mapped_column(String(64))
    locked: Mapped[bool] = mapped_column(Boolean, default=False)  # a lock command from the hub
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_sync_at: Mapped[datetime | None]
    last_reconcile_at: Mapped[datetime | None]


class BlobUpload(Base):
    """A resumable upload in progress, so a restart continues from the hub's offset."""

    __tablename__ = "blob_upload"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str] = mapped_column(String(255))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReferenceUpdate(Base):
    """Catalog and parameter updates delivered by the hub, newest version per key."""

    __tablename__ = "reference_update"

    key: Mapped[str] = mapped_column(String(96), primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[JsonObject] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class DeviceCommand(Base):
    """A lock or wipe ordered by the hub, recorded before it is carried out and acknowledged."""

    __tablename__ = "device_command"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    executed_at: Mapped[datetime | None]
    acked_at: Mapped[datetime | None]
