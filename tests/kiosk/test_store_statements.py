"""Every store of a process shares one compiled-statement cache (kiosk/db/dialect.py): a store
opened after another runs the statements the first compiled without compiling them again, and
each still reads its own data."""

from __future__ import annotations

from sqlalchemy import select

from kiosk.db.households import Household
from tests.statement_cache import compiled_once_for_both
from tests.store_template import template_store


def test_a_second_store_runs_what_the_first_compiled_without_compiling_it_again(tmp_path):
    first, second = template_store(tmp_path / "first"), template_store(tmp_path / "second")
    try:
        # A statement no other test compiles: its first run in this process is certainly a miss.
        statement = select(Household.id, Household.household_no).where(
            Household.household_no == "statement-cache-probe").limit(7)
        assert compiled_once_for_both(first.engine, second.engine, statement) == []
    finally:
        first.close()
        second.close()
