"""Argon2id once per PIN and salt in a test process, not on every unlock.

Test stores are copies of one template per process (tests/store_template.py), so they share its
salt, and every unlock of every copy derived the same key again: 21 ms of a core each, 600 times
in a `make test` run, and again in each forked `kiosk` child of the kill trials. The memo returns
what Argon2id returned for the same PIN, salt and parameters; a PIN, salt or parameters not seen
before in the process still run Argon2id. A wrong PIN is refused as before: the key it gives fails
AES-GCM's check and the key file counts the attempt; only a repeat of it skips the derivation."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.security import keyfile

# The template's key file, named for the forkserver (tests/forked_cli.py), whose children then
# open copies of the template without deriving its key again.
TEMPLATE_KEYFILE_ENV = "KIOSK_TEST_TEMPLATE_KEYFILE"

_derived: dict[tuple[str, bytes, keyfile.KdfParams], bytes] = {}
_argon2 = keyfile.derive_kek


def _remembered(secret: str, salt: bytes, params: keyfile.KdfParams) -> bytes:
    key = (secret, salt, params)
    if key not in _derived:
        _derived[key] = _argon2(secret, salt, params)
    return _derived[key]


def install() -> None:
    keyfile.derive_kek = _remembered


def remember_template(pin: str) -> None:
    """Derive the key of the template named in the environment (when there is one), so that this
    process's forked children find it here."""
    named = os.environ.get(TEMPLATE_KEYFILE_ENV)
    if named and Path(named).exists():
        keyfile.unwrap_dek(Path(named), pin)
