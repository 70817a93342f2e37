"""Every hub database of a process shares one compiled-statement cache (sync/hub/dialects.py), on
SQLite and PostgreSQL alike: a database opened after another runs the statements the first
compiled without compiling them again, and each still reads its own rows."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sync.hub import schema
from sync.hub.db import HubDatabase
from tests.statement_cache import compiled_once_for_both


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_second_hub_database_runs_what_the_first_compiled_without_compiling_it_again(backend, tmp_path, request):
    from tests.sync.postgres import new_database

    if backend == "postgresql":
        server = request.getfixturevalue("postgres_server")
        urls = [new_database(server), new_database(server)]
    else:
        urls = [str(tmp_path / "first.db"), str(tmp_path / "second.db")]
    first, second = HubDatabase(urls[0]), HubDatabase(urls[1])
    try:
        first.create()
        second.create()
        # A statement no other test compiles: its first run in this process is certainly a miss.
        statement = select(schema.device.c.id).where(
            schema.device.c.id == f"statement-cache-probe-{backend}").limit(7)
        assert compiled_once_for_both(first.engine, second.engine, statement) == []
    finally:
        first.dispose()
        second.dispose()
