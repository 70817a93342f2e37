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
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.i18n import UserError
from kiosk.json_types import JsonObject
from kiosk.security.pin_policy import MIN_PIN_DIGITS, pin_weakness

FORMAT = 1
MIN_MEMORY_KIB = 19 * 1024  # OWASP floor: m=19 MiB, t=2, p=1
MIN_ITERATIONS = 2
# Ceilings: a damaged or hostile key file must not make one unlock take the laptop's memory or
# minutes of CPU (1 GiB and 16 passes are far above anything IT would choose).
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 16
MAX_PARALLELISM = 16
MIN_PIN_LENGTH = MIN_PIN_DIGITS
# Wrong PINs: the first few are free (typing slips), then each costs a growing wait, kept in the
# key file so that restarting the app does not reset it; a correct PIN clears it.
FREE_ATTEMPTS = 5
FIRST_DELAY_S = 30
MAX_DELAY_S = 3600


NONCE_BYTES = 12  # AES-GCM's standard nonce, the only size Kiosk writes


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
        if self.memory_kib > MAX_MEMORY_KIB or self.iterations > MAX_ITERATIONS or self.parallelism > MAX_PARALLELISM:
            raise ValueError("Argon2id parameters above m=1 GiB, t=16, p=16 are not allowed")

    @classmethod
    def configured(cls) -> "KdfParams":
        """Defaults, tunable by IT for slow laptops (KIOSK_KDF_MEMORY_KIB, KIOSK_KDF_ITERATIONS)
        but never below the floor."""
        default = cls()
        try:
            return cls(int(os.environ.get("KIOSK_KDF_MEMORY_KIB", default.memory_kib)),
                       int(os.environ.get("KIOSK_KDF_ITERATIONS", default.iterations)))
        except ValueError:
            raise StoreKeyError("store.kdf_out_of_range", minimum=MIN_MEMORY_KIB, maximum=MAX_MEMORY_KIB,
                                max_iterations=MAX_ITERATIONS) from None


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
    weakness = pin_weakness(pin)
    if weakness is not None:
        key, values = weakness
        raise StoreKeyError(key, **values)


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
    nonce = secrets.token_bytes(NONCE_BYTES)
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


def _load(path: Path) -> JsonObject:
    if not path.exists():
        raise StoreKeyError("store.key_missing", path=str(path))
    try:
        document: JsonObject = json.loads(path.read_text(encoding="utf-8"))
        if document["format"] != FORMAT or document["kdf"]["name"] != "argon2id":
            raise ValueError("unsupported key format")
        return document
    except (ValueError, KeyError, TypeError):
        raise StoreKeyError("store.key_broken", path=str(path)) from None


def _whole(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("not a whole number")
    return value


def wrong_pin_delay(failures: int) -> int:
    """Seconds to wait before the next try after `failures` wrong PINs in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    doubled: int = FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS)  # a whole number: the exponent is never negative
    return min(doubled, MAX_DELAY_S)


def _attempts(document: JsonObject) -> tuple[int, float]:
    record = document.get("attempts")
    if not isinstance(record, dict):
        return 0, 0.0
    failures, not_before = record.get("failures", 0), record.get("not_before", 0)
    if not isinstance(failures, int) or not isinstance(not_before, (int, float)):
        return 0, 0.0
    return max(failures, 0), float(not_before)


def _record_attempt(path: Path, document: JsonObject, failures: int) -> None:
    if failures:
        document["attempts"] = {"failures": failures, "not_before": time.time() + wrong_pin_delay(failures)}
    else:
        document.pop("attempts", None)
    _write_atomically(path, json.dumps(document, indent=2))


def unwrap_dek(path: Path, pin: str) -> bytes:
    """The DEK, or StoreKeyError store.wrong_pin (the wrong-PIN counter in the key file grows) or
    store.pin_wait (too soon after wrong PINs: not even tried); the wrapped key never changes."""
    document = _load(path)
    failures, not_before = _attempts(document)
    wait = min(not_before - time.time(), MAX_DELAY_S)  # a clock set back never locks for longer
    if wait > 0:
        raise StoreKeyError("store.pin_wait", seconds=int(wait) + 1)
    try:
        kdf = document["kdf"]
        params = KdfParams(*(_whole(kdf[k]) for k in ("memory_kib", "iterations", "parallelism")))
        salt = _unb64(kdf["salt"])
        wrapped = document["wrapped_dek"]
        nonce, ciphertext = _unb64(wrapped["nonce"]), _unb64(wrapped["ciphertext"])
        if len(nonce) != NONCE_BYTES:  # AESGCM would raise a raw ValueError (after the costly derivation)
            raise ValueError("nonce length")
    except (KeyError, TypeError, ValueError):
        raise StoreKeyError("store.key_broken", path=str(path)) from None
    try:
        dek = AESGCM(derive_kek(pin or "", salt, params)).decrypt(nonce, ciphertext, _aad(document["key_id"]))
    except InvalidTag:
        _record_attempt(path, document, failures + 1)
        raise StoreKeyError("store.wrong_pin") from None
    if failures:
        _record_attempt(path, document, 0)
    return dek


def rewrap_dek(path: Path, old_pin: str, new_pin: str) -> None:
    """Change the PIN: the same DEK under a new KEK (the database is not rewritten)."""
    dek = unwrap_dek(path, old_pin)
    check_pin_strength(new_pin)
    document = _load(path)  # after unwrapping, which may have cleared the wrong-PIN counter
    kdf = document["kdf"]
    params = KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["parallelism"])
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(NONCE_BYTES)
    document["kdf"]["salt"] = _b64(salt)
    document["wrapped_dek"].update(
        nonce=_b64(nonce),
        ciphertext=_b64(AESGCM(derive_kek(new_pin, salt, params)).encrypt(nonce, dek, _aad(document["key_id"]))),
    )
    _write_atomically(path, json.dumps(document, indent=2))
