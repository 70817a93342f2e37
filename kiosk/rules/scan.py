"""The proactive scan over the store: every cached household read column-wise straight into rule
inputs and evaluated in one vectorised simulation.

Reading 250,000 people out of the encrypted file is dominated by the values the driver has to
build, so the query asks for few and simple ones: yes/no facts and the services received packed
into integers, dates as day numbers, empty JSON as NULL, and no names or ID numbers (the visit
plan fetches those for the households it lists).
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np

from kiosk.json_types import JsonObject
from kiosk.rules.engine import Evaluation, simulate
from kiosk.rules.units import (
    BOOL_FACTS, EXTENSION_FACTS, FAR_FUTURE, INSURANCE_CODES, LEVEL_CODES, PERMIT_CODES, RELATIONS, Households, People,
    build_population, latest_hardship,
)
from kiosk.rules.variables.inputs import SERVICE_CODES

if TYPE_CHECKING:
    from collections.abc import Iterable

    from numpy.typing import DTypeLike
    from sqlalchemy import Connection

    from kiosk.db.store import Store
    from kiosk.rules.units import Population

FLAGS = ("lives_here", "employed", "student", "aboriginal", "institutionalized", "can_work_in_taiwan",
         "registered_here", "has_legacy_id", "citizen", "has_disability_certificate_expiry",
         "has_citizen_certificate")
_FLAG_SQL = ("p.lives_here", "p.employed", "p.student", "p.aboriginal", "p.institutionalized", "p.can_work_in_taiwan",
             "p.registered_here", "p.legacy_id_no IS NOT NULL", "coalesce(p.nationality, 'TW') = 'TW'",
             "p.disability_level IS NOT NULL AND p.disability_certificate_expiry IS NOT NULL",
             "p.citizen_certificate_expiry IS NOT NULL")


def _bits(parts: Iterable[tuple[str, int]]) -> str:
    """SQL packing (expression, width) pairs into one integer, lowest bits first."""
    shift, terms = 0, []
    for sql, width in parts:
        terms.append(f"(({sql}) << {shift})")  # SQLite: << and | share a precedence, hence the brackets
        shift += width
    return " | ".join(terms)


def _days(column: str) -> str:
    """A date column as days since 1970-01-01 (numbers convert to numpy far faster than text)."""
    return f"CAST(julianday(coalesce({column}, '{FAR_FUTURE}')) - 2440587.5 AS INTEGER)"


def _codes(column: str, values: Iterable[str]) -> str:
    return f"CASE {column} " + " ".join(f"WHEN '{v}' THEN {i}" for i, v in enumerate(values)) + " ELSE 0 END"


# One integer carries every small fact of a person: 12 flags, then the fields below.
FIELDS = (("work_capacity", 2), ("disability_level", 3), ("ltc_cms_level", 4), ("days_in_taiwan_last_year", 9),
          ("relation", 4), ("ordinal", 8))
_PACKED = _bits([*((sql, 1) for sql in _FLAG_SQL), *zip((
    "CASE WHEN p.work_capacity IS NULL THEN 0 WHEN p.work_capacity THEN 1 ELSE 2 END",
    _codes("p.disability_level", ("none", *LEVEL_CODES)), "min(coalesce(p.ltc_cms_level, 0), 15)",
    "min(p.days_in_taiwan_last_year, 511)", _codes("p.relation", RELATIONS), "min(p.ordinal, 255)"),
    (width for _, width in FIELDS))])


_PEOPLE = (
    f"SELECT p.household_id, {_PACKED}, {_days('p.birth_date')}, {_days('p.disability_certificate_expiry')}, "
    f"{_days('p.citizen_certificate_expiry')}, nullif(p.receiving, '[]'), p.monthly_income, p.movable_assets, "
    "p.real_estate_value, nullif(p.extra, '{}'), p.rowid FROM person p"
)
_HOUSEHOLDS = "SELECT id, household_no, region, status, registered_since, nullif(extra, '{}') FROM household"
_DETAILS = "SELECT rowid, id_no, name FROM person WHERE rowid IN (SELECT value FROM json_each(?))"


def _raw_cursor(conn: Connection) -> Any:
    """sqlcipher3's own (untyped) cursor: plain DB-API rows, 3x faster than Row objects."""
    driver = conn.connection.driver_connection
    assert driver is not None, "an open connection has its driver's"
    return driver.cursor()


def _fetch(store: Store) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    with store.engine.connect() as conn:
        cursor = _raw_cursor(conn)
        households = cursor.execute(_HOUSEHOLDS).fetchall()
        rows = cursor.execute(_PEOPLE).fetchall()
        cursor.close()
    return households, list(zip(*rows)) if rows else []


def read_tables(store: Store) -> tuple[People, Households, list[str], np.ndarray]:
    """People and households of the whole store, the household keys in order, and each person's
    rowid (to fetch names and ID numbers later)."""
    household_rows, columns = _fetch(store)
    keys = [row[0] for row in household_rows]
    households = Households(
        household_no=[row[1] for row in household_rows], region=[row[2] for row in household_rows],
        status=[row[3] for row in household_rows], registered_since=[row[4] for row in household_rows],
    )
    for row in household_rows:  # only the few households with extensions carry JSON
        data = json.loads(row[5]) if row[5] else {}
        households.hardship_date.append(latest_hardship(data.get("hardship_events")))
        households.foreign_caregiver.append(bool(data.get("foreign_caregiver")))
    people = People()
    if not columns:
        return people.finish(), households, keys, np.zeros(0, dtype=np.int64)
    index = {key: i for i, key in enumerate(keys)}
    household = np.array([index[h] for h in columns[0]], dtype=np.int64)
    packed = np.array(columns[1], dtype=np.int64)
    field, shift = {}, len(FLAGS)
    for name, width in FIELDS:
        field[name] = (packed >> shift) & ((1 << width) - 1)
        shift += width
    order = np.lexsort((field["ordinal"], household))  # by household, then ordinal

    def column(i: int, dtype: DTypeLike) -> np.ndarray:
        return np.array(columns[i], dtype=dtype)[order]

    count = len(order)
    packed = packed[order]
    flag = {name: ((packed >> bit) & 1) == 1 for bit, name in enumerate(FLAGS)}
    f = people.facts
    for name in (*BOOL_FACTS, "has_legacy_id", "citizen", "has_disability_certificate_expiry",
                 "has_citizen_certificate"):
        f[name] = flag[name]
    f["work_capacity"] = field["work_capacity"][order].astype(np.int8)
    f["disability_level"] = field["disability_level"][order].astype(np.int8)
    f["ltc_cms_level"] = field["ltc_cms_level"][order].astype(np.int32)
    f["days_in_taiwan_last_year"] = field["days_in_taiwan_last_year"][order].astype(np.int32)
    f["birth_date"] = column(2, np.int64).astype("datetime64[D]")
    f["disability_certificate_expiry"] = column(3, np.int64).astype("datetime64[D]")
    f["citizen_certificate_expiry"] = column(4, np.int64).astype("datetime64[D]")
    received = column(5, object)
    received = np.where(received == None, "", received).astype(str)  # noqa: E711 - JSON text of service codes
    f["receiving"] = np.zeros(count, dtype=np.int32)
    for i in range(len(SERVICE_CODES)):  # numpy's string search beats an instr() call per code and row in SQL
        f["receiving"] |= ((np.char.find(received, f'"S{i + 1:02d}"') >= 0) << i).astype(np.int32)
    for offset, name in enumerate(("monthly_income", "movable_assets", "real_estate_value"), start=6):
        f[name] = column(offset, float)
    _read_extras(f, column(9, object))
    people.household = household[order]
    people.relation = np.array(RELATIONS, dtype=object)[field["relation"][order]]
    people.registered_here = flag["registered_here"]
    people.id_no = [None] * count
    people.name = [None] * count
    return people, households, keys, column(10, np.int64)


def _read_extras(f: JsonObject, extras: np.ndarray) -> None:
    """The contract's optional facts and our extensions from the JSON `extra` of each person. The same
    few texts repeat over the district, so each distinct text is parsed once."""
    index: dict[str | None, int] = {None: 0}
    inverse = np.fromiter((index.setdefault(text, len(index)) for text in extras), dtype=np.int64, count=len(extras))
    parsed = [json.loads(text) if text else {} for text in index]
    for name in EXTENSION_FACTS:
        f[name] = np.array([bool(d.get(name)) for d in parsed], dtype=bool)[inverse]
    f["residence_permit"] = np.array([PERMIT_CODES.get(d.get("residence_permit"), 0) for d in parsed],
                                     dtype=np.int8)[inverse]
    f["social_insurance"] = np.array([INSURANCE_CODES.get(d.get("social_insurance"), 0) for d in parsed],
                                     dtype=np.int8)[inverse]
    f["farmer_insurance_years"] = np.array([int(d.get("farmer_insurance_years") or 0) for d in parsed],
                                           dtype=np.int32)[inverse]
    once_foreign = np.array([(d.get("original_nationality") or "TW") != "TW" for d in parsed], dtype=bool)[inverse]
    f["naturalised"] = (f["naturalised"] | once_foreign) & f["citizen"]  # never read from ID digits


def fill_details(store: Store, population: Population, rowids: np.ndarray, households: Iterable[int]) -> None:
    """Names and ID numbers of the people of `households`, for the lines that show them."""
    rows = [r for h in households for r in population.members_of(int(h))]
    wanted = {int(rowids[r]): r for r in rows}
    with store.engine.connect() as conn:
        cursor = _raw_cursor(conn)
        for rowid, id_no, name in cursor.execute(_DETAILS, (json.dumps(list(wanted)),)).fetchall():
            population.people.id_no[wanted[rowid]] = id_no
            population.people.name[wanted[rowid]] = name
        cursor.close()


def scan_store(store: Store, on: date) -> tuple[Evaluation, list[str], np.ndarray]:
    """(evaluation of every household, household keys in its order, person rowids)."""
    people, households, keys, rowids = read_tables(store)
    return simulate(build_population(people, households, on)), keys, rowids
