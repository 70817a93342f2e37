"""A citizen's opt-in to news and reminders: for which applications or household, by which
channels, on which notice, and when it was withdrawn. Contacts live only in the encrypted store."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, Timestamps, UUIDKey
from kiosk.json_types import JsonObject


class Subscription(UUIDKey, Timestamps, Base):
    __tablename__ = "subscription"

    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), index=True)
    application_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    subscriber_role: Mapped[str] = mapped_column(String(8))  # self | proxy
    subscriber_relationship: Mapped[str | None] = mapped_column(String(16))  # a proxy's, as said
    language: Mapped[str] = mapped_column(String(8))
    purposes: Mapped[list[str]] = mapped_column(JSON)  # status | reminders
    channels: Mapped[list[dict[str, str]]] = mapped_column(JSON)  # [{"kind": "sms", "to": "+8869..."}, ...]
    notice_version: Mapped[str] = mapped_column(String(32))
    consented_at: Mapped[datetime]
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by: Mapped[str | None] = mapped_column(String(16))  # device | link | sms_stop | hub
    # Channel kinds the hub found not reaching the citizen (the address bounced too often).
    unreachable: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    # What the hub answered: the secret calendar feed and unsubscribe links, for the citizen alone.
    links: Mapped[JsonObject | None] = mapped_column(JSON(none_as_null=True))
