"""News for subscribers, written where the news is made: a decision (or a request for documents)
adds a notification per subscription in the decision's own transaction (the outbox), and the
household's due dates add reminders when one comes within a lead time. Ids derive from the
subscription and the news, so the same news is never queued twice."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Connection

from kiosk.json_types import JsonObject
from sync.hub import schema
from sync.hub.db import HubDatabase, insert_ignore, utcnow

NEWS = uuid.UUID("5f0b8c3e-2a61-4f57-9d7e-4b1f6c0a9e24")
DECISIONS = ("approved", "rejected", "need_documents")  # news for the citizen; "review" is not


def notification_id(subscription_id: str, news_key: str) -> str:
    return str(uuid.uuid5(NEWS, f"{subscription_id}|{news_key}"))


def add_news(conn: Connection, subscription_id: str, kind: str, news_key: str, application_id: str | None,
         urgent: bool) -> None:
    insert_ignore(conn, schema.notification, id=notification_id(subscription_id, news_key),
                  subscription_id=subscription_id, kind=kind, news_key=news_key, application_id=application_id,
                  urgent=urgent, state="pending", message_key=None, created_at=utcnow())


def on_decision(conn: Connection, application_id: str, status: str, revision: int, previous: str) -> int:
    """In the decision's transaction: news for every active subscription to this application made in
    its scope; returns how many. The same decision again is no news; a status that comes back is."""
    if status not in DECISIONS or status == previous:
        return 0
    subs, links, apps = schema.subscription, schema.subscription_application, schema.application
    rows = conn.execute(select(subs.c.id).join(links, links.c.subscription_id == subs.c.id)
                        .join(apps, apps.c.id == links.c.application_id)
                        .where(links.c.application_id == application_id, subs.c.state == "active",
                               (subs.c.scope == apps.c.scope) | (subs.c.device_id == apps.c.device_id))).scalars()
    count, decided = 0, utcnow().isoformat()  # to the microsecond: a status that comes back is news again
    for subscription_id in rows:
        add_news(conn, subscription_id, "decision", f"decision:{application_id}:{revision}:{status}:{decided}",
                 application_id, urgent=True)
        count += 1
    return count


def _person_tag(person: str | None) -> str:
    return hashlib.sha256((person or "-").encode()).hexdigest()[:10]  # no ID number in the news key


def due_dates(conn: Connection, household_numbers: list[str], today: date) -> dict[str, list[JsonObject]]:
    """household_no -> its reminders (kind, service, due, ...) as the e-housekeeper computes them."""
    from kiosk.rules import evaluate_documents

    documents = [json.loads(r.data) for r in conn.execute(
        select(schema.household.c.data).where(schema.household.c.household_no.in_(household_numbers),
                                              schema.household.c.deleted.is_(False)))]
    if not documents:
        return {}
    return {r["household_no"]: r["reminders"] for r in evaluate_documents(documents, today)}


def plan_reminders(db: HubDatabase, today: date, lead_days: tuple[int, ...]) -> int:
    """Queue a reminder for each due date of a subscribed household that is now within a lead time."""
    subs = schema.subscription
    with db.read() as conn:
        active = [(r.id, r.household_no, json.loads(r.document)) for r in conn.execute(
            select(subs.c.id, subs.c.household_no, subs.c.document)
            .where(subs.c.state == "active", subs.c.household_no.is_not(None)))]
        wanted = [(i, n) for i, n, d in active if "reminders" in d["purposes"]]
        if not wanted:
            return 0
        reminders = due_dates(conn, sorted({n for _, n in wanted}), today)
    added = 0
    with db.write() as conn:
        for subscription_id, number in wanted:
            for reminder in reminders.get(number, ()):
                due = date.fromisoformat(reminder["due"])
                leads = [lead for lead in lead_days if due - timedelta(days=lead) <= today <= due]
                if not leads:
                    continue
                key = f"due:{reminder['kind']}:{reminder.get('service')}:{_person_tag(reminder.get('person'))}:" \
                      f"{reminder['due']}:{min(leads)}"
                add_news(conn, subscription_id, "reminder", key, None, urgent=False)
                added += 1
    return added


def tracking_numbers(conn: Connection, application_ids: list[str]) -> dict[str, str]:
    """application -> the tracking number its receipt printed, when the device sent it with the revision."""
    apps, revs = schema.application, schema.revision
    found = {}
    for row in conn.execute(select(revs.c.application_id, revs.c.body).join(
            apps, (apps.c.id == revs.c.application_id) & (apps.c.latest_revision == revs.c.revision))
            .where(revs.c.application_id.in_(application_ids))):
        number = json.loads(row.body).get("tracking_no")
        if isinstance(number, str) and number:
            found[row.application_id] = number
    return found


def masked(tracking_no: str) -> str:
    """The first group of a tracking number (7KQ2-…): the citizen recognises the receipt, and a message
    seen by someone else does not give the whole number to look the application up with."""
    return tracking_no.split("-", 1)[0] + "-…"
