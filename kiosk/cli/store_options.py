"""Where the store is and how it is unlocked, for every command that needs it.

Folder: --data-dir, else KIOSK_DATA_DIR, else the platform's data folder.
PIN: --pin, else KIOSK_PIN, else asked on the terminal (never echoed).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from kiosk.i18n import UserError, tr

if TYPE_CHECKING:
    from kiosk.db.store import Store

    # What `register(subparsers)` of every command module receives (argparse names no public type,
    # and its class cannot be subscripted at run time).
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]  # noqa: SLF001


def add_store_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--data-dir", metavar="DIR", help=tr("cli.opt.data_dir"))
    cmd.add_argument("--pin", metavar="PIN", help=tr("cli.opt.pin"))


def _pin(args: argparse.Namespace) -> str:
    pin = getattr(args, "pin", None) or os.environ.get("KIOSK_PIN")
    if pin:
        return pin
    if sys.stdin.isatty():
        return getpass.getpass(tr("cli.pin_prompt"))
    raise UserError("cli.pin_needed")


def read_new_pin(args: argparse.Namespace) -> str:
    pin = getattr(args, "pin", None) or os.environ.get("KIOSK_PIN")
    if pin:
        return pin
    if not sys.stdin.isatty():
        raise UserError("cli.pin_needed")
    first = getpass.getpass(tr("cli.new_pin_prompt"))
    if getpass.getpass(tr("cli.repeat_pin_prompt")) != first:
        raise UserError("cli.pins_differ")
    return first


def open_store(args: argparse.Namespace) -> Store:
    from kiosk.db.store import Store
    from kiosk.paths import data_dir

    return Store.open(data_dir(args.data_dir), _pin(args))


def open_or_create_store(args: argparse.Namespace) -> tuple[Store, bool]:
    """(store, created): commands that add data make the store on first use."""
    from kiosk.db.store import Store
    from kiosk.paths import data_dir

    folder = data_dir(args.data_dir)
    store, created = Store.open_or_create(folder, _pin(args))
    if created:
        print(tr("cli.store_created", path=str(folder)), file=sys.stderr)
    return store, created
