"""The global error handler: a plain-language dialog and a rotating log with personal data redacted."""

from __future__ import annotations

import errno
import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from kiosk.redaction import redact
from ui.dialogs import touch_sized

__all__ = ["ErrorHandler", "RedactingFilter", "explain", "redact", "setup_logging"]

log = logging.getLogger("kiosk.ui")


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = ()
        if record.exc_info:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
        return True


def setup_logging(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kiosk-ui.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def problem_text(exc: BaseException, lang: str) -> str | None:
    """The message of a mistake the person can fix (a refused answer or request), or None for a fault."""
    from kiosk.applications.forms import FieldError
    from kiosk.i18n import UserError

    if isinstance(exc, FieldError):
        return exc.problem.message
    if isinstance(exc, UserError):
        return exc.message(lang)
    return None


def explain(exc: BaseException, lang: str) -> str:
    """What went wrong, for a person: known failures are explained, never dumped."""
    known = problem_text(exc, lang)
    if known is not None:
        return known
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return QCoreApplication.translate("Errors", "The disk is full. Nothing was lost; free some space and try again.")
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate("Errors", "Kiosk may not write to its data folder. Ask IT to check the folder's permissions.")
    name = type(exc).__name__
    if "database is locked" in str(exc) or name == "StoreUnavailable":
        return QCoreApplication.translate("Errors", "The household store is busy or locked by another program. Close other Kiosk windows and try again.")
    if name in ("ConnectionError", "ConnectTimeout", "ReadTimeout", "Timeout"):
        return QCoreApplication.translate("Errors", "The agency hub cannot be reached. Your work is kept on this device and will be sent later.")
    return QCoreApplication.translate("Errors", "Something went wrong. Your saved work is safe. If it happens again, tell IT and mention the time.")


class ErrorHandler:
    def __init__(self, parent_getter, lang_getter, show_dialog: bool = True) -> None:  # noqa: ANN001
        self.parent_getter = parent_getter
        self.lang_getter = lang_getter
        self.show_dialog = show_dialog
        self.shown: list[str] = []

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(self, exc_type, exc, tb) -> None:  # noqa: ANN001
        log.error("unhandled %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
        self.report(exc)

    def report(self, exc: BaseException) -> None:
        message = explain(exc, self.lang_getter())
        self.shown.append(message)
        if not self.show_dialog:
            detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)[-3:])
            print(f"kiosk: {redact(message)} ({type(exc).__name__})\n{redact(detail)}", file=sys.stderr)
            return
        box = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("Errors", "Kiosk"), message,
                          QMessageBox.Ok, self.parent_getter())
        box.setAccessibleName(message)
        touch_sized(box).exec()
