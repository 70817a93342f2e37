"""The hub's own Ed25519 signing key: it signs what the hub hands to agencies outside HTTP (the
batch files' manifests), so an agency can tell a file the hub wrote from one dropped on the share
by anyone else. Made on first use and kept in hub_meta (a backup carries it); `kiosk-hub
signing-key` prints the public half for the agencies."""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from kiosk.json_types import JsonObject
from sync.hub import schema
from sync.hub.db import HubDatabase, insert_ignore

META_KEY = "signing_key"


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def signing_key(db: HubDatabase) -> Ed25519PrivateKey:
    """The hub's key, made once (a second hub process making one at the same time loses the race
    and uses the first)."""
    with db.read() as conn:
        stored = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == META_KEY)).scalar()
    if stored is None:
        fresh = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                                           serialization.NoEncryption())
        with db.write() as conn:
            insert_ignore(conn, schema.meta, key=META_KEY, value=base64.b64encode(fresh).decode())
            stored = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == META_KEY)).scalar_one()
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))


def public_key(db: HubDatabase) -> JsonObject:
    """What an agency needs to check signatures: raw base64, PEM and the key id manifests name."""
    return public_key_of(signing_key(db))


def public_key_of(key: Ed25519PrivateKey) -> JsonObject:
    public = key.public_key()
    raw = _raw_public(public)
    pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return {"algorithm": "Ed25519", "key_id": key_id(raw), "public_key": base64.b64encode(raw).decode(), "pem": pem}


def key_id_of(key: Ed25519PrivateKey) -> str:
    return key_id(_raw_public(key.public_key()))


def sign(key: Ed25519PrivateKey, message: bytes) -> str:
    """The base64 signature."""
    return base64.b64encode(key.sign(message)).decode()


def verify(public_b64: str, message: bytes, signature_b64: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64)).verify(base64.b64decode(signature_b64), message)
    except (InvalidSignature, ValueError):
        return False
    return True
