"""Application subcommands: application new|set|show|list|attach|notice|submit|form, receipt,
verify-receipt and audit verify."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.store_options import add_store_options, open_store
from kiosk.i18n import LANGUAGES, UserError, tr
from kiosk.localformat import Day, format_date

if TYPE_CHECKING:
    from kiosk.applications.service import ApplicationView
    from kiosk.cli.store_options import Subparsers
    from kiosk.db.store import Store
    from kiosk.documents.qr import ReceiptClaim


def register(subparsers: Subparsers) -> None:
    app = subparsers.add_parser("application", help=tr("cli.app.help"), description=tr("cli.app.help"))
    actions = app.add_subparsers(dest="action", metavar="ACTION", required=True)

    cmd = actions.add_parser("new", help=tr("cli.app.new"))
    cmd.add_argument("--household", required=True, metavar="戶號")
    cmd.add_argument("--service", required=True, metavar="Sxx")
    cmd.add_argument("--person", metavar="ID", help=tr("cli.app.person"))
    cmd.add_argument("--language", choices=LANGUAGES, default="zh-TW", help=tr("cli.app.language"))
    cmd.add_argument("--officer", metavar="NAME")
    cmd.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    cmd.set_defaults(handler=run_new)

    cmd = actions.add_parser("set", help=tr("cli.app.set"))
    cmd.add_argument("id")
    cmd.add_argument("values", nargs="+", metavar="KEY=VALUE")
    cmd.set_defaults(handler=run_set)

    for name, handler, help_key in (("show", run_show, "cli.app.show"), ("notice", run_notice, "cli.app.notice")):
        cmd = actions.add_parser(name, help=tr(help_key))
        cmd.add_argument("id")
        cmd.add_argument("--json", action="store_true")
        cmd.set_defaults(handler=handler)

    cmd = actions.add_parser("list", help=tr("cli.app.list"))
    cmd.add_argument("--household", metavar="戶號")
    cmd.add_argument("--state")
    cmd.add_argument("--json", action="store_true")
    cmd.set_defaults(handler=run_list)

    cmd = actions.add_parser("attach", help=tr("cli.app.attach"))
    cmd.add_argument("id")
    cmd.add_argument("file", type=Path)
    cmd.add_argument("--document", metavar="CODE", help=tr("cli.app.document"))
    cmd.set_defaults(handler=run_attach)

    cmd = actions.add_parser("submit", help=tr("cli.app.submit"))
    cmd.add_argument("id")
    cmd.add_argument("--consent-by", required=True, metavar="NAME")
    cmd.add_argument("--method", choices=("signature", "proxy", "fingerprint"), default="signature")
    cmd.add_argument("--relation", help=tr("cli.app.relation"))
    cmd.add_argument("--witness", action="append", default=[], metavar="NAME")
    cmd.add_argument("--signature", type=Path, metavar="STROKES.json", help=tr("cli.app.signature"))
    cmd.add_argument("--health-data-consent", action="store_true", help=tr("cli.app.health"))
    cmd.add_argument("--notice-read", action="store_true", help=tr("cli.app.notice_read"))
    cmd.set_defaults(handler=run_submit)

    cmd = actions.add_parser("form", help=tr("cli.app.form"))
    cmd.add_argument("id")
    cmd.add_argument("--out", type=Path, required=True)
    cmd.set_defaults(handler=run_form)
    for sub in actions.choices.values():
        add_store_options(sub)

    cmd = subparsers.add_parser("receipt", help=tr("cli.receipt.help"), description=tr("cli.receipt.help"))
    cmd.add_argument("id", metavar="APPLICATION_ID")
    cmd.add_argument("--out", type=Path, required=True)
    cmd.add_argument("--format", choices=("a4", "80mm"), default="a4")
    add_store_options(cmd)
    cmd.set_defaults(handler=run_receipt)

    cmd = subparsers.add_parser("verify-receipt", help=tr("cli.verify.help"), description=tr("cli.verify.help"))
    cmd.add_argument("file", metavar="FILE", help=tr("cli.verify.file"))
    add_store_options(cmd)  # the trusted keys live in the encrypted store
    cmd.set_defaults(handler=run_verify)

    cmd = subparsers.add_parser("audit", help=tr("cli.audit.help"), description=tr("cli.audit.help"))
    cmd.add_argument("action", choices=("verify",))
    add_store_options(cmd)
    cmd.set_defaults(handler=run_audit)


def _pairs(items: list[str]) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UserError("cli.app.bad_pair", item=item[:40])
        pairs.append((key.strip(), value))
    return pairs


def _print_view(view: ApplicationView, as_json: bool) -> None:
    if as_json:
        data = {k: v for k, v in view.__dict__.items() if k not in ("attachments", "consents")}
        data["attachments"] = [a.__dict__ for a in view.attachments]
        data["consents"] = [c.__dict__ for c in view.consents]
        data["person_id_no"] = view.masked_id
        print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
        return
    print(tr("cli.app.summary", id=view.id, service=view.service_code, state=view.state,
             person=view.person_name or "-", masked=view.masked_id or "-", revision=view.revision,
             tracking=view.tracking_no or "-"))
    for key, value in view.values.items():
        print(f"  {key} = {value}")
    for key, value in view.pending.items():
        print(f"  {key} ≠ {value!r}  ({tr('cli.app.pending')})")
    if view.missing:
        print(tr("cli.app.missing", fields=", ".join(view.missing)))


def run_new(args: argparse.Namespace) -> int:
    from kiosk.applications import service

    with open_store(args) as store:
        view = service.start(store, household_no=args.household, service_code=args.service.upper(),
                             person_id_no=args.person, language=args.language, officer=args.officer)
        return _set_values(store, view.id, _pairs(args.set), args.lang)


def _set_values(store: Store, application_id: str, pairs: list[tuple[str, str]], lang: str | None) -> int:
    from kiosk.applications import service

    _, problems = service.set_fields(store, application_id, pairs, lang)  # one write: an unknown field saves none
    for exc in problems:
        print(f"{exc.problem.key}: {exc.problem.message}", file=sys.stderr)
    _print_view(service.open_application(store, application_id), False)
    return 1 if problems else 0


def run_set(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        return _set_values(store, args.id, _pairs(args.values), args.lang)


def run_show(args: argparse.Namespace) -> int:
    from kiosk.applications import service

    with open_store(args) as store:
        _print_view(service.open_application(store, args.id), args.json)
    return 0


def run_notice(args: argparse.Namespace) -> int:
    from kiosk.applications import service
    from kiosk.applications.notice import privacy_notice
    from kiosk.catalog import load_catalog

    with open_store(args) as store:
        view = service.open_application(store, args.id)
    notice = privacy_notice(load_catalog().service(view.service_code), view.language)
    if args.json:
        print(json.dumps({"version": notice.version, "lang": notice.lang, "lines": notice.lines()}, ensure_ascii=False))
    else:
        print(notice.text())
        print(f"[{notice.version}]")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from kiosk.applications import service

    with open_store(args) as store:
        rows = service.list_applications(store, household_no=args.household, state=args.state)
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=1, default=str))
        return 0
    for row in rows:
        print(f"{row.id}  {row.service_code}  {row.household_no}  {row.person_name or '-'} {row.masked_id or ''}  "
              f"{row.state}  r{row.revision}  {row.tracking_no or ''}")
    return 0


def run_attach(args: argparse.Namespace) -> int:
    from kiosk.applications import service

    if not args.file.exists():
        raise UserError("cli.no_such_file", path=str(args.file))
    with open_store(args) as store:
        added = service.add_attachment(store, args.id, args.file.read_bytes(), args.document or args.file.stem,
                                       args.document)
    print(tr("cli.app.attached", name=added.name, size=f"{added.size:,}", sha=added.sha256[:16]))
    return 0


def run_submit(args: argparse.Namespace) -> int:
    from kiosk.workspace import Workspace

    if not args.notice_read:
        raise UserError("cli.app.notice_first")
    strokes, box = None, (0, 0)
    if args.method in ("signature", "proxy"):
        if not args.signature:
            raise UserError("consent.signature_needed")
        pad = json.loads(args.signature.read_text(encoding="utf-8"))
        strokes, box = pad["strokes"], (int(pad["width"]), int(pad["height"]))
    with open_store(args) as store:
        workspace = Workspace(store)
        view = workspace.application(args.id)
        workspace.give_consent(view.id, method=args.method, given_by=args.consent_by, person_id_no=view.person_id_no,
                               strokes=strokes, box=box, relation=args.relation, witnesses=tuple(args.witness),
                               health_data=args.health_data_consent)
        submitted = workspace.submit(view.id)
    print(tr("cli.app.submitted", tracking=submitted.tracking_no, revision=submitted.revision))
    return 0


def _issue(args: argparse.Namespace, kind: str, fmt: str) -> int:
    from kiosk.documents.issue import DocumentKind
    from kiosk.workspace import Workspace

    with open_store(args) as store:
        args.out.write_bytes(Workspace(store).issue_document(args.id, DocumentKind(kind), fmt))
    print(tr("cli.written", path=str(args.out)))
    return 0


def run_form(args: argparse.Namespace) -> int:
    return _issue(args, "form", "a4")


def run_receipt(args: argparse.Namespace) -> int:
    return _issue(args, "receipt", args.format)


def run_verify(args: argparse.Namespace) -> int:
    from kiosk.documents.verify import verify_source
    from kiosk.security.device import trusted_keys

    source = Path(args.file)
    content = source.read_bytes() if source.exists() else args.file.encode("utf-8")
    with open_store(args) as store:
        result = verify_source(content, trusted_keys(store))
    if result.valid:
        claim = result.claim
        assert claim is not None, "a valid verification carries its claim"
        print(tr("cli.verify.valid", tracking=claim.tracking_no, applicant=claim.masked_applicant,
                 revision=claim.revision, issued=Day(claim.issued_at.date().isoformat()), digest=claim.digest[:16]))
        _print_signed_fields(claim)
        return 0
    print(tr("cli.verify.invalid", reason=tr(f"verify.{result.reason}")))
    return 1


def _print_signed_fields(claim: ReceiptClaim) -> None:
    """Every field the signature covers, labelled as on the paper, for the clerk to compare."""
    from datetime import date

    from kiosk.catalog import load_catalog

    if claim.version < 2:
        print(tr("cli.verify.v1_partial"))
        return
    catalog = load_catalog()
    service: str | None  # a version-2 claim always names its service
    try:
        service = f"{claim.service_code} {catalog.service(claim.service_code or '').name('zh-TW')}"
    except KeyError:
        service = claim.service_code
    day = date.fromisoformat(claim.date_printed) if claim.date_printed else None
    documents = "、".join(catalog.document_name(code, "zh-TW") for code in claim.documents.split(",")) \
        if claim.documents else tr("doc.none_needed")
    print(tr("cli.verify.compare"))
    for label, value in (("doc.service", service), ("doc.applicant", f"{claim.applicant_name}　{claim.masked_applicant}"),
                         ("doc.tracking_no", claim.tracking_no),
                         ("doc.date", format_date(day, with_roc=True) if day else "—"),  # as the paper prints it
                         ("doc.officer", claim.officer or "—"), ("doc.documents_needed", documents)):
        print(f"  {tr(label)}: {value}")


def run_audit(args: argparse.Namespace) -> int:
    from kiosk.audit import verify

    with open_store(args) as store, store.read() as session:
        report = verify(session)
    anchor = report.anchor
    if report.ok:
        print(tr("cli.audit.ok", count=report.entries, head=report.head[:16]))
        print(tr("cli.audit.anchored", seq=anchor.seq, date=Day(anchor.acknowledged_at.date().isoformat()))
              if anchor else tr("cli.audit.no_anchor"))
        return 0
    if report.reason == "truncated":
        assert anchor is not None and report.first_bad_seq is not None, "only an anchor shows a truncation"
        print(tr("cli.audit.truncated", last=report.first_bad_seq - 1, seq=anchor.seq,
                 date=Day(anchor.acknowledged_at.date().isoformat())))
    elif report.reason == "rewritten":
        assert anchor is not None, "only an anchor shows a rewrite"
        print(tr("cli.audit.rewritten", seq=anchor.seq, date=Day(anchor.acknowledged_at.date().isoformat())))
    else:
        print(tr("cli.audit.broken", seq=report.first_bad_seq, reason=report.reason))
    return 1
