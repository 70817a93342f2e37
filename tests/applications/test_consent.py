"""Giving consent is one use case in one transaction: the signature and the consent it seals."""

import pytest
from sqlalchemy import func, select

from kiosk.applications import service
from kiosk.applications.signatures import synthetic_signature
from kiosk.db.applications import Consent, Signature
from kiosk.db.audit import AuditEvent
from kiosk.i18n import UserError
from kiosk.workspace import Workspace


def _count(store, model, application_id, column):
    with store.read() as session:
        return session.execute(select(func.count()).select_from(model).where(column == application_id)).scalar()


def _signed_events(store, application_id):
    with store.read() as session:
        return session.execute(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "sign", AuditEvent.record_id == application_id)).scalar()


def test_a_refused_consent_leaves_no_orphan_signature(households):
    view = service.start(households, household_no="F2345678", service_code="S07", person_id_no="F200112236",
                         language="zh-TW")
    workspace = Workspace(households)
    consent = dict(method="signature", given_by="王美華", person_id_no="F200112236", strokes=synthetic_signature(2),
                   box=(600, 200))
    with pytest.raises(UserError) as caught:  # S07 covers health data: the consent must say so
        workspace.give_consent(view.id, **consent)
    assert caught.value.key == "consent.health_data"
    assert _count(households, Signature, view.id, Signature.application_id) == 0
    assert _signed_events(households, view.id) == 0

    given = workspace.give_consent(view.id, **consent, health_data=True)
    assert _count(households, Signature, view.id, Signature.application_id) == 1
    assert _count(households, Consent, view.id, Consent.application_id) == 1
    assert given.signature_id is not None and _signed_events(households, view.id) == 1


def test_a_fingerprint_consent_has_no_signature(households):
    view = service.start(households, household_no="F2345678", service_code="S07", person_id_no="F200112236",
                         language="zh-TW")
    given = Workspace(households).give_consent(view.id, method="fingerprint", given_by="王李秀英",
                                               person_id_no="F200112236", strokes=None, box=(0, 0),
                                               witnesses=("李里長", "張社工"), health_data=True)
    assert given.signature_id is None and _count(households, Signature, view.id, Signature.application_id) == 0
