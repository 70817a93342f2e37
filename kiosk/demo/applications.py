"""Synthetic submitted applications for the sync work: real starts, answers, signatures, consent
and submission through the same service functions an officer's screen uses."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from sqlalchemy import select

from kiosk.applications import service as applications
from kiosk.applications.signatures import paper_photo, synthetic_signature
from kiosk.catalog import load_catalog
from kiosk.db.households import Household, Person

if TYPE_CHECKING:
    from kiosk.db.store import Store

DEMO_ANSWERS = {"living_arrangement": "with_children", "institutionalised": "否", "receive_by": "bank",
                "bank_account": "700-{:011d}", "actually_living_here": "是", "members_not_in_taiwan": "0",
                "carer_name": "陳家豪", "carer_id": None, "carer_works_full_time": "否", "needs": "home_care",
                "has_foreign_caregiver": "否", "jaws": "both", "certificate_valid_until": "2027-06-30",
                "home_assessment": "否", "email": "demo{}@example.tw", "language": "vi", "event_kind": "other",
                "event_date": None}


def _answer(key: str, rng: random.Random, on_day: str) -> str | None:
    value = DEMO_ANSWERS.get(key)
    if key == "bank_account":
        return str(value).format(rng.randrange(10 ** 11))
    if key == "email":
        return str(value).format(rng.randrange(10 ** 6))
    if key == "carer_id":
        from kiosk.identity import generate_id

        return generate_id(rng, sex="M")
    if key == "event_date":
        return on_day
    return value


def queue_demo_applications(store: Store, count: int, seed: int = 2026, on_day: str = "2026-11-01") -> int:
    """Start, fill, sign, consent and submit `count` applications; returns how many were queued."""
    rng = random.Random(seed)
    catalog = load_catalog()
    with store.read() as session:
        candidates = session.execute(
            select(Household.household_no, Person.id_no, Person.name, Person.birth_date)
            .join(Person, Person.household_id == Household.id)
            .where(Person.registered_here.is_(True), Person.birth_date <= "2008-01-01")
            .order_by(Household.household_no, Person.ordinal)).all()
    queued = 0
    for household_no, id_no, name, birth in candidates:
        if queued >= count:
            break
        code = "S03" if birth.isoformat() <= "1961-01-01" else "S14"
        service = catalog.service(code)
        view = applications.start(store, household_no=household_no, service_code=code, person_id_no=id_no,
                                  language=rng.choice(("zh-TW", "zh-TW", "vi", "id", "en")), officer="示範里幹事")
        applications.set_fields(store, view.id, [(field.key, _answer(field.key, rng, on_day)) for field in service.fields
                                                 if field.key not in view.values and field.key in DEMO_ANSWERS])
        strokes = synthetic_signature(rng.randrange(10 ** 9), 900, 300)
        applications.add_attachment(store, view.id, paper_photo(strokes, 900, 300, queued), "signature",
                                    "seal_or_signature")
        applications.give_consent(store, view.id, person_id_no=id_no, method="signature", given_by=name,
                                  strokes=strokes, box=(900, 300), covers_health_data=service.privacy.health_data)
        applications.submit(store, view.id)
        queued += 1
    return queued
