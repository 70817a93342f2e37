"""Applications, their immutable submitted revisions, attachments and consents."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kiosk.db.base import Base, Timestamps, UUIDKey, utcnow
from kiosk.json_types import JsonObject


class Application(UUIDKey, Timestamps, Base):
    __tablename__ = "application"

    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    service_code: Mapped[str] = mapped_column(String(4))
    form_version: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    draft: Mapped[JsonObject] = mapped_column(JSON, default=dict)
    current_revision: Mapped[int] = mapped_column(Integer, default=0)
    tracking_no: Mapped[str | None] = mapped_column(String(24), unique=True)
    decision: Mapped[JsonObject | None] = mapped_column(JSON)
    language: Mapped[str] = mapped_column(String(8), default="zh-TW")  # the citizen's language
    officer: Mapped[str] = mapped_column(String(64), default="")

    revisions: Mapped[list["ApplicationRevision"]] = relationship(
        back_populates="application", order_by="ApplicationRevision.revision"
    )


class ApplicationRevision(UUIDKey, Base):
    """A submitted revision: canonical JSON and its SHA-256 digest, never edited in place."""

    __tablename__ = "application_revision"
    __table_args__ = (UniqueConstraint("application_id", "revision"),)

    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    canonical: Mapped[str] = mapped_column(Text)
    digest: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default="queued")
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    receipt: Mapped[JsonObject | None] = mapped_column(JSON)
    problems: Mapped[JsonObject | None] = mapped_column(JSON)

    application: Mapped[Application] = relationship(back_populates="revisions")


class Attachment(UUIDKey, Base):
    """A named file of an application; the bytes live encrypted in the content-addressed store."""

    __tablename__ = "attachment"
    __table_args__ = (UniqueConstraint("application_id", "name"),)

    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(32))
    document_code: Mapped[str | None] = mapped_column(String(32))  # which required document it is
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Consent(UUIDKey, Base):
    """Consent of one person after the PDPA Art. 8 notice: who gave it, when, on which notice, how."""

    __tablename__ = "consent"

    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    application_id: Mapped[str | None] = mapped_column(ForeignKey("application.id"), index=True)
    service_code: Mapped[str] = mapped_column(String(4))
    notice_version: Mapped[str] = mapped_column(String(32))
    method: Mapped[str] = mapped_column(String(16))  # signature | proxy | fingerprint
    given_by: Mapped[str] = mapped_column(String(64))
    given_by_relation: Mapped[str | None] = mapped_column(String(16))
    witnesses: Mapped[list[str]] = mapped_column(JSON, default=list)
    covers_health_data: Mapped[bool] = mapped_column(Boolean, default=False)
    signature_id: Mapped[str | None] = mapped_column(ForeignKey("signature.id"))
    given_at: Mapped[datetime] = mapped_column(default=utcnow)


class Signature(UUIDKey, Base):
    """Pen or finger strokes as captured: [[x, y, t_ms, pressure], ...] per stroke, in a box of
    width x height. Kept in the encrypted store; documents get an image rendered from them."""

    __tablename__ = "signature"

    application_id: Mapped[str | None] = mapped_column(ForeignKey("application.id"), index=True)
    signer: Mapped[str] = mapped_column(String(64))
    strokes: Mapped[list[list[list[float]]]] = mapped_column(JSON)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
