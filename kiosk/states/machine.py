"""A state machine as data: which state may follow which. Staying in a state is never a move."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Generic, TypeVar

S = TypeVar("S", bound=StrEnum)


class TransitionRefused(ValueError):
    """A move the state machine does not allow: a bug or corrupt data, never a user's mistake."""


class Machine(Generic[S]):
    def __init__(self, name: str, states: type[S], allowed: Mapping[S, Iterable[S]], attribute: str = "state") -> None:
        self.name, self.states, self.attribute = name, states, attribute
        self.allowed: dict[S, frozenset[S]] = {state: frozenset(allowed.get(state, ())) for state in states}

    def allows(self, old: str, new: str) -> bool:
        old, new = self.states(old), self.states(new)
        return old == new or new in self.allowed[old]

    def sources(self, new: S) -> frozenset[S]:
        """The states that may move to `new` (for set-wise updates: `WHERE state IN sources`)."""
        return frozenset(old for old, targets in self.allowed.items() if new in targets)

    def move(self, row: object, new: S) -> None:
        """Set the row's state to `new`, or raise TransitionRefused and leave it as it was."""
        old = getattr(row, self.attribute)
        if not self.allows(old, new):
            raise TransitionRefused(f"{self.name}: {old} -> {new} is not allowed")
        setattr(row, self.attribute, new)
