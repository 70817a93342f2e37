"""A subscription's calendar feed (RFC 5545, written with the icalendar library): the milestones
of its applications (received, decided) and its household's due dates, each due date with alarms
a week and a day before. Served at a secret URL; a withdrawn subscription's feed is gone (410)."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta, timezone
from typing import Any

from icalendar import Alarm, Calendar, Event
from sqlalchemy import Row, func, select
from sqlalchemy.engine import Connection

from kiosk.i18n import tr
from sync.hub import schema
from sync.hub.notify.compose import hotlines_of
from sync.hub.notify.config import NotifyConfig
from sync.hub.notify.news import NEWS, due_dates, masked, tracking_numbers

ALARMS = (timedelta(days=-7), timedelta(days=-1))
STATUSES = ("received", "review", "approved", "rejected", "need_documents")


def _event(subscription_id: str, key: str, summary: str, description: str, start: date | datetime,
           stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{uuid.uuid5(NEWS, subscription_id + '|' + key)}@kiosk-hub")
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    if isinstance(start, date) and not isinstance(start, datetime):
        event.add("dtend", start + timedelta(days=1))  # an all-day event
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")
    return event


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc)


def _milestones(conn: Connection, config: NotifyConfig, row: Row[Any], stamp: datetime) -> list[Event]:  # a hub_subscription row
    apps, links, revs = schema.application, schema.subscription_application, schema.revision
    found = conn.execute(select(apps).join(links, links.c.application_id == apps.c.id)
                         .where(links.c.subscription_id == row.id,
                                (apps.c.scope == row.scope) | (apps.c.device_id == row.device_id))
                         .order_by(apps.c.id)).all()
    numbers = tracking_numbers(conn, [a.id for a in found])
    events = []
    for app in found:
        receipt = masked(numbers[app.id]) if app.id in numbers else ""
        check = tr("notify.check", row.language, url=config.status_url,
                   hotline=hotlines_of(conn, [app.id], config.hotline))
        received = conn.execute(select(func.min(revs.c.received_at)).where(revs.c.application_id == app.id)).scalar()
        if received is not None:
            events.append(_event(row.id, f"received:{app.id}", tr("notify.cal.received", row.language, receipt=receipt),
                                 check, _utc(received), stamp))
        decision = json.loads(app.decision) if app.decision else None
        if decision and app.status in STATUSES and app.status != "received":
            decided = datetime.fromisoformat(decision["decided_at"].rstrip("Z"))
            events.append(_event(row.id, f"decision:{app.id}:{decision.get('revision')}:{app.status}",
                                 tr(f"notify.cal.status.{app.status}", row.language, receipt=receipt), check,
                                 _utc(decided), stamp))
    return events


def _due_dates(conn: Connection, config: NotifyConfig, row: Row[Any], today: date, stamp: datetime) -> list[Event]:
    events = []
    for index, reminder in enumerate(due_dates(conn, [row.household_no], today).get(row.household_no, ())):
        summary = tr(f"notify.cal.due.{reminder['kind']}", row.language)
        event = _event(row.id, f"due:{reminder['kind']}:{reminder.get('service')}:{index}:{reminder['due']}", summary,
                       tr("notify.cal.due.help", row.language, hotline=config.hotline),
                       date.fromisoformat(reminder["due"]), stamp)
        for trigger in ALARMS:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", trigger)
            alarm.add("description", summary)
            event.add_component(alarm)
        events.append(event)
    return events


def feed(conn: Connection, config: NotifyConfig, row: Row[Any], today: date, now: datetime) -> bytes:
    """The iCalendar text of an active subscription (a row of hub_subscription)."""
    document = json.loads(row.document)
    calendar = Calendar()
    calendar.add("prodid", "-//Kiosk//e-housekeeper//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", tr("notify.cal.name", row.language))  # RFC 7986
    calendar.add("x-wr-calname", tr("notify.cal.name", row.language))
    calendar.add("refresh-interval", timedelta(hours=12), parameters={"VALUE": "DURATION"})
    stamp = _utc(now)
    if "status" in document["purposes"]:
        for event in _milestones(conn, config, row, stamp):
            calendar.add_component(event)
    if "reminders" in document["purposes"] and row.household_no:
        for event in _due_dates(conn, config, row, today, stamp):
            calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical
