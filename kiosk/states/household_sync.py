"""A household's sync bookkeeping: edited here, changed at both ends, or gone from the officer's area."""

from __future__ import annotations

from enum import StrEnum

from kiosk.states.machine import Machine


class HouseholdSyncState(StrEnum):
    CLEAN = "clean"
    DIRTY = "dirty"  # local edits waiting to be sent
    CONFLICT = "conflict"  # changed here and at the agency
    REMOVED = "removed"  # gone from the feed, kept because applications or consents refer to it


HOUSEHOLD_SYNC = Machine("household sync", HouseholdSyncState, {
    HouseholdSyncState.CLEAN: {HouseholdSyncState.DIRTY, HouseholdSyncState.CONFLICT, HouseholdSyncState.REMOVED},
    HouseholdSyncState.DIRTY: {HouseholdSyncState.CLEAN, HouseholdSyncState.CONFLICT},
    HouseholdSyncState.CONFLICT: {HouseholdSyncState.CLEAN, HouseholdSyncState.DIRTY},
    HouseholdSyncState.REMOVED: {HouseholdSyncState.CLEAN, HouseholdSyncState.DIRTY},
}, attribute="sync_state")
