"""The citizen-facing routes of notifications: the unsubscribe link (a small confirmation page in
five languages, in the status page's templates and headers; GET only asks, POST withdraws, so a
link scanner cannot unsubscribe anyone), the calendar feed, and the SMS gateway's inbound webhook
where a "STOP" reply withdraws, the bounce webhook where e-mail's late delivery failures arrive, and
the gateway's delivery reports, SMS's late failures (sync/hub/notify/sms_reports.py). Not
part of the device protocol (left out of the OpenAPI document)."""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from sqlalchemy import Row

from kiosk.i18n import LANGUAGES
from kiosk.subscriptions.contacts import ContactError, taiwan_mobile
from sync.hub import subscriptions
from sync.hub.auth import Secrets
from sync.hub.client_address import client_address
from sync.hub.db import HubDatabase, utcnow
from sync.hub.notify import bounces, calendar, sms_reports
from sync.hub.notify.config import NotifyConfig, route_secret
from sync.hub.ratelimit import AttemptLimiter
from sync.hub.web import pages

INBOUND_PER_ADDRESS = 120  # a gateway relays every reply from one address: generous, but not a guessing rate
INBOUND_WINDOW_S = 60.0
MAX_REPORT_BYTES = 256 * 1024  # a bounce report with the original attached; ours are a few kB
NOT_FOUND = partial(PlainTextResponse, "Not found", status_code=404)
STOP_WORDS = {"STOP", "TD", "UNSUBSCRIBE", "停止", "取消", "退訂", "DỪNG", "DUNG", "HỦY", "HUY", "BERHENTI", "หยุด"}


def _unsubscribe_page(request: Request, state: str, known_lang: str | None, status_code: int = 200) -> HTMLResponse:
    """One of the page's states (ask, done, already, invalid), in the status page's templates."""
    here, chosen = request.url.path, request.query_params.get("lang")
    action = here + (f"?lang={chosen}" if chosen in LANGUAGES else "")  # the answer in the language asked in
    return pages.render(request, "unsubscribe.html", here, status_code, {"X-Robots-Tag": "noindex"},
                        known_lang=known_lang, state=state, action=action)


def normalise_number(text: str) -> str | None:
    """The sender of an SMS reply in the form the device stored (kiosk.subscriptions.contacts), or None."""
    try:
        return taiwan_mobile(text)
    except ContactError:
        return None


def is_stop(text: str) -> bool:
    words = (text or "").strip().upper().split()
    return bool(words) and (words[0] in STOP_WORDS or " ".join(words) in STOP_WORDS)


async def _fields(request: Request) -> dict[str, Any]:
    """A gateway's callback fields: the query string's, then a form or JSON body's over them."""
    fields: dict[str, Any] = dict(request.query_params)
    raw = (await request.body())[:MAX_REPORT_BYTES]
    if "json" in request.headers.get("content-type", ""):
        try:
            sent = json.loads(raw or b"{}")
        except (ValueError, RecursionError):  # RecursionError: nesting deeper than json's parser goes
            sent = {}
        fields.update(sent if isinstance(sent, dict) else {})
    else:
        fields.update({k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()})
    return fields


def router(db: Callable[[], HubDatabase], secrets: Callable[[], Secrets], config: Callable[[], NotifyConfig],
           today: Callable[[], date], inbound_secret: Callable[[], str | None],
           trusted_proxies: frozenset[str] = frozenset()) -> APIRouter:
    """`inbound_secret`: the resolved path secret of the SMS webhook, None when it is off."""
    routes = APIRouter(include_in_schema=False)
    inbound_by_address = AttemptLimiter(INBOUND_PER_ADDRESS, INBOUND_WINDOW_S)

    def subscription_of(token: str) -> Row[Any] | None:
        subscription_id = subscriptions.subscription_of_token(secrets(), subscriptions.UNSUBSCRIBE, token)
        if subscription_id is None:
            return None
        with db().read() as conn:
            return subscriptions.load(conn, subscription_id)

    @routes.api_route("/s/unsubscribe/{token}", methods=["GET", "HEAD"])
    async def unsubscribe_page(request: Request, token: str) -> HTMLResponse:
        row = await run_in_threadpool(subscription_of, token)
        if row is None:
            return _unsubscribe_page(request, "invalid", None, 404)
        return _unsubscribe_page(request, "ask" if row.state == "active" else "already", row.language)

    @routes.post("/s/unsubscribe/{token}")
    async def unsubscribe(request: Request, token: str) -> HTMLResponse:
        def work() -> Row[Any] | None:
            subscription_id = subscriptions.subscription_of_token(secrets(), subscriptions.UNSUBSCRIBE, token)
            if subscription_id is None:
                return None
            with db().write() as conn:
                row = subscriptions.load(conn, subscription_id)
                if row is not None:
                    subscriptions.withdraw(conn, subscription_id, "link")
                return row

        row = await run_in_threadpool(work)
        if row is None:
            return _unsubscribe_page(request, "invalid", None, 404)
        return _unsubscribe_page(request, "done", row.language)

    @routes.get("/s/calendar/{token}.ics")
    async def calendar_feed(token: str) -> Response:
        def work() -> Response:
            subscription_id = subscriptions.subscription_of_token(secrets(), subscriptions.CALENDAR, token)
            with db().read() as conn:
                row = subscriptions.load(conn, subscription_id) if subscription_id else None
                if row is None:
                    return PlainTextResponse("Not found", status_code=404)
                if row.state != "active":
                    return PlainTextResponse("Gone: this calendar was withdrawn", status_code=410)
                body = calendar.feed(conn, config(), row, today(), utcnow())
            return Response(body, media_type="text/calendar; charset=utf-8",
                            headers={"Cache-Control": "private, max-age=300", "X-Robots-Tag": "noindex"})
        return await run_in_threadpool(work)

    def refusal(request: Request, secret: str, expected: str | None) -> PlainTextResponse | None:
        """429 past the per-address limit, 404 unless the path names the webhook's secret, else None."""
        peer = request.client.host if request.client else ""
        wait = inbound_by_address.take(client_address(peer, request.headers, trusted_proxies))
        if wait is not None:
            return PlainTextResponse("Too many requests", status_code=429, headers={"Retry-After": str(wait)})
        if expected is None or not hmac.compare_digest(secret.encode("utf-8"), expected.encode("utf-8")):
            return NOT_FOUND()
        return None

    @routes.post("/s/sms/inbound/{secret}")
    async def sms_inbound(request: Request, secret: str) -> PlainTextResponse:
        gateway = config().sms
        refused = refusal(request, secret, inbound_secret() if gateway is not None else None)
        if refused is not None:
            return refused
        assert gateway is not None
        fields = await _fields(request)
        number = normalise_number(str(fields.get(gateway.inbound_from_field, "")))
        if number is None or not is_stop(str(fields.get(gateway.inbound_text_field, ""))):
            return PlainTextResponse("ok")  # anything else is not ours to act on

        def work() -> int:
            with db().write() as conn:
                return subscriptions.withdraw_by_address(conn, secrets(), "sms", number, "sms_stop")
        await run_in_threadpool(work)
        return PlainTextResponse("ok")

    @routes.post("/s/mail/bounce/{secret}")
    async def mail_bounce(request: Request, secret: str) -> PlainTextResponse:
        """A delivery status notification from the bounce mailbox (the raw message as the body)."""
        settings = config()
        refused = refusal(request, secret, route_secret(settings.smtp.bounce_secret) if settings.smtp else None)
        if refused is not None:
            return refused
        report = bounces.parse((await request.body())[:MAX_REPORT_BYTES])
        if report is not None:
            await run_in_threadpool(bounces.record_late, db(), settings, report)
        return PlainTextResponse("ok")  # a delay or another's report: nothing to do, and no retry wanted

    @routes.api_route("/s/sms/report/{secret}", methods=["GET", "POST"])
    async def sms_report(request: Request, secret: str) -> PlainTextResponse:
        """The SMS gateway's delivery report: a permanent failure is a late bounce. A report that names
        no message of ours is answered as a wrong secret is, so neither can be told from the other."""
        settings = config()
        reports = settings.sms.reports if settings.sms else None
        refused = refusal(request, secret, reports.route_secret() if reports else None)
        if refused is not None:
            return refused
        assert reports is not None
        fields = await _fields(request)
        if await run_in_threadpool(sms_reports.record, db(), settings, reports, fields) is None:
            return NOT_FOUND()
        return PlainTextResponse("ok")  # a temporary status or a repeat: nothing to do, and no retry wanted

    return routes
