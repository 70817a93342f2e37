"""An outbox item: what is to be sent, leased while sending, kept when the hub answered for good."""

from __future__ import annotations

from enum import StrEnum

from kiosk.states.machine import Machine


class OutboxKind(StrEnum):
    APPLICATION_REVISION = "application_revision"
    HOUSEHOLD_PATCH = "household_patch"
    SUBSCRIPTION = "subscription"  # the whole document, sent as it is when its turn comes


class OutboxState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"  # leased until lease_until
    DONE = "done"
    REJECTED = "rejected"
    CONFLICT = "conflict"


OPEN = frozenset({OutboxState.PENDING, OutboxState.SENDING})
OUTBOX = Machine("outbox item", OutboxState, {
    # A household patch may settle (or turn into a conflict) before it was ever sent, and the hub's
    # final answer may come after the lease lapsed.
    OutboxState.PENDING: {OutboxState.SENDING, OutboxState.DONE, OutboxState.REJECTED, OutboxState.CONFLICT},
    # Back to pending: released, or to be retried later.
    OutboxState.SENDING: {OutboxState.PENDING, OutboxState.DONE, OutboxState.REJECTED, OutboxState.CONFLICT},
})
