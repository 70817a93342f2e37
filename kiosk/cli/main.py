"""The `kiosk` command. Subcommands come from the `kiosk.commands` entry points, so each layer
(core, sync, ui) contributes its own and the core never imports the others."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from importlib.metadata import entry_points

from kiosk.i18n import LANGUAGES, UserError, tr


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="e化服務宅配到家 — offline household services for field officers and kiosks.")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages (default: KIOSK_LANG or zh-TW)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for entry in sorted(entry_points(group="kiosk.commands"), key=lambda e: e.name):
        entry.load()(parser, subparsers)
    return parser


def _language_first(argv: list[str]) -> None:
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None
        if value in LANGUAGES:
            os.environ["KIOSK_LANG"] = value
            return


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _language_first(argv)  # help texts are translated when the parser is built
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    handler = getattr(args, "handler", None)
    if handler is None:
        default = getattr(args, "default_handler", None)
        if default is None:
            parser.print_help()
            return 0
        handler = default
    try:
        return int(handler(args) or 0)
    except UserError as exc:
        print(tr("cli.error_prefix", args.lang) + exc.message(args.lang), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(tr("cli.interrupted", args.lang), file=sys.stderr)
        return 130
    except OSError as exc:
        print(tr("cli.os_error", args.lang, detail=exc.strerror or str(exc), path=exc.filename or ""),
              file=sys.stderr)
        return 1
    except Exception as exc:
        if not _damaged_database(exc):
            raise
        print(tr("cli.error_prefix", args.lang) + tr("store.damaged", args.lang), file=sys.stderr)
        return 3


def _damaged_database(exc: Exception) -> bool:
    """A store file SQLite(Cipher) cannot read: a flipped page, a truncated file."""
    from sqlalchemy.exc import DatabaseError
    from sqlcipher3.dbapi2 import DatabaseError as CipherDatabaseError

    if not isinstance(exc, (DatabaseError, CipherDatabaseError)):
        return False
    text = str(exc).lower()
    return any(sign in text for sign in ("malformed", "not a database", "corrupt", "hmac"))


if __name__ == "__main__":
    sys.exit(main())
