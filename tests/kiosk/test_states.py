"""Every state machine allows exactly the moves its lifecycle needs and refuses every other one;
the states keep the strings the store and the hub protocol have always used."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import pytest

from kiosk.states.application import APPLICATION, EDITABLE, SETTLED, ApplicationState
from kiosk.states.household_sync import HOUSEHOLD_SYNC, HouseholdSyncState
from kiosk.states.machine import Machine, TransitionRefused
from kiosk.states.outbox import OPEN, OUTBOX, OutboxKind, OutboxState
from kiosk.states.revision import DELIVERED, REVISION, RevisionState

# The specification, written out by hand as (from, to) pairs: the machines must match it exactly.
ALLOWED = {
    "application": {
        ("draft", "queued"),
        ("queued", "sent"), ("queued", "rejected"), ("queued", "conflict"), ("queued", "needs_documents"),
        ("queued", "decided"),
        ("sent", "rejected"), ("sent", "conflict"), ("sent", "needs_documents"), ("sent", "decided"),
        ("conflict", "sent"), ("conflict", "needs_documents"), ("conflict", "decided"),
        ("rejected", "queued"),
        ("needs_documents", "queued"), ("needs_documents", "decided"), ("needs_documents", "rejected"),
        ("needs_documents", "conflict"),
        ("decided", "needs_documents"), ("decided", "rejected"), ("decided", "conflict"),
    },
    "revision": {
        ("queued", "acked"), ("queued", "confirmed"), ("queued", "rejected"), ("queued", "conflict"),
        ("acked", "confirmed"), ("acked", "queued"), ("confirmed", "queued"),
    },
    "outbox item": {
        ("pending", "sending"), ("pending", "done"), ("pending", "rejected"), ("pending", "conflict"),
        ("sending", "pending"), ("sending", "done"), ("sending", "rejected"), ("sending", "conflict"),
    },
    "household sync": {
        ("clean", "dirty"), ("clean", "conflict"), ("clean", "removed"),
        ("dirty", "clean"), ("dirty", "conflict"),
        ("conflict", "clean"), ("conflict", "dirty"),
        ("removed", "clean"), ("removed", "dirty"),
    },
}
MACHINES = [APPLICATION, REVISION, OUTBOX, HOUSEHOLD_SYNC]


@pytest.mark.parametrize("machine", MACHINES, ids=lambda m: m.name)
def test_every_allowed_move_is_made_and_every_other_is_refused(machine: Machine):
    allowed = ALLOWED[machine.name]
    for old, new in itertools.permutations(machine.states, 2):
        row = SimpleNamespace(**{machine.attribute: str(old)})  # as read back from the store: a plain str
        if (old, new) in allowed:
            machine.move(row, new)
            assert getattr(row, machine.attribute) == new
        else:
            with pytest.raises(TransitionRefused):
                machine.move(row, new)
            assert getattr(row, machine.attribute) == old  # a refused move changes nothing
    for state in machine.states:  # staying is not a move: always fine
        row = SimpleNamespace(**{machine.attribute: state})
        machine.move(row, state)
    walked = {(str(old), str(new)) for old, new in itertools.permutations(machine.states, 2)
              if machine.allows(old, new)}
    assert walked == allowed


def test_an_unknown_state_is_refused_not_guessed():
    with pytest.raises(ValueError):
        APPLICATION.allows("archived", "queued")


def test_sources_are_what_set_wise_updates_select():
    assert APPLICATION.sources(ApplicationState.SENT) == {"queued", "conflict"}  # an acknowledgement
    assert REVISION.sources(RevisionState.CONFIRMED) == {"queued", "acked"}  # the hub's feed lists it


def test_the_stored_and_sent_strings_do_not_change():
    assert {s.value for s in ApplicationState} == {"draft", "queued", "sent", "rejected", "conflict",
                                                   "needs_documents", "decided"}
    assert {s.value for s in RevisionState} == {"queued", "acked", "confirmed", "rejected", "conflict"}
    assert {s.value for s in OutboxState} == {"pending", "sending", "done", "rejected", "conflict"}
    assert {s.value for s in HouseholdSyncState} == {"clean", "dirty", "conflict", "removed"}
    assert {k.value for k in OutboxKind} == {"application_revision", "household_patch", "subscription"}
    assert EDITABLE == {"draft", "rejected", "needs_documents"} and SETTLED == {"decided"}
    assert OPEN == {"pending", "sending"} and DELIVERED == {"acked", "confirmed"}
