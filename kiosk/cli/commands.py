"""Core subcommands: init, demo-data, import, export, search, id-check, roc."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli import application_commands, rules_commands
from kiosk.cli.store_options import add_store_options, open_store, open_or_create_store, read_new_pin
from kiosk.i18n import UserError, tr
from kiosk.rocdate import taiwan_today

if TYPE_CHECKING:
    from kiosk.cli.store_options import Subparsers
    from kiosk.households.importer import ImportReport


def register(parser: argparse.ArgumentParser, subparsers: Subparsers) -> None:  # noqa: ARG001
    _init(subparsers)
    _demo_data(subparsers)
    _import(subparsers)
    _export(subparsers)
    _search(subparsers)
    _id_check(subparsers)
    _roc(subparsers)
    rules_commands.register(subparsers)
    application_commands.register(subparsers)


# -- init ----------------------------------------------------------------------------------------

def _init(subparsers: Subparsers) -> None:
    cmd = subparsers.add_parser("init", help=tr("cli.init.help"), description=tr("cli.init.help"))
    add_store_options(cmd)
    cmd.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    from kiosk.db.store import Store
    from kiosk.paths import data_dir

    folder = data_dir(args.data_dir)
    store = Store.create(folder, read_new_pin(args))
    store.close()
    print(tr("cli.init.done", path=str(folder)))
    return 0


# -- demo-data -----------------------------------------------------------------------------------

def _demo_data(subparsers: Subparsers) -> None:
    cmd = subparsers.add_parser("demo-data", help=tr("cli.demo.help"), description=tr("cli.demo.help"))
    cmd.add_argument("--households", type=int, default=None, metavar="N", help=tr("cli.demo.households"))
    cmd.add_argument("--seed", type=int, default=2026, metavar="S", help=tr("cli.demo.seed"))
    cmd.add_argument("--as-of", type=_date_arg, default=None, metavar="DATE", help=tr("cli.demo.as_of"))
    cmd.add_argument("--out", type=Path, metavar="FILE", help=tr("cli.demo.out"))
    cmd.add_argument("--applications", type=int, default=0, metavar="M", help=tr("cli.demo.applications"))
    add_store_options(cmd)
    cmd.set_defaults(handler=run_demo_data)


def run_demo_data(args: argparse.Namespace) -> int:
    as_of = args.as_of or taiwan_today()
    households = (0 if args.applications else 1000) if args.households is None else args.households
    if households < 0:
        raise UserError("cli.demo.negative")
    if args.out:
        from kiosk.demo.generator import generate

        documents = generate(households, args.seed, as_of)
        args.out.write_text(json.dumps(documents, ensure_ascii=False, indent=1), encoding="utf-8")
        print(tr("cli.demo.written", count=len(documents), path=str(args.out)))
        return 0
    from kiosk.demo.build import build_demo

    store, created = open_or_create_store(args)
    with store:
        if households:
            started = time.monotonic()

            def progress(done: int, total: int) -> None:
                print(f"\r{done:>8,}/{total:,}", end="", file=sys.stderr, flush=True)

            build_demo(store, households, args.seed, as_of, progress if sys.stderr.isatty() else None)
            if sys.stderr.isatty():
                print(file=sys.stderr)
            print(tr("cli.demo.built", count=households, seconds=f"{time.monotonic() - started:.1f}",
                     path=str(store.folder)))
        if args.applications:
            from kiosk.demo.applications import queue_demo_applications

            started = time.monotonic()
            queued = queue_demo_applications(store, args.applications, args.seed, as_of.isoformat())
            print(tr("cli.demo.applications_queued", count=queued, seconds=f"{time.monotonic() - started:.1f}"))
    return 0


def _date_arg(text: str) -> date:
    from kiosk.rocdate import InvalidRocDate, parse_any_date

    try:
        return parse_any_date(text)
    except InvalidRocDate as exc:
        raise argparse.ArgumentTypeError(exc.message()) from None


# -- import / export -----------------------------------------------------------------------------

def _import(subparsers: Subparsers) -> None:
    cmd = subparsers.add_parser("import", help=tr("cli.import.help"), description=tr("cli.import.help"))
    cmd.add_argument("file", type=Path, metavar="FILE")
    cmd.add_argument("--format", choices=("auto", "json", "csv"), default="auto")
    cmd.add_argument("--encoding", default="utf-8", help=tr("cli.import.encoding"))
    cmd.add_argument("--rejects", type=Path, metavar="FILE", help=tr("cli.import.rejects"))
    add_store_options(cmd)
    cmd.set_defaults(handler=run_import)


def _format_of(path: Path, chosen: str) -> str:
    if chosen != "auto":
        return chosen
    return "csv" if path.suffix.lower() in (".csv", ".txt") else "json"


def run_import(args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise UserError("cli.no_such_file", path=str(args.file))
    kind = _format_of(args.file, args.format)
    store, _ = open_or_create_store(args)
    report: ImportReport
    problems: list[tuple[int | str, str | None, str | None, str]]
    with store:
        if kind == "csv":
            from kiosk.households.csv_io import import_csv

            report = import_csv(store, args.file, encoding=args.encoding, rejects=args.rejects)
            problems = [(p.line, p.household_no, p.field, p.reason) for p in report.row_problems]
            rejected = len({p.household_no for p in report.row_problems})
        else:
            from kiosk.households.importer import import_documents, read_documents

            report = import_documents(store, read_documents(args.file))
            problems = [(p.path, p.household_no, p.field, p.reason) for p in report.problems]
            rejected = report.rejected_households
            if args.rejects and report.problems:
                args.rejects.write_text(json.dumps([p.as_dict() for p in report.problems], ensure_ascii=False,
                                                   indent=1), encoding="utf-8")
    print(tr("cli.import.summary", created=report.created, updated=report.updated, rejected=rejected))
    for where, household_no, field, reason in problems[:20]:
        print(f"  {where}\t{household_no or '-'}\t{field or '-'}\t{reason}", file=sys.stderr)
    if len(problems) > 20:
        print(tr("cli.import.more_problems", count=len(problems) - 20), file=sys.stderr)
    if problems and args.rejects:
        print(tr("cli.import.rejects_written", path=str(args.rejects)), file=sys.stderr)
    return 1 if problems else 0


def _export(subparsers: Subparsers) -> None:
    cmd = subparsers.add_parser("export", help=tr("cli.export.help"), description=tr("cli.export.help"))
    cmd.add_argument("--out", type=Path, required=True, metavar="FILE")
    cmd.add_argument("--format", choices=("auto", "json", "csv"), default="auto")
    add_store_options(cmd)
    cmd.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    kind = _format_of(args.out, args.format)
    with open_store(args) as store:
        if kind == "csv":
            from kiosk.households.csv_io import export_csv

            count = export_csv(store, args.out)
        else:
            from kiosk.households.importer import export_documents

            count = export_documents(store, args.out)
    print(tr("cli.export.done", count=count, path=str(args.out)))
    return 0


# -- search --------------------------------------------------------------------------------------

def _search(subparsers: Subparsers) -> None:
    cmd = subparsers.add_parser("search", help=tr("cli.search.help"), description=tr("cli.search.help"))
    cmd.add_argument("query", nargs="+")
    cmd.add_argument("--limit", type=int, default=20)
    cmd.add_argument("--json", action="store_true")
    add_store_options(cmd)
    cmd.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace) -> int:
    from kiosk.search import search

    query = " ".join(args.query)
    with open_store(args) as store, store.read() as session:
        started = time.perf_counter()
        hits = search(session, query, limit=args.limit)
        elapsed = (time.perf_counter() - started) * 1000
    if args.json:
        print(json.dumps([hit.__dict__ for hit in hits], ensure_ascii=False, indent=1))
        return 0 if hits else 1
    if not hits:
        print(tr("cli.search.none", query=query))
        return 1
    for number, hit in enumerate(hits, 1):
        who = hit.matched_name or hit.head_name
        print(f"{number:>2}. {hit.household_no}  {who}  {hit.masked_id or ''}  {hit.address or ''}  "
              f"[{tr('search.matched.' + hit.matched)}]")
    print(tr("cli.search.summary", count=len(hits), ms=f"{elapsed:.1f}"), file=sys.stderr)
    return 0


# -- id-check / roc ------------------------------------------------------------------------------

def _id_check(subparsers: Subparsers) -> None:
    cmd = subparsers.add_parser("id-check", help=tr("cli.id_check.help"), description=tr("cli.id_check.help"))
    cmd.add_argument("ids", nargs="+", metavar="ID", help=tr("cli.id_check.ids"))
    cmd.add_argument("--show", action="store_true", help=tr("cli.id_check.show"))
    cmd.set_defaults(handler=run_id_check)


def run_id_check(args: argparse.Namespace) -> int:
    from kiosk.identity import InvalidId, parse_id

    values = list(args.ids)
    if values == ["-"]:
        values = [line for line in sys.stdin.read().splitlines() if line.strip()]
    failures = 0
    for text in values:
        try:
            parsed = parse_id(text)
            shown = parsed.value if args.show else parsed.masked
            print(tr("cli.id_check.valid", id=shown, kind=tr(f"id.kind.{parsed.kind}"), sex=tr(f"sex.{parsed.sex}")))
        except InvalidId as exc:
            failures += 1
            print(tr("cli.id_check.invalid", code=exc.code, reason=exc.message()))
    return 1 if failures else 0


def _roc(subparsers: Subparsers) -> None:
    cmd = subparsers.add_parser("roc", help=tr("cli.roc.help"), description=tr("cli.roc.help"))
    cmd.add_argument("date", metavar="DATE", help=tr("cli.roc.date"))
    cmd.add_argument("--age-on", type=_date_arg, metavar="DATE", help=tr("cli.roc.age_on"))
    cmd.set_defaults(handler=run_roc)


def run_roc(args: argparse.Namespace) -> int:
    from kiosk.localformat import format_date
    from kiosk.rocdate import age_on, parse_any_date, to_roc

    value = parse_any_date(args.date)
    print(f"{value.isoformat()}\t{to_roc(value, 'long')}\t{to_roc(value, 'short')}\t"
          f"{to_roc(value, 'compact') if value.year > 1911 else '-'}")
    if args.age_on and args.age_on < value:
        raise UserError("cli.roc.before_birth", on=to_roc(args.age_on, "long"), birth=to_roc(value, "long"))
    if args.age_on:
        print(tr("cli.roc.age", age=age_on(value, args.age_on), on=format_date(args.age_on, with_roc=True)))
    return 0
