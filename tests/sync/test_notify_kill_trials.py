"""Notification kill trials (issue 24): `kiosk-hub notify` killed with SIGKILL at named points
(after composing, after the lease, after the SMTP server or SMS gateway took a message but before
the hub noted it, after noting it) and at random moments, while decisions keep coming and the
gateway sometimes answers 500. After each trial the hub heals (ticks to quiet); then every piece
of news reached every channel of its subscriber once: none lost, none sent as two messages.

A message interrupted after the channel took it is sent again under its own id: the gateway drops
a repeated client reference (as Mitake's clientid does), mail readers keep one copy per Message-ID.
Those absorbed resends are counted and reported apart; they are not a second message.

A trial is cheap so that make test can run 100: the sender is forked from a server that has the hub
imported (tests/forked_cli.py) and its tick takes ~0.5 s, the service catalogue's YAML read with
libyaml; the random kills fall inside that tick."""

from __future__ import annotations

import os
import random
import signal
import socket
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest
import yaml
from sqlalchemy import bindparam, select, update

from sync.hub import schema
from sync.hub.auth import Secrets
from sync.hub.db import utcnow
from sync.hub.decisions import decide
from sync.hub.notify.channels import channels_for
from sync.hub.notify.config import from_mapping
from sync.hub.notify.sender import CRASH_POINTS, tick
from tests.forked_cli import run_command
from tests.sync.delivery_trials import PASSING
from tests.sync.invariants import ChildLength, parametrize_chunks, record_trials
from tests.sync.notify_live import SmsGateway, put, submitted, subscription_document

pytest_plugins = ["tests.sync.notify_fixtures"]
OUTCOMES = ("approve", "reject", "need-documents")


def pytest_generate_tests(metafunc) -> None:
    """--chaos-trials of them: 100 in make test, 1,000 in make chaos (issue 24's goal)."""
    parametrize_chunks(metafunc)


def config_file(folder: Path, hub_url: str, mailbox, gateway) -> Path:
    path = folder / "notify.yaml"
    path.write_text(yaml.safe_dump({
        "public_url": hub_url, "quiet_start": "00:00", "quiet_end": "00:00",  # no quiet hours: trials run any time
        "retry_base_s": 0.05, "retry_cap_s": 0.2, "lease_s": 0.3,
        "smtp": {"host": "127.0.0.1", "port": mailbox.port, "sender": "e管家 <noreply@hub.example.gov.tw>",
                 "timeout_s": 5},
        "sms": {"url": gateway.url + "/api/mtk/SmSend", "success_pattern": "statuscode=[0-4]", "timeout_s": 5,
                "form": {"dstaddr": "{to_national}", "smbody": "{text}", "clientid": "{message_id}"}},
    }, allow_unicode=True), encoding="utf-8")
    return path


def run_child(db_url: str, config: Path, crash_at: str | None, kill_after: float | None) -> int:
    env = dict(os.environ, PYTHONUTF8="1")
    env.pop("KIOSK_CRASH_AT", None)
    if crash_at:
        env["KIOSK_CRASH_AT"] = crash_at
    return run_command("sync.hub.cli", ["notify", "--db", db_url, "--config", str(config), "--no-reminders"], env,
                       kill_after)


def heal(hub, config) -> None:
    """Tick until no news and no message is waiting. Before each tick time passes: the leases of
    killed senders and the backoffs of refused sends run out at once instead of being slept out."""
    channels = channels_for(config.smtp, config.sms)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            time_passes(hub.db)
            tick(hub.db, Secrets(hub.db), config, channels, reminders=False)
            with hub.db.read() as conn:
                waiting = conn.execute(select(schema.notify_message.c.id)
                                       .where(schema.notify_message.c.state == "pending").limit(1)).first()
                waiting = waiting or conn.execute(select(schema.notification.c.id)
                                                  .where(schema.notification.c.state == "pending").limit(1)).first()
            if not waiting:
                return
    finally:
        for channel in channels.values():
            channel.close()


def time_passes(db) -> None:
    """Every waiting message due now, as if its lease or backoff had run out (no sender is alive to
    hold one: the killed child is gone). Each moves back by the same day, keeping their order."""
    message = schema.notify_message
    with db.write() as conn:
        rows = conn.execute(select(message.c.id, message.c.due_at)
                            .where(message.c.state == "pending", message.c.due_at > utcnow())).all()
        if rows:
            conn.execute(update(message).where(message.c.id == bindparam("row")).values(due_at=bindparam("due")),
                         [{"row": r.id, "due": r.due_at - PASSING} for r in rows])


def verdict_of(hub, mailbox, gateway) -> tuple[dict[str, int], int]:
    """(lost/duplicated/unconverged/corrupt counts, resends the receivers absorbed)."""
    with hub.db.read() as conn:
        news = conn.execute(select(schema.notification)).all()
        messages = conn.execute(select(schema.notify_message)).all()
        subscribers = {r.id: r.state for r in conn.execute(select(schema.subscription.c.id, schema.subscription.c.state))}
    mail_ids = Counter(m["Message-ID"].strip("<>").split("@")[0] for m in mailbox.messages)
    with gateway.state.lock:
        sms_taken = Counter(r.get("clientid") for r in gateway.state.requests if r.get("clientid") in gateway.state.accepted)
        sms_ids = set(gateway.state.accepted)
    received = {"email": set(mail_ids), "sms": sms_ids}
    by_key = {}
    for message in messages:
        by_key.setdefault(message.message_key, []).append(message)
    lost = unconverged = duplicated = 0
    for item in news:
        if item.state == "pending":
            unconverged += 1
            continue
        if item.state != "composed" or subscribers.get(item.subscription_id) != "active":
            continue
        sent = by_key.get(item.message_key, [])
        for channel in ("email", "sms"):
            copies = [m for m in sent if m.channel == channel and m.id in received[channel]]
            lost += not copies
            duplicated += max(0, len(copies) - 1)
    known = {m.id for m in messages}
    corrupt = len((received["email"] | received["sms"]) - known)  # something went out the hub never composed
    unconverged += sum(m.state == "pending" for m in messages)
    lost += sum(m.state == "failed" for m in messages)
    absorbed = sum(n - 1 for n in mail_ids.values()) + sum(n - 1 for n in sms_taken.values())
    return {"lost": lost, "duplicated": duplicated, "unconverged": unconverged, "corrupt": corrupt}, absorbed


@pytest.mark.chaos
def test_notify_kill_trials(chunk, trials, tmp_path, notify_hub, notify_device, notify_client, receivers, request):
    mailbox, gateway = receivers
    config_path = config_file(tmp_path, notify_hub.url, mailbox, gateway)
    config = from_mapping(yaml.safe_load(config_path.read_text(encoding="utf-8")))
    applications = [submitted(notify_device)[0] for _ in range(3)]
    for number, language in (("+886912345678", "vi"), ("+886987654321", "zh-TW")):
        answer = put(notify_client, subscription_document(
            str(uuid.uuid4()), applications, None, language=language, purposes=["status"],
            channels=[{"kind": "sms", "to": number}, {"kind": "email", "to": f"{number[-4:]}@example.com"}]))
        assert answer.status_code == 201, answer.text
    rng = random.Random(2400 + chunk)
    status_of = {a: None for a in applications}
    killed, absorbed, failures, length = 0, 0, [], ChildLength(0.5)
    totals: Counter = Counter()
    try:
        for trial in range(trials):
            for application_id in rng.sample(applications, rng.choice((1, 2))):
                outcome = rng.choice([o for o in OUTCOMES if o != status_of[application_id]])
                decide(notify_hub.db, application_id, outcome, "")
                status_of[application_id] = outcome
            if rng.random() < 0.3:
                gateway.state.fail_next.extend(rng.choice([[500], [503, 503]]))
            if rng.random() < 0.7:
                status = length.run(lambda: run_child(notify_hub.db_url, config_path, rng.choice(CRASH_POINTS), None))
            else:
                status = length.run(lambda: run_child(notify_hub.db_url, config_path, None, length.kill_after(rng)))
            killed += status in (137, -signal.SIGKILL)
            gateway.state.fail_next.clear()
            heal(notify_hub, config)
            verdict, absorbed = verdict_of(notify_hub, mailbox, gateway)
            if any(verdict.values()):
                failures.append(f"trial {trial}: {verdict}")
                totals.update(verdict)
                break
    finally:
        record_trials(request.config, "notification kill trials", trials,
                      {k: totals[k] for k in ("lost", "duplicated", "unconverged", "corrupt")})
    print(f"notification kill trials: {trials} trials, {killed} killed, {len(mailbox.messages)} mails and "
          f"{len(gateway.state.accepted)} SMS delivered, {absorbed} resends absorbed by the receivers' dedupe, "
          f"{gateway.state.cut_short} requests cut short by a kill")
    assert not failures, failures[:3]
    assert mailbox.messages and gateway.state.accepted, "the trials sent nothing"
    assert killed or trials < 10, "no trial killed the sending hub"


def test_a_request_cut_short_by_a_kill_is_not_an_sms():
    """The sender's HTTP client writes the headers and then the body; a SIGKILL between them left
    the test gateway an empty form, which it took as an SMS under a made-up id (the trials counted
    it corrupt). A real gateway never sends a message whose request did not arrive whole."""
    gateway = SmsGateway().start()
    try:
        with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sender:
            sender.sendall(b"POST /api/mtk/SmSend HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 64\r\n\r\n"
                           b"dstaddr=0912")
        deadline = time.monotonic() + 30
        while not gateway.state.cut_short and time.monotonic() < deadline:
            time.sleep(0.01)
        assert gateway.state.cut_short == 1
        assert not gateway.state.requests and not gateway.state.accepted
    finally:
        gateway.stop()
