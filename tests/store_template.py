"""Test stores copied from one template per process (per xdist worker): the key is derived with
Argon2id and the schema migrated once, then each test gets its own copy of the encrypted file and
its key file. A copy is still a real SQLCipher store, opened with the template's data key, and
`Store.open` with TEST_PIN works on it as on any store. The key-derivation and migration tests
create their stores from scratch (the `fresh_store` marker)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kiosk.db.store import Store, store_paths
from kiosk.security.keyfile import KdfParams, unwrap_dek
from tests.kek_memo import TEMPLATE_KEYFILE_ENV

TEST_PIN = "246810"
TEST_KDF = KdfParams(memory_kib=19456, iterations=2, parallelism=1)  # the floor the key file accepts


@dataclass(frozen=True)
class StoreTemplate:
    folder: Path
    dek: bytes

    @classmethod
    def build(cls, folder: Path) -> "StoreTemplate":
        created = Store.create(folder, TEST_PIN, TEST_KDF)
        created.checkpoint()  # everything in the main file: the copies need no WAL
        created.close()
        return cls(folder, unwrap_dek(store_paths(folder)[1], TEST_PIN))

    def copy_to(self, folder: Path) -> Store:
        """A store in `folder` as `Store.create(folder, TEST_PIN, TEST_KDF)` would leave it."""
        folder = Path(folder)
        if Store.exists(folder):
            raise FileExistsError(folder)
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        for source in store_paths(self.folder):
            shutil.copy2(source, folder / source.name)  # keeps the owner-only modes
        return Store(folder, self.dek)


_template: StoreTemplate | None = None
# Read when conftest imports this module: later, each test's TMPDIR points into its own tmp_path.
_TEMP_ROOT = tempfile.gettempdir()


def template_store(folder: Path) -> Store:
    """A migrated store in `folder`, copied from this process's template (built on first use)."""
    return template().copy_to(folder)


def template() -> StoreTemplate:
    """This process's template, built on first use."""
    global _template
    if _template is None:
        parent = Path(tempfile.mkdtemp(prefix="kiosk-store-template-", dir=_TEMP_ROOT))
        atexit.register(shutil.rmtree, parent, True)
        _template = StoreTemplate.build(parent / "store")
        os.environ[TEMPLATE_KEYFILE_ENV] = str(store_paths(_template.folder)[1])  # for the forkserver
    return _template
