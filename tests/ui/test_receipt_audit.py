"""Every receipt handed out is in the audit log, on paper as well as PDF."""

from pathlib import Path

from sqlalchemy import select

from kiosk.db.audit import AuditEvent
from ui.selftest import settle


def _printed(kiosk, application_id):
    with kiosk.ctx.workspace.store.read() as session:
        return [e.details for e in session.execute(select(AuditEvent).where(
            AuditEvent.action == "print", AuditEvent.record_id == application_id).order_by(AuditEvent.seq)).scalars()]


def test_printing_a_receipt_on_paper_is_audited(officer_app, tmp_path: Path):
    kiosk = officer_app
    application_id = kiosk.fixtures["submitted"]
    receipt = kiosk.window.nav.go("receipt", application_id=application_id)
    settle(kiosk)
    assert receipt.data is not None and _printed(kiosk, application_id) == []

    assert receipt.print_receipt("80mm", tmp_path / "paper.pdf")  # Qt's printing, to a PDF file
    settle(kiosk)
    assert (tmp_path / "paper.pdf").read_bytes().startswith(b"%PDF")
    assert _printed(kiosk, application_id) == [{"document": "receipt", "format": "80mm", "medium": "paper"}]

    receipt.save_signed_pdf(tmp_path / "signed.pdf")
    settle(kiosk)
    assert _printed(kiosk, application_id)[-1] == {"document": "receipt", "format": "a4", "medium": "pdf"}
