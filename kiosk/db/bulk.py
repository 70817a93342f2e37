"""Bulk inserts for big loads (the demo district, large imports, a snapshot first download): one
executemany per table, converting values with SQLAlchemy's own bind processors but without its
per-row machinery.

Values are converted a column at a time, and each distinct hashable value once: a load's
timestamps are one value for every row, and birth dates, booleans and small codes repeat, so most
conversions are a dictionary lookup (a profile of a 100,000-household load spent more time in the
per-value processors than in SQLCipher)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

_MISSING = object()


def _converted(values: list[Any], processor: Callable[[Any], Any]) -> list[Any]:
    seen: dict[Any, Any] = {}
    out = []
    for value in values:
        key = (value.__class__, value)  # True == 1 == 1.0, yet a JSON column writes them apart
        try:
            out.append(seen[key])
        except KeyError:
            seen[key] = converted = processor(value)
            out.append(converted)
        except TypeError:  # unhashable (a JSON column's dict or list)
            out.append(processor(value))
    return out


def _column_values(rows: list[dict[str, Any]], column) -> list[Any]:  # noqa: ANN001 - a Column
    key, default = column.key, column.default
    if default is None:
        return [row.get(key) for row in rows]
    if default.is_callable:
        make = default.arg
        return [value if (value := row.get(key, _MISSING)) is not _MISSING else make(None) for row in rows]
    return [row.get(key, default.arg) for row in rows]


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    conn = session.connection()
    columns = list(table.columns)
    values_by_column = []
    for column in columns:
        values = _column_values(rows, column)
        processor = column.type._cached_bind_processor(conn.dialect)  # noqa: SLF001 - SQLAlchemy's converter
        values_by_column.append(_converted(values, processor) if processor is not None else values)
    names = ", ".join(f'"{c.name}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', list(zip(*values_by_column)))
