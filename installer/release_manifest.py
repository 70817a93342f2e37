"""Release manifests for update notices: make the release key, write and sign a manifest.

    python installer/release_manifest.py keygen --out release-key.pem [--pin]
    python installer/release_manifest.py make --notes notes.json --download linux-deb=URL=FILE ... > manifest.json
    python installer/release_manifest.py sign --key release-key.pem manifest.json > release.json
    kiosk-hub publish-release release.json

Keep the private key off the hub and off field devices (an offline release machine). --pin writes
its public half into resources/release-keys.json, which the bundle carries: devices believe only
manifests signed by a pinned key. Set KIOSK_RELEASE_KEY_PASSPHRASE to encrypt the key file.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import sys
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk import __version__  # noqa: E402
from kiosk.security.device import key_id_of  # noqa: E402
from kiosk.updates import KEYS_FILE, PRODUCT, parse_manifest, signing_bytes  # noqa: E402

PASSPHRASE_ENV = "KIOSK_RELEASE_KEY_PASSPHRASE"


def _passphrase() -> bytes | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return value.encode("utf-8") if value else None


def public_raw(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def keygen(out: Path, pin_into: Path | None) -> dict:
    private = Ed25519PrivateKey.generate()
    phrase = _passphrase()
    encryption = serialization.BestAvailableEncryption(phrase) if phrase else serialization.NoEncryption()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never overwrite a release key
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    raw = public_raw(private)
    entry = {"key_id": key_id_of(raw), "public_key": base64.b64encode(raw).decode(), "added": date.today().isoformat()}
    if pin_into is not None:
        data = json.loads(pin_into.read_text(encoding="utf-8")) if pin_into.exists() else {"keys": []}
        data["keys"].append(entry)
        pin_into.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return entry


def load_key(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=_passphrase())
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit(f"{path} is not an Ed25519 key")
    return key


def make(version: str, notes: dict, downloads: list[tuple[str, str, Path]], min_supported: str | None,
         released: date) -> dict:
    manifest = {"product": PRODUCT, "version": version, "released": released.isoformat(), "notes": notes,
                "downloads": [{"platform": platform, "url": url, "size": path.stat().st_size,
                               "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
                              for platform, url, path in downloads]}
    if min_supported:
        manifest["min_supported"] = min_supported
    parse_manifest(manifest)  # refuse to write what devices would refuse
    return manifest


def sign(manifest: dict, key: Ed25519PrivateKey) -> dict:
    parse_manifest(manifest)
    signature = key.sign(signing_bytes(manifest))
    return {"manifest": manifest, "key_id": key_id_of(public_raw(key)),
            "signature": base64.b64encode(signature).decode()}


def _download(text: str) -> tuple[str, str, Path]:
    platform, url, file = text.split("=", 2)
    return platform, url, Path(file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("keygen", help="make a release key pair (private key file mode 0600)")
    cmd.add_argument("--out", type=Path, required=True)
    cmd.add_argument("--pin", action="store_true", help=f"add the public key to resources/{KEYS_FILE}")
    cmd = sub.add_parser("make", help="write an unsigned manifest for the built packages")
    cmd.add_argument("--version", default=__version__)
    cmd.add_argument("--notes", type=Path, required=True, help="JSON {language: what changed}")
    cmd.add_argument("--download", type=_download, action="append", default=[], metavar="PLATFORM=URL=FILE")
    cmd.add_argument("--min-supported", default=None)
    cmd.add_argument("--released", type=date.fromisoformat, default=date.today())
    cmd = sub.add_parser("sign", help="sign a manifest with the release key")
    cmd.add_argument("--key", type=Path, required=True)
    cmd.add_argument("manifest", type=Path)
    args = parser.parse_args(argv)
    if args.command == "keygen":
        entry = keygen(args.out, ROOT / "resources" / KEYS_FILE if args.pin else None)
        print(json.dumps(entry))
    elif args.command == "make":
        notes = json.loads(args.notes.read_text(encoding="utf-8"))
        print(json.dumps(make(args.version, notes, args.download, args.min_supported, args.released),
                         ensure_ascii=False, indent=1))
    else:
        manifest = json.loads(args.manifest.read_text(encoding="utf-8"))
        print(json.dumps(sign(manifest, load_key(args.key)), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
