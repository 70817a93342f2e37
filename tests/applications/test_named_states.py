"""The outbox and the download move applications only along their state machine, in a real store."""

from __future__ import annotations

from kiosk.applications import service
from sync.client import outbox
from sync.client.download import apply_page


def feed_says(store, view, status: str) -> None:
    """One page of the hub's feed with this application's status (as the download applies it)."""
    change = {"type": "application", "data": {"application_id": view.id, "revision": view.revision, "status": status,
                                              "decision": {"outcome": status, "reason": "synthetic"}}}
    apply_page(store, {"changes": [change], "next_cursor": "c1"}, None)


def test_a_delivered_application_is_decided_by_the_feed(submitted):
    store, view = submitted
    (lease,) = outbox.lease_due(store, 10)
    outbox.acknowledge(store, lease, {"server_id": "s-1"})
    assert service.open_application(store, view.id).state == "sent"
    feed_says(store, view, "approved")
    assert service.open_application(store, view.id).state == "decided"


def test_a_refused_application_is_never_decided_by_the_feed(submitted):
    """The hub refused it (422), so it holds nothing to decide: the officer still has to fix it."""
    store, view = submitted
    (lease,) = outbox.lease_due(store, 10)
    outbox.reject(store, lease, {"title": "invalid", "errors": [{"field": "bank_account", "code": "invalid"}]})
    assert service.open_application(store, view.id).state == "rejected"
    feed_says(store, view, "approved")
    after = service.open_application(store, view.id)
    assert after.state == "rejected" and after.decision is None
