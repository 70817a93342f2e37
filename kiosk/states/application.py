"""An application's life on this device, from draft to the agency's decision."""

from __future__ import annotations

from enum import StrEnum

from kiosk.states.machine import Machine


class ApplicationState(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"  # submitted here, waiting to upload
    SENT = "sent"  # the hub holds it
    REJECTED = "rejected"  # refused by the hub (422): fix and submit again
    CONFLICT = "conflict"  # the hub holds a different revision under this number: needs support
    NEEDS_DOCUMENTS = "needs_documents"  # the agency asks for documents: add them and submit again
    DECIDED = "decided"


EDITABLE = frozenset({ApplicationState.DRAFT, ApplicationState.REJECTED, ApplicationState.NEEDS_DOCUMENTS})
SETTLED = frozenset({ApplicationState.DECIDED})
# A revision restored from a hub backup is sent again (sync.client.outbox.requeue_revisions), so
# even a sent or decided application can still be refused or found in conflict.
APPLICATION = Machine("application", ApplicationState, {
    ApplicationState.DRAFT: {ApplicationState.QUEUED},
    ApplicationState.QUEUED: {ApplicationState.SENT, ApplicationState.REJECTED, ApplicationState.CONFLICT,
                              ApplicationState.NEEDS_DOCUMENTS, ApplicationState.DECIDED},
    ApplicationState.SENT: {ApplicationState.REJECTED, ApplicationState.CONFLICT, ApplicationState.NEEDS_DOCUMENTS,
                            ApplicationState.DECIDED},
    ApplicationState.CONFLICT: {ApplicationState.SENT, ApplicationState.NEEDS_DOCUMENTS, ApplicationState.DECIDED},
    ApplicationState.REJECTED: {ApplicationState.QUEUED},
    ApplicationState.NEEDS_DOCUMENTS: {ApplicationState.QUEUED, ApplicationState.DECIDED, ApplicationState.REJECTED,
                                       ApplicationState.CONFLICT},
    ApplicationState.DECIDED: {ApplicationState.NEEDS_DOCUMENTS, ApplicationState.REJECTED, ApplicationState.CONFLICT},
})
