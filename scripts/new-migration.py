"""Autogenerate an Alembic revision against a throw-away encrypted store at the current head.

Usage: .venv/bin/python scripts/new-migration.py REVISION_ID "what changes and why"
Then add anything autogenerate cannot see (FTS5 tables, triggers) by hand, and bump HEAD in
kiosk/db/migrate.py.
"""

import sys
import tempfile
from pathlib import Path

from alembic import command

from kiosk.db import migrate
from kiosk.db.store import Store, store_paths
from kiosk.security.keyfile import create_keyfile

revision_id, message = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    folder = Path(tmp)
    dek = create_keyfile(store_paths(folder)[1], "scratch-pin-0")
    store = Store(folder, dek)
    with store.engine.execution_options(write=True).begin() as conn:
        if migrate.current_revision(conn) is None and any(
            (migrate.MIGRATIONS / "versions").glob("[0-9]*.py")
        ):
            command.upgrade(migrate.alembic_config(conn), "head")
    with store.engine.execution_options(write=True).begin() as conn:
        command.revision(migrate.alembic_config(conn), message=message, autogenerate=True, rev_id=revision_id)
    store.close()
