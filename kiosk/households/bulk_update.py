"""New versions of many clean households in a few statements per table (a feed page of an
agency's batch update), with what `importer.update_household` does to one through the ORM: members
matched by ID number keep their keys (applications and consents point at them), changed rows are
rewritten, gone ones deleted, and a household is re-indexed only when its search document
changed. The ORM's flush per household was nine tenths of a 1,000-change sync."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from kiosk.db.base import Base, utcnow
from kiosk.db.bulk import insert_rows
from kiosk.db.households import Household, HouseholdAddress, Person
from kiosk.households.document import HouseholdRows
from kiosk.households.people_match import match_people
from kiosk.ids import uuid7
from kiosk.json_types import JsonObject
from kiosk.search import index_households, search_document

_CHUNK = 500  # households per IN (...) read: well under SQLite's bound-parameter limit


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def _stored(conn: Connection, table: Table, column: str, ids: list[str]) -> Iterable[Any]:
    key = table.c[column]
    for start in range(0, len(ids), _CHUNK):
        yield from conn.execute(select(table).where(key.in_(ids[start:start + _CHUNK]))).mappings()


_SEARCHED_PERSON = ("ordinal", "relation", "id_no", "legacy_id_no", "name", "phone")


def _search_inputs(household_no: str, phone: str | None, address: JsonObject | None,
                   people: list[JsonObject]) -> tuple[object, ...]:
    """Everything `search_document` reads: equal inputs, equal document, no need to build either."""
    ordered = sorted(people, key=lambda p: p["ordinal"])
    return (household_no, phone, address["text"] if address else None,
            [tuple(p.get(c) for c in _SEARCHED_PERSON) for p in ordered])


def _search_row(household_no: str, phone: str | None, address: JsonObject | None, people: list[JsonObject]) -> JsonObject:
    ordered = sorted(people, key=lambda p: p["ordinal"])  # as Household.people is ordered
    return search_document(household_no, address["text"] if address else None, phone, ordered)


def _changed(stored: JsonObject, wanted: JsonObject) -> JsonObject:
    return {key: value for key, value in wanted.items() if stored.get(key) != value}


def _column(row: JsonObject, column: str) -> Any:
    return row.get(column)


def _update_many(conn: Connection, table: Table, changes: list[tuple[str, JsonObject]]) -> None:
    """UPDATE table SET <changed columns> WHERE id = ?, grouped by which columns changed."""
    groups: dict[tuple[str, ...], list[JsonObject]] = defaultdict(list)
    for row_id, values in changes:
        groups[tuple(sorted(values))].append({"_id": row_id, **values})
    for columns, rows in groups.items():
        statement = update(table).where(table.c.id == bindparam("_id")).values({c: bindparam(c) for c in columns})
        conn.execute(statement, rows)


def update_households(session: Session, updates: list[tuple[str, HouseholdRows, JsonObject]]) -> None:
    """Apply [(household id, new rows, extra household columns (server_version...))]: the
    households must be clean, and not loaded in this session (the ORM would not see the change)."""
    if not updates:
        return
    conn = session.connection()
    now = utcnow()
    ids = [household_id for household_id, _, _ in updates]
    households = {row["id"]: dict(row) for row in _stored(conn, _table(Household), "id", ids)}
    addresses = {row["household_id"]: dict(row) for row in _stored(conn, _table(HouseholdAddress), "household_id", ids)}
    people: dict[str, list[JsonObject]] = defaultdict(list)
    for row in _stored(conn, _table(Person), "household_id", ids):
        people[row["household_id"]].append(dict(row))

    household_changes, address_changes, person_changes = [], [], []
    new_addresses, new_people, gone_addresses, gone_people, reindex = [], [], [], [], []
    for household_id, rows, extra in updates:
        stored = households[household_id]
        changes = _changed(stored, {**rows.household, **extra})
        if changes:
            household_changes.append((household_id, {**changes, "updated_at": now}))
        old_address = addresses.get(household_id)
        if rows.address is None:
            if old_address is not None:
                gone_addresses.append(old_address["id"])
        elif old_address is None:
            new_addresses.append({**rows.address, "household_id": household_id})
        elif changed := _changed(old_address, rows.address):
            address_changes.append((old_address["id"], changed))
        match = match_people(people[household_id], rows.people, _column)
        new_people += [{**person, "household_id": household_id, "created_at": now, "updated_at": now}
                       for person in match.new]
        person_changes += [(old["id"], {**changed, "updated_at": now}) for old, changed in match.changed]
        gone_people += [p["id"] for p in match.gone]
        old_search = (stored["household_no"], stored["phone"], old_address, people[household_id])
        new_search = (rows.household["household_no"], rows.household.get("phone"), rows.address, rows.people)
        if _search_inputs(*old_search) == _search_inputs(*new_search):
            continue  # most batch updates touch no searched field (notes, status): skip building both documents
        after = _search_row(*new_search)
        if after != _search_row(*old_search):  # an FTS5 delete is the costly part of an update: skip it when we can
            reindex.append((household_id, after))

    _update_many(conn, _table(Household), household_changes)
    _update_many(conn, _table(HouseholdAddress), address_changes)
    _update_many(conn, _table(Person), person_changes)
    if gone_addresses:
        conn.execute(delete(_table(HouseholdAddress)).where(_table(HouseholdAddress).c.id == bindparam("_id")),
                     [{"_id": i} for i in gone_addresses])
    if gone_people:
        conn.execute(delete(_table(Person)).where(_table(Person).c.id == bindparam("_id")),
                     [{"_id": i} for i in gone_people])
    insert_rows(session, _table(HouseholdAddress), [{**row, "id": uuid7()} for row in new_addresses])
    insert_rows(session, _table(Person), [{**row, "id": uuid7()} for row in new_people])
    if reindex:
        conn.exec_driver_sql("DELETE FROM household_search_card WHERE household_id = ?", [(h,) for h, _ in reindex])
        index_households(session, reindex)
