"""Households in the store's own table shape, for the "rows" snapshot (protocol v1.1).

The hub checks each household (`sound_rows`) and turns it into the driver's values of the store's
tables and its search row, once for every device of the scope; a device only inserts them, and in
C: a batch of lines is bound as one JSON text and `INSERT ... SELECT ... FROM json_each(?)` puts
each table's rows in, so no Python runs per household on the device. Keys, timestamps and sync
bookkeeping are the device's own, made in the same statements.

Line: [version, [household values], [address values] | null, [[person values], ...],
       [card values], [text index values], [code index values]], in the column order of SHAPE.
Both sides derive LAYOUT from their own tables: a device asks for the rows only with its LAYOUT,
so a hub whose tables differ serves the plain snapshot instead.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any, cast

import orjson
from sqlalchemy import Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from kiosk.db.bulk import table_values
from kiosk.db.households import Household, HouseholdAddress, Person
from kiosk.households.document import HouseholdRows
from kiosk.households.importer import search_row
from kiosk.ids import uuid7_batch
from kiosk.search import CARD_COLUMNS, CODE_COLUMNS, TEXT_COLUMNS, SearchDocument
from kiosk.states.household_sync import HouseholdSyncState

FORMAT = 1
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
PEOPLE_STRIDE = 4096  # key numbers per household for its people (a household has at most 200 per list)


def _shipped(table: Table, rows: list[dict[str, Any]], dialect: Dialect) -> list[list[Any]]:
    keep = [n for n, column in enumerate(table.columns) if column.name not in DEVICE_OWNED[table.name]]
    return [[values[n] for n in keep] for values in table_values(table, rows, dialect)]


def shaped_lines(batch: list[tuple[int, HouseholdRows]], dialect: Dialect) -> bytes:
    """The hub's side: (version, sound rows) of households as lines of the rows snapshot."""
    households = _shipped(_TABLES["household"], [rows.household for _, rows in batch], dialect)
    addresses = iter(_shipped(_TABLES["household_address"], [rows.address for _, rows in batch if rows.address], dialect))
    people = iter(_shipped(_TABLES["person"], [p for _, rows in batch for p in rows.people], dialect))
    lines = []
    for (version, rows), household in zip(batch, households, strict=True):
        doc: SearchDocument = search_row(rows)
        lines.append(orjson.dumps([
            version, household, next(addresses) if rows.address else None, [next(people) for _ in rows.people],
            [doc["card"][c] for c in CARD_COLUMNS], [doc[c] for c in TEXT_COLUMNS], [doc[c] for c in CODE_COLUMNS],
        ]))
    return b"".join(line + b"\n" for line in lines)


def _key(prefix: str, number: str) -> str:
    """SQL for a UUIDv7 made of a batch's prefix (time, version, counter) and a 62-bit number."""
    return f"({prefix} || printf('%04x-%012x', 32768 + (({number}) >> 48 & 16383), ({number}) & 281474976710655))"


def _values(path: str, columns: list[str], value: str = "h.value") -> str:
    return ", ".join(f"{value} ->> '$[{path}{n}]'" for n in range(len(columns)))


_HOUSEHOLD_KEY = _key(":hp", ":hb + h.key")
_INSERTS = (
    f"INSERT INTO household (id, created_at, updated_at, sync_state, server_version, {', '.join(SHAPE['household'])}) "
    f"SELECT {_HOUSEHOLD_KEY}, :now, :now, :clean, h.value ->> 0, {_values('1][', SHAPE['household'])} "
    "FROM json_each(:batch) AS h",
    f"INSERT INTO household_address (id, household_id, {', '.join(SHAPE['household_address'])}) "
    f"SELECT {_key(':ap', ':ab + h.key')}, {_HOUSEHOLD_KEY}, {_values('2][', SHAPE['household_address'])} "
    "FROM json_each(:batch) AS h WHERE h.value ->> 2 IS NOT NULL",
    f"INSERT INTO person (id, household_id, created_at, updated_at, {', '.join(SHAPE['person'])}) "
    f"SELECT {_key(':pp', f':pb + h.key * {PEOPLE_STRIDE} + p.key')}, {_HOUSEHOLD_KEY}, :now, :now, "
    f"{_values('', SHAPE['person'], 'p.value')} FROM json_each(:batch) AS h, json_each(h.value, '$[3]') AS p",
    f"INSERT INTO household_search_card (rowid, household_id, {', '.join(CARD_COLUMNS)}) "
    f"SELECT :card + h.key, {_HOUSEHOLD_KEY}, {_values('4][', list(CARD_COLUMNS))} FROM json_each(:batch) AS h",
    f"INSERT INTO household_search_text (rowid, {', '.join(TEXT_COLUMNS)}) "
    f"SELECT :card + h.key, {_values('5][', list(TEXT_COLUMNS))} FROM json_each(:batch) AS h",
    f"INSERT INTO household_search_code (rowid, {', '.join(CODE_COLUMNS)}) "
    f"SELECT :card + h.key, {_values('6][', list(CODE_COLUMNS))} FROM json_each(:batch) AS h",
)


def insert_shaped(session: Session, lines: list[bytes], now: Any) -> int:
    """The device's side: insert the households of `lines` (rows snapshot lines) with their search
    rows, in C. `now` is the driver's value of the load's timestamp. Returns how many households."""
    if not lines:
        return 0
    conn = session.connection()
    card: int = conn.exec_driver_sql("SELECT COALESCE(MAX(rowid), 0) + 1 FROM household_search_card").scalar_one()
    prefixes = [key[:19] for key in uuid7_batch(3)]  # a distinct time and counter per table and batch
    bases = [int.from_bytes(os.urandom(8), "big") & ((1 << 61) - 1) for _ in prefixes]  # + offsets < 2**62
    params = {"batch": (b"[" + b",".join(lines) + b"]").decode(), "now": now, "clean": HouseholdSyncState.CLEAN.value,
              "card": card, "hp": prefixes[0], "ap": prefixes[1], "pp": prefixes[2],
              "hb": bases[0], "ab": bases[1], "pb": bases[2]}
    for statement in _INSERTS:  # the batch as text: SQLite would read a blob as JSONB
        conn.exec_driver_sql(statement, params)
    return len(lines)
