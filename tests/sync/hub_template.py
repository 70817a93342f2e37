"""Hub databases copied from a template: created and filled with a test's households once per test
process (per document set and server), then copied for each test: a file copy on SQLite,
`CREATE DATABASE … TEMPLATE` on PostgreSQL. The template keeps no identity (epoch, cursor secret,
the start of bound ids), so each copy's hub makes its own when it starts, as a new hub does."""

from __future__ import annotations

import atexit
import hashlib
import json
import shutil
import tempfile
import uuid
from pathlib import Path

IDENTITY = ("epoch", "secret", "bound_ids_since")  # made by HubDatabase.create() where missing
_TEMP_ROOT = tempfile.gettempdir()  # read at import: later, each test's TMPDIR is its own
_templates: dict[tuple[str, str], str] = {}  # (server or "sqlite", documents' digest) -> file or database


def hub_database(folder: Path, documents: list[dict], server: str | None = None) -> str:
    """The URL of a hub database holding `documents` (imported in the test scope): a file in
    `folder`, or a new database on the PostgreSQL `server`."""
    from tests.sync.postgres import new_database

    key = (server or "sqlite", hashlib.sha256(json.dumps(documents, sort_keys=True).encode()).hexdigest())
    if key not in _templates:
        _templates[key] = _pg_template(server, documents) if server else _sqlite_template(documents)
    if server:
        return new_database(server, template=_templates[key])
    template = Path(_templates[key])
    for part in template.parent.glob(template.name + "*"):  # the database, and a WAL if one was left
        shutil.copy2(part, folder / part.name.replace(template.name, "hub.db", 1))
    return f"sqlite:///{folder / 'hub.db'}"


def _fill(url: str, documents: list[dict]) -> None:
    from sqlalchemy import delete

    from sync.hub import schema
    from sync.hub.db import HubDatabase
    from sync.hub.households import import_documents
    from tests.sync.conftest import SCOPE

    db = HubDatabase(url)
    try:
        db.create()
        import_documents(db, documents, SCOPE)
        with db.write() as conn:
            conn.execute(delete(schema.meta).where(schema.meta.c.key.in_(IDENTITY)))
    finally:
        db.dispose()


def _sqlite_template(documents: list[dict]) -> str:
    folder = Path(tempfile.mkdtemp(prefix="kiosk-hub-template-", dir=_TEMP_ROOT))
    atexit.register(shutil.rmtree, folder, True)
    _fill(f"sqlite:///{folder / 'template.db'}", documents)
    return str(folder / "template.db")


def _pg_template(server: str, documents: list[dict]) -> str:
    from tests.sync.postgres import new_database

    name = "hub_template_" + uuid.uuid4().hex[:12]
    _fill(new_database(server, name=name), documents)
    return name
