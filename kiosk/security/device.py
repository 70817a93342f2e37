"""The device's Ed25519 identity: it signs receipts (and, with sync, requests). The key pair is
made on first use and kept in the encrypted store, and so are the public keys whose receipts
this device accepts: a file beside the store (trusted-devices.json, as before) could be edited
to trust an attacker's key, so it is no longer written or read, and one left by an older
version is removed."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select

from kiosk.db.device import DeviceIdentity, TrustedKey

if TYPE_CHECKING:
    from kiosk.db.store import Store

LEGACY_TRUST_FILE = "trusted-devices.json"


def key_id_of(public_key: bytes) -> str:
    return hashlib.sha256(public_key).hexdigest()[:16]


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


class DeviceKey:
    def __init__(self, key_id: str, private_key: bytes) -> None:
        self.key_id = key_id
        self._raw = private_key
        self._private = Ed25519PrivateKey.from_private_bytes(private_key)
        self.public_key = _raw_public(self._private.public_key())

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    def secret(self, purpose: bytes) -> bytes:
        """A secret for one purpose, derived from the private key (never the key itself)."""
        return hmac.new(self._raw, b"kiosk-derived|" + purpose, hashlib.sha256).digest()


def device_key(store: Store) -> DeviceKey:
    """This device's key, created (and trusted) on first use."""
    with store.read() as session:
        row = session.execute(select(DeviceIdentity)).scalars().first()
        if row is not None:
            return DeviceKey(row.key_id, row.private_key)
    private = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public = _raw_public(private.public_key())
    key_id = key_id_of(public)
    with store.write(durable=True) as session:
        if session.execute(select(DeviceIdentity)).scalars().first() is None:
            session.add(DeviceIdentity(key_id=key_id, private_key=raw, public_key=public))
            session.add(TrustedKey(key_id=key_id, public_key=public, label="this device"))
    return device_key(store)


def trust(store: Store, public_key: bytes, label: str) -> str:
    """Accept receipts signed by `public_key` (delivered by the hub for the other devices)."""
    key_id = key_id_of(public_key)
    with store.write() as session:
        if session.get(TrustedKey, key_id) is None:
            session.add(TrustedKey(key_id=key_id, public_key=public_key, label=label))
    return key_id


def trusted_keys(store: Store) -> dict[str, Ed25519PublicKey]:
    """{key_id: public key} of the devices whose receipts this device accepts, from the encrypted
    store (so checking a receipt needs the PIN: the trust list cannot be edited without it)."""
    (Path(store.folder) / LEGACY_TRUST_FILE).unlink(missing_ok=True)
    with store.read() as session:
        return {k.key_id: Ed25519PublicKey.from_public_bytes(k.public_key)
                for k in session.execute(select(TrustedKey)).scalars()}
