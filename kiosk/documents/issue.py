"""Issuing a document: rendered and written to the audit log in one call, whichever door asked
(the CLI, the window's "save as PDF", the window's printer)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.db.store import Store


class DocumentKind(StrEnum):
    RECEIPT = "receipt"  # the signed receipt left with the family (A4 or an 80 mm roll)
    FORM = "form"  # the filled application form (A4)


class Medium(StrEnum):
    PDF = "pdf"  # rendered here (reportlab)
    PAPER = "paper"  # painted by the window straight onto a printer


def _render(store: Store, application_id: str, kind: DocumentKind, fmt: str) -> bytes:
    if kind is DocumentKind.FORM:
        from kiosk.documents.application_form import render_application_form

        return render_application_form(store, application_id)
    from kiosk.documents.receipts import receipt_data, render_receipt

    return render_receipt(receipt_data(store, application_id), fmt)


def record_issued(store: Store, application_id: str, kind: DocumentKind, fmt: str, medium: Medium) -> None:
    """The audit event ("print") of one document handed out."""
    from kiosk import audit

    details = {"document": str(kind), "format": fmt, "medium": str(medium)}
    with store.write() as session:
        audit.record(session, "print", "application", application_id, details)


def issue_document(store: Store, application_id: str, kind: DocumentKind, fmt: str = "a4") -> bytes:
    """The document as PDF bytes, audited once it rendered (a failed rendering issued nothing)."""
    document = _render(store, application_id, DocumentKind(kind), fmt)
    record_issued(store, application_id, DocumentKind(kind), fmt, Medium.PDF)
    return document
