"""Error pages for citizens: any address under /s/ that fails (no such page, a method it does not
take, a body too large, a broken request, a fault) answers an HTML page in the reader's language
with the pages' headers, instead of the device protocol's problem+json."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse
from starlette.types import Scope

from sync.hub.web import pages

KINDS = {400: "bad_request", 404: "not_found", 405: "method", 413: "too_large"}


def is_citizen_path(path: str) -> bool:
    return path == pages.PREFIX or path.startswith(pages.PREFIX + "/")


def error_page(request: Request, status: int, headers: dict[str, str] | None = None) -> HTMLResponse:
    kind = KINDS.get(status, "failed" if status >= 500 else "bad_request")
    return pages.render(request, "error.html", f"{pages.PREFIX}/", status, headers, kind=kind)


def error_for_scope(scope: Scope, status: int, headers: dict[str, str] | None = None) -> HTMLResponse:
    """The same page for a middleware that answers before any route (a body refused unread)."""
    return error_page(Request(scope), status, headers)
