"""The application services: each use case once, for the window and the `kiosk` command alike.

The UI may not touch SQLAlchemy (import-linter) nor hold the store (tests/test_layering.py), so
everything it needs is answered here with frozen dataclasses. Calls are blocking; the UI runs
them in its background helper. The store itself is for the Qt-free layers (sync, the CLI).
Every write announces what it changed (kiosk/changes.py) to `changes` after its commit, so the
window's screens redraw from events rather than by asking again on every visit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from kiosk.changes import ChangeListeners, Changes, of_households
from kiosk.documents.issue import DocumentKind, Medium
from kiosk.eligibility import Eligibility
from kiosk.i18n import UserError
from kiosk.states.household_sync import HouseholdSyncState
from kiosk.rocdate import taiwan_today

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from kiosk.applications.service import ApplicationSummary, ApplicationView, AttachmentView, ConsentView
    from kiosk.db.store import Store
    from kiosk.documents.receipts import ReceiptData
    from kiosk.households.edits import ConflictView
    from kiosk.rules.proactive import Visit
    from kiosk.search import SearchHit
    from kiosk.subscriptions.request import SubscriptionRequest
    from kiosk.subscriptions.service import SubscriptionView

HouseholdDocument = dict[str, Any]  # the interchange contract's JSON (resources/contracts/household.schema.json)


@dataclass(frozen=True)
class MemberFacts:
    name: str
    masked_id: str
    id_no: str
    relation: str
    birth_date: date | None
    age: int | None
    disability_level: str | None
    facts: Mapping[str, Any] = field(default_factory=dict)  # contract facts beyond the columns (kiosk.households.facts)


@dataclass(frozen=True)
class HouseholdFacts:
    household_no: str
    head_name: str
    address: str
    phone: str | None
    members: tuple[MemberFacts, ...]
    sync_state: str
    conflict: bool
    foreign_caregiver: bool = False


@dataclass(frozen=True)
class TrackingStatus:
    """What a citizen may see of one application at the kiosk: nothing personal."""

    tracking_no: str
    service: str
    state: str
    outcome: str | None
    reason: str | None
    updated: date

    def to_json(self) -> dict[str, str | None]:
        return {"tracking_no": self.tracking_no, "service": self.service, "state": self.state, "outcome": self.outcome,
                "reason": self.reason, "updated": self.updated.isoformat()}


def _age(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class Workspace:
    """An unlocked store and the questions the screens ask of it."""

    def __init__(self, store: Store, today: date | None = None) -> None:
        """`today` fixes the date the rules and ages are computed on (tests, the tour); None is the clock's."""
        self.store = store
        self._fixed_today = today
        self.changes = ChangeListeners()

    def _changed_application(self, application_id: str) -> None:
        self.changes.announce(Changes(applications=frozenset({application_id})))

    # -- opening and closing --------------------------------------------------------------
    @classmethod
    def unlock(cls, folder: Path, pin: str, *, create: bool = False, demo_households: int = 0,
               today: date | None = None) -> Workspace:
        """Open (or, when asked, create and fill with the demo district) the encrypted store."""
        from kiosk.db.store import Store

        if create and not Store.exists(folder):
            store = Store.create(folder, pin)
            if demo_households:
                from kiosk.demo.build import build_demo

                build_demo(store, demo_households, 2026, today or taiwan_today())
            return cls(store, today)
        return cls(Store.open(folder, pin), today)

    def lock(self) -> None:
        self.store.close()

    def worker_key(self) -> bytes:
        """The data key, for the window to hand to its worker process over a pipe (never argv or env)."""
        return self.store.data_key()

    @property
    def today(self) -> date:
        return self._fixed_today or taiwan_today()

    # -- households -------------------------------------------------------------------------
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        from kiosk.search import search

        if not query.strip():
            return []
        with self.store.read() as session:
            return search(session, query, limit)

    def household(self, household_no: str) -> HouseholdFacts:
        from kiosk.db.households import Household
        from kiosk.households.facts import member_facts
        from kiosk.identity import mask_id

        with self.store.read() as session:
            household = session.execute(select(Household).where(Household.household_no == household_no)).scalar_one_or_none()
            if household is None:
                raise UserError("application.no_household", household_no=household_no[:12])
            members = tuple(
                MemberFacts(p.name, mask_id(p.id_no), p.id_no, p.relation, p.birth_date, _age(p.birth_date, self.today),
                            p.disability_level, member_facts({**(p.extra or {}), "nationality": p.nationality}))
                for p in household.people if p.registered_here)
            head = next((m.name for m in members if m.relation == "head"), members[0].name if members else "")
            address = household.address.text if household.address is not None else ""
            return HouseholdFacts(household.household_no, head, address or "", household.phone, members,
                                  household.sync_state, household.sync_state == HouseholdSyncState.CONFLICT,
                                  bool((household.extra or {}).get("foreign_caregiver")))

    def document(self, household_no: str) -> HouseholdDocument:
        from kiosk.db.households import Household
        from kiosk.households.document import household_document

        with self.store.read() as session:
            household = session.execute(select(Household).where(Household.household_no == household_no)).scalar_one()
            return household_document(household)

    def eligibility(self, household_no: str) -> Eligibility:
        """Services (eligible, receiving, not eligible) with explanations and amounts, and reminders."""
        from kiosk.rules import evaluate

        return Eligibility.from_json(evaluate(self.document(household_no), self.today))

    def visit_plan(self, top: int = 20) -> list[Visit]:
        from kiosk.rules.proactive import plan_visits
        from kiosk.rules.scan import fill_details, scan_store

        evaluation, _keys, rowids = scan_store(self.store, self.today)
        if not evaluation.population.household_numbers:
            return []
        return plan_visits(evaluation, top, lambda chosen: fill_details(self.store, evaluation.population, rowids, chosen))

    def conflict(self, household_no: str) -> ConflictView | None:
        from kiosk.households.edits import conflict_of

        return conflict_of(self.store, household_no)

    def resolve_conflict(self, household_no: str, choices: dict[str, str], *, etag: str) -> None:
        """Keep "mine" or "theirs" per field path, chosen against the conflict `etag` names (refused,
        ConflictChanged, if it changed since); the household is queued to be sent."""
        from kiosk.households.edits import resolve_conflict

        resolve_conflict(self.store, household_no, choices, etag=etag)
        self.changes.announce(of_households(household_no))

    def conflicted_households(self) -> list[str]:
        from kiosk.db.households import Household

        with self.store.read() as session:
            return list(session.execute(select(Household.household_no).where(Household.sync_state == HouseholdSyncState.CONFLICT)
                                        .order_by(Household.household_no)).scalars())

    def own_words(self) -> set[str]:
        """Text shown as people wrote it, never translated: names and addresses, officers, the
        agency's own notes (a decision's reason, why a revision was refused), and a proxy's
        relationship as the family member said it when subscribing."""
        from kiosk.db.applications import Application, ApplicationRevision
        from kiosk.db.households import HouseholdAddress, Person
        from kiosk.db.subscriptions import Subscription

        with self.store.read() as session:
            found = set(session.execute(select(Person.name)).scalars())
            found |= set(session.execute(select(HouseholdAddress.text)).scalars())
            found |= set(session.execute(select(Application.officer)).scalars())
            found |= {text for text in session.execute(select(Subscription.subscriber_relationship)).scalars() if text}
            for decision in session.execute(select(Application.decision)).scalars():
                found.add((decision or {}).get("reason") or "")
            for problems in session.execute(select(ApplicationRevision.problems)).scalars():
                found.add((problems or {}).get("title") or "")
                found |= {error.get("message") or "" for error in (problems or {}).get("errors", [])}
        return {text for text in found if text}

    # -- applications -------------------------------------------------------------------------
    def applications(self, household_no: str | None = None, state: str | None = None) -> list[ApplicationSummary]:
        from kiosk.applications.service import list_applications

        return list_applications(self.store, household_no=household_no, state=state)

    def submitted_on(self, day: date) -> list[str]:
        """Ids of the applications submitted on `day` (Taiwan's date): the receipts of that day."""
        from kiosk.applications.of_day import submitted_on

        return submitted_on(self.store, day)

    def application(self, application_id: str) -> ApplicationView:
        from kiosk.applications.service import open_application

        return open_application(self.store, application_id)

    def start_application(self, household_no: str, service_code: str, person_id_no: str | None,
                          language: str, officer: str | None = None) -> ApplicationView:
        from kiosk.applications.service import start

        view = start(self.store, household_no=household_no, service_code=service_code, person_id_no=person_id_no,
                     language=language, officer=officer)
        self._changed_application(view.id)
        return view

    def set_field(self, application_id: str, key: str, raw: object, lang: str | None = None) -> ApplicationView:
        from kiosk.applications.service import set_field

        view = set_field(self.store, application_id, key, raw, lang)
        self._changed_application(application_id)
        return view

    def add_attachment(self, application_id: str, data: bytes, name: str,
                       document_code: str | None = None) -> AttachmentView:
        from kiosk.applications.service import add_attachment

        attachment = add_attachment(self.store, application_id, data, name, document_code)
        self._changed_application(application_id)
        return attachment

    def remove_attachment(self, application_id: str, attachment_id: str) -> None:
        from kiosk.applications.service import remove_attachment

        remove_attachment(self.store, application_id, attachment_id)
        self._changed_application(application_id)

    def attachment_bytes(self, sha256: str) -> bytes:
        data: bytes = self.store.blobs.get(sha256)
        return data

    def give_consent(self, application_id: str, *, method: str, given_by: str, person_id_no: str | None,
                     strokes: list[Any] | None, box: tuple[int, int], relation: str | None = None,
                     witnesses: tuple[str, ...] = (), health_data: bool = False) -> ConsentView:
        """The signature (if the method has one) and the consent, in one transaction."""
        from kiosk.applications.service import give_consent

        consent = give_consent(self.store, application_id, person_id_no=person_id_no, method=method,
                               given_by=given_by, strokes=strokes, box=box, relation=relation, witnesses=witnesses,
                               covers_health_data=health_data)
        self._changed_application(application_id)
        return consent

    def submit(self, application_id: str) -> ApplicationView:
        from kiosk.applications.service import submit

        view = submit(self.store, application_id)
        self._changed_application(application_id)
        return view

    def issue_document(self, application_id: str, kind: DocumentKind, fmt: str = "a4") -> bytes:
        """A receipt or the filled form as PDF, rendered and audited (only the audit log changes:
        no screen shows it, so nothing is announced)."""
        from kiosk.documents.issue import issue_document

        return issue_document(self.store, application_id, kind, fmt)

    def printed_on_paper(self, application_id: str, kind: DocumentKind, fmt: str) -> None:
        """Audits a document the window painted onto a printer itself."""
        from kiosk.documents.issue import record_issued

        record_issued(self.store, application_id, kind, fmt, Medium.PAPER)

    def receipt_data(self, application_id: str) -> ReceiptData:
        from kiosk.documents.receipts import receipt_data

        return receipt_data(self.store, application_id)

    def status_by_tracking(self, tracking_no: str) -> TrackingStatus | None:
        """State and decision of one application: what a citizen may see at the kiosk, nothing personal."""
        from kiosk.applications.codes import tracking_readings
        from kiosk.db.applications import Application

        readings = tracking_readings(tracking_no)
        if not readings:
            return None
        with self.store.read() as session:
            found = session.execute(select(Application).where(Application.tracking_no.in_(readings))).scalars().all()
            if len(found) != 1:  # none, or a look-alike that could be two numbers: never guess
                return None
            app = found[0]
            decision = app.decision or {}
            return TrackingStatus(str(app.tracking_no), app.service_code, app.state, decision.get("outcome"),  # found by it
                                  decision.get("reason"), app.updated_at.date())

    def trusted_keys(self) -> dict[str, Ed25519PublicKey]:
        from kiosk.security.device import trusted_keys

        return trusted_keys(self.store)

    # -- subscriptions (news and reminders the citizen opted in to) -----------------------------
    def subscribe(self, request: SubscriptionRequest) -> SubscriptionView:
        from kiosk.subscriptions.service import subscribe

        view = subscribe(self.store, request)
        self.changes.announce(Changes(subscriptions=frozenset({view.id})))
        return view

    def withdraw_subscription(self, subscription_id: str) -> SubscriptionView:
        from kiosk.subscriptions.service import withdraw

        view = withdraw(self.store, subscription_id)
        self.changes.announce(Changes(subscriptions=frozenset({view.id})))
        return view

    def subscriptions(self, household_no: str | None = None, application_id: str | None = None,
                      include_withdrawn: bool = False) -> list[SubscriptionView]:
        from kiosk.subscriptions.service import subscriptions

        return subscriptions(self.store, household_no=household_no, application_id=application_id,
                             include_withdrawn=include_withdrawn)

    def application_for_tracking(self, tracking_no: str) -> str | None:
        from kiosk.subscriptions.service import application_for_tracking

        return application_for_tracking(self.store, tracking_no)
