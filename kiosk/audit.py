"""Append-only, hash-chained audit log of who did what to which record.

h_i = SHA-256(h_{i-1} || canonical(entry_i)). Entries carry record IDs and counts, never names,
ID numbers or other personal values. Triggers in the schema refuse UPDATE and DELETE; the chain
makes any edit of the file itself detectable by `verify`.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kiosk.db.audit import AuditAnchor, AuditEvent
from kiosk.db.base import utcnow

GENESIS = "0" * 64


def actor() -> str:
    return os.environ.get("KIOSK_OFFICER", "local-officer")


def _canonical(at: datetime, who: str, action: str, record_type: str, record_id: str | None,
               details: Mapping[str, object]) -> bytes:
    entry = {"at": at.astimezone(timezone.utc).isoformat(timespec="microseconds"), "actor": who,
             "action": action, "record_type": record_type, "record_id": record_id, "details": details}
    return json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def chain_hash(prev: str, at: datetime, who: str, action: str, record_type: str, record_id: str | None,
               details: Mapping[str, object]) -> str:
    return hashlib.sha256(prev.encode("ascii") + _canonical(at, who, action, record_type, record_id, details)).hexdigest()


def record(session: Session, action: str, record_type: str, record_id: str | None = None,
           details: Mapping[str, object] | None = None, who: str | None = None) -> str:
    """Append one event in the caller's transaction (which must be a write transaction); returns
    its hash. A plain INSERT, not an ORM object: it is on the path of every delivered item."""
    return record_many(session, [(action, record_type, record_id, details or {})], who)


def record_many(session: Session, events: Sequence[tuple[str, str, str | None, Mapping[str, object]]],
                who: str | None = None) -> str:
    """Append (action, record_type, record_id, details) events in order with one INSERT; returns
    the hash of the last one (the head of the chain)."""
    who = who or actor()
    prev = session.execute(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).scalar() or GENESIS
    at = utcnow()
    rows = []
    for action, record_type, record_id, details in events:
        digest = chain_hash(prev, at, who, action, record_type, record_id, details)
        rows.append({"at": at, "actor": who, "action": action, "record_type": record_type, "record_id": record_id,
                     "details": details, "prev_hash": prev, "hash": digest})
        prev = digest
    if rows:
        session.execute(insert(AuditEvent), rows)
    return prev


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    first_bad_seq: int | None
    reason: str | None  # gap | link | content | truncated | rewritten
    head: str
    anchor: AuditAnchor | None = None  # the latest hub-acknowledged anchor checked against


def acknowledge_anchor(session: Session, seq: int, head: str) -> None:
    """The hub acknowledged the chain head `head` at `seq` (called after its 2xx answer)."""
    latest = latest_anchor(session)
    if latest is None or (latest.seq, latest.head) != (seq, head):
        session.add(AuditAnchor(seq=seq, head=head))


def latest_anchor(session: Session) -> AuditAnchor | None:
    return session.execute(select(AuditAnchor).order_by(AuditAnchor.id.desc()).limit(1)).scalars().first()


def verify(session: Session) -> ChainReport:
    """Walk the chain; then hold it to the latest anchor the hub acknowledged: the entry at the
    anchor's seq must still have the anchored hash (else the log was rewritten, even if the
    chain was recomputed), and the log must reach that far (else entries were deleted)."""
    anchor = latest_anchor(session)
    prev = GENESIS
    count = 0
    last_seq = 0
    for event in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
        count += 1
        if event.seq != last_seq + 1:
            return ChainReport(False, count, event.seq, "gap", prev, anchor)
        if event.prev_hash != prev:
            return ChainReport(False, count, event.seq, "link", prev, anchor)
        expected = chain_hash(prev, event.at, event.actor, event.action, event.record_type, event.record_id,
                              event.details)
        if expected != event.hash:
            return ChainReport(False, count, event.seq, "content", prev, anchor)
        if anchor is not None and event.seq == anchor.seq and event.hash != anchor.head:
            return ChainReport(False, count, event.seq, "rewritten", prev, anchor)
        prev = event.hash
        last_seq = event.seq
    if anchor is not None and last_seq < anchor.seq:
        return ChainReport(False, count, last_seq + 1, "truncated", prev, anchor)
    return ChainReport(True, count, None, None, prev, anchor)
