"""The SMS gateway's inbound webhook (a "STOP" reply withdraws): its path secret is the resolved
${env:NAME}, never the configuration's text; without a real secret the route stays shut and says
why in the log; each client address gets a bounded number of tries."""

from __future__ import annotations

import dataclasses
import logging
import uuid
from urllib.parse import quote

import requests
from sqlalchemy import select

from sync.hub import schema
from sync.hub.notify import web as notify_web
from tests.sync.notify_live import put, submitted, subscription_document

pytest_plugins = ["tests.sync.notify_fixtures"]
REFERENCE = "${env:KIOSK_TEST_INBOUND_SECRET}"
REAL_SECRET = "from-the-environment-8d1e62"


def with_inbound_secret(hub, secret: str | None) -> None:
    config = hub.settings["notify"]
    hub.settings["notify"] = dataclasses.replace(config, sms=dataclasses.replace(config.sms, inbound_secret=secret))
    hub.restart()


def stop(hub, secret: str) -> requests.Response:
    return requests.post(f"{hub.url}/s/sms/inbound/{quote(secret, safe='')}", data={"from": "0912345678", "text": "STOP"},
                         timeout=60)  # a deadline only: at load 20+ on two cores an answer took over 10 s


def state_of(hub) -> str:
    with hub.db.read() as conn:
        return conn.execute(select(schema.subscription.c.state)).scalar_one()


def subscribed(device, client) -> None:
    application_id, household_no, _ = submitted(device)
    put(client, subscription_document(str(uuid.uuid4()), [application_id], household_no))


def test_the_secret_is_the_environments_value_not_the_reference(notify_hub, notify_device, notify_client, monkeypatch):
    monkeypatch.setenv("KIOSK_TEST_INBOUND_SECRET", REAL_SECRET)
    with_inbound_secret(notify_hub, REFERENCE)
    subscribed(notify_device, notify_client)
    assert stop(notify_hub, REFERENCE).status_code == 404  # the placeholder text opens nothing
    assert state_of(notify_hub) == "active"
    assert stop(notify_hub, REAL_SECRET).status_code == 200
    assert state_of(notify_hub) == "withdrawn"


def test_an_unset_or_placeholder_secret_shuts_the_route_and_says_so(notify_hub, notify_device, notify_client,
                                                                     monkeypatch, caplog):
    monkeypatch.delenv("KIOSK_TEST_INBOUND_SECRET", raising=False)
    subscribed(notify_device, notify_client)
    for configured in (REFERENCE, "change-me", "tiny7"):
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="kiosk.hub.notify"):
            with_inbound_secret(notify_hub, configured)
        assert any("STOP replies are off" in r.getMessage() for r in caplog.records)
        assert all(configured not in r.getMessage() for r in caplog.records)
        for tried in (configured, "", "x"):
            assert stop(notify_hub, tried).status_code in (404, 405)
    monkeypatch.setenv("KIOSK_TEST_INBOUND_SECRET", "")  # set, but empty
    with_inbound_secret(notify_hub, REFERENCE)
    assert stop(notify_hub, REFERENCE).status_code == 404
    assert state_of(notify_hub) == "active"


def test_the_webhook_is_rate_limited_per_client_address(notify_hub, notify_device, notify_client, monkeypatch):
    monkeypatch.setattr(notify_web, "INBOUND_PER_ADDRESS", 5)
    monkeypatch.setenv("KIOSK_TEST_INBOUND_SECRET", REAL_SECRET)
    with_inbound_secret(notify_hub, REFERENCE)
    subscribed(notify_device, notify_client)
    answers = [stop(notify_hub, f"guess-{n:04d}-{'x' * 16}").status_code for n in range(5)]
    assert answers == [404] * 5
    refused = stop(notify_hub, REAL_SECRET)  # even the right secret waits once the address is over its limit
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    assert state_of(notify_hub) == "active"
