"""States and kinds said in words a citizen understands (never by colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.states.application import ApplicationState


def application_state(state: str, decision: dict | None) -> tuple[str, str]:
    """(badge kind, words) for an application's state as the list shows it."""
    outcome = (decision or {}).get("outcome")
    if state == ApplicationState.DRAFT:
        return "info", QCoreApplication.translate("Words", "Draft")
    if state == ApplicationState.QUEUED:
        return "info", QCoreApplication.translate("Words", "Waiting to upload")
    if state == ApplicationState.SENT:
        return "info", QCoreApplication.translate("Words", "Under review by the agency") if decision else QCoreApplication.translate("Words", "Sent")
    if state == ApplicationState.NEEDS_DOCUMENTS:
        return "warn", QCoreApplication.translate("Words", "Documents needed")
    if state == ApplicationState.DECIDED:
        return ("ok", QCoreApplication.translate("Words", "Approved")) if outcome == "approved" else ("error", QCoreApplication.translate("Words", "Not approved"))
    if state == ApplicationState.REJECTED:
        return "error", QCoreApplication.translate("Words", "Needs correction")
    if state == ApplicationState.CONFLICT:
        return "warn", QCoreApplication.translate("Words", "Changed elsewhere: check")
    return "info", state


def relation(code: str) -> str:
    return {"head": QCoreApplication.translate("Words", "head of household"), "spouse": QCoreApplication.translate("Words", "spouse"), "child": QCoreApplication.translate("Words", "child"), "parent": QCoreApplication.translate("Words", "parent"),
            "grandchild": QCoreApplication.translate("Words", "grandchild"), "grandparent": QCoreApplication.translate("Words", "grandparent"), "sibling": QCoreApplication.translate("Words", "sibling"),
            "parent_in_law": QCoreApplication.translate("Words", "parent-in-law"), "child_in_law": QCoreApplication.translate("Words", "child-in-law"), "lodger": QCoreApplication.translate("Words", "lodger")}.get(code, QCoreApplication.translate("Words", "relative"))


def period(code: str | None) -> str:
    return {"month": QCoreApplication.translate("Words", "a month"), "year": QCoreApplication.translate("Words", "a year"), "once": QCoreApplication.translate("Words", "once")}.get(code or "", "")


def reminder(kind: str) -> str:
    return {"annual_review": QCoreApplication.translate("Words", "yearly review of the low-income status"),
            "citizen_certificate_expiry": QCoreApplication.translate("Words", "citizen digital certificate expires"),
            "disability_certificate_renewal": QCoreApplication.translate("Words", "disability certificate to renew"),
            "legacy_resident_id": QCoreApplication.translate("Words", "old-format resident ID to replace"),
            "birthday_65": QCoreApplication.translate("Words", "turns 65: new services")}.get(kind, QCoreApplication.translate("Words", "reminder"))
