"""The citizen-facing routes of notifications: the unsubscribe link (a small confirmation page in
five languages; GET only asks, POST withdraws, so a link scanner cannot unsubscribe anyone), the
calendar feed, and the SMS gateway's inbound webhook where a "STOP" reply withdraws. Not part of
the device protocol (left out of the OpenAPI document). Self-contained HTML, no script."""

from __future__ import annotations

import hmac
import html
import json
import re
from collections.abc import Callable
from datetime import date
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from kiosk.i18n import LANGUAGES, tr
from sync.hub import subscriptions
from sync.hub.auth import Secrets
from sync.hub.client_address import client_address
from sync.hub.db import HubDatabase, utcnow
from sync.hub.notify import calendar
from sync.hub.notify.config import NotifyConfig
from sync.hub.ratelimit import AttemptLimiter

INBOUND_PER_ADDRESS = 120  # a gateway relays every reply from one address: generous, but not a guessing rate
INBOUND_WINDOW_S = 60.0
LANGUAGE_NAMES = {"zh-TW": "中文", "en": "English", "vi": "Tiếng Việt", "id": "Bahasa Indonesia", "th": "ภาษาไทย"}
STOP_WORDS = {"STOP", "TD", "UNSUBSCRIBE", "停止", "取消", "退訂", "DỪNG", "DUNG", "HỦY", "HUY", "BERHENTI", "หยุด"}
PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, "Noto Sans TC", "Noto Sans Thai", sans-serif; font-size: 1.25rem; line-height: 1.6;
       color: #111; background: #fff; max-width: 40rem; margin: 0 auto; padding: 1rem; }}
h1 {{ font-size: 1.6rem; }}
button {{ font-size: 1.25rem; padding: 0.75rem 1.5rem; color: #fff; background: #0b3d91; border: 2px solid #0b3d91;
         border-radius: 0.4rem; cursor: pointer; }}
button:focus, a:focus {{ outline: 3px solid #111; outline-offset: 3px; }}
a {{ color: #0b3d91; }}
nav ul {{ list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }}
</style></head>
<body><main><h1>{title}</h1>{content}</main>
<nav aria-label="{language_label}"><ul>{languages}</ul></nav></body></html>"""


def _language(request: Request, fallback: str) -> str:
    wanted = request.query_params.get("lang")
    return wanted if wanted in LANGUAGES else fallback


def _page(lang: str, content: str, path: str, status: int = 200) -> HTMLResponse:
    current = ' aria-current="page"'
    links = "".join(f'<li><a href="{html.escape(path)}?lang={code}" lang="{code}"{current if code == lang else ""}>'
                    f'{name}</a></li>' for code, name in LANGUAGE_NAMES.items())
    body = PAGE.format(lang=lang, title=html.escape(tr("notify.page.title", lang)), content=content,
                       language_label=html.escape(tr("notify.page.languages", lang)), languages=links)
    return HTMLResponse(body, status_code=status, headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer",
                                                           "X-Robots-Tag": "noindex"})


def _paragraph(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def normalise_number(text: str) -> str | None:
    """+8869XXXXXXXX from the ways gateways write a Taiwanese mobile number."""
    digits = re.sub(r"[^\d]", "", text or "")
    if digits.startswith("886"):
        digits = "0" + digits[3:]
    return "+886" + digits[1:] if re.fullmatch(r"09\d{8}", digits) else None


def is_stop(text: str) -> bool:
    words = (text or "").strip().upper().split()
    return bool(words) and (words[0] in STOP_WORDS or " ".join(words) in STOP_WORDS)


def router(db: Callable[[], HubDatabase], secrets: Callable[[], Secrets], config: Callable[[], NotifyConfig],
           today: Callable[[], date], inbound_secret: Callable[[], str | None],
           trusted_proxies: frozenset[str] = frozenset()) -> APIRouter:
    """`inbound_secret`: the resolved path secret of the SMS webhook, None when it is off."""
    routes = APIRouter(include_in_schema=False)
    inbound_by_address = AttemptLimiter(INBOUND_PER_ADDRESS, INBOUND_WINDOW_S)

    def subscription_of(token: str):  # noqa: ANN202
        subscription_id = subscriptions.subscription_of_token(secrets(), subscriptions.UNSUBSCRIBE, token)
        if subscription_id is None:
            return None
        with db().read() as conn:
            return subscriptions.load(conn, subscription_id)

    @routes.get("/s/unsubscribe/{token}")
    async def unsubscribe_page(request: Request, token: str) -> HTMLResponse:
        row = await run_in_threadpool(subscription_of, token)
        path = request.url.path
        if row is None:
            lang = _language(request, "zh-TW")
            return _page(lang, _paragraph(tr("notify.page.invalid", lang)), path, 404)
        lang = _language(request, row.language)
        if row.state != "active":
            return _page(lang, _paragraph(tr("notify.page.already", lang)), path)
        form = (f'<form method="post" action="{html.escape(path)}?lang={lang}">'
                f'<button type="submit">{html.escape(tr("notify.page.button", lang))}</button></form>')
        return _page(lang, _paragraph(tr("notify.page.question", lang)) + form, path)

    @routes.post("/s/unsubscribe/{token}")
    async def unsubscribe(request: Request, token: str) -> HTMLResponse:
        def work():  # noqa: ANN202
            subscription_id = subscriptions.subscription_of_token(secrets(), subscriptions.UNSUBSCRIBE, token)
            if subscription_id is None:
                return None
            with db().write() as conn:
                row = subscriptions.load(conn, subscription_id)
                if row is not None:
                    subscriptions.withdraw(conn, subscription_id, "link")
                return row

        row = await run_in_threadpool(work)
        path = request.url.path
        lang = _language(request, row.language if row is not None else "zh-TW")
        if row is None:
            return _page(lang, _paragraph(tr("notify.page.invalid", lang)), path, 404)
        return _page(lang, _paragraph(tr("notify.page.done", lang)), path)

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

    @routes.post("/s/sms/inbound/{secret}")
    async def sms_inbound(request: Request, secret: str) -> PlainTextResponse:
        peer = request.client.host if request.client else ""
        wait = inbound_by_address.take(client_address(peer, request.headers, trusted_proxies))
        if wait is not None:
            return PlainTextResponse("Too many requests", status_code=429, headers={"Retry-After": str(wait)})
        gateway, expected = config().sms, inbound_secret()
        if gateway is None or expected is None or \
                not hmac.compare_digest(secret.encode("utf-8"), expected.encode("utf-8")):
            return PlainTextResponse("Not found", status_code=404)
        raw = await request.body()
        if "json" in request.headers.get("content-type", ""):
            try:
                fields = json.loads(raw or b"{}")
            except ValueError:
                fields = {}
            fields = fields if isinstance(fields, dict) else {}
        else:
            fields = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()}
        number = normalise_number(str(fields.get(gateway.inbound_from_field, "")))
        if number is None or not is_stop(str(fields.get(gateway.inbound_text_field, ""))):
            return PlainTextResponse("ok")  # anything else is not ours to act on

        def work() -> int:
            with db().write() as conn:
                return subscriptions.withdraw_by_address(conn, secrets(), "sms", number, "sms_stop")
        await run_in_threadpool(work)
        return PlainTextResponse("ok")

    return routes
