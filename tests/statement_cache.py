"""Asserting that two engines share compiled statements (kiosk/db/dialect.py, sync/hub/dialects.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Engine


def compiled_once_for_both(first: Engine, second: Engine, statement: Any) -> list:
    """Runs `statement` on `first`, where it must be compiled (a statement no other test runs),
    then on `second`, where it must come from the shared cache; `second`'s rows."""
    with first.connect() as conn:
        assert conn.execute(statement).context.cache_hit == first.dialect.CACHE_MISS
    with second.connect() as conn:
        result = conn.execute(statement)
        assert result.context.cache_hit == second.dialect.CACHE_HIT
        return result.all()
