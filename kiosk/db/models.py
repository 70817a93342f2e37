"""Every mapped table, imported together so the metadata is complete (Alembic, tests)."""

from kiosk.db.applications import Application, ApplicationRevision, Attachment, Consent, Signature
from kiosk.db.audit import AuditAnchor, AuditEvent
from kiosk.db.base import Base
from kiosk.db.device import DeviceIdentity, TrustedKey
from kiosk.db.households import Household, HouseholdAddress, HouseholdSearchCard, Person
from kiosk.db.subscriptions import Subscription
from kiosk.db.sync_state import BlobUpload, DeviceCommand, OutboxItem, ReferenceUpdate, SyncConfig, SyncCursor

__all__ = [
    "Application", "ApplicationRevision", "Attachment", "AuditAnchor", "AuditEvent", "Base", "Consent", "Household",
    "HouseholdAddress", "HouseholdSearchCard", "OutboxItem", "Person", "Signature", "SyncCursor", "DeviceIdentity",
    "TrustedKey", "BlobUpload", "DeviceCommand", "ReferenceUpdate", "SyncConfig", "Subscription",
]
