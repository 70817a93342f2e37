"""Fixtures of the notification tests: the loopback receivers, a hub that notifies through them,
an enrolled device and its signed client (a plugin: `pytest_plugins = ["tests.sync.notify_fixtures"]`)."""

from __future__ import annotations

import pytest

from sync.client.config import client_for
from tests.sync.conftest import LiveHub, enroll_device
from tests.sync.hub_template import hub_database
from tests.sync.notify_live import Mailbox, SmsGateway, notify_config


@pytest.fixture
def receivers():
    mailbox, gateway = Mailbox().start(), SmsGateway().start()
    yield mailbox, gateway
    mailbox.stop()
    gateway.stop()


@pytest.fixture
def notify_hub(request, tmp_path, hub_documents, receivers):
    """SQLite by default; a test parametrizes it with "postgresql" to run against both."""
    server = request.getfixturevalue("postgres_server") if getattr(request, "param", "sqlite") == "postgresql" else None
    hub = LiveHub(hub_database(tmp_path, hub_documents, server), background_decisions=False)
    hub.settings = {"notify": notify_config(f"http://127.0.0.1:{hub.port}", *receivers), "notifications": False}
    hub.start()
    yield hub
    hub.close()


@pytest.fixture
def notify_device(notify_hub, tmp_path):
    dev = enroll_device(notify_hub, tmp_path / "device")
    assert dev.sync().complete
    yield dev
    dev.store.close()


@pytest.fixture
def notify_client(notify_device):
    hub_client, _ = client_for(notify_device.store)
    yield hub_client
    hub_client.close()
