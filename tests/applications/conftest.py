import pytest

from kiosk.applications import service
from kiosk.applications.notice import notice_version
from kiosk.applications.signatures import synthetic_signature
from kiosk.catalog import load_catalog
from kiosk.households.importer import import_documents


@pytest.fixture
def households(store, reference_documents):
    import_documents(store, reference_documents)
    return store


def fill_and_submit(store, app_id, person="A108765438", signer="陳大明", answers=None):
    """Answer the remaining required fields, sign, consent, submit; returns the submitted view."""
    answers = answers or {"living_arrangement": "with_spouse", "institutionalised": "否", "receive_by": "bank",
                          "bank_account": "700-00012345678"}
    for key, value in answers.items():
        service.set_field(store, app_id, key, value)
    view = service.open_application(store, app_id)
    svc = load_catalog().service(view.service_code)
    service.give_consent(store, app_id, person_id_no=person, method="signature", given_by=signer,
                         notice=notice_version(svc), strokes=synthetic_signature(1), box=(600, 200),
                         covers_health_data=svc.privacy.health_data)
    return service.submit(store, app_id)


@pytest.fixture
def submitted(households):
    view = service.start(households, household_no="A7654321", service_code="S03", person_id_no="A108765438",
                         language="vi", officer="王里幹事")
    return households, fill_and_submit(households, view.id)
