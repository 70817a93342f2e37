"""`kiosk enroll` and `kiosk sync`, contributed to the kiosk command by the sync layer."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kiosk.cli.store_options import add_store_options, open_store
from kiosk.i18n import tr

if TYPE_CHECKING:
    from kiosk.cli.store_options import Subparsers
    from kiosk.updates import UpdateNotice
    from sync.client.engine import CycleReport, Progress


def register(parser: argparse.ArgumentParser, subparsers: Subparsers) -> None:  # noqa: ARG001
    cmd = subparsers.add_parser("enroll", help=tr("cli.enroll.help"), description=tr("cli.enroll.help"))
    cmd.add_argument("--hub", required=True, metavar="URL", help=tr("cli.enroll.hub"))
    cmd.add_argument("--code", required=True, metavar="CODE", help=tr("cli.enroll.code"))
    cmd.add_argument("--label", default="", metavar="TEXT", help=tr("cli.enroll.label"))
    add_store_options(cmd)
    cmd.set_defaults(handler=run_enroll)

    cmd = subparsers.add_parser("sync", help=tr("cli.sync.help"), description=tr("cli.sync.help"))
    cmd.add_argument("--hub", metavar="URL", help=tr("cli.sync.hub"))
    cmd.add_argument("--max-seconds", type=float, default=300.0, metavar="S", help=tr("cli.sync.max_seconds"))
    cmd.add_argument("--quiet", action="store_true", help=tr("cli.sync.quiet"))
    add_store_options(cmd)
    cmd.set_defaults(handler=run_sync)

    # The window starts this itself at unlock and hands it the data key on stdin (sync/client/worker.py).
    cmd = subparsers.add_parser("worker", help=tr("cli.worker.help"), description=tr("cli.worker.help"))
    cmd.add_argument("--data-dir", metavar="DIR", help=tr("cli.opt.data_dir"))
    cmd.set_defaults(handler=run_worker)


def run_worker(args: argparse.Namespace) -> int:
    from kiosk.paths import data_dir
    from sync.client.worker import run_worker as serve

    return serve(data_dir(args.data_dir))


def run_enroll(args: argparse.Namespace) -> int:
    from sync.client.config import enroll

    store = open_store(args)
    try:
        config = enroll(store, args.hub, args.code, args.label)
    finally:
        store.close()
    print(tr("cli.enroll.done", args.lang, scope=config.scope, device=config.device_id))
    return 0


class ProgressBar:
    """One line on stderr, redrawn; plain lines when stderr is not a terminal."""

    WIDTH = 30

    def __init__(self, lang: str | None, quiet: bool) -> None:
        self.lang = lang
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self._last = ""

    def __call__(self, event: Progress) -> None:
        if self.quiet or event.phase == "done":
            if self.tty and self._last:
                sys.stderr.write("\n")
            return
        label = tr(f"sync.phase.{event.phase}", self.lang)
        if event.total:
            filled = int(self.WIDTH * min(event.done, event.total) / event.total)
            line = f"{label} [{'#' * filled}{'.' * (self.WIDTH - filled)}] {event.done}/{event.total}"
        else:
            line = f"{label} {event.done}"
        if self.tty:
            sys.stderr.write("\r" + line.ljust(len(self._last)))
            sys.stderr.flush()
        elif event.done in (0, 1) or event.done == event.total or event.done % 500 == 0:
            print(line, file=sys.stderr)
        self._last = line


def run_sync(args: argparse.Namespace) -> int:
    from sync.client.config import client_for
    from kiosk.updates import latest_notice
    from sync.client.engine import SyncEngine, SyncOptions

    store = open_store(args)
    try:
        client, _config = client_for(store, args.hub)
        try:
            engine = SyncEngine(store, client, SyncOptions(max_seconds=args.max_seconds),
                                progress=ProgressBar(args.lang, args.quiet))
            report = engine.run_cycle()
        finally:
            client.close()
        notice = None
        if report.stopped != "wiped":
            with store.read() as session:
                notice = latest_notice(session)
    finally:
        store.close()
    return print_report(report, args.lang, notice)


def print_report(report: CycleReport, lang: str | None, notice: UpdateNotice | None = None) -> int:
    c = report.counts
    if report.stopped == "wiped":
        print(tr("sync.report.wiped", lang))
        return 3
    if notice is not None:
        key = "update.required" if notice.required else "update.available"
        print(tr(key, lang, version=notice.manifest.version, current=notice.current))
    print(tr("sync.report.summary", lang, sent=c["sent"] + c["replayed"], rejected=c["rejected"],
             edits=c["household_edits"], pulled=sum(v for k, v in c.items() if k == "pulled_changes"),
             decisions=c["pulled_decisions"]))
    if c["subscriptions_waiting"]:  # an older hub: the citizen's subscriptions wait on this device
        print(tr("sync.report.subscriptions_waiting", lang, count=c["subscriptions_waiting"]), file=sys.stderr)
    box = report.outbox
    assert box is not None, "every cycle but a wiped one ends with its outbox summed up"
    if box.rejected or box.conflicts:
        print(tr("sync.report.attention", lang, rejected=box.rejected, conflicts=box.conflicts))
    if report.audit_refused:  # data may be in sync, but this device's history is not what the hub holds
        print(tr("sync.report.audit_refused", lang), file=sys.stderr)
        return 4
    if report.complete:
        print(tr("sync.report.done", lang))
        return 0
    if report.stopped:
        print(tr(f"sync.stopped.{report.stopped}", lang, detail=report.detail), file=sys.stderr)
    if not box.drained:
        print(tr("sync.report.pending", lang, pending=box.pending + box.sending, attention=box.attention,
                 reasons="; ".join(box.errors) or "-"), file=sys.stderr)
    if not report.feed_current:
        print(tr("sync.report.feed_behind", lang), file=sys.stderr)
    return 2
