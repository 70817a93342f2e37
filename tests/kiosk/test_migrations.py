"""Alembic is the only way the schema is made, and it matches the models exactly."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from kiosk.db import migrate
from kiosk.db.models import Base
from kiosk.db.store import Store, StoreUnavailable

from tests.conftest import TEST_PIN

# These tests are about making a store: theirs is created from scratch, not copied from the template.
pytestmark = pytest.mark.fresh_store


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


def test_a_0001_store_with_data_upgrades_and_keeps_it(isolated_environment, fast_kdf):
    from alembic import command

    from kiosk.db.store import Store as RawStore
    from kiosk.security.keyfile import create_keyfile

    isolated_environment.mkdir(parents=True)
    dek = create_keyfile(isolated_environment / "kiosk.key.json", TEST_PIN, fast_kdf)
    old = RawStore(isolated_environment, dek)
    with old.engine.execution_options(write=True).begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0001")
    with old.engine.execution_options(write=True).begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO household (id, household_no, region, status, extra, sync_state, created_at, updated_at) "
            "VALUES ('h1', 'N1234567', '彰化縣', 'none', '{}', 'clean', '2026-01-01 00:00:00', '2026-01-01 00:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO application (id, household_id, service_code, form_version, state, draft, current_revision, "
            "created_at, updated_at) VALUES ('a1', 'h1', 'S03', 'S03-2026.1', 'draft', '{}', 0, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    old.close()
    upgraded = Store.open(isolated_environment, TEST_PIN)
    with upgraded.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.HEAD
        assert conn.exec_driver_sql("SELECT language, officer FROM application").one() == ("zh-TW", "")
    assert (isolated_environment / f"kiosk.db.before-{migrate.HEAD}").exists()  # the copy taken first
    upgraded.close()


def test_a_households_people_are_found_by_the_unique_index_alone(store):
    """0007 dropped ix_person_household_id: the unique (household_id, id_no) index begins with the
    same column and serves the lookup (and the ON DELETE CASCADE) instead."""
    with store.engine.connect() as conn:
        indexes = {r[0] for r in conn.exec_driver_sql("SELECT name FROM pragma_index_list('person')")}
        plan = " ".join(r[-1] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT * FROM person WHERE household_id = 'h' ORDER BY ordinal"))
        cascade = " ".join(r[-1] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN DELETE FROM person WHERE household_id = 'h'"))
    assert "ix_person_household_id" not in indexes
    assert "sqlite_autoindex_person" in plan and "(household_id=?)" in plan
    assert "sqlite_autoindex_person" in cascade
