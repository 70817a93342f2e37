"""Random work for the reliability trials: what an officer and the agencies do between syncs, and
the healing that must follow the faults (at most three healthy cycles) before the invariant holds."""

from __future__ import annotations

import random

from sqlalchemy import select

from kiosk.applications import service
from kiosk.db.applications import Application
from kiosk.db.households import Household
from kiosk.households import edits
from kiosk.households.document import canonical_document
from tests.sync.conftest import SCOPE, Device, adults, submit
from tests.sync.invariants import Verdict, check, hub_households

HEALING_CYCLES = 3


class Scenario:
    def __init__(self, device: Device, seed: int, subscriptions: bool = False) -> None:
        self.device = device
        self.subscriptions = subscriptions  # citizens opt in to news, and some withdraw (issue 24)
        self.hub = device.hub
        self.rng = random.Random(seed)
        self.people = adults(device.store, 40)
        self.edits_made: dict[tuple[str, str], object] = {}
        self.submitted = 0

    # -- the officer ---------------------------------------------------------------------------
    def officer_works(self) -> None:
        rng = self.rng
        for _ in range(rng.choice((0, 1, 1, 2))):
            number, person = rng.choice(self.people)
            view = submit(self.device.store, number, "S03", person)
            self.submitted += 1
            if self.subscriptions and rng.random() < 0.5:
                self.subscribe(view.id)
        if self.subscriptions and rng.random() < 0.3:
            self.withdraw_one()
        if rng.random() < 0.4:
            self.edit_household()
        if rng.random() < 0.5:
            self.fix_rejected()
        self.resolve_conflicts()

    def subscribe(self, application_id: str) -> None:
        from kiosk.subscriptions.notice import NOTICE_VERSION
        from kiosk.subscriptions.request import SubscriptionRequest
        from kiosk.subscriptions.service import subscribe

        rng = self.rng
        subscribe(self.device.store, SubscriptionRequest(
            language=rng.choice(("zh-TW", "vi", "th")), purposes=("status", "reminders"), calendar=True,
            sms=f"09{rng.randrange(10 ** 8):08d}", email=rng.choice((None, f"c{rng.randrange(1000)}@example.com")),
            application_ids=(application_id,), notice_version=NOTICE_VERSION))

    def withdraw_one(self) -> None:
        from kiosk.subscriptions.service import subscriptions, withdraw

        active = subscriptions(self.device.store)
        if active:
            withdraw(self.device.store, self.rng.choice(active).id)

    def edit_household(self) -> None:
        number, person = self.rng.choice(self.people)
        if edits.conflict_of(self.device.store, number) is not None:
            return
        path, value = self.rng.choice([
            ("phone", f"02-{self.rng.randrange(10 ** 8):08d}"),
            ("notes", f"訪視紀錄 {self.rng.randrange(1000)}"),
            (f"members/{person}/monthly_income", self.rng.randrange(0, 40000, 500)),
        ])
        edits.edit_household(self.device.store, number, {path: value})
        self.edits_made[(number, path)] = value

    def fix_rejected(self) -> None:
        with self.device.store.read() as session:
            rejected = session.execute(select(Application.id).where(Application.state == "rejected")).scalars().all()
        for application_id in rejected[:2]:
            service.set_field(self.device.store, application_id, "bank_account",
                              f"700-{self.rng.randrange(10 ** 11):011d}")
            service.submit(self.device.store, application_id)
            self.submitted += 1

    def resolve_conflicts(self) -> None:
        with self.device.store.read() as session:
            numbers = session.execute(select(Household.household_no)
                                      .where(Household.sync_state == "conflict")).scalars().all()
        for number in numbers:
            conflict = edits.conflict_of(self.device.store, number)
            if conflict is None or conflict.kind != "edit_conflict":
                edits.discard_edits(self.device.store, number)
                self._forget_edits(number)
                continue
            choices = {f["path"]: self.rng.choice(("mine", "theirs")) for f in conflict.fields}
            edits.resolve_conflict(self.device.store, number, choices, etag=conflict.etag)
            for path, choice in choices.items():
                if choice == "theirs":
                    self.edits_made.pop((number, path), None)

    def _unsent(self, number: str) -> dict:
        with self.device.store.read() as session:
            household = session.execute(select(Household).where(Household.household_no == number)).scalars().first()
            return dict(household.pending_patch or {}) if household is not None else {}

    def _forget_edits(self, number: str) -> None:
        for key in [k for k in self.edits_made if k[0] == number]:
            self.edits_made.pop(key)

    # -- the agencies --------------------------------------------------------------------------
    def hub_works(self) -> None:
        rng = self.rng
        if rng.random() < 0.3:
            number, _ = rng.choice(self.people)
            document = hub_households(self.hub, SCOPE).get(number)
            if document is not None:
                field = rng.choice(("phone", "notes"))  # overlapping or disjoint with the officer's edits
                changed = dict(document, **{field: f"戶政 {rng.randrange(10 ** 6)}"})
                self.hub.import_documents([canonical_document(changed)])
                if field not in self._unsent(number):  # the officer's edit was delivered: this one is newer
                    self.edits_made.pop((number, field), None)

    def hub_faults(self) -> dict:
        rng = self.rng
        return self.hub.faults(reject_rate=rng.choice((0.0, 0.0, 0.2)), unavailable=rng.choice((0, 0, 2)),
                               rate_limited=rng.choice((0, 0, 1)), retry_after_s=rng.choice((0, 1)),
                               slow_commit_s=rng.choice((0.0, 0.0, 0.05)))

    def calm(self) -> None:
        self.hub.faults(reject_rate=0.0, unavailable=0, rate_limited=0, slow_commit_s=0.0)

    # -- healing and the verdict ---------------------------------------------------------------
    def heal(self) -> Verdict:
        """Faults over: at most three healthy sync cycles, then the invariant must hold. Conflicts
        are resolved by the officer in between, as in the field."""
        self.calm()
        for _ in range(HEALING_CYCLES - 1):
            if self._healing_cycle().complete:  # an incomplete cycle's verdict would not count: not checked
                verdict = check(self.device.store, self.hub, self.edits_made, SCOPE)
                if verdict.ok:
                    return verdict
        self._healing_cycle()
        return check(self.device.store, self.hub, self.edits_made, SCOPE)

    def _healing_cycle(self):
        self.resolve_conflicts()
        return self.device.sync(max_seconds=30)
