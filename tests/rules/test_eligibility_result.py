"""The workspace's typed eligibility answer reads the rules' JSON and writes it back key for key."""

from datetime import date

from kiosk.demo.generator import generate
from kiosk.eligibility import Eligibility
from kiosk.rules import evaluate_documents

ON = date(2026, 11, 22)


def test_typed_eligibility_round_trips_the_rules_json():
    answers = evaluate_documents(generate(60, seed=21, as_of=ON), ON)
    kinds = set()
    for answer in answers:
        typed = Eligibility.from_json(answer)
        assert typed.to_json() == answer
        assert typed.on == ON and all(isinstance(r.due, date) for r in typed.reminders)
        assert {s.service for s in typed.open_services()} == {s["service"] for s in answer["services"]
                                                                if s["eligible"] and not s["receiving"]}
        kinds |= {r.kind for r in typed.reminders} | {"choice" for s in typed.services if s.choice}
    assert {"annual_review", "disability_certificate_renewal", "choice"} <= kinds, kinds  # the optional parts were really exercised
