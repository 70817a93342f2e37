"""Households in the store's own table shape, for the "rows" snapshot (protocol v1.1).

The hub checks each household (`sound_rows`) and turns it into the driver's values of the store's
tables and its search row, once for every device of the scope; a device only parses the lines
(orjson), adds its own keys, timestamps and sync bookkeeping, and inserts them by executemany.
(SQLite inserting them straight from the JSON, INSERT ... SELECT FROM json_each, cost 40 % more
CPU: its ->> reads each value anew.)

Line: [version, [household values], [address values] | null, [[person values], ...],
       [card values], [text index values], [code index values]], in the column order of SHAPE.
Both sides derive LAYOUT from their own tables: a device asks for the rows only with its LAYOUT,
so a hub whose tables differ serves the plain snapshot instead.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
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


def _shipped(table: Table, rows: list[dict[str, Any]], dialect: Dialect) -> list[tuple[Any, ...]]:
    return table_values(table, rows, dialect, SHAPE[table.name])


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


def _insert(table: str, columns: list[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


_INSERTS = {
    "household": _insert("household", ["id", "created_at", "updated_at", "sync_state", "server_version", *SHAPE["household"]]),
    "household_address": _insert("household_address", ["id", "household_id", *SHAPE["household_address"]]),
    "person": _insert("person", ["id", "household_id", "created_at", "updated_at", *SHAPE["person"]]),
    "household_search_card": _insert("household_search_card", ["rowid", "household_id", *CARD_COLUMNS]),
    "household_search_text": _insert("household_search_text", ["rowid", *TEXT_COLUMNS]),
    "household_search_code": _insert("household_search_code", ["rowid", *CODE_COLUMNS]),
}


@dataclass
class ShapedBatch:
    """The driver's rows of each table for a batch of lines (made by prepare_shaped)."""
    tables: dict[str, list[tuple[Any, ...]]]
    households: int


def prepare_shaped(lines: list[bytes], first_card: int, now: Any) -> ShapedBatch:
    """The device's side, pure: rows of `lines` with the device's keys and bookkeeping, search
    card rowids from `first_card`; `now` is the driver's value of the load's timestamp."""
    batch = orjson.loads(b"[" + b",".join(lines) + b"]")
    keys = iter(uuid7_batch(2 * len(batch) + sum(len(line[3]) for line in batch)))
    clean = HouseholdSyncState.CLEAN.value
    tables: dict[str, list[tuple[Any, ...]]] = {name: [] for name in _INSERTS}
    households, addresses, people = tables["household"], tables["household_address"], tables["person"]
    cards, texts, codes = tables["household_search_card"], tables["household_search_text"], tables["household_search_code"]
    for rowid, (version, household, address, members, card, text, code) in enumerate(batch, start=first_card):
        household_id = next(keys)
        households.append((household_id, now, now, clean, version, *household))
        if address is not None:
            addresses.append((next(keys), household_id, *address))
        people += [(next(keys), household_id, now, now, *person) for person in members]
        cards.append((rowid, household_id, *card))
        texts.append((rowid, *text))
        codes.append((rowid, *code))
    return ShapedBatch(tables, len(batch))


def insert_shaped(session: Session, batch: ShapedBatch) -> int:
    """One executemany per table (no Python per row here: SQLite's statements release the GIL,
    so the next batch is prepared meanwhile). Returns how many households."""
    conn = session.connection()
    for table, rows in batch.tables.items():
        if rows:
            conn.exec_driver_sql(_INSERTS[table], rows)
    return batch.households
