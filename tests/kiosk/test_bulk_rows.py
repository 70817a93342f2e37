"""Bulk-load helpers: keys made many at a time, and values converted once per distinct value."""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, Column, Integer, MetaData, String, Table, create_engine, select
from sqlalchemy.orm import Session

from kiosk.db.bulk import insert_rows
from kiosk.ids import uuid7, uuid7_many


def test_keys_made_many_at_a_time_are_distinct_ordered_version_7_and_after_the_last_single_one():
    before = uuid7()
    keys = uuid7_many(5000)
    after = uuid7()
    assert len(set(keys)) == 5000
    assert [before, *keys, after] == sorted([before, *keys, after]), "time-ordered, as one-by-one keys are"
    assert {uuid.UUID(k).version for k in keys} == {7}


def test_each_distinct_value_is_converted_once_and_equal_values_of_other_types_apart(monkeypatch):
    table = Table("t", MetaData(), Column("id", Integer, primary_key=True), Column("doc", JSON),
                  Column("code", String(4), default="none"))
    calls = []
    original = JSON._cached_bind_processor

    def counting(self, dialect):
        processor = original(self, dialect)
        return lambda value: calls.append(value) or processor(value)

    monkeypatch.setattr(JSON, "_cached_bind_processor", counting)
    engine = create_engine("sqlite://")
    table.metadata.create_all(engine)
    rows = [{"id": n, "doc": value} for n, value in enumerate([True, 1, True, 1, "x", "x", {"a": 1}, {"a": 1}])]
    with Session(engine) as session:
        insert_rows(session, table, rows)
        stored = session.execute(select(table.c.doc, table.c.code).order_by(table.c.id)).all()
    assert [type(d) for d, _ in stored] == [bool, int, bool, int, str, str, dict, dict]
    assert [d for d, _ in stored] == [r["doc"] for r in rows] and {c for _, c in stored} == {"none"}
    assert len(calls) == 5, "True, 1 and 'x' once each; the unhashable dicts every time"
