"""Rules subcommands: eligibility (documents in, answers out) and proactive (the visit plan)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.store_options import add_store_options, open_store
from kiosk.i18n import UserError, tr
from kiosk.rocdate import taiwan_today

if TYPE_CHECKING:
    from kiosk.cli.store_options import Subparsers


def register(subparsers: Subparsers) -> None:
    cmd = subparsers.add_parser("eligibility", help=tr("cli.eligibility.help"), description=tr("cli.eligibility.help"))
    cmd.add_argument("file", type=Path, metavar="FILE")
    cmd.add_argument("--on", type=_date, default=None, metavar="YYYY-MM-DD", help=tr("cli.eligibility.on"))
    cmd.add_argument("--json", action="store_true")
    cmd.add_argument("--details", action="store_true", help=tr("cli.eligibility.details"))
    cmd.set_defaults(handler=run_eligibility)

    cmd = subparsers.add_parser("proactive", help=tr("cli.proactive.help"), description=tr("cli.proactive.help"))
    cmd.add_argument("--on", type=_date, default=None, metavar="YYYY-MM-DD", help=tr("cli.eligibility.on"))
    cmd.add_argument("--top", type=int, default=20, metavar="N", help=tr("cli.proactive.top"))
    cmd.add_argument("--json", action="store_true")
    add_store_options(cmd)
    cmd.set_defaults(handler=run_proactive)


def _date(text: str) -> date:
    from kiosk.rocdate import InvalidRocDate, parse_any_date

    try:
        return parse_any_date(text)
    except InvalidRocDate as exc:
        raise argparse.ArgumentTypeError(exc.message()) from None


def run_eligibility(args: argparse.Namespace) -> int:
    from kiosk.households.document import validate_document
    from kiosk.households.importer import read_documents
    from kiosk.rules import evaluate_documents

    if not args.file.exists():
        raise UserError("cli.no_such_file", path=str(args.file))
    documents = read_documents(args.file)
    problems = [p for i, d in enumerate(documents) for p in validate_document(d, i)]
    if problems:
        for p in problems[:20]:
            print(f"  {p.index}\t{p.household_no or '-'}\t{p.path}\t{p.reason}", file=sys.stderr)
        raise UserError("cli.eligibility.invalid", count=len({p.index for p in problems}))
    on = args.on or taiwan_today()
    results = evaluate_documents(documents, on)
    if args.json:
        print(json.dumps({"results": results}, ensure_ascii=False, indent=1))
        return 0
    lang = args.lang or "zh-TW"
    from kiosk.catalog import load_catalog
    from kiosk.rules.results import reminder_text

    catalog = load_catalog()
    for result in results:
        print(f"{result['household_no']}  ({result['on']})")
        for warning in result["warnings"]:
            print(f"  ⚠ {warning['message'][lang]}")
        for service in result["services"]:
            state = "service.receiving" if service["receiving"] else (
                "service.eligible" if service["eligible"] else "service.not_eligible")
            who = _masked(service["person"])
            print(f"  {service['service']} {catalog.service(service['service']).name(lang)}  {who}  "
                  f"{tr(state, lang)}  {service['explanation'][lang]}")
            if args.details:
                for line in service["details"][lang]:
                    print(f"      · {line}")
        for reminder in result["reminders"]:
            service = catalog.service(reminder["service"]).name(lang) if reminder["service"] else ""
            text = reminder_text(reminder, lang, _masked(reminder["person"]) if reminder["person"] else "")
            late = f"  ({tr('cli.eligibility.overdue', lang)})" if reminder["overdue"] else ""
            print(f"  ⏰ {reminder['due']}  {service}  {text}{late}")
    return 0


def _masked(id_no: str | None) -> str:
    return id_no[:2] + "****" + id_no[-4:] if id_no else "-"


def run_proactive(args: argparse.Namespace) -> int:
    from kiosk.rules.proactive import plan_visits
    from kiosk.rules.scan import fill_details, scan_store

    on = args.on or taiwan_today()
    with open_store(args) as store:
        started = time.perf_counter()
        evaluation, _keys, rowids = scan_store(store, on)
        visits = plan_visits(evaluation, args.top,
                             lambda households: fill_details(store, evaluation.population, rowids, households))
        elapsed = time.perf_counter() - started
    lang = args.lang or "zh-TW"
    if args.json:
        print(json.dumps({"on": on.isoformat(), "visits": [v.as_dict() for v in visits]}, ensure_ascii=False, indent=1))
    else:
        for rank, visit in enumerate(visits, 1):
            print(tr("cli.proactive.line", lang, rank=rank, household_no=visit.household_no, head=visit.head_name,
                     score=f"{visit.score:.1f}", reason=visit.reason.get(lang, visit.reason["en"])))
    print(tr("cli.proactive.summary", lang, count=len(evaluation.population.household_numbers),
             seconds=f"{elapsed:.1f}"), file=sys.stderr)
    return 0
