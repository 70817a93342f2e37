"""This device's signing identity and the public keys of devices it trusts (receipts, sync)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.base import Base, utcnow


class DeviceIdentity(Base):
    """The device's Ed25519 key pair; the private key never leaves the encrypted store."""

    __tablename__ = "device_identity"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    private_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TrustedKey(Base):
    """A public key whose receipts this device accepts (its own, and others' delivered by the hub)."""

    __tablename__ = "trusted_key"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    label: Mapped[str] = mapped_column(String(64), default="")
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
