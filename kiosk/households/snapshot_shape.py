"""Households in the store's own table shape, for the "rows" snapshot (protocol v1.1).

The hub checks each household (`sound_rows`) and turns it into the driver's values of the store's
tables and its search row, once for every device of the scope. A device parses a line (orjson) and
hands each table's rows to one executemany as they are: its keys, timestamps and sync bookkeeping
are made by SQLite in the statement (`RowStatements`), so no Python runs per row. (Binding a value
is most of an insert's cost with this driver; SQLite reading the values from JSON text, by
json_each or ->>, cost as much or 40 % more.)

Line: one per batch of households, {table: [row, ...]} for the six tables of TABLES, each row its
numbers then the values in the column order of SHAPE (or of the search columns):
  household [n, version, ...]   household_address [n, ...]   person [p, n, ...]
  household_search_card / _text / _code [n, ...]
n numbers the snapshot's households from 1, p its people; a device makes its keys from them.
Both sides derive LAYOUT from their own tables: a device asks for the rows only with its LAYOUT,
so a hub whose tables differ serves the plain snapshot instead.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

import orjson
from sqlalchemy import Table
from sqlalchemy.engine import Connection, Dialect

from kiosk.db.bulk import table_values
from kiosk.db.households import Household, HouseholdAddress, Person
from kiosk.households.document import HouseholdRows
from kiosk.households.importer import search_row
from kiosk.ids import NUMBERED_DIGITS, numbered_uuid7_prefix
from kiosk.search import CARD_COLUMNS, CODE_COLUMNS, TEXT_COLUMNS, SearchDocument
from kiosk.states.household_sync import HouseholdSyncState

FORMAT = 2  # 2: a line per batch, keys made in SQL from the rows' numbers
_TABLES = {table.name: table for table in (cast(Table, m.__table__) for m in (Household, HouseholdAddress, Person))}
# Columns the device fills itself; the hub ships every other column.
DEVICE_OWNED = {
    "household": {"id", "created_at", "updated_at", "sync_state", "server_version", "pending_patch", "conflict",
                  "resync_mark"},
    "household_address": {"id", "household_id"},
    "person": {"id", "household_id", "created_at", "updated_at"},
}
SHAPE: dict[str, list[str]] = {
    name: [c.name for c in table.columns if c.name not in DEVICE_OWNED[name]] for name, table in _TABLES.items()
}
LAYOUT = hashlib.sha256(json.dumps([FORMAT, SHAPE, CARD_COLUMNS, TEXT_COLUMNS, CODE_COLUMNS]).encode()).hexdigest()[:16]


def _shipped(table: Table, rows: list[dict[str, Any]], dialect: Dialect) -> list[tuple[Any, ...]]:
    return table_values(table, rows, dialect, SHAPE[table.name])


TABLES = ("household", "household_address", "person", "household_search_card", "household_search_text",
          "household_search_code")  # in insert order (a person's household first)
_SEARCH_TABLES = TABLES[3:]  # the search card and the two FTS5 indexes


@dataclass
class Numbered:
    """How many households and people the hub's file holds so far (the numbers go on across lines)."""
    households: int = 0
    people: int = 0


def shaped_line(batch: list[tuple[int, HouseholdRows]], dialect: Dialect, numbered: Numbered) -> bytes:
    """The hub's side: (version, sound rows) of households as one line of the rows snapshot."""
    if not batch:
        return b""
    households = _shipped(_TABLES["household"], [rows.household for _, rows in batch], dialect)
    addresses = iter(_shipped(_TABLES["household_address"], [rows.address for _, rows in batch if rows.address], dialect))
    people = iter(_shipped(_TABLES["person"], [p for _, rows in batch for p in rows.people], dialect))
    tables: dict[str, list[list[Any]]] = {name: [] for name in TABLES}
    for (version, rows), household in zip(batch, households, strict=True):
        numbered.households += 1
        n = numbered.households
        tables["household"].append([n, version, *household])
        if rows.address:
            tables["household_address"].append([n, *next(addresses)])
        for _ in rows.people:
            numbered.people += 1
            tables["person"].append([numbered.people, n, *next(people)])
        doc: SearchDocument = search_row(rows)
        tables["household_search_card"].append([n, *(doc["card"][c] for c in CARD_COLUMNS)])
        tables["household_search_text"].append([n, *(doc[c] for c in TEXT_COLUMNS)])
        tables["household_search_code"].append([n, *(doc[c] for c in CODE_COLUMNS)])
    return orjson.dumps(tables) + b"\n"


_NOW = re.compile(r"[0-9][0-9: .T-]*")  # the driver's timestamp, written into the statements


class RowStatements:
    """The device's INSERT of each table for one load: its keys are a fresh UUIDv7 prefix per table
    and the row's number, its search rowids follow the largest in use (`first_card`), `now` is the
    driver's value of the load's timestamp; all of them are in the statement, so a row is bound as
    the hub shipped it."""

    def __init__(self, first_card: int, now: str) -> None:
        if not _NOW.fullmatch(now):
            raise ValueError("not a driver timestamp")
        household, address, person = (_key(numbered_uuid7_prefix()) for _ in range(3))
        rowid, clean = f" + {int(first_card) - 1}", f"'{HouseholdSyncState.CLEAN.value}'"
        self.sql = {  # ?1 (and ?2): the row's numbers, as in the module's note; the shipped values follow
            "household": _insert("household", {"id": household("?1"), "created_at": f"'{now}'",
                                               "updated_at": f"'{now}'", "sync_state": clean, "server_version": "?2"},
                                 SHAPE["household"], numbers=2),
            "household_address": _insert("household_address", {"id": address("?1"), "household_id": household("?1")},
                                         SHAPE["household_address"], numbers=1),
            "person": _insert("person", {"id": person("?1"), "household_id": household("?2"),
                                         "created_at": f"'{now}'", "updated_at": f"'{now}'"}, SHAPE["person"], numbers=2),
            "household_search_card": _insert("household_search_card", {"rowid": f"?1{rowid}",
                                                                       "household_id": household("?1")},
                                             CARD_COLUMNS, numbers=1),
            "household_search_text": _insert("household_search_text", {"rowid": f"?1{rowid}"}, TEXT_COLUMNS, numbers=1),
            "household_search_code": _insert("household_search_code", {"rowid": f"?1{rowid}"}, CODE_COLUMNS, numbers=1),
        }

    def insert(self, conn: Connection, line: Any) -> int:
        """One parsed line's rows, an executemany per table. Returns how many households. A line
        not of this shape (a row's length, a broken reference, a number out of range) raises ValueError."""
        if not isinstance(line, dict) or set(line) != set(TABLES):
            raise ValueError("a line of the rows snapshot names other tables")
        driver, dbapi = conn.connection.driver_connection, conn.dialect.dbapi  # SQLAlchemy takes no lists of lists
        assert driver is not None and dbapi is not None, "a connection in a transaction"
        try:
            for table in TABLES:
                if line[table]:
                    driver.executemany(self.sql[table], line[table])
        except (dbapi.IntegrityError, dbapi.ProgrammingError, dbapi.InterfaceError, OverflowError) as exc:
            raise ValueError(f"a row not of its table: {type(exc).__name__}") from None
        return len(line["household"])


MAX_NUMBER = 2**48 - 1  # a row's number fills the last 12 hex digits of its key


def _key(prefix: str) -> Callable[[str], str]:
    """The SQL of a key made of `prefix` and a row's number (a placeholder): NULL, which no key
    column takes, for a number outside 1..MAX_NUMBER (printf would write a longer or negative one)."""
    return lambda number: (f"CASE WHEN {number} BETWEEN 1 AND {MAX_NUMBER} "
                           f"THEN printf('{prefix}%0{NUMBERED_DIGITS}x', {number}) END")


def search_rows(conn: Connection) -> list[int]:
    """How many rows each search table holds (before a load, for check_indexed)."""
    return [conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() for table in _SEARCH_TABLES]


def check_indexed(conn: Connection, first_card: int, households: int, before: list[int]) -> None:
    """After a load: each of its households has one row in each search table, numbered first_card
    on (the card ties it to its household), and nothing else came; ValueError if not."""
    expected = (households, first_card, first_card + households - 1) if households else (0, None, None)
    for table, held in zip(_SEARCH_TABLES, before, strict=True):
        found = conn.exec_driver_sql(f"SELECT count(*), min(rowid), max(rowid) FROM {table} WHERE rowid >= ?",
                                     (first_card,)).one()
        if tuple(found) != expected or conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() != held + households:
            raise ValueError(f"{table} does not hold one row per household")


def _insert(table: str, made: dict[str, str], shipped: Sequence[str], numbers: int) -> str:
    """INSERT of the device's columns `made` by their expressions and of the `shipped` ones, whose
    values follow the row's `numbers` (placeholders ?1, ?2)."""
    values = [*made.values(), *(f"?{numbers + n}" for n in range(1, len(shipped) + 1))]
    return f"INSERT INTO {table} ({', '.join([*made, *shipped])}) VALUES ({', '.join(values)})"
