"""A submitted revision's delivery: queued here, acknowledged by the hub, confirmed by its feed."""

from __future__ import annotations

from enum import StrEnum

from kiosk.states.machine import Machine


class RevisionState(StrEnum):
    QUEUED = "queued"
    ACKED = "acked"  # the hub answered with a receipt
    CONFIRMED = "confirmed"  # the hub's own feed lists it
    REJECTED = "rejected"
    CONFLICT = "conflict"


DELIVERED = frozenset({RevisionState.ACKED, RevisionState.CONFIRMED})
REVISION = Machine("revision", RevisionState, {
    RevisionState.QUEUED: {RevisionState.ACKED, RevisionState.CONFIRMED, RevisionState.REJECTED,
                           RevisionState.CONFLICT},
    RevisionState.ACKED: {RevisionState.CONFIRMED, RevisionState.QUEUED},  # queued again: the hub lost it
    RevisionState.CONFIRMED: {RevisionState.QUEUED},
})
