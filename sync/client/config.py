"""This device's enrolment with a hub, kept in the encrypted store."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict, Unpack

from sqlalchemy import select

from kiosk.db.sync_state import SyncConfig
from kiosk.i18n import UserError
from kiosk.security.device import device_key
from sync import protocol
from sync.client.transport import HubClient

if TYPE_CHECKING:
    from kiosk.db.store import Store


class NotEnrolled(UserError):
    pass


@dataclass(frozen=True)
class Enrolment:
    hub_url: str
    device_id: str
    scope: str
    officer: str
    refresh_token: str
    epoch: str | None
    locked: bool


def enrolment(store: Store) -> Enrolment | None:
    with store.read() as session:
        row = session.execute(select(SyncConfig)).scalars().first()
        if row is None:
            return None
        return Enrolment(row.hub_url, row.device_id, row.scope, row.officer, row.refresh_token, row.epoch, row.locked)


def enroll(store: Store, hub_url: str, code: str, label: str = "") -> Enrolment:
    """Register this device with a hub using the one-time code the supervisor gave."""
    from sync.client import transport

    key = device_key(store)
    client = HubClient(hub_url, key)
    body = protocol.canonical_body({"code": code.strip(), "public_key": base64.b64encode(key.public_key).decode(),
                                    "label": label[:64]})
    try:
        response = client.send("POST", "/v1/devices/enroll", body=body, token=False)
    except Exception as exc:  # noqa: BLE001 - every network failure reads the same to the officer
        raise NotEnrolled("sync.enroll_unreachable", hub=hub_url, detail=type(exc).__name__) from None
    finally:
        client.close()
    result = transport.classify(response)
    if not result.ok:
        raise NotEnrolled("sync.enroll_refused", detail=result.error)
    answer = result.body
    with store.write(durable=True) as session:
        row = session.execute(select(SyncConfig)).scalars().first()
        if row is None:
            row = SyncConfig(id=1)
            session.add(row)
        row.hub_url = hub_url.rstrip("/")
        row.device_id = answer["device_id"]
        row.scope = answer["scope"]
        row.officer = answer.get("officer") or ""
        row.refresh_token = answer["refresh_token"]
        row.epoch = None  # the first sync downloads everything of the scope
        row.locked = False
    enrolled = enrolment(store)
    assert enrolled is not None, "written just now"
    return enrolled


class ClientOptions(TypedDict, total=False):
    """HubClient's keyword options."""
    connect_timeout: float
    read_timeout: float
    verify: bool | str
    keep_alive: bool


def client_for(store: Store, hub_url: str | None = None, **options: Unpack[ClientOptions]) -> tuple[HubClient, Enrolment]:
    config = enrolment(store)
    if config is None:
        raise NotEnrolled("sync.not_enrolled")
    client = HubClient(hub_url or config.hub_url, device_key(store), config.device_id, config.refresh_token, **options)
    return client, config
