"""`kiosk-hub`: run and operate the reference agency hub. Every command takes --db URL (default:
$KIOSK_HUB_DB, else kiosk-hub.db in the current folder; PostgreSQL as postgresql://...)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from kiosk.json_types import JsonObject
from sync.hub.db import HubDatabase, normalise_url
from sync.hub.serve_parts import SERVES_ENV

if TYPE_CHECKING:
    from fastapi import FastAPI

DB_ENV = "KIOSK_HUB_DB"
PROXIES_ENV = "KIOSK_HUB_TRUSTED_PROXIES"


def _db(args: argparse.Namespace) -> HubDatabase:
    db = HubDatabase(args.db)
    db.create()
    return db


def app_from_env() -> FastAPI:  # the uvicorn factory for --workers
    import multiprocessing

    from sync.hub.app import HubSettings, create_app
    from sync.hub.serve_parts import end_with_parent

    starter = multiprocessing.parent_process()
    if starter is not None and starter.pid is not None:  # a uvicorn worker: it ends with its serve
        end_with_parent(starter.pid)

    mode = os.environ.get("KIOSK_HUB_DECISIONS", "background")
    proxies = frozenset(filter(None, os.environ.get(PROXIES_ENV, "").split(",")))
    return create_app(HubSettings(db_url=os.environ[DB_ENV], inline_decisions=mode == "inline",
                                  background_decisions=mode == "background", trusted_proxies=proxies,
                                  deliveries=os.environ.get("KIOSK_HUB_DELIVERIES", "background") == "background",
                                  notifications=os.environ.get("KIOSK_HUB_NOTIFICATIONS", "background") == "background",
                                  serves=os.environ.get(SERVES_ENV, "all")))


def run_serve(args: argparse.Namespace, serves: str = "all") -> int:
    import uvicorn

    from sync.hub import serve_parts
    from sync.hub.routing import ROUTING_ENV, RoutingError, load as load_routing

    serve_parts.end_with_starter()  # the citizens' process that serve --citizen-port started
    os.umask(0o077)  # whatever the hub or its libraries create is the operator's alone
    os.environ[DB_ENV] = args.db
    os.environ["KIOSK_HUB_DECISIONS"] = "inline" if args.inline_decisions else args.decisions
    os.environ["KIOSK_HUB_DELIVERIES"] = args.deliveries
    if args.routing:
        os.environ[ROUTING_ENV] = str(Path(args.routing).resolve())
    try:
        load_routing()  # a bad table stops the hub here, with every reason, before a worker starts
    except RoutingError as exc:
        print(exc, file=sys.stderr)
        return 1
    os.environ[PROXIES_ENV] = ",".join(args.trusted_proxy)
    from sync.hub.notify.config import NOTIFY_ENV, load as load_notify

    if args.notify:
        os.environ[NOTIFY_ENV] = str(Path(args.notify).resolve())
    os.environ["KIOSK_HUB_NOTIFICATIONS"] = args.notifications
    try:
        load_notify()  # a bad notification file stops the hub here, not in a worker
    except (OSError, TypeError, ValueError) as exc:
        print(f"notification settings: {exc}", file=sys.stderr)
        return 1
    HubDatabase(args.db).create()  # once, before any worker starts
    citizen_web = None
    if serves == "all" and args.citizen_port:
        citizen_web, serves = serve_parts.start_citizen_web(args), "devices"  # its thread first, then:
        serve_parts.lower_priority(args.api_nice)
    os.environ[SERVES_ENV] = serves
    try:
        # proxy_headers off: uvicorn would otherwise believe X-Forwarded-For from any loopback client;
        # the hub decides itself, from --trusted-proxy (sync/hub/client_address.py)
        uvicorn.run("sync.hub.cli:app_from_env", factory=True, host=args.host, port=args.port, workers=args.workers,
                    log_level=args.log_level, access_log=args.access_log, timeout_keep_alive=30, proxy_headers=False)
    finally:
        if citizen_web is not None:
            citizen_web.stop()
    return 0


def run_citizen_web(args: argparse.Namespace) -> int:
    return run_serve(args, serves="citizens")


def run_import(args: argparse.Namespace) -> int:
    from kiosk.households.importer import read_documents
    from sync.hub.households import import_documents

    from kiosk.i18n import UserError

    try:
        documents = read_documents(Path(args.file))
    except RecursionError:  # json's own recursion on 100,000-deep nesting: not a household document
        raise UserError("import.bad_json", path=args.file, line=1, column=1) from None
    report = import_documents(_db(args), documents, args.scope)
    print(json.dumps(report, ensure_ascii=False))
    return 1 if report["invalid"] else 0


def run_enrollment_code(args: argparse.Namespace) -> int:
    from sync.hub.auth import new_enrollment_code

    code = new_enrollment_code(_db(args), args.scope, args.officer)
    print(f"Enrolment code for scope {args.scope} (one use, 72 hours):", file=sys.stderr)
    print(code)
    return 0


def list_revisions(db: HubDatabase) -> list[JsonObject]:
    from sync.hub import schema

    with db.read() as conn:
        apps = {r.id: r for r in conn.execute(select(schema.application)).all()}
        rows = conn.execute(select(schema.revision).order_by(schema.revision.c.id)).all()
    listing = []
    for row in rows:
        app = apps.get(row.application_id)
        if row.status == "rejected":
            status = "invalid"
        elif app is not None and app.latest_revision == row.revision:
            status = app.status
        else:
            status = "superseded"
        listing.append({"application_id": row.application_id, "revision": row.revision, "digest": row.digest,
                        "status": status, "service": app.service if app else None,
                        "household_no": app.household_no if app else None, "agency": app.agency if app else None,
                        "received_at": row.received_at.isoformat(timespec="seconds") + "Z",
                        "decision": json.loads(app.decision) if app is not None and app.decision
                        and app.latest_revision == row.revision else None})
    return listing


def run_applications(args: argparse.Namespace) -> int:
    listing = list_revisions(_db(args))
    if args.json:
        print(json.dumps(listing, ensure_ascii=False, indent=1))
        return 0
    for item in listing:
        print(f"{item['application_id']}  r{item['revision']}  {item['service'] or '-':4}  {item['status']:14}  "
              f"{item['digest'][:12]}  {item['agency'] or ''}")
    print(f"{len(listing)} revision(s)", file=sys.stderr)
    return 0


def run_decide(args: argparse.Namespace) -> int:
    from sync.hub.decisions import decide
    from sync.hub.problems import HubProblem

    try:
        result = decide(_db(args), args.application_id, args.action, args.reason or "", by=args.by)
    except HubProblem as exc:
        print(exc.title, file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False))
    return 0


def run_assess(args: argparse.Namespace) -> int:
    """Decide received applications with the rules, once or continuously (--watch)."""
    import time
    from datetime import date

    from sync.hub.decisions import BATCH, assess_received

    db = _db(args)
    while True:
        decided = assess_received(db, date.today())
        if decided:
            print(f"{decided} decided", file=sys.stderr)
        if not args.watch:
            return 0
        if decided < BATCH:
            time.sleep(args.interval)


def run_deliver(args: argparse.Namespace) -> int:
    """Send due deliveries and poll agencies' Tasks: until nothing is due, or continuously (--watch)."""
    import time

    from sync.hub.delivery import DeliveryPolicy
    from sync.hub.delivery.worker import housekeeping, run_once
    from sync.hub.delivery.fhir_connector import FhirConnector
    from sync.hub.routing import load

    policy = DeliveryPolicy(base_s=args.retry_base_s, poll_s=args.poll_s, lease_s=args.lease_s,
                            timeout_s=args.timeout_s)
    db, routing, connector = _db(args), load(args.routing), FhirConnector(policy.timeout_s)
    last: dict[str, float] = {}
    try:
        while True:
            busy = run_once(db, routing, connector, policy)
            housekeeping(db, routing, policy, last)  # result files, retention
            if not busy:
                if not args.watch:
                    return 0
                time.sleep(args.interval)
    finally:
        connector.close()


def run_notify(args: argparse.Namespace) -> int:
    """The notification scheduler: plan reminders, compose news, send due messages; once, or --watch."""
    import dataclasses
    import time

    from sync.hub.notify.channels import channels_for
    from sync.hub.notify.config import load
    from sync.hub.notify.sender import DailyReminders

    config = load(args.config)
    overrides = {k: v for k, v in (("lease_s", args.lease_s), ("retry_base_s", args.retry_base_s)) if v is not None}
    config = dataclasses.replace(config, **overrides)
    channels = channels_for(config.smtp, config.sms)
    if not channels:
        print("No channel configured (--config FILE or $KIOSK_HUB_NOTIFY with smtp: or sms:)", file=sys.stderr)
        return 1
    rounds = DailyReminders(_db(args), config, channels)  # --watch: reminders planned once a day
    try:
        while True:
            report = rounds.tick(plan_reminders=not args.no_reminders)
            if not args.watch:
                print(json.dumps(dataclasses.asdict(report)))
                return 0
            time.sleep(args.interval)
    finally:
        for channel in channels.values():
            channel.close()


def run_notifications(args: argparse.Namespace) -> int:
    from sync.hub.notify.log import listing

    rows = listing(_db(args), args.state)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        print(f"{row['message_id']}  {row['channel']:5}  {row['state']:9}  {row['attempts']}  {row['last_error'] or ''}")
    print(f"{len(rows)} message(s)", file=sys.stderr)
    return 0


def run_command(args: argparse.Namespace) -> int:
    from sync.hub.admin import send_command

    print(send_command(_db(args), args.device_id, args.kind))
    return 0


def run_devices(args: argparse.Namespace) -> int:
    from sync.hub import schema
    from sync.hub.admin import audit_refusals

    with _db(args).read() as conn:
        rows = conn.execute(select(schema.device).order_by(schema.device.c.enrolled_at)).all()
        refused = audit_refusals(conn)
    devices = [{"device_id": r.id, "key_id": r.key_id, "scope": r.scope, "officer": r.officer,
                "label": r.label, "status": r.status, "audit_head": r.audit_head, "audit_seq": r.audit_seq,
                "audit_refused": refused.get(r.id),
                "last_seen_at": r.last_seen_at.isoformat() + "Z" if r.last_seen_at else None}
               for r in rows]
    if args.json:
        print(json.dumps(devices, ensure_ascii=False, indent=1))
        return 0
    for d in devices:
        print(f"{d['device_id']}  {d['status']}  {d['scope']}  {d['officer'] or '-'}  {d['label'] or '-'}  "
              f"audit seq {d['audit_seq'] or 0}  last seen {d['last_seen_at'] or '-'}")
        if d["audit_refused"]:
            r = d["audit_refused"]
            print(f"  ! AUDIT LOG REFUSED {r['count']} time(s), last {r['last_code']} at seq {r['last_seq']} on "
                  f"{r['last_at']}: the device's log differs from the anchors the hub acknowledged (or an anchor "
                  f"jumped ahead of it); ask the security officer to check this device")
    return 0


def run_publish(args: argparse.Namespace) -> int:
    from sync.hub.admin import publish_reference

    data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    print(publish_reference(_db(args), args.kind, args.key, data))
    return 0


def run_publish_release(args: argparse.Namespace) -> int:
    from kiosk.updates import UpdateError
    from sync.hub.admin import publish_release

    try:
        version = publish_release(_db(args), json.loads(Path(args.file).read_text(encoding="utf-8")))
    except (UpdateError, json.JSONDecodeError) as exc:
        print(f"Not published: {exc}", file=sys.stderr)
        return 1
    print(f"Devices will be told that version {version} is available.")
    return 0


def run_compact(args: argparse.Namespace) -> int:
    from sync.hub.admin import compact

    print(json.dumps(compact(_db(args), args.keep_tombstones_days)))
    return 0


def run_new_epoch(args: argparse.Namespace) -> int:
    from sync.hub.admin import new_epoch

    print(new_epoch(_db(args)))
    return 0


def _sqlite_path(url: str) -> Path:
    url = normalise_url(url)
    if not url.startswith("sqlite:///"):
        raise SystemExit("backup/restore handle SQLite and PostgreSQL hubs")
    return Path(url[len("sqlite:///"):])


def _is_postgres(url: str) -> bool:
    return normalise_url(url).startswith("postgresql")


def run_backup(args: argparse.Namespace) -> int:
    """A consistent copy of the hub, 0600: SQLite's online backup, or pg_dump's custom format."""
    from kiosk.i18n import UserError
    from sync.hub import pg_dump
    from sync.hub.db import private_file

    folder = Path(args.file).resolve().parent
    if not folder.is_dir():  # sqlite3 would end in a FileNotFoundError traceback
        raise UserError("hub.backup.no_folder", folder=str(folder))
    from sync.hub.delivery.backups import register

    db = _db(args)
    try:
        register(db, Path(args.file))  # before the copy: retention purges reach it, and it lists itself
    finally:
        db.dispose()  # no connection of ours stays on a file a restore may replace
    if _is_postgres(args.db):
        pg_dump.dump(args.db, Path(args.file).resolve())
    else:
        private_file(Path(args.file))  # a backup holds every household too
        source = sqlite3.connect(_sqlite_path(args.db))
        target = sqlite3.connect(args.file)
        with target:
            source.backup(target)
        source.close()
        target.close()
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Put a backup in place and start a new epoch, so every device re-downloads and reconciles."""
    from sync.hub import pg_dump
    from sync.hub.admin import new_epoch
    from sync.hub.delivery.backups import merge, register, registered

    known = registered(normalise_url(args.db))  # the backups taken after this one are on it, not in the file
    if _is_postgres(args.db):  # the hub's tables are dropped and made again from the dump, in one transaction
        pg_dump.restore(args.db, Path(args.file), "--clean", "--if-exists", "--single-transaction")
    else:
        path = _sqlite_path(args.db)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        shutil.copyfile(args.file, path)
        os.chmod(path, 0o600)
    db = _db(args)
    try:
        merge(db, known)
        register(db, Path(args.file))  # still on disk, still holding payloads
        print(new_epoch(db))
    finally:
        db.dispose()
    return 0


def run_agencies(args: argparse.Namespace) -> int:
    from sync.hub.routing import RoutingError, load

    try:
        table = load(args.routing)
    except RoutingError as exc:
        print(exc, file=sys.stderr)
        return 1
    listing = table.listing()
    if args.json:
        print(json.dumps(listing, ensure_ascii=False, indent=1))
        return 0
    if not listing["routes"]:
        print("No agency is connected (no routing table: --routing FILE or $KIOSK_HUB_ROUTING; "
              "resources/agencies/routing.yaml is the reference one). Applications are decided on this hub.",
              file=sys.stderr)
        return 0
    print(f"routing {listing['version']} ({listing['source']})", file=sys.stderr)
    for route in listing["routes"]:
        print(f"{route['service']}  {route['city']}{'' if route['district'] == '*' else route['district']:8}  "
              f"{route['agency']}  {route['connector']}  {route['endpoint']}")
    return 0


def run_deliveries(args: argparse.Namespace) -> int:
    from sync.hub.delivery.outbox import listing

    rows = listing(_db(args), args.state)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        print(f"{row['delivery_id']}  {row['application_id']} r{row['revision']}  {row['agency']}  "
              f"{row['state']:10}  {row['attempts']}  {row['last_error'] or ''}")
    print(f"{len(rows)} deliver{'y' if len(rows) == 1 else 'ies'}", file=sys.stderr)
    return 0


def run_redrive(args: argparse.Namespace) -> int:
    from sync.hub.delivery.outbox import redrive

    if not args.delivery_id and not args.all:
        print("name a delivery id or --all", file=sys.stderr)
        return 2
    count = redrive(_db(args), None if args.all else args.delivery_id)
    print(f"{count} dead-lettered deliver{'y' if count == 1 else 'ies'} will be sent again", file=sys.stderr)
    return 0 if count else 1


def run_signing_key(args: argparse.Namespace) -> int:
    """The hub's public key, for agencies to check the batch files' manifests with."""
    from sync.hub.signing import public_key

    key = public_key(_db(args))
    print(json.dumps(key, indent=1) if args.json else key["pem"], end="\n" if args.json else "")
    return 0


def run_batch_file(args: argparse.Namespace) -> int:
    """Write (again) an agency's batch file of one day from the rows it was given."""
    from sync.hub.delivery.batch_file import write_day
    from sync.hub.routing import load

    routing = load(args.routing)
    agency = routing.agencies.get(args.agency)
    if agency is None or agency.connector != "batch-file":
        print(f"{args.agency} is not a batch-file agency of the routing table", file=sys.stderr)
        return 2
    print(json.dumps(write_day(_db(args), routing, agency, args.day), ensure_ascii=False, indent=1))
    return 0


def run_import_results(args: argparse.Namespace) -> int:
    """Import agencies' result files: the ones named, else every batch-file agency's folder."""
    from sync.hub.delivery.batch_file.results import import_all, import_file
    from sync.hub.routing import load

    db, routing = _db(args), load(args.routing)
    reports = ([import_file(db, routing, Path(f)) for f in args.files] if args.files else import_all(db, routing))
    print(json.dumps([r.as_dict() for r in reports], ensure_ascii=False, indent=1))
    return 1 if any(r.problems for r in reports) else 0


def run_purge(args: argparse.Namespace) -> int:
    """Purge payloads whose agency's retention after acknowledgement has run out."""
    from sync.hub.delivery.retention import purge_expired
    from sync.hub.routing import load

    print(json.dumps(purge_expired(_db(args), load(args.routing))))
    return 0


def run_delivery_audit(args: argparse.Namespace) -> int:
    from sync.hub.delivery.audit import entries

    print(json.dumps(entries(_db(args), args.action), ensure_ascii=False, indent=1))
    return 0


def run_openapi(args: argparse.Namespace) -> int:
    from sync.hub.openapi import document

    text = json.dumps(document(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-hub", description="Reference agency hub for Kiosk sync (protocol v1).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help_, description=help_)
        cmd.add_argument("--db", default=os.environ.get(DB_ENV, "kiosk-hub.db"), metavar="URL",
                         help="database URL or SQLite file (default: $KIOSK_HUB_DB or kiosk-hub.db)")
        cmd.set_defaults(handler=handler)
        return cmd

    cmd = command("serve", run_serve, "serve the HTTP API")
    cmd.add_argument("--host", default="127.0.0.1")
    cmd.add_argument("--port", type=int, default=8470)
    cmd.add_argument("--workers", type=int, default=1, help="processes (use PostgreSQL for more than one)")
    cmd.add_argument("--inline-decisions", action="store_true", help="decide in the request (201) instead of later (202)")
    cmd.add_argument("--decisions", choices=("background", "off"), default="background",
                     help="off: this process only receives; run `kiosk-hub assess --watch` once elsewhere "
                          "(one rules worker for several hub processes)")
    cmd.add_argument("--routing", metavar="FILE", help="routing table (default: $KIOSK_HUB_ROUTING or the bundled one)")
    cmd.add_argument("--deliveries", choices=("background", "off"), default="background",
                     help="off: this process only receives; run `kiosk-hub deliver --watch` once elsewhere")
    cmd.add_argument("--notify", metavar="FILE", help="notification settings: public URL, SMTP, SMS gateway, quiet hours "
                                                      "(default: $KIOSK_HUB_NOTIFY; without one no message is sent)")
    cmd.add_argument("--notifications", choices=("background", "off"), default="background",
                     help="off: this process sends no notification; run `kiosk-hub notify --watch` once elsewhere")
    cmd.add_argument("--log-level", default="warning")
    cmd.add_argument("--access-log", action="store_true")
    cmd.add_argument("--trusted-proxy", action="append", default=[], metavar="ADDRESS",
                     help="a reverse proxy's address whose X-Forwarded-For hop names the client (repeatable; "
                          "default none: the socket peer is the client)")
    cmd.add_argument("--citizen-port", type=int, metavar="PORT",
                     help="serve the citizens' pages (/s/) from a process of their own on this port (route /s/ "
                          "there in the reverse proxy); the API's workers then run at a lower CPU priority")
    cmd.add_argument("--citizen-workers", type=int, default=1, help="processes of the citizens' pages")
    cmd.add_argument("--api-nice", type=int, default=10, metavar="N",
                     help="with --citizen-port: how much lower the API workers' CPU priority is (0: the same)")
    cmd = command("citizen-web", run_citizen_web, "serve only the citizens' pages and webhooks (/s/): what "
                                                  "`serve --citizen-port` starts; also on a host of its own")
    cmd.add_argument("--host", default="127.0.0.1")
    cmd.add_argument("--port", type=int, default=8471)
    cmd.add_argument("--workers", type=int, default=1, help="processes (use PostgreSQL for more than one)")
    cmd.add_argument("--notify", metavar="FILE", help="notification settings (default: $KIOSK_HUB_NOTIFY): links "
                                                      "and the SMS and bounce webhooks' secrets")
    cmd.add_argument("--log-level", default="warning")
    cmd.add_argument("--access-log", action="store_true")
    cmd.add_argument("--trusted-proxy", action="append", default=[], metavar="ADDRESS",
                     help="a reverse proxy's address whose X-Forwarded-For hop names the client (repeatable)")
    cmd.set_defaults(inline_decisions=False, decisions="off", deliveries="off", notifications="off", routing=None,
                     citizen_port=None)
    cmd = command("import", run_import, "import household documents (contract format) into a scope")
    cmd.add_argument("file")
    cmd.add_argument("--scope", required=True, help="officer scope, e.g. 臺北市萬華區福星里")
    cmd = command("enrollment-code", run_enrollment_code, "print a one-time device enrolment code (last line)")
    cmd.add_argument("--scope", required=True)
    cmd.add_argument("--officer", default="", help="officer the device belongs to")
    cmd = command("applications", run_applications, "list every received revision")
    cmd.add_argument("--json", action="store_true")
    cmd = command("decide", run_decide, "record an agency decision")
    cmd.add_argument("application_id")
    cmd.add_argument("action", choices=("approve", "reject", "need-documents"))
    cmd.add_argument("--reason", default="")
    cmd.add_argument("--by", default="agency", help="who decides (shown to the officer)")
    cmd = command("assess", run_assess, "decide received applications with the rules (the serve workers' job)")
    cmd.add_argument("--watch", action="store_true", help="keep going")
    cmd.add_argument("--interval", type=float, default=2.0, metavar="S")
    cmd = command("deliver", run_deliver, "send due deliveries to agencies and read their decisions "
                                          "(the serve workers' job; one process for several hubs)")
    cmd.add_argument("--routing", metavar="FILE", help="routing table (default: $KIOSK_HUB_ROUTING or the bundled one)")
    cmd.add_argument("--watch", action="store_true", help="keep going")
    cmd.add_argument("--interval", type=float, default=2.0, metavar="S")
    cmd.add_argument("--retry-base-s", type=float, default=2.0, help="first retry delay, doubled each time")
    cmd.add_argument("--poll-s", type=float, default=60.0, help="how often a delivered Task is asked for a decision")
    cmd.add_argument("--lease-s", type=float, default=120.0, help="after this a claimed delivery is due again")
    cmd.add_argument("--timeout-s", type=float, default=30.0, help="how long to wait for an agency's answer")
    cmd = command("notify", run_notify, "send citizens' notifications: reminders, decisions (the serve workers' job)")
    cmd.add_argument("--config", metavar="FILE", help="notification settings (default: $KIOSK_HUB_NOTIFY)")
    cmd.add_argument("--watch", action="store_true", help="keep going")
    cmd.add_argument("--interval", type=float, default=30.0, metavar="S")
    cmd.add_argument("--no-reminders", action="store_true", help="news of decisions only")
    cmd.add_argument("--lease-s", type=float, help="after this a claimed message is due again")
    cmd.add_argument("--retry-base-s", type=float, help="first retry delay, doubled each time")
    cmd = command("notifications", run_notifications, "list notification messages and how each send ended")
    cmd.add_argument("--state", choices=("pending", "delivered", "failed", "bounced", "cancelled"))
    cmd.add_argument("--json", action="store_true")
    cmd = command("command", run_command, "send lock, unlock or wipe to a device")
    cmd.add_argument("device_id")
    cmd.add_argument("kind", choices=("lock", "unlock", "wipe"))
    cmd = command("devices", run_devices, "list enrolled devices; devices whose audit anchor was refused are flagged")
    cmd.add_argument("--json", action="store_true")
    cmd = command("publish", run_publish, "publish reference data (e.g. a parameter update) to every device")
    cmd.add_argument("kind", choices=("parameters", "catalog", "notice"))
    cmd.add_argument("key")
    cmd.add_argument("file")
    cmd = command("publish-release", run_publish_release,
                  "tell every device a new version exists (a manifest signed with installer/release_manifest.py)")
    cmd.add_argument("file")
    cmd = command("compact", run_compact, "drop superseded feed entries and old tombstones")
    cmd.add_argument("--keep-tombstones-days", type=float, default=180)
    command("new-epoch", run_new_epoch, "start a new epoch (after restoring a backup)")
    cmd = command("backup", run_backup, "online backup of the hub (SQLite copy, or pg_dump -Fc for PostgreSQL)")
    cmd.add_argument("file")
    cmd = command("restore", run_restore, "restore the hub from a backup and start a new epoch")
    cmd.add_argument("file")
    cmd = command("agencies", run_agencies, "check and list the routing table: service x place -> agency")
    cmd.add_argument("--routing", metavar="FILE", help="the table to check (default: the one serve uses)")
    cmd.add_argument("--json", action="store_true")
    cmd = command("deliveries", run_deliveries, "list deliveries to agencies, with the reason of any failure")
    cmd.add_argument("--state", choices=("pending", "delivered", "decided", "dead", "superseded"))
    cmd.add_argument("--json", action="store_true")
    cmd = command("redrive", run_redrive, "send dead-lettered deliveries again")
    cmd.add_argument("delivery_id", nargs="?")
    cmd.add_argument("--all", action="store_true", help="every dead-lettered delivery")
    cmd = command("signing-key", run_signing_key, "print the hub's public signing key (PEM): agencies check "
                                                  "batch-file manifests with it")
    cmd.add_argument("--json", action="store_true", help="key id, raw base64 and PEM")
    cmd = command("batch-file", run_batch_file, "write an agency's batch file of a day again (same rows, same order)")
    cmd.add_argument("agency")
    cmd.add_argument("--day", required=True, metavar="YYYY-MM-DD", help="the day, in Asia/Taipei")
    cmd.add_argument("--routing", metavar="FILE", help="routing table (default: $KIOSK_HUB_ROUTING)")
    cmd = command("import-results", run_import_results, "import the result files batch-file agencies dropped back "
                                                        "(the delivery worker does it too)")
    cmd.add_argument("files", nargs="*", metavar="FILE", help="result files (default: every agency's folder)")
    cmd.add_argument("--routing", metavar="FILE", help="routing table (default: $KIOSK_HUB_ROUTING)")
    cmd = command("purge", run_purge, "purge payloads kept past their agency's retention days "
                                      "(the delivery worker does it too)")
    cmd.add_argument("--routing", metavar="FILE", help="routing table (default: $KIOSK_HUB_ROUTING)")
    cmd = command("delivery-audit", run_delivery_audit, "list the delivery audit: files written, results imported, "
                                                        "payloads purged")
    cmd.add_argument("--action", help="only this action (batch_written, results_imported, purged, file_purged)")
    cmd = command("openapi", run_openapi, "print the OpenAPI document")
    cmd.add_argument("--out")
    return parser


def main(argv: list[str] | None = None) -> int:
    from kiosk.i18n import UserError

    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:  # a bad file or argument: its message, no traceback
        print(exc.message(), file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
