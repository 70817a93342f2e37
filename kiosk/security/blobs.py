"""Attachment bytes at rest: content-addressed by the SHA-256 of the (normalised) plaintext and
sealed with AES-256-GCM under a key derived from the store's data key.

A blob is written to a temporary file, flushed to disk and renamed into place, then the folder
is synced; only then does the transaction that references it commit (see the sync design §1a).
Blobs no row refers to are removed by `collect_garbage` at start-up.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.i18n import UserError

MAGIC = b"KBLB1"


class BlobError(UserError):
    pass


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` survive a power cut."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BlobStore:
    def __init__(self, root: Path, key: bytes) -> None:
        self.root = root
        self._aead = AESGCM(key)

    def path(self, digest: str) -> Path:
        return self.root / digest[:2] / f"{digest}.blob"

    def put(self, data: bytes) -> str:
        """Seal and store `data`; returns its SHA-256. Idempotent for identical content."""
        digest = sha256_hex(data)
        target = self.path(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        nonce = secrets.token_bytes(12)
        sealed = MAGIC + nonce + self._aead.encrypt(nonce, data, digest.encode("ascii"))
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        with open(tmp, "wb") as handle:
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
        fsync_dir(target.parent)
        return digest

    def get(self, digest: str) -> bytes:
        try:
            sealed = self.path(digest).read_bytes()
        except FileNotFoundError:
            raise BlobError("blob.missing", digest=digest[:12]) from None
        if not sealed.startswith(MAGIC):
            raise BlobError("blob.damaged", digest=digest[:12])
        nonce, body = sealed[len(MAGIC):len(MAGIC) + 12], sealed[len(MAGIC) + 12:]
        try:
            data = self._aead.decrypt(nonce, body, digest.encode("ascii"))
        except InvalidTag:
            raise BlobError("blob.damaged", digest=digest[:12]) from None
        if sha256_hex(data) != digest:
            raise BlobError("blob.damaged", digest=digest[:12])
        return data

    def exists(self, digest: str) -> bool:
        return self.path(digest).exists()

    def collect_garbage(self, referenced: Iterable[str]) -> int:
        """Remove blobs and leftover temporary files nothing refers to; returns how many."""
        keep = set(referenced)
        removed = 0
        if not self.root.exists():
            return 0
        for path in self.root.glob("*/*"):
            name = path.name
            if name.endswith(".tmp") or (name.endswith(".blob") and name[:-5] not in keep):
                path.unlink(missing_ok=True)
                removed += 1
        return removed
