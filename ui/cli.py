"""`kiosk` without a subcommand opens the app; `kiosk --self-test` tours it offscreen and audits it."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from kiosk.i18n import tr


def register(parser: argparse.ArgumentParser, subparsers) -> None:  # noqa: ANN001
    group = parser.add_argument_group("app")
    group.add_argument("--mode", choices=("officer", "volunteer", "kiosk"), default=os.environ.get("KIOSK_MODE", "officer"),
                       help="officer (default), volunteer (masked, no export) or kiosk (self-service, full screen)")
    group.add_argument("--data-dir", type=Path, default=None, help="the store's folder (default: KIOSK_DATA_DIR)")
    group.add_argument("--hub", default=None, metavar="URL", help="the agency hub (default: the enrolled one)")
    group.add_argument("--self-test", action="store_true",
                       help="tour every screen offscreen in every language and text size, audit accessibility")
    group.add_argument("--screenshots", type=Path, metavar="DIR", help="with --self-test: PNGs and audit.json here")
    group.add_argument("--audit-only", action="store_true",
                       help="with --screenshots: write audit.json only, skip the PNGs (about a fifth quicker)")
    group.add_argument("--tour-languages", metavar="LANGS", type=lambda text: text.split(","),
                       help="with --self-test: only these languages, e.g. vi,id,th (default: all)")
    group.add_argument("--tour-sizes", metavar="PERCENTS", type=lambda text: [int(p) for p in text.split(",")],
                       help="with --self-test: only these text sizes, e.g. 100 (default: all)")
    group.add_argument("--no-crash-dialog", action="store_true", help="errors go to stderr, never a dialog (tests)")
    group.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(default_handler=run)

    # The window starts this itself (ui/speech.py); in the bundle it is this same executable.
    cmd = subparsers.add_parser("speech-engine", help=tr("cli.speech_engine.help"), description=tr("cli.speech_engine.help"))
    cmd.add_argument("--parent", type=int, metavar="PID", help=argparse.SUPPRESS)
    cmd.set_defaults(handler=run_speech_engine)


def run_speech_engine(args: argparse.Namespace) -> int:
    from ui.speech_engine import main

    return main(["--parent", str(args.parent)] if args.parent else [])


def run(args: argparse.Namespace) -> int:
    _require_gui_extra()
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from ui.selftest import all_combos, self_test

        limited = args.tour_languages or args.tour_sizes
        return self_test(args.screenshots, args.data_dir,
                         all_combos(args.tour_languages, args.tour_sizes) if limited else None, pngs=not args.audit_only)
    from kiosk.paths import data_dir
    from ui.app import run_gui

    return run_gui(data_dir(args.data_dir), args.mode, args.lang, args.hub, not args.no_crash_dialog,
                   args.startup_probe)


def _require_gui_extra() -> None:
    """A hub-only install has no Qt: say how to get the window instead of a traceback."""
    from kiosk.i18n import UserError

    try:
        import PySide6  # noqa: F401
        import pyttsx3  # noqa: F401
    except ImportError as missing:
        raise UserError("cli.gui_not_installed") from missing
