"""Application revisions arriving at the hub: checked, stored once, routed to the agency's inbox.

One transaction per request holds the whole answer: the revision (accepted or rejected), the
application's routing row, the status entry of the changes feed and the idempotency record. The
unique (application_id, revision) constraint is the duplicate guard, not a check-then-insert.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
import pybase64
from sqlalchemy import ColumnElement, insert, or_, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from kiosk.application_ids import PROOF_FIELD, is_bound_to, made_before
from kiosk.applications import forms
from kiosk.applications.codes import canonical_bytes
from kiosk.applications.notice import notice_version
from kiosk.catalog import Catalog, Service, load_catalog
from kiosk.json_types import JsonObject
from sync import protocol
from sync.hub import feed, idempotency, schema, status_keys
from sync.hub.auth import Caller
from sync.hub.blobs import store_blob
from sync.hub.db import HubDatabase, dialect_insert, get_meta, utcnow
from sync.hub.problems import HubProblem

SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


def _error(path: str, code: str, message: str) -> dict[str, str]:
    return {"path": path, "code": code, "message": message}


HOUSEHOLD_CHECK = select(schema.household.c.household_no, schema.household.c.scope, schema.household.c.data,
                         schema.household.c.deleted)


def households_of(conn: Connection, payloads: list[JsonObject]) -> JsonObject:
    """The rows `validate` needs for these payloads, in one query."""
    wanted = {p.get("household_no") for p in payloads if isinstance(p.get("household_no"), str)}
    return {row.household_no: row for row in
            conn.execute(HOUSEHOLD_CHECK.where(schema.household.c.household_no.in_(wanted)))} if wanted else {}


def validate(conn: Connection, caller: Caller, payload: JsonObject, households: JsonObject | None = None) -> list[dict[str, str]]:
    """What an agency would refuse, as field-level errors (empty when the revision is acceptable).
    `households` (household_no -> row) when a batch looked them up together."""
    catalog = load_catalog()
    try:
        service = catalog.service(str(payload.get("service")))
    except KeyError:
        return [_error("/service", "unknown_service", "This service is not in the hub's catalog")]
    errors: list[dict[str, str]] = []
    if households is not None:
        row = households.get(str(payload.get("household_no")))  # keyed by text household numbers
    else:
        row = conn.execute(HOUSEHOLD_CHECK.where(schema.household.c.household_no == payload.get("household_no"))).first()
    if row is None or row.deleted or row.scope != caller.scope:
        return [_error("/household_no", "unknown_household", "No such household in this officer's area")]
    document = status_keys.household_document(row.data)
    person = payload.get("person")
    if service.applies_to == "person" and not person:
        errors.append(_error("/person", "person_needed", "This service is applied for by one person"))
    if person and not any(m.get("id_no") == person for m in document.get("members", ())):
        errors.append(_error("/person", "not_a_member", "The person is not registered in this household"))
    if payload.get("form_version") != service.form_version:
        errors.append(_error("/form_version", "form_outdated", "The form changed; reopen the draft and submit again"))
    given = payload.get("values")
    values: JsonObject = given if isinstance(given, dict) else {}
    for key in forms.missing_required(service, values):
        errors.append(_error(f"/values/{key}", "required", "Required answer missing"))
    for key, value in values.items():
        field = service.field(key)
        if field is None:
            errors.append(_error(f"/values/{key}", "unknown_field", "Not a field of this form"))
            continue
        try:
            forms.normalise_value(field, value, "en")
        except forms.FieldError as exc:
            errors.append(_error(f"/values/{key}", "invalid", exc.problem.message))
    consent = payload.get("consent") or {}
    if consent.get("notice_version") != _notice_version(service, catalog):
        errors.append(_error("/consent/notice_version", "consent_outdated",
                             "Consent was given on another version of the privacy notice"))
    if service.privacy.health_data and not consent.get("health_data"):
        errors.append(_error("/consent/health_data", "consent_health", "Consent must cover health data"))
    if payload.get("device_key_id") != caller.key_id:
        errors.append(_error("/device_key_id", "wrong_device", "Signed by a different device"))
    return errors


_NOTICE_VERSIONS: dict[tuple[str, str], str] = {}


def _notice_version(service: Service, catalog: Catalog) -> str:
    """notice_version of one of the catalog's own services, worked out once per catalog content:
    hashing the notice's texts for every arriving revision was a twentieth of a batch's CPU."""
    key = (catalog.content_hash, service.code)
    version = _NOTICE_VERSIONS.get(key)
    if version is None:
        version = _NOTICE_VERSIONS[key] = notice_version(service, catalog)
    return version


def _decode_inline_blobs(blobs: dict[str, str]) -> dict[str, bytes]:
    decoded = {}
    for sha256, encoded in blobs.items():
        try:
            data = _from_base64(encoded)
        except (binascii.Error, ValueError, TypeError):
            raise HubProblem(400, protocol.BAD_DIGEST, "Inline attachment is not base64") from None
        if hashlib.sha256(data).hexdigest() != sha256 or len(data) > protocol.INLINE_BLOB_LIMIT:
            raise HubProblem(400, protocol.BAD_DIGEST, "Inline attachment does not match its hash")
        decoded[sha256] = data
    return decoded


def _from_base64(encoded: str) -> bytes:
    """b64decode(validate=True) by pybase64 (SIMD: a 48 KB photo in ~4 us instead of ~170); what
    it refuses is judged by the base64 module, as before."""
    try:
        return pybase64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError, TypeError):
        return base64.b64decode(encoded, validate=True)


INSERT_REVISION = insert(schema.revision).returning(schema.revision.c.id)


def _missing_blobs(conn: Connection, caller: Caller, attachments: list[JsonObject], inline: dict[str, bytes]) -> list[str]:
    return missing_of(blob_sizes(conn, caller, wanted_hashes(attachments), inline), attachments)


def blob_sizes(conn: Connection, caller: Caller, wanted: set[str], inline: dict[str, bytes]) -> dict[str, int]:
    """held_blob_sizes, without asking the database about the attachments that came inline and were
    just stored for this scope (the usual case: a photo of the signed form)."""
    sizes = {sha256: len(inline[sha256]) for sha256 in wanted if sha256 in inline}
    if len(sizes) < len(wanted):
        sizes.update(held_blob_sizes(conn, caller, wanted - sizes.keys()))
    return sizes


def wanted_hashes(attachments: list[JsonObject]) -> set[str]:
    given = {a.get("sha256") for a in attachments}
    wanted = {w for w in given if isinstance(w, str) and SHA256_HEX.match(w)}
    if len(wanted) < len(given):
        raise HubProblem(422, protocol.INVALID_SUBMISSION, "Attachment hash is not SHA-256 hex", fixable_by="none",
                         errors=[_error("/attachments", "bad_hash", "Not a SHA-256")])
    return wanted


def held_blob_sizes(conn: Connection, caller: Caller, wanted: set[str]) -> dict[str, int]:
    """Size of each wanted blob this scope holds (only what it uploaded: no borrowing another's files)."""
    blob, owner = schema.blob, schema.blob_owner
    return dict(conn.execute(select(blob.c.sha256, blob.c.size).join(owner, owner.c.sha256 == blob.c.sha256)
                             .where(blob.c.sha256.in_(wanted), owner.c.scope == caller.scope)).all())


def missing_of(sizes: dict[str, int], attachments: list[JsonObject]) -> list[str]:
    for item in attachments:
        if item["sha256"] in sizes and sizes[item["sha256"]] != item.get("size"):
            raise HubProblem(422, protocol.INVALID_SUBMISSION, "Attachment size differs from the stored file",
                             fixable_by="none", errors=[_error("/attachments", "size_mismatch", item.get("name", ""))])
    return sorted({a["sha256"] for a in attachments} - sizes.keys())


def receipt(application_id: str, revision_no: int, server_id: int, digest: str, received_at: datetime,
            status: str) -> JsonObject:
    return {"application_id": application_id, "revision": revision_no, "server_id": str(server_id),
            "payload_digest": digest, "received_at": received_at.isoformat(timespec="seconds") + "Z",
            "status": status, "status_url": f"/v1/applications/{application_id}"}


def no_such_application() -> HubProblem:
    """The one answer for an application id that is unknown or belongs to someone else."""
    return HubProblem(404, protocol.NOT_FOUND, "No such application")


def _check_owner(conn: Connection, caller: Caller, application_id: str) -> None:
    """Only the device that created an application writes to it."""
    owner = conn.execute(select(schema.application.c.device_id)
                         .where(schema.application.c.id == application_id)).scalar()
    if owner is not None and owner != caller.device_id:
        raise no_such_application()


def _existing(conn: Connection, application_id: str, revision_no: int, digest: str) -> tuple[int, JsonObject] | None:
    row = conn.execute(select(schema.revision).where(schema.revision.c.application_id == application_id,
                                                     schema.revision.c.revision == revision_no)).first()
    if row is None:
        return None
    if row.digest != digest:
        raise HubProblem(409, protocol.DIGEST_MISMATCH, "A different revision with this number is on the hub",
                         server_digest=row.digest, payload_digest=digest)
    if row.status == "rejected":
        return 422, protocol.problem(protocol.INVALID_SUBMISSION, "The agency cannot accept this revision", 422,
                                     errors=json.loads(row.problems or "[]"), fixable_by="officer")
    status = conn.execute(select(schema.application.c.status)
                          .where(schema.application.c.id == application_id)).scalar_one()
    return 200, {"receipt": receipt(application_id, revision_no, row.id, row.digest, row.received_at, status)}


def _upsert_application(conn: Connection, caller: Caller, payload: JsonObject, revision_no: int, status: str) -> None:
    """The routing row: created by the first revision, moved on by later ones (one statement)."""
    upsert_applications(conn, [application_row(caller, payload, revision_no, status)])


def application_row(caller: Caller, payload: JsonObject, revision_no: int, status: str) -> JsonObject:
    service = load_catalog().services.get(str(payload.get("service")))
    agency = service.agency.get("zh-TW", "") if service else ""
    return {"id": payload["application_id"], "device_id": caller.device_id, "scope": caller.scope,
            "household_no": str(payload.get("household_no"))[:8], "service": str(payload.get("service"))[:4],
            "person": payload.get("person") or None, "agency": agency[:64], "latest_revision": revision_no,
            "status": status, "updated_at": utcnow()}


# PostgreSQL: the rows as one JSON parameter; an executemany converted and sent each row on its own
# (in Python, under the worker's GIL) and the server ran one INSERT per row.
UPSERT_PG = text("""
INSERT INTO hub_application (id, device_id, scope, household_no, service, person, agency, latest_revision, status,
                             updated_at)
SELECT id, device_id, scope, household_no, service, person, agency, latest_revision, status, :updated_at
FROM json_to_recordset(CAST(:rows AS json)) AS given(id varchar, device_id varchar, scope varchar, household_no varchar,
                                                   service varchar, person varchar, agency varchar,
                                                   latest_revision integer, status varchar)
ON CONFLICT (id) DO UPDATE SET latest_revision = excluded.latest_revision, status = excluded.status, decision = NULL,
                               updated_at = excluded.updated_at
WHERE hub_application.latest_revision <= excluded.latest_revision AND hub_application.device_id = excluded.device_id""")


def upsert_applications(conn: Connection, rows: list[JsonObject]) -> None:
    """Routing rows, one statement for any number (a later revision moves its row on)."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        latest: dict[str, JsonObject] = {}  # one row per application (one statement may not update a row twice):
        for row in rows:  # its latest revision's, which is what updating in turn would leave
            if row["id"] not in latest or latest[row["id"]]["latest_revision"] <= row["latest_revision"]:
                latest[row["id"]] = row
        conn.execute(UPSERT_PG, {"updated_at": rows[0]["updated_at"], "rows": orjson.dumps(
            [{k: v for k, v in row.items() if k != "updated_at"} for row in latest.values()]).decode()})
        return
    table = schema.application
    statement = dialect_insert(conn, table)
    conn.execute(statement.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={"latest_revision": statement.excluded.latest_revision, "status": statement.excluded.status,
              "decision": None, "updated_at": statement.excluded.updated_at},
        where=(table.c.latest_revision <= statement.excluded.latest_revision)
        & (table.c.device_id == statement.excluded.device_id)), rows)


def status_entry(conn: Connection, application_id: str) -> JsonObject:
    row = conn.execute(select(schema.application).where(schema.application.c.id == application_id)).one()
    return status_entry_of(row.id, row.device_id, row.latest_revision, row.status,
                         json.loads(row.decision) if row.decision else None)


def status_entry_of(application_id: str, device_id: str, revision_no: int, status: str, decision: JsonObject | None) -> JsonObject:
    data = {"application_id": application_id, "revision": revision_no, "status": status, "decision": decision}
    return {"scope": f"device:{device_id}", "kind": "application", "key": application_id, "version": revision_no,
            "op": "upsert", "data": json.dumps(data, ensure_ascii=False)}


@dataclass
class Arrival:
    """A revision checked before the write lock is taken: everything that needs no lock."""

    application_id: str
    revision_no: int
    payload: JsonObject
    digest: str
    canonical: str
    blobs: dict[str, bytes]
    attachments: list[JsonObject]
    errors: list[dict[str, str]]
    status_key: str | None = None  # for the citizen's status page (sync/hub/status_keys.py)
    canonical_utf8: bytes = b""  # `canonical` as its digest was taken on


def _check_id_made_by_caller(conn: Connection, caller: Caller, application_id: str, payload: JsonObject) -> None:
    """An application id must be the calling device's own (its proof), or older than this check:
    ids are printed on receipts, and a printed id must not let another device claim it first."""
    if is_bound_to(application_id, caller.key_id, payload.get(PROOF_FIELD)):
        return
    if PROOF_FIELD not in payload and made_before(application_id, int(get_meta(conn, "bound_ids_since"))):
        return  # made by a device before ids were bound: its first revision is still welcome
    raise HubProblem(422, protocol.INVALID_SUBMISSION, "This application id was not made by this device",
                     fixable_by="none", errors=[_error("/application_id", "not_this_devices_id", "")])


def prepare(db: HubDatabase, caller: Caller, application_id: str, revision_no: int, body: dict[str, Any],
            forced_rejection: bool = False) -> Arrival:
    """Digest, identity, inline attachments and the agency's checks, outside any write lock, so two
    arriving revisions overlap; `receive` then only writes."""
    with db.read() as conn:
        return prepare_in(conn, caller, application_id, revision_no, body, forced_rejection)


def prepare_in(conn: Connection, caller: Caller, application_id: str, revision_no: int, body: dict[str, Any],
               forced_rejection: bool = False, households: JsonObject | None = None) -> Arrival:
    """`prepare` on a read connection the caller holds (a batch: one for all its items)."""
    payload = body.get("payload")
    claimed = body.get("digest")
    if not isinstance(payload, dict) or not isinstance(claimed, str):
        raise HubProblem(400, protocol.BAD_DIGEST, "Body must carry payload and digest")
    canonical_utf8 = canonical_bytes(payload)
    if hashlib.sha256(canonical_utf8).hexdigest() != claimed:
        raise HubProblem(400, protocol.BAD_DIGEST, "digest is not the SHA-256 of the canonical payload")
    if payload.get("application_id") != application_id or payload.get("revision") != revision_no:
        raise HubProblem(422, protocol.INVALID_SUBMISSION, "Payload names another application or revision",
                         fixable_by="none", errors=[_error("/application_id", "mismatch", "")])
    blobs = _decode_inline_blobs(body.get("blobs") or {})
    listed = payload.get("attachments")
    attachments: list[JsonObject] = listed if isinstance(listed, list) else []
    _check_id_made_by_caller(conn, caller, application_id, payload)
    if households is None:  # one lookup for the checks and the status page's key
        households = households_of(conn, [payload])
    errors = validate(conn, caller, payload, households)
    if forced_rejection and not errors:
        errors = [_error("/values", "agency_rejected", "The agency's back office refused this revision (test fault)")]
    return Arrival(application_id, revision_no, payload, claimed, canonical_utf8.decode("utf-8"), blobs, attachments,
                   errors, status_keys.key_for(conn, payload, caller.scope, households), canonical_utf8)


def receive(conn: Connection, caller: Caller, arrival: Arrival, key: str, print_: str) -> tuple[int, JsonObject, bool]:
    """(status, body, replayed) for one PUT of a revision, inside the write transaction."""
    replay = idempotency.lookup(conn, caller, key, print_)
    if replay is not None:
        return (200 if replay.status in (201, 202) else replay.status), replay.body, True
    _check_owner(conn, caller, arrival.application_id)  # before _existing: not even another's digest leaks
    existing = _existing(conn, arrival.application_id, arrival.revision_no, arrival.digest)
    if existing is not None:
        return existing[0], existing[1], True
    now = utcnow()
    for sha256, data in arrival.blobs.items():
        store_blob(conn, caller.scope, sha256, data)
    missing = _missing_blobs(conn, caller, arrival.attachments, arrival.blobs)
    if missing:
        raise HubProblem(409, protocol.MISSING_BLOBS, "Upload these attachments first", missing_blobs=missing)
    errors = arrival.errors
    status = "invalid" if errors else "received"
    try:  # the unique (application_id, revision) is the duplicate guard; a racing twin loses here
        server_id = conn.execute(INSERT_REVISION, {
            "application_id": arrival.application_id, "revision": arrival.revision_no, "digest": arrival.digest,
            "body": arrival.canonical, "status": "rejected" if errors else "accepted",
            "problems": json.dumps(errors) if errors else None, "device_id": caller.device_id,
            "received_at": now}).scalar_one()
    except IntegrityError:
        raise idempotency.IN_FLIGHT from None
    _upsert_application(conn, caller, arrival.payload, arrival.revision_no, status)
    _check_owner(conn, caller, arrival.application_id)  # a twin from another device won the race: roll back
    if arrival.status_key:
        status_keys.store(conn, [(arrival.status_key, arrival.application_id)])
    if errors:
        code, answer = 422, protocol.problem(protocol.INVALID_SUBMISSION, "The agency cannot accept this revision",
                                             422, errors=errors, fixable_by="officer")
    else:
        code, answer = 202, {"receipt": receipt(arrival.application_id, arrival.revision_no, server_id,
                                                arrival.digest, now, status)}
    idempotency.record(conn, caller, key, print_, code, answer)
    feed.append(conn, [status_entry_of(arrival.application_id, caller.device_id, arrival.revision_no, status, None)])
    return code, answer, False


def _reconcile_items(revisions: list[object]) -> dict[tuple[str, int], str]:
    """[application_id, revision, digest] triples; anything else is refused with where it is."""
    wanted = {}
    for index, item in enumerate(revisions[:20000]):
        if not (isinstance(item, list) and len(item) == 3 and isinstance(item[0], str) and len(item[0]) <= 36
                and isinstance(item[1], int) and not isinstance(item[1], bool) and 0 < item[1] < 2 ** 31
                and isinstance(item[2], str) and len(item[2]) <= 64):
            raise HubProblem(422, protocol.INVALID_SUBMISSION, "Each item is [application_id, revision, digest]",
                             fixable_by="none", errors=[_error(f"/revisions/{index}", "bad_item",
                                                               "Expected [text, whole number, text]")])
        wanted[(item[0], item[1])] = item[2]
    return wanted


def _visible(caller: Caller) -> ColumnElement[bool]:
    """Applications a device may read: its own, and its scope's."""
    table = schema.application
    return or_(table.c.device_id == caller.device_id, table.c.scope == caller.scope)


def reconcile(conn: Connection, caller: Caller, revisions: list[object]) -> JsonObject:
    """Which of the revisions a device believes delivered the hub does not hold (or holds differently).
    Another scope's applications read as not held, exactly like unknown ones."""
    wanted = _reconcile_items(revisions)
    ids = sorted({a for a, _ in wanted})
    held = {}
    rev, app = schema.revision, schema.application
    for start in range(0, len(ids), 500):
        for row in conn.execute(select(rev.c.application_id, rev.c.revision, rev.c.digest)
                                .join(app, app.c.id == rev.c.application_id)
                                .where(rev.c.application_id.in_(ids[start:start + 500]), _visible(caller))):
            held[(row.application_id, row.revision)] = row.digest
    missing = [[a, r] for (a, r) in wanted if (a, r) not in held]
    mismatched = [[a, r, held[(a, r)]] for (a, r), d in wanted.items() if (a, r) in held and held[(a, r)] != d]
    return {"missing": missing, "mismatched": mismatched, "server_epoch": get_meta(conn, "epoch")}


def application_status(conn: Connection, caller: Caller, application_id: str) -> JsonObject:
    row = conn.execute(select(schema.application)
                       .where(schema.application.c.id == application_id, _visible(caller))).first()
    if row is None:
        raise no_such_application()
    revisions = conn.execute(select(schema.revision.c.revision, schema.revision.c.digest, schema.revision.c.status,
                                    schema.revision.c.received_at)
                             .where(schema.revision.c.application_id == application_id)
                             .order_by(schema.revision.c.revision)).all()
    return {"application_id": row.id, "latest_revision": row.latest_revision, "status": row.status,
            "agency": row.agency, "decision": json.loads(row.decision) if row.decision else None,
            "revisions": [{"revision": r.revision, "digest": r.digest, "status": r.status,
                           "received_at": r.received_at.isoformat(timespec="seconds") + "Z"} for r in revisions]}
