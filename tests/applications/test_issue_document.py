"""A document is issued in one call: rendered, then audited; one that cannot render issues nothing."""

import pytest
from sqlalchemy import select

from kiosk.applications import service
from kiosk.db.audit import AuditEvent
from kiosk.documents.issue import DocumentKind
from kiosk.i18n import UserError
from kiosk.workspace import Workspace


def _printed(store, application_id):
    with store.read() as session:
        return [e.details for e in session.execute(select(AuditEvent).where(
            AuditEvent.action == "print", AuditEvent.record_id == application_id).order_by(AuditEvent.seq)).scalars()]


def test_each_issued_document_is_audited_once(submitted):
    store, view = submitted
    workspace = Workspace(store)
    assert workspace.issue_document(view.id, DocumentKind.RECEIPT, "80mm").startswith(b"%PDF")
    assert workspace.issue_document(view.id, DocumentKind.FORM).startswith(b"%PDF")
    assert _printed(store, view.id) == [{"document": "receipt", "format": "80mm", "medium": "pdf"},
                                        {"document": "form", "format": "a4", "medium": "pdf"}]


def test_a_document_that_cannot_render_is_not_audited(households):
    draft = service.start(households, household_no="A7654321", service_code="S03", person_id_no="A108765438",
                          language="zh-TW")
    with pytest.raises(UserError) as caught:
        Workspace(households).issue_document(draft.id, DocumentKind.RECEIPT)
    assert caught.value.key == "application.not_submitted"
    assert _printed(households, draft.id) == []
