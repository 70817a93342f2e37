"""A household's eligibility as typed values: what `Workspace.eligibility` answers.

The rules engine (kiosk.rules) speaks JSON (the CLI prints it, the hub's tests compare it); this
module reads that answer into frozen dataclasses and writes it back unchanged with `to_json()`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

JsonObject = dict[str, Any]


@dataclass(frozen=True)
class ConditionCheck:
    condition: str
    passed: bool


@dataclass(frozen=True)
class ServiceAnswer:
    """One service for the household (person None) or one member: eligible, receiving, how much, why."""

    service: str
    person: str | None
    eligible: bool
    receiving: bool
    amount: int | float | None
    amount_period: str | None
    copay_rate: int | float | None
    provisional: bool
    one_of: tuple[str, ...]
    conditions: tuple[ConditionCheck, ...]
    explanation: Mapping[str, str]  # language -> one paragraph
    details: Mapping[str, tuple[str, ...]]  # language -> the lines behind it
    summary: Mapping[str, Mapping[str, Any]]  # language -> the card's verdict, amount, reasons and note
    choice: Mapping[str, Any] | None  # which of several exclusive services pays most (kiosk.rules.choices)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ServiceAnswer:
        return cls(data["service"], data["person"], bool(data["eligible"]), bool(data["receiving"]), data["amount"],
                   data["amount_period"], data.get("copay_rate"), bool(data.get("provisional")),
                   tuple(data.get("one_of") or ()),
                   tuple(ConditionCheck(c["condition"], bool(c["passed"])) for c in data.get("conditions") or ()),
                   dict(data["explanation"]), {lang: tuple(lines) for lang, lines in data["details"].items()},
                   {lang: dict(card) for lang, card in (data.get("summary") or {}).items()}, data.get("choice"))

    def to_json(self) -> JsonObject:
        return {"service": self.service, "person": self.person, "eligible": self.eligible, "receiving": self.receiving,
                "amount": self.amount, "amount_period": self.amount_period, "one_of": list(self.one_of),
                "copay_rate": self.copay_rate, "provisional": self.provisional,
                "conditions": [{"condition": c.condition, "passed": c.passed} for c in self.conditions],
                "explanation": dict(self.explanation), "details": {lang: list(lines) for lang, lines in self.details.items()},
                "summary": {lang: dict(card) for lang, card in self.summary.items()},
                "choice": dict(self.choice) if self.choice is not None else None}


@dataclass(frozen=True)
class Reminder:
    """Something due: an annual review, a birthday that opens services, a certificate to renew."""

    kind: str
    service: str | None
    person: str | None
    due: date
    overdue: bool
    expires: date | None = None
    services: tuple[str, ...] | None = None  # every service a birthday opens (turning_65, turning_55)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Reminder:
        expires, services = data.get("expires"), data.get("services")
        return cls(data["kind"], data.get("service"), data.get("person"), date.fromisoformat(data["due"]),
                   bool(data["overdue"]), date.fromisoformat(expires) if expires else None,
                   tuple(services) if services is not None else None)

    def to_json(self) -> JsonObject:
        out: JsonObject = {"kind": self.kind, "service": self.service}
        if self.services is not None:
            out["services"] = list(self.services)
        out.update(person=self.person, due=self.due.isoformat())
        if self.expires is not None:
            out["expires"] = self.expires.isoformat()
        out["overdue"] = self.overdue
        return out


@dataclass(frozen=True)
class Eligibility:
    household_no: str
    on: date
    warnings: tuple[Mapping[str, Any], ...]  # the rules' dated caveats (parameters not yet published, estimated)
    services: tuple[ServiceAnswer, ...]
    reminders: tuple[Reminder, ...]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Eligibility:
        return cls(data["household_no"], date.fromisoformat(data["on"]), tuple(data["warnings"]),
                   tuple(ServiceAnswer.from_json(s) for s in data["services"]),
                   tuple(Reminder.from_json(r) for r in data["reminders"]))

    def to_json(self) -> JsonObject:
        """The rules engine's own JSON (kiosk.rules.evaluate), key for key."""
        return {"household_no": self.household_no, "on": self.on.isoformat(), "warnings": [dict(w) for w in self.warnings],
                "services": [s.to_json() for s in self.services], "reminders": [r.to_json() for r in self.reminders]}

    def open_services(self) -> tuple[ServiceAnswer, ...]:
        """Services the household may apply for and does not receive yet."""
        return tuple(s for s in self.services if s.eligible and not s.receiving)
