"""Schema upgrades with Alembic, run when a store opens.

The encrypted file is copied before any upgrade (it stays encrypted), and a store written by
a newer Kiosk is refused rather than damaged.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection
    from sqlalchemy.schema import SchemaItem

    from kiosk.db.store import Store

# The newest revision in migrations/versions; a test keeps the two in step, and opening an
# up-to-date store then needs no Alembic import at all.
HEAD = "0007"
MIGRATIONS = Path(__file__).parent / "migrations"
FTS_TABLE_PREFIXES = ("household_search_text", "household_search_code")


def include_object(obj: SchemaItem, name: str | None, type_: str, reflected: bool,  # noqa: ARG001 - Alembic's hook
                   compare_to: SchemaItem | None) -> bool:  # noqa: ARG001
    """FTS5 virtual tables and their shadow tables are made by hand in the migrations."""
    return not (type_ == "table" and name and name.startswith(FTS_TABLE_PREFIXES))


def alembic_config(connection: Connection | None = None) -> Config:  # alembic itself is imported lazily
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    revision: str | None = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return revision


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def upgrade(store: "Store") -> None:
    from kiosk.db.store import StoreUnavailable

    with store.engine.connect() as conn:
        revision = current_revision(conn)
    if revision == HEAD:
        return
    if revision is not None:
        if revision not in known_revisions():
            raise StoreUnavailable("store.newer_schema", revision=revision)
        store.checkpoint()
        shutil.copy2(store.path, store.path.with_name(f"{store.path.name}.before-{HEAD}"))

    from alembic import command

    with store.engine.execution_options(write=True).begin() as conn:
        command.upgrade(alembic_config(conn), "head")
