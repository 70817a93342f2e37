"""A real hub on loopback for the on-screen tests, with the app's device enrolled to it."""

from __future__ import annotations

from tests.sync.conftest import LiveHub
from tests.sync.hub_template import hub_database
from ui.selftest import settle


def enter_store_and_hub(kiosk, tmp_path):
    """A hub that knows this officer's households, with this device enrolled to it."""
    from kiosk.households.importer import iter_documents
    from sync.client.config import enroll

    workspace = kiosk.ctx.workspace
    hub = LiveHub(hub_database(tmp_path, list(iter_documents(workspace.store))), inline_decisions=True)
    hub.start()
    enroll(workspace.store, hub.url, hub.enrollment_code())
    kiosk.ctx.sync.refresh()
    settle(kiosk)
    return hub
