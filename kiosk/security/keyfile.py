"""The store's key file: a random 256-bit data key (DEK) wrapped by a key derived from the
officer's PIN or passphrase with Argon2id, sealed with AES-256-GCM.

The DEK is handed to SQLCipher as a raw key, so the slow derivation is paid once (Argon2id),
not twice. A wrong PIN fails the GCM tag and changes nothing on disk.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.i18n import UserError

FORMAT = 1
MIN_MEMORY_KIB = 19 * 1024  # OWASP floor: m=19 MiB, t=2, p=1
MIN_ITERATIONS = 2
MIN_PIN_LENGTH = 6


class StoreKeyError(UserError):
    """A key problem the person can act on (wrong PIN, missing or damaged key file)."""


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = 64 * 1024
    iterations: int = 3
    parallelism: int = 1

    def __post_init__(self) -> None:
        if self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS or self.parallelism < 1:
            raise ValueError("Argon2id parameters below m=19 MiB, t=2, p=1 are not allowed")

    @classmethod
    def configured(cls) -> "KdfParams":
        """Defaults, tunable by IT for slow laptops (KIOSK_KDF_MEMORY_KIB, KIOSK_KDF_ITERATIONS)
        but never below the floor."""
        default = cls()
        return cls(int(os.environ.get("KIOSK_KDF_MEMORY_KIB", default.memory_kib)),
                   int(os.environ.get("KIOSK_KDF_ITERATIONS", default.iterations)))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_kek(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"), salt, time_cost=params.iterations, memory_cost=params.memory_kib,
        parallelism=params.parallelism, hash_len=32, type=Type.ID,
    )


def check_pin_strength(pin: str) -> None:
    if len(pin or "") < MIN_PIN_LENGTH:
        raise StoreKeyError("store.pin_too_short", minimum=MIN_PIN_LENGTH)
    if len(set(pin)) == 1:
        raise StoreKeyError("store.pin_too_simple")


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def create_keyfile(path: Path, pin: str, params: KdfParams | None = None) -> bytes:
    """Make a new DEK, wrap it under `pin`, write the key file; return the DEK."""
    check_pin_strength(pin)
    params = params or KdfParams.configured()
    dek = secrets.token_bytes(32)
    salt = secrets.token_bytes(16)
    key_id = secrets.token_hex(8)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(derive_kek(pin, salt, params)).encrypt(nonce, dek, _aad(key_id))
    document = {
        "format": FORMAT,
        "key_id": key_id,
        "kdf": {"name": "argon2id", **asdict(params), "salt": _b64(salt)},
        "wrapped_dek": {"alg": "AES-256-GCM", "nonce": _b64(nonce), "ciphertext": _b64(wrapped)},
    }
    _write_atomically(path, json.dumps(document, indent=2))
    return dek


def _aad(key_id: str) -> bytes:
    return f"kiosk-dek-v{FORMAT}|{key_id}".encode("ascii")


def _load(path: Path) -> dict:
    if not path.exists():
        raise StoreKeyError("store.key_missing", path=str(path))
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document["format"] != FORMAT or document["kdf"]["name"] != "argon2id":
            raise ValueError("unsupported key format")
        return document
    except (ValueError, KeyError, TypeError):
        raise StoreKeyError("store.key_broken", path=str(path)) from None


def unwrap_dek(path: Path, pin: str) -> bytes:
    """The DEK, or StoreKeyError store.wrong_pin; nothing on disk changes either way."""
    document = _load(path)
    try:
        kdf = document["kdf"]
        params = KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["parallelism"])
        salt = _unb64(kdf["salt"])
        wrapped = document["wrapped_dek"]
        nonce, ciphertext = _unb64(wrapped["nonce"]), _unb64(wrapped["ciphertext"])
    except (KeyError, TypeError, ValueError):
        raise StoreKeyError("store.key_broken", path=str(path)) from None
    try:
        return AESGCM(derive_kek(pin or "", salt, params)).decrypt(nonce, ciphertext, _aad(document["key_id"]))
    except InvalidTag:
        raise StoreKeyError("store.wrong_pin") from None


def rewrap_dek(path: Path, old_pin: str, new_pin: str) -> None:
    """Change the PIN: the same DEK under a new KEK (the database is not rewritten)."""
    document = _load(path)
    dek = unwrap_dek(path, old_pin)
    check_pin_strength(new_pin)
    kdf = document["kdf"]
    params = KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["parallelism"])
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    document["kdf"]["salt"] = _b64(salt)
    document["wrapped_dek"].update(
        nonce=_b64(nonce),
        ciphertext=_b64(AESGCM(derive_kek(new_pin, salt, params)).encrypt(nonce, dek, _aad(document["key_id"]))),
    )
    _write_atomically(path, json.dumps(document, indent=2))
