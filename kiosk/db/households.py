"""Households (戶), their registered members and relatives elsewhere, and addresses."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kiosk.db.base import Base, Timestamps, UUIDKey
from kiosk.json_types import JsonObject


class Household(UUIDKey, Timestamps, Base):
    __tablename__ = "household"

    household_no: Mapped[str] = mapped_column(String(8), unique=True)
    region: Mapped[str] = mapped_column(String(8))
    phone: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(20), default="none")
    registered_since: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)
    # Properties of the interchange document we do not model, kept so export loses nothing.
    extra: Mapped[JsonObject] = mapped_column(JSON, default=dict)
    # Sync bookkeeping (the server's version of the record and our local edit state).
    server_version: Mapped[int | None] = mapped_column(Integer)
    sync_state: Mapped[str] = mapped_column(String(16), default="clean")  # clean | dirty | conflict
    # Unsent field edits, path -> {"base": value the edit started from, "value": new value}.
    pending_patch: Mapped[JsonObject | None] = mapped_column(JSON(none_as_null=True))
    # A rejected merge: the hub's record, its version and the fields both sides changed.
    conflict: Mapped[JsonObject | None] = mapped_column(JSON(none_as_null=True))
    # Set by a full re-download; clean households it did not deliver are gone from the scope.
    resync_mark: Mapped[str | None] = mapped_column(String(16))

    address: Mapped["HouseholdAddress | None"] = relationship(
        back_populates="household", cascade="all, delete-orphan", uselist=False, lazy="joined"
    )
    people: Mapped[list["Person"]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="Person.ordinal"
    )


class HouseholdAddress(UUIDKey, Base):
    __tablename__ = "household_address"

    household_id: Mapped[str] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), unique=True)
    postal_code: Mapped[str | None] = mapped_column(String(6))
    city: Mapped[str] = mapped_column(String(8))
    district: Mapped[str] = mapped_column(String(8))
    village: Mapped[str | None] = mapped_column(String(16))
    neighborhood: Mapped[int | None]
    street: Mapped[str | None] = mapped_column(String(32))
    section: Mapped[str | None] = mapped_column(String(4))
    lane: Mapped[str | None] = mapped_column(String(8))
    alley: Mapped[str | None] = mapped_column(String(8))
    number: Mapped[str | None] = mapped_column(String(16))
    floor: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(String(120))

    household: Mapped[Household] = relationship(back_populates="address")


class Person(UUIDKey, Timestamps, Base):
    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("household_id", "id_no"),)

    # No index of its own: the unique (household_id, id_no) begins with it.
    household_id: Mapped[str] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer, default=0)
    # False for relatives registered elsewhere who still count in the means-test family.
    registered_here: Mapped[bool] = mapped_column(Boolean, default=True)
    id_no: Mapped[str] = mapped_column(String(10), index=True)
    legacy_id_no: Mapped[str | None] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(64))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date]
    relation: Mapped[str] = mapped_column(String(16))
    relation_label: Mapped[str | None] = mapped_column(String(16))
    nationality: Mapped[str] = mapped_column(String(2), default="TW")
    aboriginal: Mapped[bool] = mapped_column(Boolean, default=False)
    lives_here: Mapped[bool] = mapped_column(Boolean, default=True)
    days_in_taiwan_last_year: Mapped[int] = mapped_column(Integer, default=365)
    monthly_income: Mapped[int] = mapped_column(Integer, default=0)
    movable_assets: Mapped[int] = mapped_column(Integer, default=0)
    real_estate_value: Mapped[int] = mapped_column(Integer, default=0)
    employed: Mapped[bool] = mapped_column(Boolean, default=False)
    work_capacity: Mapped[bool | None] = mapped_column(Boolean)
    student: Mapped[bool] = mapped_column(Boolean, default=False)
    can_work_in_taiwan: Mapped[bool] = mapped_column(Boolean, default=True)
    disability_level: Mapped[str | None] = mapped_column(String(10))
    disability_certificate_expiry: Mapped[date | None]
    ltc_cms_level: Mapped[int | None] = mapped_column(Integer)
    institutionalized: Mapped[bool] = mapped_column(Boolean, default=False)
    receiving: Mapped[list[str]] = mapped_column(JSON, default=list)
    citizen_certificate_expiry: Mapped[date | None]
    phone: Mapped[str | None] = mapped_column(String(32))
    extra: Mapped[JsonObject] = mapped_column(JSON, default=dict)

    household: Mapped[Household] = relationship(back_populates="people")


class HouseholdSearchCard(Base):
    """The search read model: one compact row per household with what a result line shows, and
    the integer rowid of its rows in the two FTS5 indexes (household_search_text,
    household_search_code, made by the migrations). A query touches only the indexes and these
    small rows, which stay in the page cache, never the wide person rows."""

    __tablename__ = "household_search_card"

    rowid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    household_id: Mapped[str] = mapped_column(ForeignKey("household.id", ondelete="CASCADE"), unique=True)
    household_no: Mapped[str] = mapped_column(String(8))
    # Unit-separated (\x1f) lists in member order: name, id_no, legacy id, phone digits; head first.
    names: Mapped[str] = mapped_column(Text)
    ids: Mapped[str] = mapped_column(Text)
    legacy_ids: Mapped[str] = mapped_column(Text)
    phones: Mapped[str] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
