"""Release keys and signed manifests for the update-notice tests: a private resources folder
that pins a freshly made release key, as a packager would with `release_manifest.py keygen --pin`."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from installer import release_manifest
from kiosk.paths import resources_root
from kiosk.updates import KEYS_FILE


def pin_release_key(tmp_path: Path, monkeypatch) -> Ed25519PrivateKey:
    """Make a release key and point KIOSK_RESOURCES at resources that pin it (the rest linked)."""
    folder = tmp_path / "resources"
    folder.mkdir()
    for entry in resources_root().iterdir():
        if entry.name != KEYS_FILE:
            (folder / entry.name).symlink_to(entry)
    release_manifest.keygen(tmp_path / "release-key.pem", folder / KEYS_FILE)
    monkeypatch.setenv("KIOSK_RESOURCES", str(folder))
    return release_manifest.load_key(tmp_path / "release-key.pem")


def manifest(version: str = "0.2.0", **extra) -> dict:
    value = {"product": "kiosk", "version": version, "released": "2026-11-20",
             "notes": {"zh-TW": "收據可用手機掃描驗證。", "en": "Receipts can be checked with a phone."},
             "downloads": [{"platform": "linux-deb", "url": f"https://example.gov.tw/kiosk_{version}_amd64.deb",
                            "sha256": "ab" * 32, "size": 97_000_000}]}
    value.update(extra)
    return value


def signed(key: Ed25519PrivateKey, version: str = "0.2.0", **extra) -> dict:
    return release_manifest.sign(manifest(version, **extra), key)


def write(path: Path, envelope: dict) -> str:
    path.write_text(json.dumps(envelope, ensure_ascii=False), encoding="utf-8")
    return str(path)
