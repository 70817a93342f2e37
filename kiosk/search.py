"""Find a household by any fragment an officer has: part of a name (two characters are common),
a full ID or its last four digits, a phone number or its end, part of the address, the 戶號.

Each household has a row in two contentless FTS5 indexes and a compact "card":
  household_search_text
    names, address  character bigrams of the search form (a 2-character query is one token;
                    a longer one is a phrase of consecutive bigrams, i.e. an exact substring)
    surnames        the first character of each name, for 1-character queries
  household_search_code (with prefix indexes)
    ids, id_tails   full IDs (prefix-searchable) and their last four digits
    phones,         phone digits (prefix) and the same digits reversed (so a suffix is a prefix)
    phone_tails
    household_no    the 戶號
  household_search_card  what a result line needs, so ranking never reads the person table.
Users never write MATCH syntax: queries are reduced to letters and digits and every token is
quoted by us, so FTS operators and LIKE wildcards in the input are just characters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from kiosk.identity import mask_id
from kiosk.json_types import JsonObject
from kiosk.text import search_form

NAME_SEPARATOR = "sep0"  # three-plus characters: never equal to a bigram, breaks phrases across names
UNIT = "\x1f"
CANDIDATES_PER_PROBE = 200
TEXT_COLUMNS = ("names", "address", "surnames")
CODE_COLUMNS = ("ids", "id_tails", "household_no", "phones", "phone_tails")
CARD_COLUMNS = ("household_no", "names", "ids", "legacy_ids", "phones", "address")
_INDEXES = ("household_search_text", "household_search_code")  # the two FTS5 tables
# search_document's answer: the space-separated tokens of each index column, and "card": {CARD_COLUMNS: text}.
SearchDocument = dict[str, Any]
# A household_search_card row: rowid, household_id, then CARD_COLUMNS.
_Card = tuple[int, str, str, str, str, str, str, str | None]

_ID_FULL = re.compile(r"^[a-z][0-9a-d][0-9]{8}$")
_ID_PREFIX = re.compile(r"^[a-z][0-9a-d][0-9]{0,7}$")
_HOUSEHOLD_NO = re.compile(r"^[a-z][a-z0-9]{0,6}[0-9]?$")
_NOT_ALNUM = re.compile(r"[\W_]+")
_NOT_DIGIT = re.compile(r"\D+")


def _alnum(value: str) -> str:
    return _NOT_ALNUM.sub("", search_form(value))


def _digits(value: str | None) -> str:
    return _NOT_DIGIT.sub("", search_form(value or ""))


def bigrams(value: str) -> list[str]:
    chars = _alnum(value)
    if len(chars) <= 1:
        return [chars] if chars else []
    return [chars[i:i + 2] for i in range(len(chars) - 1)]


def search_document(household_no: str, address_text: str | None, phone: str | None,
                    people: list[JsonObject]) -> SearchDocument:
    """Index tokens and card fields of one household. `people` are dicts with id_no,
    legacy_id_no, name, phone, relation, in household order (relatives elsewhere last)."""
    ids, tails, names, surnames, phones = [], [], [], [], []
    ordered = sorted(people, key=lambda p: p.get("relation") != "head")
    for person in ordered:
        for id_no in (person.get("id_no"), person.get("legacy_id_no")):
            if id_no:
                ids.append(id_no.lower())
                tails.append(id_no[-4:])
        name = _alnum(person.get("name") or "")
        if name:
            names += [*bigrams(name), NAME_SEPARATOR]
            surnames.append(name[0])
        if person.get("phone"):
            phones.append(_digits(person["phone"]))
    if phone:
        phones.append(_digits(phone))
    phones = [p for p in phones if p]
    return {
        "names": " ".join(names), "address": " ".join(bigrams(address_text or "")), "surnames": " ".join(surnames),
        "ids": " ".join(ids), "id_tails": " ".join(tails), "household_no": household_no.lower(),
        "phones": " ".join(phones), "phone_tails": " ".join(p[::-1] for p in phones),
        "card": {
            "household_no": household_no,
            "names": UNIT.join(p.get("name") or "" for p in ordered),
            "ids": UNIT.join(p.get("id_no") or "" for p in ordered),
            "legacy_ids": UNIT.join(p.get("legacy_id_no") or "" for p in ordered),
            "phones": UNIT.join(_digits(p.get("phone")) for p in ordered) + (UNIT + _digits(phone) if phone else ""),
            "address": address_text,
        },
    }


@dataclass(frozen=True)
class SearchHit:
    household_id: str
    household_no: str
    head_name: str
    matched_name: str | None  # the member the query matched, if it matched a person
    masked_id: str | None
    address: str | None
    matched: str  # what matched: id | id_prefix | id_tail | household_no | name | phone | address


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _phrase(column: str, tokens: list[str]) -> str:
    return f"{column} : {_quote(' '.join(tokens))}"


def _prefix(column: str, token: str) -> str:
    return f"{column} : {_quote(token)}*"


@dataclass(frozen=True)
class _Probe:
    matched: str
    rank: int
    index: str  # "text" or "code"
    expression: str


def plan(query: str) -> list[_Probe]:
    """The FTS probes for a query, best-ranked first."""
    q = _alnum(query)
    if not q:
        return []
    probes: list[_Probe] = []
    if _ID_FULL.match(q):
        probes.append(_Probe("id", 0, "code", f"ids : {_quote(q)}"))
    elif _ID_PREFIX.match(q) and len(q) >= 2:
        probes.append(_Probe("id_prefix", 2, "code", _prefix("ids", q)))
    if _HOUSEHOLD_NO.match(q) and not q.isdigit() and len(q) >= 2:
        probes.append(_Probe("household_no", 1 if len(q) == 8 else 3, "code", _prefix("household_no", q)))
    if q.isdigit():
        mobile_start = q.startswith("09")
        if len(q) == 4:
            probes.append(_Probe("id_tail", 2 if mobile_start else 1, "code", f"id_tails : {_quote(q)}"))
        if len(q) >= 3:
            probes.append(_Probe("phone", 1 if mobile_start or len(q) >= 8 else 4, "code", _prefix("phones", q)))
            probes.append(_Probe("phone", 4, "code", _prefix("phone_tails", q[::-1])))
        if len(q) >= 2:
            probes.append(_Probe("address", 7, "text", _phrase("address", bigrams(q))))
    elif len(q) == 1:
        probes.append(_Probe("name", 5, "text", f"surnames : {_quote(q)}"))
    else:
        grams = bigrams(q)
        probes.append(_Probe("name", 3, "text", _phrase("names", grams)))
        probes.append(_Probe("address", 6, "text", _phrase("address", grams)))
    return sorted(probes, key=lambda p: p.rank)


def _match_member(card: _Card, q: str, matched: str) -> int | None:
    """Index of the member the query matched, None if none did (or the hit is not personal)."""
    names, ids, legacy, phones = (field.split(UNIT) for field in card[3:7])
    for i, name in enumerate(names):
        own_ids = [x.lower() for x in (ids[i], legacy[i] if i < len(legacy) else "") if x]
        if matched == "id" and q in own_ids:
            return i
        if matched == "id_prefix" and any(x.startswith(q) for x in own_ids):
            return i
        if matched == "id_tail" and any(x.endswith(q) for x in own_ids):
            return i
        if matched == "name" and (q in _alnum(name) if len(q) > 1 else _alnum(name).startswith(q)):
            return i
        if matched == "phone" and i < len(phones) and q in phones[i]:
            return i
    return None


def _cards(session: Session, rowids: list[int]) -> list[_Card]:
    return [tuple(row) for row in session.execute(
        text("SELECT rowid, household_id, household_no, names, ids, legacy_ids, phones, address "
             "FROM household_search_card WHERE rowid IN (SELECT value FROM json_each(:rowids))"),
        {"rowids": json.dumps(rowids)},
    )]


def search(session: Session, query: str, limit: int = 20) -> list[SearchHit]:
    """Ranked households for `query`: exact ID first, then 戶號 and ID ends, names, phones, addresses."""
    q = _alnum(query)
    ranked: dict[int, tuple[int, str]] = {}  # card rowid -> (rank, what matched)
    for probe in plan(query):
        if probe.rank > 0 and sum(1 for r, _ in ranked.values() if r < probe.rank) >= limit * 2:
            break  # enough better-ranked candidates; lower ranks would never be shown
        table = f"household_search_{probe.index}"
        for rowid in session.execute(text(f"SELECT rowid FROM {table} WHERE {table} MATCH :m LIMIT :n"),
                                     {"m": probe.expression, "n": CANDIDATES_PER_PROBE}).scalars():
            if rowid not in ranked:
                ranked[rowid] = (probe.rank, probe.matched)
        if probe.rank == 0 and ranked:
            break  # an exact ID is the answer
    if not ranked:
        return []
    scored = []
    for card in _cards(session, list(ranked)):
        rank, matched = ranked[card[0]]
        member = _match_member(card, q, matched)
        closeness = 0
        names = card[3].split(UNIT)
        if matched == "name":
            if member is None:
                continue  # the phrase crossed from one name into the next
            name = _alnum(names[member])
            closeness = 0 if name == q else 1 if name.startswith(q) or name[1:].startswith(q) else 2
        shown = member if member is not None else 0
        hit = SearchHit(
            household_id=card[1], household_no=card[2], head_name=names[0],
            matched_name=names[member] if member is not None else None,
            masked_id=mask_id(card[4].split(UNIT)[shown]) or None, address=card[7], matched=matched,
        )
        scored.append((rank, closeness, card[2], hit))
    scored.sort(key=lambda item: item[:3])
    return [hit for *_, hit in scored[:limit]]


def like_pattern(query: str) -> str:
    """A LIKE pattern for the naive baseline, with its wildcards escaped."""
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def naive_search(session: Session, query: str, limit: int = 20) -> list[str]:
    """What a first version would do: LIKE '%q%' over every field, exact ID ranked first.
    Kept as the benchmark baseline and as an oracle in tests."""
    q = query.strip()
    rows = session.execute(
        text(
            "SELECT h.id, max(upper(p.id_no) = upper(:q)) AS exact FROM household h "
            "JOIN person p ON p.household_id = h.id "
            "LEFT JOIN household_address a ON a.household_id = h.id "
            "WHERE p.name LIKE :p ESCAPE '\\' OR p.id_no LIKE :p ESCAPE '\\' "
            "OR p.legacy_id_no LIKE :p ESCAPE '\\' OR p.phone LIKE :p ESCAPE '\\' "
            "OR h.phone LIKE :p ESCAPE '\\' OR h.household_no LIKE :p ESCAPE '\\' "
            "OR a.text LIKE :p ESCAPE '\\' "
            "GROUP BY h.id ORDER BY exact DESC, h.household_no LIMIT :n"
        ),
        {"q": q, "p": like_pattern(q), "n": limit},
    ).all()
    return [row[0] for row in rows]


def index_households(session: Session, documents: list[tuple[str, SearchDocument]]) -> None:
    """Index new households: [(household_id, search_document(...))].

    Card rowids are numbered here, after the largest in use (what SQLite itself would choose),
    so all three inserts are single executemany calls: reading back each row's lastrowid cost
    one statement per household, a fifth of a first download's time."""
    if not documents:
        return
    conn = session.connection()
    last: int = conn.exec_driver_sql("SELECT COALESCE(MAX(rowid), 0) FROM household_search_card").scalar_one()
    keyed = [(last + n, household_id, doc) for n, (household_id, doc) in enumerate(documents, start=1)]
    conn.exec_driver_sql(
        f"INSERT INTO household_search_card (rowid, household_id, {', '.join(CARD_COLUMNS)}) "
        f"VALUES (?, ?{', ?' * len(CARD_COLUMNS)})",
        [(rowid, household_id, *(doc["card"][c] for c in CARD_COLUMNS)) for rowid, household_id, doc in keyed],
    )
    for table, columns in (("household_search_text", TEXT_COLUMNS), ("household_search_code", CODE_COLUMNS)):
        conn.exec_driver_sql(
            f"INSERT INTO {table} (rowid, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})",
            [(rowid, *(doc[c] for c in columns)) for rowid, _, doc in keyed],
        )


def compact_index(session: Session) -> None:
    """Merge the FTS5 segments after a big load: a download in 100 pages leaves ~100 of them, and
    each later update's contentless delete has to visit every one (measured: 1.06 ms → 0.34 ms per
    delete on 100,000 households, for ~1 s of merging once)."""
    conn = session.connection()
    for table in _INDEXES:
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


AUTOMERGE = 4  # FTS5's default: merge segments while rows come in


@contextmanager
def merging_deferred(session: Session) -> Iterator[None]:
    """A bulk load's index rows without FTS5 merging its segments as they come: compact_index
    merges them once at the end (100,000 households: 0.3-0.5 s of CPU less)."""
    conn = session.connection()
    for table in _INDEXES:
        conn.exec_driver_sql(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 0)")
    yield
    for table in _INDEXES:
        conn.exec_driver_sql(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', {AUTOMERGE})")


def index_household(session: Session, household_id: str, document: SearchDocument) -> None:
    """Insert or replace the index rows of one household."""
    session.execute(text("DELETE FROM household_search_card WHERE household_id = :h"), {"h": household_id})
    index_households(session, [(household_id, document)])
