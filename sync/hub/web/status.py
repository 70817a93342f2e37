"""The citizen's status page (`/s/`): the tracking number from the receipt (typed, or in the link
its QR code carries) and the applicant's birth date, ROC or Gregorian, answer with the status in
plain words, what happens next and whom to call.

An unknown number and a wrong birth date get the same answer. Every lookup counts toward its
client address's limit, failed ones also toward the tracking number's, checked before any
database work."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlencode

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import Response

from kiosk.catalog import load_catalog
from kiosk.localformat import format_date
from kiosk.rocdate import InvalidRocDate
from sync.hub.client_address import client_address
from sync.hub.db import HubDatabase
from sync.hub.ratelimit import AttemptLimiter
from sync.hub.web import pages
from sync.hub.web.agency import agency_name
from sync.hub.web.lookup import StatusFacts, look_up, readings_of
from sync.hub.web.typed import AmbiguousDate, as_read, read_birth

FORM_LIMIT = 2048  # two short fields: anything longer is not a person typing
GENERAL_HOTLINE = "1957"
LOOKUP_THREADS = 2  # the lookup is ~3 ms of CPU: more threads than cores only interleave


@dataclass(frozen=True)
class StatusLimits:
    per_address: int = 60  # phones behind a mobile carrier's shared address (CGNAT) count together
    per_tracking_no: int = 10  # a birth date cannot be guessed at 10 failed tries in 10 minutes
    window_s: float = 600.0


def _field(form: dict[str, list[str]], name: str) -> str:
    return (form.get(name) or [""])[0].strip()[:64]


def _form_page(request: Request, tracking: str = "", birth: str = "", status_code: int = 200,
               error: str | None = None, headers: dict[str, str] | None = None, **context: object) -> Response:
    """The form; also the not-found answer (`birth_read` given), filled in with what was typed so
    it is corrected, not typed again (it is the citizen's own input, nothing the hub found)."""
    context = {"birth_read": None, "birth_problem": None, **context}
    shown: dict[str, Any] = context  # the template's own values, none of render()'s parameters
    settled = tracking and not error and not context["birth_read"]
    here = f"{pages.PREFIX}/" + (f"?{urlencode({'t': tracking})}" if settled else "")
    return pages.render(request, "status_form.html", here, status_code, headers, tracking=tracking, birth=birth,
                        error=error, hotline=GENERAL_HOTLINE, catalog=load_catalog(), **shown)


def _result_page(request: Request, facts: StatusFacts, birth: date) -> Response:
    catalog = load_catalog()
    service = catalog.service(facts.service_code)
    lang = pages.preferences(request).lang
    here = f"{pages.PREFIX}/?" + urlencode({"t": facts.tracking_no})
    return pages.render(request, "status_result.html", here, facts=facts, service=service, catalog=catalog,
                        agency=agency_name(service, lang), birth_read=as_read(birth),
                        received=format_date(facts.received_on, lang), hotline=service.hotline)


def router(db: Callable[[], HubDatabase], secret: Callable[[], bytes], trusted_proxies: frozenset[str],
           limits: StatusLimits) -> APIRouter:
    by_address = AttemptLimiter(limits.per_address, limits.window_s)
    by_tracking_no = AttemptLimiter(limits.per_tracking_no, limits.window_s)
    routes = APIRouter(prefix=pages.PREFIX, include_in_schema=False)

    @routes.api_route("/", methods=["GET", "HEAD"])
    async def form(request: Request, t: str = "") -> Response:
        return _form_page(request, tracking=t[:20])

    threads: list[anyio.CapacityLimiter] = []  # made in the event loop, on first use

    def answer(request: Request, body: bytes) -> Response:
        started = time.perf_counter()
        form = parse_qs(body[:FORM_LIMIT].decode("utf-8", errors="replace"))
        tracking, birth_text = _field(form, "tracking"), _field(form, "birth")
        peer = request.client.host if request.client else ""
        wait = by_address.take(client_address(peer, request.headers, trusted_proxies))  # every lookup counts
        readings = readings_of(tracking)
        if wait is None:  # only failed lookups count toward a number's lock, checked under each reading
            wait = max(filter(None, map(by_tracking_no.waiting, readings)), default=None)
        if wait is not None:
            return pages.render(request, "status_message.html", f"{pages.PREFIX}/", 429,
                                {"Retry-After": str(wait)}, kind="rate_limited", minutes=max(1, -(-wait // 60)),
                                hotline=GENERAL_HOTLINE, catalog=load_catalog())
        if not readings:
            return _form_page(request, tracking, birth_text, 400, error="tracking")
        try:
            birth = read_birth(birth_text)
        except AmbiguousDate:
            return _form_page(request, tracking, birth_text, 400, error="birth", birth_problem="ambiguous")
        except InvalidRocDate:
            return _form_page(request, tracking, birth_text, 400, error="birth")
        facts = look_up(db(), secret(), readings, birth)
        if facts is None:
            for reading in readings:  # every look-alike spelling of a number counts toward that one number
                by_tracking_no.take(reading)
            response = _form_page(request, tracking, birth_text, 404, birth_read=as_read(birth))
        else:
            response = _result_page(request, facts, birth)
        response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"  # for bench/
        return response

    @routes.post("/")
    async def lookup(request: Request) -> Response:
        body = await request.body()
        if not threads:
            threads.append(anyio.CapacityLimiter(LOOKUP_THREADS))
        # the whole answer in one trip to a few threads of its own: a crowd of lookups queues for
        # them instead of interleaving on the GIL, and never starves the sync API's thread pool
        return await anyio.to_thread.run_sync(answer, request, body, limiter=threads[0])

    @routes.get("/prefs")
    async def prefs(lang: str | None = None, size: str | None = None, contrast: str | None = None,
                    next: str | None = None) -> Response:
        return pages.remember({"lang": lang, "size": size, "contrast": contrast}, next)

    @routes.api_route("/static/kiosk.css", methods=["GET", "HEAD"])
    async def css() -> Response:
        return pages.css_response()

    return routes
