"""Applications from the first question to submission. Qt-free: the UI and the CLI call these and
get plain data back.

Every field change is its own committed transaction (a draft survives kill -9 with at most the
field being typed lost). What was typed but did not validate is kept beside the draft, never
dropped. Submitting writes an immutable revision (canonical JSON and its SHA-256), moves the
application to "queued" and adds the outbox entry, in one transaction synced to disk.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from kiosk import audit
from kiosk.application_ids import PROOF_FIELD, new_bound_id, proof_for
from kiosk.applications import forms
from kiosk.applications.codes import canonical_json, digest, new_tracking_number
from kiosk.applications.frozen import applicant_snapshot, latest_applicant
from kiosk.applications.images import normalise_image
from kiosk.applications.notice import notice_version
from kiosk.applications.signatures import Strokes, render_signature, validate_strokes
from kiosk.catalog import Service, load_catalog
from kiosk.db.applications import Application, ApplicationRevision, Attachment, Consent, Signature
from kiosk.db.base import utcnow
from kiosk.db.households import Household, Person
from kiosk.db.sync_state import OutboxItem
from kiosk.households.document import household_document, member_document
from kiosk.i18n import UserError
from kiosk.identity import mask_id, normalise_id
from kiosk.json_types import JsonObject
from kiosk.states.application import APPLICATION, EDITABLE, ApplicationState
from kiosk.states.outbox import OutboxKind, OutboxState
from kiosk.states.revision import RevisionState

if TYPE_CHECKING:
    from kiosk.db.store import Store
    from kiosk.security.device import DeviceKey

ID_PURPOSE = b"application-id"  # the device secret that proves an application id is this device's
CONSENT_METHODS = ("signature", "proxy", "fingerprint")


class ApplicationError(UserError):
    pass


@dataclass(frozen=True)
class AttachmentView:
    id: str
    name: str
    document_code: str | None
    sha256: str
    size: int
    mime: str


@dataclass(frozen=True)
class ConsentView:
    id: str
    person_id_no: str | None
    method: str
    given_by: str
    given_by_relation: str | None
    witnesses: tuple[str, ...]
    notice_version: str
    covers_health_data: bool
    signature_id: str | None
    given_at: datetime


@dataclass(frozen=True)
class ApplicationView:
    id: str
    household_id: str
    household_no: str
    service_code: str
    person_id_no: str | None
    person_name: str | None
    state: str
    form_version: str
    values: dict[str, Any]
    pending: dict[str, Any]
    retired: dict[str, Any]
    missing: tuple[str, ...]
    revision: int
    tracking_no: str | None
    decision: JsonObject | None
    problems: JsonObject | None
    language: str
    officer: str
    attachments: tuple[AttachmentView, ...]
    consents: tuple[ConsentView, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def masked_id(self) -> str | None:
        return mask_id(self.person_id_no) if self.person_id_no else None


def _service(code: str) -> Service:
    try:
        return load_catalog().service(code)
    except KeyError:
        raise ApplicationError("application.unknown_service", code=code) from None


def _load(session: Session, application_id: str) -> Application:
    app = session.get(Application, application_id)
    if app is None:
        raise ApplicationError("application.not_found", id=application_id[:36])
    return app


def _values(draft: JsonObject) -> JsonObject:
    return {k: v for k, v in draft.items() if k not in (forms.RETIRED, forms.PENDING)}


def _view(session: Session, app: Application) -> ApplicationView:
    household = session.get_one(Household, app.household_id)
    person = session.get(Person, app.person_id) if app.person_id else None
    name, id_no = (person.name, person.id_no) if person else latest_applicant(session, app)
    draft = app.draft or {}
    values = _values(draft)
    attachments = session.execute(select(Attachment).where(Attachment.application_id == app.id)
                                  .order_by(Attachment.created_at)).scalars()
    consents = session.execute(select(Consent).where(Consent.application_id == app.id)
                               .order_by(Consent.given_at)).scalars()
    people: dict[str | None, str] = {p.id: p.id_no for p in household.people}  # a consent may name no person
    latest = app.revisions[-1] if app.revisions else None
    return ApplicationView(
        id=app.id, household_id=app.household_id, household_no=household.household_no, service_code=app.service_code,
        person_id_no=id_no, person_name=name, state=app.state,
        form_version=app.form_version, values=values, pending=dict(draft.get(forms.PENDING) or {}),
        retired=dict(draft.get(forms.RETIRED) or {}),
        missing=tuple(forms.missing_required(_service(app.service_code), values)), revision=app.current_revision,
        tracking_no=app.tracking_no, decision=app.decision, problems=latest.problems if latest else None,
        language=app.language, officer=app.officer,
        attachments=tuple(AttachmentView(a.id, a.name, a.document_code, a.sha256, a.size, a.mime) for a in attachments),
        consents=tuple(ConsentView(c.id, people.get(c.person_id), c.method, c.given_by, c.given_by_relation,
                                   tuple(c.witnesses or ()), c.notice_version, c.covers_health_data, c.signature_id,
                                   c.given_at) for c in consents),
        created_at=app.created_at, updated_at=app.updated_at,
    )


def _household(session: Session, household_no: str) -> Household:
    household = session.execute(
        select(Household).where(Household.household_no == normalise_id(household_no))
        .options(selectinload(Household.people))).scalars().first()
    if household is None:
        raise ApplicationError("application.no_household", household_no=household_no[:12])
    return household


def start(store: Store, *, household_no: str, service_code: str, person_id_no: str | None = None,
          language: str = "zh-TW", officer: str | None = None) -> ApplicationView:
    """A new draft, its fields prefilled from what the store knows about the household and person.
    Its id is bound to this device (kiosk.application_ids): a printed id cannot be claimed by another."""
    from kiosk.security.device import device_key

    service = _service(service_code)
    key = device_key(store)
    with store.write() as session:
        household = _household(session, household_no)
        person = None
        if service.applies_to == "person" or person_id_no:
            if not person_id_no:
                raise ApplicationError("application.person_needed", service=service.code)
            wanted = normalise_id(person_id_no)
            person = next((p for p in household.people if p.id_no == wanted and p.registered_here), None)
            if person is None:
                raise ApplicationError("application.not_a_member", household_no=household.household_no)
        document = household_document(household)
        values = forms.prefill(service, document, member_document(person) if person else None)
        app = Application(id=new_bound_id(key.key_id, key.secret(ID_PURPOSE)),
                          household_id=household.id, person_id=person.id if person else None,
                          service_code=service.code, form_version=service.form_version, state=ApplicationState.DRAFT,
                          draft=values,
                          language=language, officer=officer or audit.actor())
        session.add(app)
        session.flush()
        audit.record(session, "start", "application", app.id, {"service": service.code})
        return _view(session, app)


def open_application(store: Store, application_id: str) -> ApplicationView:
    """The application, its draft fitted to the current form version when the catalog changed."""
    with store.write() as session:
        app = _load(session, application_id)
        service = _service(app.service_code)
        if app.state in EDITABLE and app.form_version != service.form_version:
            app.draft = forms.reconcile(service, app.draft or {})
            audit.record(session, "migrate_draft", "application", app.id,
                         {"from": app.form_version, "to": service.form_version})
            app.form_version = service.form_version
        audit.record(session, "view", "application", app.id)
        return _view(session, app)


def set_field(store: Store, application_id: str, key: str, raw: Any, lang: str | None = None) -> ApplicationView:
    """Save one answer (autosave). An invalid answer is kept as typed and reported with a
    translated reason (FieldError); the last valid value stays in the draft."""
    view, problems = set_fields(store, application_id, [(key, raw)], lang)
    if problems:
        raise problems[0]
    return view


def set_fields(store: Store, application_id: str, answers: Sequence[tuple[str, Any]],
               lang: str | None = None) -> tuple[ApplicationView, list[forms.FieldError]]:
    """Save several answers in one transaction (the CLI's `--set`s, demo and load data), each as
    set_field saves it and audits it: (the view, the FieldError of each answer kept as typed)."""
    problems: list[forms.FieldError] = []
    with store.write() as session:
        app = _load(session, application_id)
        if app.state not in EDITABLE:
            raise ApplicationError("application.not_editable", state=app.state)
        service = _service(app.service_code)
        fields = [(service.field(key), key, raw) for key, raw in answers]
        unknown = next((key for field, key, _ in fields if field is None), None)
        if unknown is not None:
            raise ApplicationError("application.unknown_field", key=unknown[:40])
        draft = dict(app.draft or {})
        pending = dict(draft.get(forms.PENDING) or {})
        changes = []
        for field, key, raw in fields:
            assert field is not None  # checked above, before anything changed
            try:
                value = forms.normalise_value(field, raw, lang)
                pending.pop(key, None)
                if value is None:
                    draft.pop(key, None)
                else:
                    draft[key] = value
                changes.append({"field": key, "valid": True})
            except forms.FieldError as exc:
                pending[key] = raw if isinstance(raw, (str, int, float, bool)) else str(raw)
                problems.append(exc)
                changes.append({"field": key, "valid": False})
        draft[forms.PENDING] = pending
        app.draft = draft
        app.updated_at = utcnow()
        if changes:
            audit.record_many(session, [("change", "application", app.id, change) for change in changes])
        return _view(session, app), problems


def add_attachment(store: Store, application_id: str, data: bytes, name: str,
                   document_code: str | None = None) -> AttachmentView:
    normalised, mime = normalise_image(data)
    sha256 = store.blobs.put(normalised)  # durable before the row that points at it
    with store.write() as session:
        app = _load(session, application_id)
        if app.state not in EDITABLE:
            raise ApplicationError("application.not_editable", state=app.state)
        names = {a.name for a in session.execute(select(Attachment).where(Attachment.application_id == app.id)).scalars()}
        base, unique, n = (name or "attachment")[:48], (name or "attachment")[:48], 2
        while unique in names:  # identical photos twice is fine: names map to hashes
            unique, n = f"{base}-{n}", n + 1
        attachment = Attachment(application_id=app.id, name=unique, sha256=sha256, size=len(normalised), mime=mime,
                                document_code=document_code)
        session.add(attachment)
        session.flush()
        audit.record(session, "attach", "application", app.id, {"attachment": attachment.id, "sha256": sha256[:16]})
        return AttachmentView(attachment.id, unique, document_code, sha256, len(normalised), mime)


def remove_attachment(store: Store, application_id: str, attachment_id: str) -> None:
    with store.write() as session:
        app = _load(session, application_id)
        if app.state not in EDITABLE:
            raise ApplicationError("application.not_editable", state=app.state)
        attachment = session.get(Attachment, attachment_id)
        if attachment is None or attachment.application_id != app.id:
            raise ApplicationError("application.no_attachment")
        session.delete(attachment)
        audit.record(session, "detach", "application", app.id, {"attachment": attachment_id})


def _add_signature(session: Session, app: Application, signer: str, strokes: Strokes, width: int, height: int) -> str:
    signature = Signature(application_id=app.id, signer=signer[:64], strokes=strokes, width=width, height=height)
    session.add(signature)
    session.flush()
    audit.record(session, "sign", "application", app.id, {"signature": signature.id})
    return signature.id


def _check_consent(method: str, given_by: str, relation: str | None, witnesses: tuple[str, ...]) -> tuple[str, ...]:
    """The consent's own rules, before any write; returns the witnesses cleaned."""
    if method not in CONSENT_METHODS:
        raise ApplicationError("consent.method")
    witnesses = tuple(w.strip() for w in witnesses if w and w.strip())
    if method == "proxy" and not (relation and relation.strip()):
        raise ApplicationError("consent.relation_needed")
    if method == "fingerprint" and len(set(witnesses)) < 2:
        raise ApplicationError("consent.two_witnesses")
    if not given_by or not given_by.strip():
        raise ApplicationError("consent.who")
    return witnesses


def give_consent(store: Store, application_id: str, *, person_id_no: str | None, method: str, given_by: str,
                 notice: str | None = None, strokes: Strokes | None = None, box: tuple[int, int] = (0, 0),
                 relation: str | None = None, witnesses: tuple[str, ...] = (),
                 covers_health_data: bool = False) -> ConsentView:
    """The signature (for "signature" and "proxy") and the consent it seals, in one durable
    transaction: a refused consent leaves no signature behind. `notice` defaults to the version
    of the notice the service shows today."""
    witnesses = _check_consent(method, given_by, relation, witnesses)
    signed = method in ("signature", "proxy")
    if signed and not strokes:
        raise ApplicationError("consent.signature_needed")
    clean = validate_strokes(strokes or [], *box) if signed else []
    with store.write(durable=True) as session:
        app = _load(session, application_id)
        signature_id = _add_signature(session, app, given_by, clean, *box) if signed else None
        return _record_consent(session, app, person_id_no=person_id_no, method=method, given_by=given_by,
                               notice=notice or notice_version(_service(app.service_code)), relation=relation,
                               witnesses=witnesses, signature_id=signature_id, covers_health_data=covers_health_data)


def _record_consent(session: Session, app: Application, *, person_id_no: str | None, method: str, given_by: str,
                    notice: str, relation: str | None, witnesses: tuple[str, ...], signature_id: str | None,
                    covers_health_data: bool) -> ConsentView:
    service = _service(app.service_code)
    if notice != notice_version(service):
        raise ApplicationError("consent.stale_notice")
    if service.privacy.health_data and not covers_health_data:
        raise ApplicationError("consent.health_data")
    household = session.get_one(Household, app.household_id)
    person = None
    if person_id_no:
        person = next((p for p in household.people if p.id_no == normalise_id(person_id_no)), None)
        if person is None:
            raise ApplicationError("application.not_a_member", household_no=household.household_no)
    if signature_id:
        signature = session.get(Signature, signature_id)
        if signature is None or signature.application_id != app.id:
            raise ApplicationError("consent.signature_needed")
    consent = Consent(household_id=household.id, person_id=person.id if person else None, application_id=app.id,
                      service_code=service.code, notice_version=notice, method=method, given_by=given_by.strip()[:64],
                      given_by_relation=(relation or "").strip()[:16] or None, witnesses=list(witnesses),
                      covers_health_data=covers_health_data, signature_id=signature_id)
    session.add(consent)
    session.flush()
    audit.record(session, "consent", "application", app.id, {"consent": consent.id, "method": method})
    people: dict[str | None, str] = {p.id: p.id_no for p in household.people}  # a consent may name no person
    return ConsentView(consent.id, people.get(consent.person_id), method, consent.given_by,
                       consent.given_by_relation, witnesses, notice, covers_health_data, signature_id,
                       consent.given_at)


def _id_proof(application_id: str, key: DeviceKey) -> dict[str, str]:
    """The proof that this device made the id; none for a draft from before ids were bound."""
    proof = proof_for(application_id, key.key_id, key.secret(ID_PURPOSE))
    return {PROOF_FIELD: proof} if proof else {}


def _signature_image(session: Session, consent: Consent) -> dict[str, str]:
    """The consent's signature as the agency files it: a PNG (about 5 KB) inside the payload, so it
    needs no upload of its own, is covered by the device's digest and goes when the payload is purged."""
    signature = session.get(Signature, consent.signature_id) if consent.signature_id else None
    if signature is None:
        return {}
    png = render_signature(signature.strokes, signature.width, signature.height, scale=1.0)
    return {"signature_png": base64.b64encode(png).decode("ascii")}


def _consent_for(session: Session, app: Application, service: Service) -> Consent:
    subject = app.person_id or next(p.id for p in session.get_one(Household, app.household_id).people
                                    if p.relation == "head" and p.registered_here)
    current = notice_version(service)
    consents = [c for c in session.execute(select(Consent).where(Consent.application_id == app.id)).scalars()
                if c.person_id == subject and c.notice_version == current
                and (c.covers_health_data or not service.privacy.health_data)]
    if not consents:
        raise ApplicationError("consent.missing")
    return consents[-1]


def _assign_tracking_number(session: Session, app: Application) -> None:
    for _ in range(5):
        if app.tracking_no:
            return
        candidate = new_tracking_number()
        if session.execute(select(Application.id).where(Application.tracking_no == candidate)).first() is None:
            app.tracking_no = candidate


def submit(store: Store, application_id: str, officer: str | None = None) -> ApplicationView:
    """Freeze the draft as the next revision and queue it for sending, in one durable transaction."""
    from kiosk.security.device import device_key

    key = device_key(store)
    with store.write(durable=True) as session:
        app = _load(session, application_id)
        if app.state not in EDITABLE:
            raise ApplicationError("application.not_editable", state=app.state)
        service = _service(app.service_code)
        fitted = forms.reconcile(service, app.draft or {})
        values = _values(fitted)
        if fitted[forms.PENDING]:
            raise ApplicationError("application.fix_fields", fields=", ".join(sorted(fitted[forms.PENDING])))
        missing = forms.missing_required(service, values)
        if missing:
            raise ApplicationError("application.missing_fields", fields=", ".join(missing))
        consent = _consent_for(session, app, service)
        household = session.get_one(Household, app.household_id)
        person = session.get(Person, app.person_id) if app.person_id else None
        attachments = session.execute(select(Attachment).where(Attachment.application_id == app.id)
                                      .order_by(Attachment.name)).scalars().all()
        for attachment in attachments:
            if not store.blobs.exists(attachment.sha256):
                raise ApplicationError("application.attachment_missing", name=attachment.name)
        revision = app.current_revision + 1
        submitted_at = utcnow()
        _assign_tracking_number(session, app)  # before the payload: the hub's status page looks it up
        payload = {
            "application_id": app.id, "revision": revision, "service": service.code, "form_version": service.form_version,
            "catalog_version": load_catalog().version, "household_no": household.household_no,
            "person": person.id_no if person else None, "applicant": applicant_snapshot(person, household),
            "values": values, "language": app.language,
            "consent": {"id": consent.id, "method": consent.method, "given_by": consent.given_by,
                        "relation": consent.given_by_relation, "witnesses": consent.witnesses,
                        "notice_version": consent.notice_version, "health_data": consent.covers_health_data,
                        "signature_id": consent.signature_id, "given_at": consent.given_at.isoformat(),
                        **_signature_image(session, consent)},
            "attachments": [{"name": a.name, "sha256": a.sha256, "size": a.size, "mime": a.mime,
                             "document_code": a.document_code} for a in attachments],
            "officer": officer or app.officer, "device_key_id": key.key_id,
            **_id_proof(app.id, key),
            "submitted_at": submitted_at.isoformat(timespec="seconds"), "tracking_no": app.tracking_no,
        }
        row = ApplicationRevision(application_id=app.id, revision=revision, canonical=canonical_json(payload),
                                  digest=digest(payload), state=RevisionState.QUEUED, submitted_at=submitted_at)
        session.add(row)
        app.draft = values
        APPLICATION.move(app, ApplicationState.QUEUED)
        app.current_revision = revision
        app.form_version = service.form_version
        session.flush()
        session.add(OutboxItem(kind=OutboxKind.APPLICATION_REVISION, target_id=row.id, op_id=str(uuid.uuid4()),
                               state=OutboxState.PENDING))
        audit.record(session, "submit", "application", app.id, {"revision": revision, "digest": row.digest[:16]})
        try:
            session.flush()
        except IntegrityError:
            raise ApplicationError("application.already_submitted") from None
        return _view(session, app)


def revision_payload(store: Store, application_id: str, revision: int | None = None) -> tuple[JsonObject, str]:
    """(the submitted payload, its digest) of a revision, the latest by default."""
    import json

    with store.read() as session:
        app = _load(session, application_id)
        rows = [r for r in app.revisions if revision is None or r.revision == revision]
        if not rows:
            raise ApplicationError("application.not_submitted")
        return json.loads(rows[-1].canonical), rows[-1].digest


@dataclass(frozen=True)
class ApplicationSummary:
    id: str
    household_no: str
    service_code: str
    person_name: str | None
    masked_id: str | None
    state: str
    revision: int
    tracking_no: str | None
    updated_at: datetime
    decision: JsonObject | None = None


def list_applications(store: Store, *, household_no: str | None = None, state: str | None = None) -> list[ApplicationSummary]:
    with store.read() as session:
        query = (select(Application, Household.household_no, Person.name, Person.id_no)
                 .join(Household, Household.id == Application.household_id)
                 .outerjoin(Person, Person.id == Application.person_id).order_by(Application.updated_at.desc()))
        if household_no:
            query = query.where(Household.household_no == normalise_id(household_no))
        if state:
            query = query.where(Application.state == state)
        rows = [(a, number, *((name, id_no) if id_no or not a.current_revision else latest_applicant(session, a)))
                for a, number, name, id_no in session.execute(query).all()]
        return [ApplicationSummary(a.id, number, a.service_code, name, mask_id(id_no) if id_no else None, a.state,
                                   a.current_revision, a.tracking_no, a.updated_at, a.decision)
                for a, number, name, id_no in rows]


def payload_json(payload: JsonObject) -> str:
    return canonical_json(payload)
