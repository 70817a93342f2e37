"""Update notices: the hub passes on a version manifest signed by the release key, and the app
tells the officer. It never downloads or installs anything itself (an IT volunteer does that).

The signature is checked against the release keys pinned in the bundle
(resources/release-keys.json), not against anything the hub sends, so a hub or a network
in the middle cannot point officers at a forged installer.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from packaging.version import InvalidVersion, Version

from kiosk import __version__
from kiosk.applications.codes import canonical_json
from kiosk.paths import resource_path
from kiosk.security.device import key_id_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)
PRODUCT = "kiosk"
REFERENCE_KIND = "release"
REFERENCE_KEY = "release:kiosk"
KEYS_FILE = "release-keys.json"


class UpdateError(ValueError):
    """A manifest that must not be shown: unsigned, forged, or not for this product."""


@dataclass(frozen=True)
class Download:
    platform: str  # linux-deb | windows
    url: str
    sha256: str
    size: int


@dataclass(frozen=True)
class ReleaseManifest:
    version: str
    released: date
    notes: dict[str, str]  # language -> what changed, in plain words
    downloads: tuple[Download, ...]
    min_supported: str | None = None  # older versions must update (e.g. a protocol change)

    def note(self, lang: str) -> str:
        return self.notes.get(lang) or self.notes.get("zh-TW") or self.notes.get("en") or ""


@dataclass(frozen=True)
class UpdateNotice:
    current: str
    manifest: ReleaseManifest
    required: bool  # the running version is below min_supported


def signing_bytes(manifest: object) -> bytes:
    return canonical_json(manifest).encode("utf-8")


def trusted_release_keys() -> dict[str, Ed25519PublicKey]:
    """The pinned release keys {key_id: public key}; empty when the bundle pins none."""
    path = resource_path(KEYS_FILE)
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    keys = {}
    for entry in data.get("keys", []):
        raw = base64.b64decode(entry["public_key"])
        keys[key_id_of(raw)] = Ed25519PublicKey.from_public_bytes(raw)
    return keys


def _text(value: Any, name: str, limit: int = 512) -> str:
    if not isinstance(value, str) or not value or len(value) > limit:
        raise UpdateError(f"manifest field {name} is missing or malformed")
    return value


def _version(value: Any, name: str) -> str:
    try:
        return str(Version(_text(value, name, 32)))
    except InvalidVersion as exc:
        raise UpdateError(f"manifest field {name} is not a version") from exc


def parse_manifest(data: Any) -> ReleaseManifest:
    if not isinstance(data, dict) or data.get("product") != PRODUCT:
        raise UpdateError("not a kiosk release manifest")
    try:
        released = date.fromisoformat(_text(data.get("released"), "released", 10))
    except ValueError as exc:
        raise UpdateError("manifest field released is not a date") from exc
    notes = data.get("notes") or {}
    if not isinstance(notes, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in notes.items()):
        raise UpdateError("manifest field notes is malformed")
    downloads = []
    for item in data.get("downloads") or []:
        if not isinstance(item, dict) or not isinstance(item.get("size"), int):
            raise UpdateError("manifest download is malformed")
        digest = _text(item.get("sha256"), "sha256", 64)
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise UpdateError("manifest download sha256 is malformed")
        downloads.append(Download(_text(item.get("platform"), "platform", 32), _text(item.get("url"), "url"),
                                  digest, item["size"]))
    minimum = data.get("min_supported")
    return ReleaseManifest(_version(data.get("version"), "version"), released, dict(notes), tuple(downloads),
                           _version(minimum, "min_supported") if minimum is not None else None)


def verify(envelope: Any, keys: dict[str, Ed25519PublicKey]) -> ReleaseManifest:
    """The manifest of a signed envelope {manifest, key_id, signature}, or UpdateError."""
    if not isinstance(envelope, dict):
        raise UpdateError("not a signed manifest")
    key_id = envelope.get("key_id")
    key = keys.get(key_id) if isinstance(key_id, str) else None
    if key is None:
        raise UpdateError("manifest signed by a key this build does not trust")
    try:
        signature = base64.b64decode(envelope.get("signature") or "", validate=True)
        key.verify(signature, signing_bytes(envelope.get("manifest")))
    except (InvalidSignature, binascii.Error, TypeError) as exc:
        raise UpdateError("manifest signature does not verify") from exc
    return parse_manifest(envelope["manifest"])


def notice_for(envelope: Any, keys: dict[str, Ed25519PublicKey], current: str = __version__) -> UpdateNotice | None:
    """What to tell the officer about this envelope: a newer verified release, else nothing."""
    try:
        manifest = verify(envelope, keys)
    except UpdateError as exc:
        log.warning("release manifest ignored: %s", exc)  # no personal data in a manifest
        return None
    running = Version(current)
    if Version(manifest.version) <= running:
        return None
    required = manifest.min_supported is not None and running < Version(manifest.min_supported)
    return UpdateNotice(current, manifest, required)


def latest_notice(session: Session, keys: dict[str, Ed25519PublicKey] | None = None,
                  current: str = __version__) -> UpdateNotice | None:
    """The notice for the newest manifest the hub delivered (kept as reference data)."""
    from kiosk.db.sync_state import ReferenceUpdate

    row = session.get(ReferenceUpdate, REFERENCE_KEY)
    if row is None or row.kind != REFERENCE_KIND:
        return None
    return notice_for(row.data, trusted_release_keys() if keys is None else keys, current)
