"""Alembic is the only way the schema is made, and it matches the models exactly."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from kiosk.db import migrate
from kiosk.db.models import Base
from kiosk.db.store import Store, StoreUnavailable

from tests.conftest import TEST_PIN


def test_head_constant_matches_the_scripts():
    assert ScriptDirectory.from_config(migrate.alembic_config()).get_current_head() == migrate.HEAD


def test_upgrade_head_on_an_empty_file_equals_the_models(store):
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": migrate.include_object,
                                                         "compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"household_search_text", "household_search_code"} <= tables
    assert {"audit_event_no_update", "audit_event_no_delete", "household_search_card_ad"} <= triggers


def test_downgrade_and_upgrade_again(store):
    from alembic import command

    with store.engine.execution_options(write=True).begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "base")
    with store.engine.execution_options(write=True).begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "head")
        assert migrate.current_revision(conn) == migrate.HEAD


def test_a_store_from_a_newer_version_is_refused_untouched(store, isolated_environment):
    with store.engine.execution_options(write=True).begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    store.close()
    before = store.path.read_bytes()
    with pytest.raises(StoreUnavailable) as caught:
        Store.open(isolated_environment, TEST_PIN)
    assert caught.value.key == "store.newer_schema"
    assert store.path.read_bytes() == before
