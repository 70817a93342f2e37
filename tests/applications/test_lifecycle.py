"""Applications: prefill, autosave, validation that loses nothing, consent rules, submission."""

import json

import pytest
from sqlalchemy import select

from kiosk.applications import service
from kiosk.applications.codes import digest, normalise_tracking_number
from kiosk.applications.forms import PENDING, RETIRED, FieldError
from kiosk.applications.notice import notice_version, privacy_notice
from kiosk.applications.signatures import synthetic_signature
from kiosk.catalog import load_catalog
from kiosk.db.applications import Application, ApplicationRevision
from kiosk.db.sync_state import OutboxItem
from kiosk.i18n import UserError

from tests.applications.conftest import fill_and_submit


def _start(store, code="S03", person="A108765438", household="A7654321"):
    return service.start(store, household_no=household, service_code=code, person_id_no=person)


def test_prefill_from_the_household_record(households):
    view = _start(households)
    assert view.values == {"applicant_name": "陳大明", "applicant_id": "A108765438", "birth_date": "1951-04-02",
                           "address": "臺北市萬華區福星里8鄰西寧南路50號4樓之1"}
    assert view.missing == ("living_arrangement", "institutionalised", "receive_by", "bank_account")
    assert view.state == "draft" and view.revision == 0


def test_household_services_need_no_person_and_person_services_do(households):
    assert service.start(households, household_no="N1234567", service_code="S01").person_id_no is None
    with pytest.raises(UserError) as caught:
        service.start(households, household_no="N1234567", service_code="S03")
    assert caught.value.key == "application.person_needed"
    with pytest.raises(UserError):
        service.start(households, household_no="N1234567", service_code="S03", person_id_no="A108765438")


def test_an_invalid_answer_is_kept_and_explained(households):
    view = _start(households)
    service.set_field(households, view.id, "bank_account", "700-00012345678")
    with pytest.raises(FieldError) as caught:
        service.set_field(households, view.id, "bank_account", "12ab", lang="en")
    assert "format" in caught.value.problem.message.lower()
    again = service.open_application(households, view.id)
    assert again.values["bank_account"] == "700-00012345678" and again.pending == {"bank_account": "12ab"}
    service.set_field(households, view.id, "bank_account", "７００－０００１２３４５６７９")  # full-width IME input
    again = service.open_application(households, view.id)
    assert again.values["bank_account"] == "700-00012345679" and again.pending == {}


def test_several_answers_are_saved_together_each_audited_and_an_unknown_field_saves_none(households):
    from kiosk.db.audit import AuditEvent

    view = _start(households)
    with households.read() as session:
        before = session.query(AuditEvent).count()
    saved, problems = service.set_fields(households, view.id, [("living_arrangement", "alone"),
                                                               ("bank_account", "12ab"), ("institutionalised", "否")],
                                         lang="en")
    assert saved.values["living_arrangement"] == "alone" and saved.values["institutionalised"] is False
    assert saved.pending == {"bank_account": "12ab"}  # kept as typed, reported, the others saved
    assert [p.problem.key for p in problems] == ["bank_account"] and "format" in problems[0].problem.message.lower()
    with households.read() as session:
        changes = [e.details for e in session.query(AuditEvent).order_by(AuditEvent.seq).all()[before:]]
    assert changes == [{"field": "living_arrangement", "valid": True}, {"field": "bank_account", "valid": False},
                       {"field": "institutionalised", "valid": True}]
    with pytest.raises(UserError) as caught:
        service.set_fields(households, view.id, [("receive_by", "bank"), ("no_such_field", "x")])
    assert caught.value.key == "application.unknown_field"
    assert "receive_by" not in service.open_application(households, view.id).values  # nothing of it was saved


@pytest.mark.parametrize("key,raw,stored", [
    ("institutionalised", "是", True), ("institutionalised", "no", False), ("birth_date", "40/04/02", "1951-04-02"),
    ("living_arrangement", "alone", "alone"), ("phone", "(02) 2345-6789", "(02) 2345-6789"),
])
def test_answers_are_normalised(households, key, raw, stored):
    view = service.set_field(households, _start(households).id, key, raw)
    assert view.values[key] == stored


@pytest.mark.parametrize("key,raw,code", [
    ("institutionalised", "maybe", "yes_no"), ("living_arrangement", "palace", "choice"),
    ("phone", "12", "phone"), ("birth_date", "113/02/30", "date"), ("applicant_id", "A123456788", "id_number"),
    ("applicant_name", "x" * 65, "too_long"), ("applicant_name", "王\x00明", "control_characters"),
])
def test_bad_answers_get_specific_reasons(households, key, raw, code):
    with pytest.raises(FieldError) as caught:
        service.set_field(households, _start(households).id, key, raw)
    assert caught.value.problem.code == code and caught.value.problem.message


def test_submit_needs_answers_and_consent(households):
    view = _start(households)
    with pytest.raises(UserError) as caught:
        service.submit(households, view.id)
    assert caught.value.key == "application.missing_fields"
    for key, value in {"living_arrangement": "alone", "institutionalised": "否", "receive_by": "bank",
                       "bank_account": "700-00012345678"}.items():
        service.set_field(households, view.id, key, value)
    with pytest.raises(UserError) as caught:
        service.submit(households, view.id)
    assert caught.value.key == "consent.missing"


def test_consent_rules(households):
    view = _start(households, code="S05" if False else "S07", person="F200112236", household="F2345678")
    svc = load_catalog().service("S07")
    notice = notice_version(svc)
    signed = dict(strokes=synthetic_signature(2), box=(600, 200))
    cases = [
        (dict(method="signature"), "consent.signature_needed"),
        (dict(method="proxy", **signed), "consent.relation_needed"),
        (dict(method="fingerprint", witnesses=("李里長", "李里長")), "consent.two_witnesses"),
        (dict(method="proxy", relation="女", **signed), "consent.health_data"),
        (dict(method="proxy", relation="女", **signed, covers_health_data=True, notice="S07@000000000000"),
         "consent.stale_notice"),
    ]
    for extra, key in cases:
        arguments = {"person_id_no": "F200112236", "given_by": "王美華", "notice": notice, **extra}
        with pytest.raises(UserError) as caught:
            service.give_consent(households, view.id, **arguments)
        assert caught.value.key == key, extra
    assert service.open_application(households, view.id).consents == ()
    consent = service.give_consent(households, view.id, person_id_no="F200112236", method="fingerprint",
                                   given_by="王李秀英", witnesses=("李里長", "張社工"), notice=notice,
                                   covers_health_data=True)
    assert consent.witnesses == ("李里長", "張社工") and consent.notice_version == notice


def test_submission_is_one_durable_unit(submitted):
    store, view = submitted
    assert view.state == "queued" and view.revision == 1
    assert normalise_tracking_number(view.tracking_no.lower().replace("-", "")) == view.tracking_no
    with store.read() as session:
        revision = session.execute(select(ApplicationRevision)).scalars().one()
        outbox = session.execute(select(OutboxItem)).scalars().one()
    payload = json.loads(revision.canonical)
    assert revision.digest == digest(payload) and outbox.target_id == revision.id
    assert outbox.kind == "application_revision" and outbox.state == "pending"
    assert payload["values"]["bank_account"] == "700-00012345678" and payload["consent"]["method"] == "signature"
    assert payload["person"] == "A108765438" and payload["device_key_id"]
    with pytest.raises(UserError) as caught:
        service.set_field(store, view.id, "bank_account", "700-11112345678")
    assert caught.value.key == "application.not_editable"


def test_after_a_rejection_a_new_revision(submitted):
    store, view = submitted
    with store.write() as session:
        app = session.get(Application, view.id)
        app.state = "rejected"  # what the sync engine does on a 422
    service.set_field(store, view.id, "bank_account", "700-22212345678")
    again = fill_and_submit(store, view.id, answers={})
    assert (again.revision, again.tracking_no) == (2, view.tracking_no)
    with store.read() as session:
        revisions = session.execute(select(ApplicationRevision).order_by(ApplicationRevision.revision)).scalars().all()
        assert [r.revision for r in revisions] == [1, 2]
        assert json.loads(revisions[0].canonical)["values"]["bank_account"] == "700-00012345678"  # never edited
        assert session.execute(select(OutboxItem)).scalars().all().__len__() == 2


def test_a_draft_survives_a_new_form_version(households):
    view = _start(households)
    service.set_field(households, view.id, "bank_account", "700-00012345678")
    with households.write() as session:
        app = session.get(Application, view.id)
        app.form_version = "S03-2025.9"
        app.draft = {**app.draft, "old_question": "kept", "phone": "not a phone"}
    migrated = service.open_application(households, view.id)
    assert migrated.form_version == load_catalog().service("S03").form_version
    assert migrated.retired == {"old_question": "kept"} and migrated.pending == {"phone": "not a phone"}
    assert migrated.values["bank_account"] == "700-00012345678"
    with households.read() as session:
        draft = session.get(Application, view.id).draft
        assert draft[RETIRED] == {"old_question": "kept"} and PENDING in draft


def test_notice_in_the_citizens_language():
    svc = load_catalog().service("S05")
    for lang in ("zh-TW", "en", "vi", "id", "th"):
        notice = privacy_notice(svc, lang)
        assert notice.version == notice_version(svc) and notice.health_data
        assert "C111" in notice.text() and len(notice.lines()) == 8
    assert "Dữ liệu sức khỏe" in privacy_notice(svc, "vi").text()


def test_tracking_numbers_catch_typos():
    from kiosk.applications.codes import new_tracking_number

    numbers = {new_tracking_number() for _ in range(200)}
    assert len(numbers) == 200
    for number in list(numbers)[:50]:
        assert normalise_tracking_number(number) == number
        body = number.replace("-", "")
        typo = body[:3] + ("0" if body[3] != "0" else "1") + body[4:]
        assert normalise_tracking_number(typo) is None


def test_prefill_answers_the_caregiver_question_from_the_household_record():
    from kiosk.applications.forms import prefill

    s07 = load_catalog().service("S07")
    person = {"name": "林阿嬤", "id_no": "N203456124", "birth_date": "1948-03-08"}
    assert prefill(s07, {"foreign_caregiver": True}, person)["has_foreign_caregiver"] is True
    assert "has_foreign_caregiver" not in prefill(s07, {}, person)  # unknown: asked, not assumed
