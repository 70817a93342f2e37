"""What a write changed, so screens redraw only what concerns them (Anki's OpChanges).

Every write use case of the workspace announces a `Changes` after its commit; a sync cycle
reports one for everything it touched. Qt-free: the window turns announcements into one signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.json_types import JsonObject

MAX_IDS = 1000  # past this many ids a cycle reports "everything": a screen reloads rather than compares


@dataclass(frozen=True)
class Changes:
    """Ids of what changed: household numbers whose record (people, address, sync state) changed,
    ids of applications and subscriptions changed or new; `everything`: assume anything did. A
    screen that lists a household's applications reloads the list for an id it does not show."""

    households: frozenset[str] = frozenset()
    applications: frozenset[str] = frozenset()
    subscriptions: frozenset[str] = frozenset()
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.households or self.applications or self.subscriptions)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.households | other.households, self.applications | other.applications,
                       self.subscriptions | other.subscriptions, self.everything or other.everything)

    def any_household(self) -> bool:
        return self.everything or bool(self.households)

    def any_application(self) -> bool:
        return self.everything or bool(self.applications)

    def household(self, household_no: str) -> bool:
        return self.everything or household_no in self.households

    def application_among(self, ids: Iterable[str]) -> bool:
        return self.everything or not self.applications.isdisjoint(ids)

    def subscription_among(self, ids: Iterable[str]) -> bool:
        return self.everything or not self.subscriptions.isdisjoint(ids)

    def to_json(self) -> JsonObject:
        """For the worker's cycle report (kiosk/worker/messages.py)."""
        if self.everything:
            return {"everything": True}
        return {"households": sorted(self.households), "applications": sorted(self.applications),
                "subscriptions": sorted(self.subscriptions)}

    @classmethod
    def from_json(cls, data: JsonObject) -> Changes:
        if data.get("everything"):
            return EVERYTHING
        return cls(frozenset(data.get("households") or ()), frozenset(data.get("applications") or ()),
                   frozenset(data.get("subscriptions") or ()))


NOTHING = Changes()
EVERYTHING = Changes(everything=True)


def of_households(*numbers: str) -> Changes:
    return Changes(households=frozenset(numbers))


class ChangeCollector:
    """Gathers what a long job (a sync cycle) touched, from several threads; too many ids become
    `everything`, so a report stays small."""

    def __init__(self, limit: int = MAX_IDS) -> None:
        self._limit = limit
        self._lock = threading.Lock()
        self._ids: dict[str, set[str]] = {"households": set(), "applications": set(), "subscriptions": set()}
        self._everything = False

    def add(self, *, households: Iterable[str] = (), applications: Iterable[str] = (),
            subscriptions: Iterable[str] = ()) -> None:
        with self._lock:
            if self._everything:
                return
            self._ids["households"].update(households)
            self._ids["applications"].update(applications)
            self._ids["subscriptions"].update(subscriptions)
            if sum(len(ids) for ids in self._ids.values()) > self._limit:
                self._drop_ids()

    def everything(self) -> None:
        with self._lock:
            self._drop_ids()

    def _drop_ids(self) -> None:
        self._everything = True
        for ids in self._ids.values():
            ids.clear()

    def changes(self) -> Changes:
        with self._lock:
            if self._everything:
                return EVERYTHING
            return Changes(frozenset(self._ids["households"]), frozenset(self._ids["applications"]),
                           frozenset(self._ids["subscriptions"]))


class ChangeListeners:
    """Who hears a workspace's announcements. Listeners are called on the writing thread, after
    the commit; they must hand over to their own thread themselves (the window's do)."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[Changes], None]] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        with self._lock:
            self._listeners = [*self._listeners, listener]

    def unsubscribe(self, listener: Callable[[Changes], None]) -> None:
        with self._lock:
            self._listeners = [known for known in self._listeners if known != listener]  # bound methods: equal, not identical

    def announce(self, changes: Changes) -> None:
        if changes:
            for listener in self._listeners:
                listener(changes)
