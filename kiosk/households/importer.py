"""Household documents into and out of the store.

Every document is validated; the valid ones go in one transaction and the invalid ones come
back as problems (path, field, reason). A household that is already in the store (same 戶號) is
updated in place, its members matched by ID number, so re-importing a file changes nothing and
person records keep the keys that applications and consents point at.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session, selectinload

from kiosk import audit
from kiosk.db.base import utcnow
from kiosk.db.bulk import insert_values, table_values
from kiosk.db.households import Household, HouseholdAddress, Person
from kiosk.db.store import Store
from kiosk.households.document import HouseholdRows, Problem, document_rows, household_document, validate_document
from kiosk.households.limits import check_household_count, document_limit_problems
from kiosk.households.orphans import held_people
from kiosk.households.people_match import match_people
from kiosk.households.shared_ids import registered_elsewhere, reject_shared_ids
from kiosk.i18n import UserError, tr
from kiosk.ids import uuid7_batch
from kiosk.json_types import JsonObject
from kiosk.private_files import open_private
from kiosk.search import SearchDocument, index_household, index_households, search_document
from kiosk.states.household_sync import HouseholdSyncState

MAX_JSON_BYTES = 512 * 1024 * 1024


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def rejected_households(self) -> int:
        return len({p.index for p in self.problems})


def read_documents(path: Path) -> list[Any]:
    if path.stat().st_size > MAX_JSON_BYTES:
        raise UserError("import.too_large", path=str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise UserError("import.not_utf8", path=str(path)) from None
    except json.JSONDecodeError as exc:
        raise UserError("import.bad_json", path=str(path), line=exc.lineno, column=exc.colno) from None
    except RecursionError:  # nesting far deeper than any household: nothing of the file can be read
        raise UserError("limits.too_deep_file", path=str(path)) from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise UserError("import.not_a_list", path=str(path))
    check_household_count(len(data), str(path))
    return data


def search_row(rows: HouseholdRows) -> dict[str, str]:
    text = rows.address["text"] if rows.address else None
    return search_document(rows.household["household_no"], text, rows.household.get("phone"), rows.people)


def bulk_insert(session: Session, batch: list[HouseholdRows], search_rows: list[JsonObject] | None = None) -> list[str]:
    """Insert new households with one executemany per table (the demo district and big imports).
    `search_rows`, when given, are their `search_row`s, already computed (elsewhere)."""
    docs = insert_unindexed(session, batch, search_rows)
    index_households(session, docs)
    return [household_id for household_id, _ in docs]


def insert_unindexed(session: Session, batch: list[HouseholdRows],
                     search_rows: list[SearchDocument] | None = None) -> list[tuple[str, SearchDocument]]:
    """bulk_insert without the search index: returns [(household_id, search row)] to index later
    (a snapshot load indexes everything once, at its end)."""
    return insert_prepared(session, prepare_households(batch, session.connection().dialect, search_rows))


@dataclass
class PreparedHouseholds:
    """New households as the driver's values of each table, and their search rows to index later:
    pure data, so another process may prepare them while this one inserts (a snapshot load)."""
    households: list[tuple[Any, ...]]
    addresses: list[tuple[Any, ...]]
    people: list[tuple[Any, ...]]
    search_rows: list[tuple[str, SearchDocument]]


def prepare_households(batch: list[HouseholdRows], dialect: Dialect,
                       search_rows: list[SearchDocument] | None = None) -> PreparedHouseholds:
    now = utcnow()
    keys = iter(uuid7_batch(sum(1 + bool(rows.address) + len(rows.people) for rows in batch)))
    households, addresses, people, docs = [], [], [], []
    for n, rows in enumerate(batch):
        household_id = next(keys)
        households.append({**rows.household, "id": household_id, "created_at": now, "updated_at": now,
                           "sync_state": HouseholdSyncState.CLEAN})
        if rows.address:
            addresses.append({**rows.address, "id": next(keys), "household_id": household_id})
        for person in rows.people:
            people.append({**person, "id": next(keys), "household_id": household_id, "created_at": now,
                           "updated_at": now})
        docs.append((household_id, search_rows[n] if search_rows is not None else search_row(rows)))
    return PreparedHouseholds(table_values(_HOUSEHOLDS, households, dialect),
                              table_values(_ADDRESSES, addresses, dialect),
                              table_values(_PEOPLE, people, dialect), docs)


def insert_prepared(session: Session, prepared: PreparedHouseholds) -> list[tuple[str, SearchDocument]]:
    insert_values(session, _HOUSEHOLDS, prepared.households)
    insert_values(session, _ADDRESSES, prepared.addresses)
    insert_values(session, _PEOPLE, prepared.people)
    return prepared.search_rows


# Each model maps one Table; SQLAlchemy types __table__ as any FromClause.
_HOUSEHOLDS = cast(Table, Household.__table__)
_ADDRESSES = cast(Table, HouseholdAddress.__table__)
_PEOPLE = cast(Table, Person.__table__)


def _stored_search_row(household: Household) -> JsonObject:
    """The search document of the household as stored now (to skip re-indexing unchanged ones)."""
    people = [{"id_no": p.id_no, "legacy_id_no": p.legacy_id_no, "name": p.name, "phone": p.phone,
               "relation": p.relation} for p in household.people]
    address = household.address.text if household.address is not None else None
    return search_document(household.household_no, address, household.phone, people)


def update_household(session: Session, household: Household, rows: HouseholdRows) -> None:
    indexed = _stored_search_row(household)
    for key, value in rows.household.items():
        setattr(household, key, value)
    if rows.address is None:
        household.address = None
    elif household.address is None:
        household.address = HouseholdAddress(**rows.address)
    else:
        for key, value in rows.address.items():
            setattr(household.address, key, value)
    match = match_people(household.people, rows.people, getattr)
    for person in match.gone:
        household.people.remove(person)
    if match.gone and match.new:  # a member moved in or out of the registration is a new row with the same ID
        session.flush()  # number: the old one goes first (the ORM inserts before it deletes)
    for person_values in match.new:
        household.people.append(Person(**person_values))
    for person, changed in match.changed:
        for name, value in changed.items():
            setattr(person, name, value)
    session.flush()
    wanted_index = search_row(rows)
    if wanted_index != indexed:  # an FTS5 delete is the costly part of an update: skip it when we can
        index_household(session, household.id, wanted_index)


def import_documents(store: Store, documents: Iterable[Any], lang: str | None = None) -> ImportReport:
    """Validate every document; store the valid ones in one transaction."""
    valid, problems = checked_documents(store, documents, lang)
    report = store_documents(store, valid, source="json", rejected=len({p.index for p in problems}))
    report.problems = problems
    return report


def checked_documents(store: Store, documents: Iterable[Any], lang: str | None = None) -> tuple[list[JsonObject], list[Problem]]:
    """(the documents that may be stored, the problems of the others): each one validated, and
    none that shares an ID with another household or would orphan someone's applications."""
    problems: list[Problem] = []
    valid: list[JsonObject] = []
    seen: dict[str, int] = {}
    valid_index: list[int] = []
    for index, document in enumerate(documents):
        found = document_limit_problems(document, index, lang) or validate_document(document, index, lang)
        if not found and document["household_no"] in seen:
            found = [Problem(index, document["household_no"], "/household_no", "household_no",
                             tr("import.duplicate_in_file", lang, other=seen[document["household_no"]]))]
        if found:
            problems += found
        else:
            seen[document["household_no"]] = index
            valid.append(document)
            valid_index.append(index)
    clashes, valid, valid_index = reject_shared_ids(valid, valid_index, registered_elsewhere(store, valid), lang)
    problems += clashes
    held = held_people(store, valid)
    for position, doc in enumerate(valid):
        problems += [Problem(valid_index[position], doc["household_no"], "/members", "members",
                             tr("import.would_orphan", lang, household_no=doc["household_no"], masked=masked,
                                count=count)) for masked, count in held.get(doc["household_no"], ())]
    return [doc for doc in valid if doc["household_no"] not in held], problems


def store_documents(store: Store, documents: list[JsonObject], *, source: str, rejected: int = 0) -> ImportReport:
    """Create or update already-validated documents, all in one transaction."""
    report = ImportReport()
    if not documents:
        return report
    with store.write() as session:
        numbers = [doc["household_no"] for doc in documents]
        existing = {
            h.household_no: h for h in session.execute(
                select(Household).where(Household.household_no.in_(numbers))
                .options(selectinload(Household.people))
            ).scalars()
        }
        fresh = [document_rows(doc) for doc in documents if doc["household_no"] not in existing]
        bulk_insert(session, fresh)
        report.created = len(fresh)
        for doc in documents:
            household = existing.get(doc["household_no"])
            if household is not None:
                update_household(session, household, document_rows(doc))
                report.updated += 1
        audit.record(session, "import", "household", None,
                     {"source": source, "created": report.created, "updated": report.updated, "rejected": rejected})
    return report


def iter_documents(store: Store, batch: int = 500) -> Iterator[JsonObject]:
    with store.read() as session:
        ids = session.execute(select(Household.id).order_by(Household.household_no)).scalars().all()
        for start in range(0, len(ids), batch):
            chunk = ids[start:start + batch]
            households = session.execute(
                select(Household).where(Household.id.in_(chunk)).options(selectinload(Household.people))
                .order_by(Household.household_no)
            ).scalars()
            for household in households:
                yield household_document(household)
            session.expunge_all()


def export_documents(store: Store, path: Path) -> int:
    """Write every household as a JSON list of contract documents; returns the count."""
    count = 0
    tmp = path.with_name(path.name + ".part")
    with open_private(tmp, "w", encoding="utf-8") as handle:
        handle.write("[")
        for document in iter_documents(store):
            handle.write(",\n" if count else "\n")
            handle.write(json.dumps(document, ensure_ascii=False))
            count += 1
        handle.write("\n]\n")
    tmp.replace(path)
    with store.write() as session:
        audit.record(session, "export", "household", None, {"format": "json", "count": count})
    return count
