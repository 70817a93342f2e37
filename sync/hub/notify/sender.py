"""The scheduler's tick and the send outbox: plan reminders, compose pending news, send due
messages. A message is leased before it is sent (another process, or this one restarted, leaves it
alone until the lease runs out); every attempt is logged (delivered, retry, failed, bounced) with
its reason, never with an address. A send interrupted after the channel took it is sent again
with the same id (Message-ID, the gateway's client reference), so the citizen gets it once."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select, update

from sync.client.crash import crash_point  # the named-point mechanism of the device's kill tests
from sync.hub import schema
from sync.hub.auth import Secrets
from sync.hub.background import PokedThread, jittered_backoff_s
from sync.hub.db import HubDatabase, utcnow
from sync.hub.notify import bounces, compose, news, sms_reports
from sync.hub.notify.channels import Channel, Outgoing, SendResult
from sync.hub.notify.config import NotifyConfig

log = logging.getLogger(__name__)
table = schema.notify_message
CRASH_POINTS = (  # where the notification kill trials stop the hub (KIOSK_CRASH_AT)
    "notify_after_compose",  # messages written, none sent
    "notify_after_claim",  # leased, not sent
    "notify_after_channel_accepted",  # the SMTP server or gateway has it; the hub has not noted so
    "notify_after_record",
)


@dataclass(frozen=True)
class Due:
    id: str
    subscription_id: str
    channel: str
    address_key: str
    subject: str
    body: str
    attempts: int


def claim_due(db: HubDatabase, lease_s: float, now: datetime, limit: int = 50) -> list[Due]:
    with db.write(durable=False) as conn:  # a lease lost to a power cut only makes the message due sooner
        rows = conn.execute(select(table).where(table.c.state == "pending", table.c.due_at <= now)
                            .order_by(table.c.due_at, table.c.id).limit(limit).with_for_update(skip_locked=True)).all()
        if rows:
            conn.execute(update(table).where(table.c.id.in_([r.id for r in rows]))
                         .values(due_at=now + timedelta(seconds=lease_s)))
    return [Due(r.id, r.subscription_id, r.channel, r.address_key, r.subject, r.body, r.attempts) for r in rows]


def _record(db: HubDatabase, due: Due, attempts: int, outcome: str, reason: str, config: NotifyConfig | None = None,
            gateway_id: str | None = None, **values: object) -> None:
    """Note an attempt; a bounce (with `config`) counts toward the address's limit in the same transaction,
    and the gateway's id of an accepted message is kept for its delivery reports."""
    with db.write() as conn:
        if gateway_id:
            sms_reports.remember(conn, gateway_id, due.id)
        changed = conn.execute(update(table).where(table.c.id == due.id, table.c.state == "pending")
                               .values(attempts=attempts, last_error=reason or None, updated_at=utcnow(), **values))
        conn.execute(insert(schema.notify_attempt).values(message_id=due.id, attempt=attempts, outcome=outcome,
                                                          reason=reason or None, at=utcnow()))
        if config is not None and changed.rowcount:
            bounces.note_bounce(conn, config, due.channel, due.address_key)


def _outgoing(db: HubDatabase, config: NotifyConfig, secrets_: Secrets, due: Due) -> Outgoing | None:
    """The message with its address, or None when the subscription was withdrawn meanwhile."""
    with db.read() as conn:
        row = conn.execute(select(schema.subscription).where(schema.subscription.c.id == due.subscription_id)).first()
    if row is None or row.state != "active":
        return None
    document = json.loads(row.document)
    to = next((c["to"] for c in document["channels"] if c["kind"] == due.channel), None)
    if to is None:  # the device replaced the subscription without this channel
        return None
    return Outgoing(due.id, to, row.language, due.subject, due.body,
                    compose.unsubscribe_url(config, secrets_, due.subscription_id))


def send(db: HubDatabase, config: NotifyConfig, secrets_: Secrets, channel: Channel, due: Due,
         now: datetime | None = None) -> str:
    """One attempt; returns the message's state after it (a retry is due after a backoff from `now`)."""
    message = _outgoing(db, config, secrets_, due)
    if message is None:
        with db.write() as conn:
            conn.execute(update(table).where(table.c.id == due.id, table.c.state == "pending")
                         .values(state="cancelled", updated_at=utcnow()))
        return "cancelled"
    attempts = due.attempts + 1
    result: SendResult = channel.send(message)
    crash_point("notify_after_channel_accepted")
    if result.outcome == "delivered":
        _record(db, due, attempts, "delivered", "", gateway_id=result.gateway_id, state="delivered", sent_at=utcnow())
        state = "delivered"
    elif result.outcome == "bounced":
        _record(db, due, attempts, "bounced", result.reason, config, state="bounced")
        state = "bounced"
    elif attempts >= config.max_attempts:
        _record(db, due, attempts, "failed", f"gave up after {attempts} attempts: {result.reason}", state="failed")
        state = "failed"
    else:
        delay = jittered_backoff_s(config.retry_base_s, config.retry_cap_s, attempts)
        if result.retry_after_s is not None:
            delay = min(config.retry_cap_s, max(delay, result.retry_after_s))
        _record(db, due, attempts, "retry", result.reason, due_at=(now or utcnow()) + timedelta(seconds=delay))
        state = "pending"
    crash_point("notify_after_record")
    log.info("notification %s on %s: %s", due.id, due.channel, state)  # ids only: no address, no text
    return state


@dataclass
class TickReport:
    quiet: bool = False
    reminders: int = 0
    composed: int = 0
    sent: int = 0


def tick(db: HubDatabase, secrets_: Secrets, config: NotifyConfig, channels: dict[str, Channel],
         now: datetime | None = None, today: date | None = None, reminders: bool = True) -> TickReport:
    """One round of the scheduler. Nothing goes out in quiet hours; news waits for the morning."""
    now = now or utcnow()
    report = TickReport()
    if compose.in_quiet_hours(config, now):
        report.quiet = True
        return report
    if reminders:
        report.reminders = news.plan_reminders(db, today or compose.local_time(config, now).date(),
                                               config.reminder_lead_days)
    report.composed = compose.compose(db, secrets_, config, set(channels), now)
    if report.composed:
        crash_point("notify_after_compose")
    while True:
        claimed = claim_due(db, config.lease_s, now)
        if claimed:
            crash_point("notify_after_claim")
        for due in claimed:
            channel = channels.get(due.channel)
            if channel is None:
                continue  # this process cannot send it; its lease runs out for one that can
            try:
                send(db, config, secrets_, channel, due, now)
                report.sent += 1
            except Exception as exc:  # noqa: BLE001 - the lease runs out and it is tried again
                log.error("notification %s failed: %s", due.id, type(exc).__name__)
        if len(claimed) < 50:
            return report


class DailyReminders:
    """Ticks that plan reminders on the first round of each local day that is not in quiet hours
    (the rules evaluation is far too heavy for every round)."""

    def __init__(self, db: HubDatabase, config: NotifyConfig, channels: dict[str, Channel]) -> None:
        self.db, self.config, self.channels = db, config, channels
        self.secrets = Secrets(db)
        self.planned_on: date | None = None

    def tick(self, plan_reminders: bool = True) -> TickReport:
        today = compose.local_time(self.config, utcnow()).date()
        report = tick(self.db, self.secrets, self.config, self.channels,
                      reminders=plan_reminders and today != self.planned_on)
        if not report.quiet:
            self.planned_on = today
        return report


class NotifyWorker(PokedThread):
    """The scheduler in the hub process: a tick every interval."""

    def __init__(self, db: HubDatabase, config: NotifyConfig, channels: dict[str, Channel]) -> None:
        self.db, self.config, self.channels = db, config, channels
        super().__init__("hub-notifications", stop_wait_s=60)

    def _run(self) -> None:
        rounds = DailyReminders(self.db, self.config, self.channels)
        while not self._stop.is_set():
            self._wake.clear()
            try:
                rounds.tick()
            except Exception as exc:  # noqa: BLE001 - a database hiccup: keep serving, try again
                log.error("notification round failed: %s", type(exc).__name__)
            self._wake.wait(self.config.interval_s)
