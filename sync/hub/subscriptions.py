"""Subscriptions to the citizen's own e-housekeeper (issue 24), as devices upload them.

`PUT /v1/subscriptions/{id}` stores the document (resources/contracts/subscription.schema.json)
under the same rules as an application: only the device that made a subscription writes it, and
what it names (applications, household) must be in that device's scope. A later PUT replaces the
document; a withdrawal (by the device, the link in every message, or an SMS "STOP") is final.
Contacts are personal data: they stay in the stored document and are never logged; STOP replies
and the daily cap find a subscription by a keyed hash of the address.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import uuid
from datetime import datetime
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from sqlalchemy import Row, delete, insert, select, update
from sqlalchemy.engine import Connection

from kiosk.json_types import JsonObject
from kiosk.paths import resource_path
from sync import protocol
from sync.hub import feed, schema
from sync.hub.auth import Caller, Secrets
from sync.hub.db import utcnow
from sync.hub.problems import HubProblem

table = schema.subscription
CONTACT_KINDS = ("sms", "email")
CALENDAR, UNSUBSCRIBE = "calendar", "unsubscribe"


@lru_cache(maxsize=1)
def validator() -> Draft202012Validator:
    document = json.loads(resource_path("contracts", protocol.SUBSCRIPTION_SCHEMA).read_text(encoding="utf-8"))
    return Draft202012Validator(document, format_checker=FormatChecker())


def _error(path: str, code: str, message: str) -> dict[str, str]:
    return {"path": path, "code": code, "message": message}


def _refused(errors: list[dict[str, str]]) -> HubProblem:
    return HubProblem(422, protocol.INVALID_SUBMISSION, "The hub cannot accept this subscription",
                      errors=errors[:20], fixable_by="officer")


def check_document(subscription_id: str, document: object) -> JsonObject:
    """The document when it is one the hub can keep; a 422 naming what is wrong otherwise (the
    messages name paths and rules only, never a contact)."""
    errors = [_error("/" + "/".join(map(str, e.absolute_path)), str(e.validator), "Does not match the contract")
              for e in validator().iter_errors(document)]
    if errors:
        raise _refused(errors)
    assert isinstance(document, dict)
    if document["subscription_id"].lower() != subscription_id.lower():
        errors.append(_error("/subscription_id", "mismatch", "Names another subscription than the path"))
    if document["notice_version"] not in protocol.NOTIFY_NOTICE_VERSIONS:
        errors.append(_error("/notice_version", "consent_outdated",
                             "Consent was given on another version of the privacy notice"))
    if "status" in document["purposes"] and not document["application_ids"]:
        errors.append(_error("/application_ids", "required", "Status news needs at least one application"))
    if "reminders" in document["purposes"] and not document["household_id"]:
        errors.append(_error("/household_id", "required", "Reminders need the household"))
    kinds = [c["kind"] for c in document["channels"]]
    if len(set(kinds)) != len(kinds):
        errors.append(_error("/channels", "duplicate", "One channel of each kind"))
    for field in ("consented_at", "withdrawn_at"):
        if document[field] is not None and _instant(document[field]) is None:
            errors.append(_error(f"/{field}", "format", "Not an ISO 8601 date and time"))
    if errors:
        raise _refused(errors)
    return document


def _instant(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def address_key(secrets_: Secrets, kind: str, address: str) -> str:
    """A keyed hash of an address, so lookups by number or e-mail never need the address in clear."""
    return secrets_.mac("notify-address", f"{kind}:{address.strip().lower()}".encode()).hex()


def link_token(secrets_: Secrets, purpose: str, subscription_id: str) -> str:
    """The secret in a subscription's calendar or unsubscribe URL: its id and a MAC over it."""
    raw = uuid.UUID(subscription_id).bytes
    return base64.urlsafe_b64encode(raw + secrets_.mac(f"notify-{purpose}", raw)[:16]).decode().rstrip("=")


def subscription_of_token(secrets_: Secrets, purpose: str, token: str) -> str | None:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return None
    if len(raw) != 32 or not hmac.compare_digest(raw[16:], secrets_.mac(f"notify-{purpose}", raw[:16])[:16]):
        return None
    return str(uuid.UUID(bytes=raw[:16]))


def _check_in_scope(conn: Connection, caller: Caller, document: JsonObject) -> None:
    """Applications must be the caller's or its scope's (unknown and foreign read the same: 409, send
    them first); the household must be in the caller's scope."""
    wanted = sorted(set(document["application_ids"]))
    apps = schema.application
    visible = set(conn.execute(select(apps.c.id).where(
        apps.c.id.in_(wanted), (apps.c.device_id == caller.device_id) | (apps.c.scope == caller.scope))).scalars())
    missing = [a for a in wanted if a not in visible]
    if missing:
        raise HubProblem(409, protocol.MISSING_APPLICATIONS, "Send these applications first",
                         missing_applications=missing)
    number = document["household_id"]
    if number is not None:
        row = conn.execute(select(schema.household.c.scope, schema.household.c.deleted)
                           .where(schema.household.c.household_no == number)).first()
        if row is None or row.deleted or row.scope != caller.scope:
            raise _refused([_error("/household_id", "unknown_household", "No such household in this officer's area")])


def put_subscription(conn: Connection, caller: Caller, secrets_: Secrets, subscription_id: str,
                     document: JsonObject) -> tuple[int, JsonObject]:
    """(201 created | 200 replaced, answer) inside the caller's write transaction."""
    subscription_id = subscription_id.lower()
    row = conn.execute(select(table).where(table.c.id == subscription_id).with_for_update()).first()
    if row is not None and row.device_id != caller.device_id:
        raise HubProblem(404, protocol.NOT_FOUND, "No such subscription")  # another device's: as if unknown
    _check_in_scope(conn, caller, document)
    now = utcnow()
    withdrawn = row is not None and row.state == "withdrawn" or document["withdrawn_at"] is not None
    if withdrawn:
        document = without_contacts(document)
    values = {"device_id": caller.device_id, "scope": caller.scope, "household_no": document["household_id"],
              "language": document["language"], "document": json.dumps(document, ensure_ascii=False),
              "state": "withdrawn" if withdrawn else "active", "updated_at": now}
    if row is None:
        conn.execute(insert(table).values(id=subscription_id, created_at=now, **values,
                                          withdrawn_at=now if withdrawn else None,
                                          withdrawn_by="device" if withdrawn else None))
    else:
        if withdrawn and row.state != "withdrawn":
            values.update(withdrawn_at=now, withdrawn_by="device")
        conn.execute(update(table).where(table.c.id == subscription_id).values(**values))
    _index(conn, secrets_, subscription_id, document)
    if withdrawn:
        cancel_pending(conn, subscription_id)
    return (200 if row is not None else 201), {"subscription_id": subscription_id,
                                               "state": "withdrawn" if withdrawn else "active"}


def _index(conn: Connection, secrets_: Secrets, subscription_id: str, document: JsonObject) -> None:
    """The lookup rows: applications (for the decision hook) and address hashes (STOP, daily cap)."""
    links, contacts = schema.subscription_application, schema.subscription_contact
    conn.execute(delete(links).where(links.c.subscription_id == subscription_id))
    conn.execute(delete(contacts).where(contacts.c.subscription_id == subscription_id))
    wanted = sorted(set(document["application_ids"])) if "status" in document["purposes"] else []
    if wanted:
        conn.execute(insert(links), [{"subscription_id": subscription_id, "application_id": a} for a in wanted])
    rows = [{"subscription_id": subscription_id, "kind": c["kind"], "address_key": address_key(secrets_, c["kind"], c["to"])}
            for c in document["channels"] if c["kind"] in CONTACT_KINDS and c.get("to")]
    if rows:
        conn.execute(insert(contacts), rows)


def cancel_pending(conn: Connection, subscription_id: str) -> None:
    """Nothing more goes out for a withdrawn subscription, whatever was already queued."""
    now = utcnow()
    conn.execute(update(schema.notification).where(schema.notification.c.subscription_id == subscription_id,
                                                   schema.notification.c.state == "pending")
                 .values(state="cancelled"))
    conn.execute(update(schema.notify_message).where(schema.notify_message.c.subscription_id == subscription_id,
                                                     schema.notify_message.c.state == "pending")
                 .values(state="cancelled", updated_at=now))


def without_contacts(document: JsonObject) -> JsonObject:
    """What the hub keeps of a withdrawn subscription: the consent and its withdrawal, no address."""
    return {**document, "channels": [{"kind": c["kind"]} for c in document["channels"]]}


def withdrawal_entry(device_id: str, subscription_id: str, withdrawn_at: datetime, by: str) -> JsonObject:
    """The changes-feed entry that tells the owning device (like a decision) that the citizen
    withdrew at the hub; a device older than this kind skips it."""
    data = {"subscription_id": subscription_id, "state": "withdrawn", "withdrawn_by": by,
            "withdrawn_at": withdrawn_at.isoformat(timespec="seconds") + "Z"}
    return {"scope": f"device:{device_id}", "kind": "subscription", "key": subscription_id, "version": 1,
            "op": "upsert", "data": json.dumps(data)}


def unreachable_entry(device_id: str, subscription_id: str, kind: str) -> JsonObject:
    """The changes-feed entry that tells the owning device that one of the subscription's channels
    does not reach the citizen (its address bounced too often; sync/hub/notify/bounces.py)."""
    data = {"subscription_id": subscription_id, "state": "active", "unreachable": kind}
    return {"scope": f"device:{device_id}", "kind": "subscription", "key": subscription_id, "version": 1,
            "op": "upsert", "data": json.dumps(data)}


def withdraw(conn: Connection, subscription_id: str, by: str) -> bool:
    """Withdraw one subscription (the unsubscribe link, a STOP); its addresses are erased with it,
    and its device hears of it on the changes feed. False when it already was withdrawn."""
    row = conn.execute(select(table.c.document, table.c.device_id)
                       .where(table.c.id == subscription_id, table.c.state == "active").with_for_update()).first()
    if row is not None:
        now = utcnow()
        conn.execute(update(table).where(table.c.id == subscription_id).values(
            state="withdrawn", withdrawn_at=now, withdrawn_by=by, updated_at=now,
            document=json.dumps(without_contacts(json.loads(row.document)), ensure_ascii=False)))
        conn.execute(delete(schema.subscription_contact).where(schema.subscription_contact.c.subscription_id == subscription_id))
        feed.append(conn, [withdrawal_entry(row.device_id, subscription_id, now, by)])
    cancel_pending(conn, subscription_id)
    return row is not None


def withdraw_by_address(conn: Connection, secrets_: Secrets, kind: str, address: str, by: str) -> int:
    """Withdraw every active subscription sending to this address (an SMS STOP); returns how many."""
    contacts = schema.subscription_contact
    ids = list(conn.execute(select(contacts.c.subscription_id).where(
        contacts.c.kind == kind, contacts.c.address_key == address_key(secrets_, kind, address))).scalars())
    return sum(withdraw(conn, subscription_id, by) for subscription_id in ids)


def load(conn: Connection, subscription_id: str) -> Row[Any] | None:  # a row of hub_subscription
    return conn.execute(select(table).where(table.c.id == subscription_id)).first()
