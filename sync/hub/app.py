"""The reference agency hub's HTTP API (FastAPI). Handlers read the raw body (the signature covers
its digest), then do their database work in the thread pool."""

from __future__ import annotations

import copy
import functools
import itertools
import json
import logging
import os
import secrets
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from anyio import to_thread
from fastapi import FastAPI, Header, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.json_types import JsonObject
from sync import protocol
from sync.hub import (admin, applications, auth, batch, blobs, decisions, feed, households, idempotency, limits,
                      snapshot, subscriptions)
from sync.hub.background import ArrivalGate
from sync.hub.client_address import client_address
from sync.hub.db import DEFAULT_URL, HubDatabase, get_meta
from sync.hub.delivery import Deliveries, DeliveryPolicy
from sync.hub.faults import Faults
from sync.hub.notify import compose as notify_compose, web as notify_web
from sync.hub.notify.config import NotifyConfig
from sync.hub.notify.service import Notifications
from sync.hub.problems import HubProblem
from sync.hub.ratelimit import AttemptLimiter
from sync.hub.web import errors as citizen_errors, status as status_page

TITLE = "Kiosk agency hub"
ENROL_WINDOW_S = 600.0
ENROL_PER_ADDRESS = 20  # an IT volunteer enrolling a room of laptops from one address stays under it
ENROL_PER_PREFIX = 5  # a code's first four characters: a shoulder-surfed part cannot be completed by guessing
CODE_PREFIX = 4
log = logging.getLogger(__name__)


# -- path parameters and headers (their lengths are part of the protocol) ------------------------
# Functions, not shared objects: FastAPI binds a parameter object to the name it is first used for.
def _sha256_path() -> Any:
    return Path(pattern="^[0-9a-fA-F]{64}$", description="SHA-256 of the attachment, hex")


def _id_path() -> Any:
    return Path(max_length=36, description="UUID made by the device (application) or the hub (upload)")


def _idempotency_key() -> Any:
    return Header(default="", alias="Idempotency-Key", max_length=64,
                  description="Required: the device's operation id, at most 64 characters")


# -- request bodies (documented in the OpenAPI file) ---------------------------------------------

class EnrollBody(BaseModel):
    code: str = Field(max_length=32, description="One-time enrolment code from `kiosk-hub enrollment-code`")
    public_key: str = Field(max_length=64, description="The device's Ed25519 public key, base64")
    label: str = Field(default="", max_length=64)


class TokenBody(BaseModel):
    refresh_token: str = Field(max_length=128)


class RevisionBody(BaseModel):
    payload: dict[str, Any] = Field(description="The submitted revision as the device stored it")
    digest: str = Field(description="SHA-256 (hex) of the canonical JSON of payload")
    blobs: dict[str, str] = Field(default_factory=dict,
                                  description="Attachments up to 256 KiB inline: sha256 -> base64 bytes")


class BatchItem(BaseModel):
    idempotency_key: str = Field(min_length=1, max_length=64, description="This revision's own operation id")
    request: RevisionBody = Field(description="What a PUT of this revision would carry")


class BatchBody(BaseModel):
    items: list[BatchItem] = Field(min_length=1, max_length=protocol.BATCH_MAX_ITEMS)


class BatchResult(BaseModel):
    idempotency_key: str
    status: int = Field(description="What a PUT of this item would have answered: 201/202, 200 replayed, 400, 404, "
                                    "409 digest_mismatch|in_flight|missing_blobs, 422")
    headers: dict[str, str] = Field(description="Idempotent-Replayed, Retry-After, as a PUT would carry them")
    body: dict[str, Any] = Field(description="The receipt, or a problem document")


class BatchAnswer(BaseModel):
    results: list[BatchResult] = Field(description="One per item, in the order sent")


class ReconcileBody(BaseModel):
    revisions: list[list[Any]] = Field(description="[application_id, revision, digest] the device believes delivered")


class PatchBody(BaseModel):
    changes: dict[str, Any] = Field(description="Field path -> new value")
    base: dict[str, Any] = Field(description="Field path -> the value the edit started from")


class AckBody(BaseModel):
    id: str = Field(max_length=36)


class AnchorBody(BaseModel):
    seq: int = Field(description="Sequence number of the chain's last entry (1 and up; 422 when out of range)")
    head: str = Field(max_length=64, description="SHA-256 (hex) of the chain's last entry")


class AnchorAck(BaseModel):
    seq: int = Field(description="Last acknowledged sequence number, 0 when none")
    head: str | None = Field(description="Its chain head, null when none")
    acknowledged_at: str | None = Field(description="When the hub received it (UTC, ISO 8601)")


class SubscriptionAnswer(BaseModel):
    subscription_id: str
    state: str = Field(description="active | withdrawn (a withdrawal is final)")
    unsubscribe_url: str = Field(description="The link every message carries; show it to the subscriber")
    calendar_url: str | None = Field(description="The secret calendar feed URL, when a calendar channel is chosen")


def _subscription_body_doc() -> JsonObject:
    """The request body is the contract's JSON schema (resources/contracts/subscription.schema.json)."""
    document = dict(subscriptions.validator().schema)  # type: ignore[arg-type]  # the contract's schema is an object; jsonschema's stubs also allow a bare bool
    for key in ("$schema", "$id"):
        document.pop(key, None)
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": document}}}}


class Problem(BaseModel):
    """RFC 9457 problem details with the stable `code` clients act on."""

    type: str
    title: str
    status: int
    code: str = Field(description="Stable machine-readable code, see sync/protocol.py")
    errors: list[dict[str, Any]] | None = Field(default=None, description="Field-level errors: path, code, message")
    fixable_by: str | None = Field(default=None, description="officer | supervisor | none")


PROBLEM_TEXT = {
    400: "Malformed request or Content-Digest mismatch (malformed, bad_digest)",
    401: "Unsigned, stale, replayed or forged request, or bad officer token "
         "(bad_signature, stale_request, replayed_nonce, bad_token)",
    403: "Enrolment code unknown, used or expired (bad_enrollment)",
    404: "Not found in this device's scope (not_found)",
    409: "Conflict: digest_mismatch, in_flight (with Retry-After), missing_blobs, edit_conflict, deleted, upload_offset",
    410: "Start over: cursor_expired, epoch_changed, scope_changed, upload_expired",
    422: "Processed and refused: invalid_submission (errors[], fixable_by), key_reuse, read_only_field",
    413: "Request body over the route's limit (too_large); the connection is closed",
    415: "Content-Encoding other than gzip or identity (unsupported_encoding)",
    428: "If-Match required (precondition_required)",
    429: "Rate limited (Retry-After)",
    460: "Chunk checksum mismatch: send the chunk again (upload_checksum)",
    503: "Unavailable (Retry-After)",
}


METHOD_NOT_ALLOWED = {"description": "Method not allowed on this path; Allow lists the allowed ones",
                      "headers": {"Allow": {"description": "Allowed methods", "schema": {"type": "string"}}},
                      "content": {protocol.PROBLEM_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}}


def _problem_content(*media_types: str) -> JsonObject:
    """A fresh one each time: FastAPI merges it into the OpenAPI document, which may change it."""
    return {media: {"schema": {"$ref": "#/components/schemas/Problem"}} for media in media_types}


def _responses(*codes: int) -> dict[int | str, JsonObject]:
    documented: dict[int | str, JsonObject] = {
        code: {"description": PROBLEM_TEXT[code], "content": _problem_content(protocol.PROBLEM_TYPE, "application/json")}
        for code in (400, 401, *codes, 413, 429, 503)}
    for code in (429, 503):
        documented[code]["headers"] = {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}}}
    documented[405] = METHOD_NOT_ALLOWED
    documented["4XX"] = {"description": "Any other client error, as a problem document",
                         "content": _problem_content("application/json")}
    return documented


@functools.cache
def _problem_schema() -> JsonObject:
    """Problem as FastAPI documents a response model: from a one-route app, once per process."""
    probe = FastAPI()
    probe.get("/", responses={400: {"model": Problem}})(lambda: None)
    schema: JsonObject = probe.openapi()["components"]["schemas"]["Problem"]
    return schema


def _document_problem(app: FastAPI) -> None:
    """Puts Problem in the OpenAPI components, which every error response refers to. The responses
    name it by $ref, not as a FastAPI model: a model costs a pydantic TypeAdapter per response per
    route, which made half of a hub start's 34 ms."""
    generate = app.openapi

    def document() -> dict[str, Any]:
        schema = generate()  # FastAPI's own, cached until the routes change
        components = schema.setdefault("components", {})
        if "Problem" not in components.setdefault("schemas", {}):  # in its sorted place, as FastAPI puts a model
            components["schemas"] = dict(sorted({**components["schemas"], "Problem": copy.deepcopy(_problem_schema())}.items()))
        return schema

    app.openapi = document  # type: ignore[method-assign]


@dataclass
class HubSettings:
    db_url: str = DEFAULT_URL
    inline_decisions: bool = False  # decide in the request (201) instead of in the background (202)
    background_decisions: bool = True
    test_faults: bool = field(default_factory=lambda: os.environ.get("KIOSK_HUB_TEST_FAULTS") == "1")
    min_client_version: tuple[int, ...] | None = None
    today: Callable[[], date] = date.today
    routing: str | None = None  # the routing table file; None: $KIOSK_HUB_ROUTING, else no agency connected
    deliveries: bool = True  # run the delivery worker in this process
    delivery_policy: DeliveryPolicy = field(default_factory=DeliveryPolicy)
    trusted_proxies: frozenset[str] = frozenset()  # peers whose X-Forwarded-For hop is believed (none by default)
    status_limits: status_page.StatusLimits = field(default_factory=status_page.StatusLimits)
    notify: NotifyConfig | None = None  # None: $KIOSK_HUB_NOTIFY, else no channels (calendar feeds still served)
    notifications: bool = True  # run the notification scheduler in this process
    # which part of the hub this process serves: "all"; "devices", the sync API (/v1/); or "citizens",
    # the citizens' pages and webhooks (/s/), which then run no background worker (sync/hub/serve_parts.py)
    serves: str = "all"
    # Requests doing their work in threads at once (anyio's default is 40). One process's threads share
    # one GIL: with 40 runnable, a thread holding a row lock (the feed's counter) waited several switch
    # intervals for the GIL between its statements, and every writer of the hub waited on that lock.
    # The rest wait on the event loop, which costs nothing; the pool has 16 connections anyway.
    request_threads: int = 8


def _problem_response(problem: HubProblem) -> JSONResponse:
    return JSONResponse(problem.body(), status_code=problem.status, headers=problem.headers,
                        media_type=protocol.PROBLEM_TYPE)


def _parse(model: type[BaseModel], body: bytes) -> Any:
    limits.parse_json(body or b"{}")  # the depth bound first; pydantic alone allows 200 levels
    try:
        return model.model_validate_json(body or b"{}")
    except ValidationError as exc:
        raise _malformed(exc) from None


def _validated(model: type[BaseModel], value: Any) -> Any:
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        raise _malformed(exc) from None


def _malformed(exc: ValidationError) -> HubProblem:
    return HubProblem(400, protocol.MALFORMED, "Request body does not match the protocol",
                      errors=[{"path": "/" + "/".join(map(str, e["loc"])), "code": e["type"]}
                              for e in exc.errors()[:20]])


def _json_object(body: bytes) -> JsonObject:
    value = limits.parse_json(body)
    if not isinstance(value, dict):
        raise HubProblem(400, protocol.MALFORMED, "Request body must be a JSON object")
    return value


def _target(request: Request) -> str:
    path = request.scope.get("raw_path", request.url.path.encode()).decode("latin-1")
    query = request.scope.get("query_string", b"").decode("latin-1")
    return f"{path}?{query}" if query else path


def _body_doc(model: type[BaseModel]) -> JsonObject:
    """A fresh copy each time: FastAPI merges it into the OpenAPI document, which may change it."""
    return copy.deepcopy(_body_schema_doc(model))


@functools.cache
def _body_schema_doc(model: type[BaseModel]) -> JsonObject:  # pydantic's schema: 5 ms a hub start, 8 models
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": model.model_json_schema()}}}}


def _limit(limiter: AttemptLimiter, key: str) -> None:
    wait = limiter.take(key)
    if wait is not None:
        raise HubProblem(429, protocol.RATE_LIMITED, "Too many enrolment attempts; try again later",
                         headers={"Retry-After": str(wait)})


def _allowed_methods(app: FastAPI, scope: Scope) -> str:
    """Every method some route of this path answers (the union over all its routes)."""
    methods: set[str] = set()
    for route in app.router.routes:
        match, _ = route.matches(scope)
        if match != Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return ", ".join(sorted(methods))


def _slash_twin(app: FastAPI, scope: Scope) -> str | None:
    """The same address with its trailing slash added or dropped, when a route answers that one:
    a relative Location (path and query only), so a forged Host header is never sent back."""
    path: str = scope.get("path", "")
    if path in ("", "/"):
        return None
    twin = path[:-1] if path.endswith("/") else path + "/"
    twin_scope = {**scope, "path": twin}
    if not any(route.matches(twin_scope)[0] != Match.NONE for route in app.router.routes):
        return None
    query: str = scope.get("query_string", b"").decode("latin-1")
    return twin + (f"?{query}" if query else "")


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".") if p.isdigit())


_PROCESS_TAG = secrets.token_hex(4)
_REQUEST_NUMBERS = itertools.count()


def _new_request_id() -> str:
    """16 hex digits, unique in this process and told apart from other processes' by its tag. Not
    a uuid4 each: that is a getrandom call per request, 0.8 ms of CPU on a busy VM (the profile)."""
    return f"{_PROCESS_TAG}{next(_REQUEST_NUMBERS) & 0xFFFFFFFF:08x}"


class _Envelope:
    """Pure ASGI middleware (no per-request task group, unlike @app.middleware): a request id on
    every answer, scheduled test outages, and the minimum client version."""

    def __init__(self, app: ASGIApp, settings: HubSettings, faults: Faults) -> None:
        self.app = app
        self.settings = settings
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())}
        request_id = headers.get("x-request-id") or _new_request_id()
        path = scope.get("path", "")
        problem = None
        outage = self.faults.take_outage() if self.settings.test_faults and not path.startswith("/v1/_test") else None
        if outage:
            code = protocol.UNAVAILABLE if outage == 503 else protocol.RATE_LIMITED
            problem = HubProblem(outage, code, "Try again later", headers={"Retry-After": str(self.faults.retry_after_s)})
        elif self.settings.min_client_version and path.startswith("/v1/") and path != "/v1/health" and \
                _version(headers.get(protocol.CLIENT_VERSION_HEADER.lower(), "0")) < self.settings.min_client_version:
            problem = HubProblem(426, protocol.UPGRADE_REQUIRED, "Update Kiosk to sync")

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []),
                                                  (b"x-request-id", request_id.encode("latin-1"))]}
            await send(message)

        if problem is not None:
            await _problem_response(problem)(scope, receive, send_with_id)
        else:
            await self.app(scope, receive, send_with_id)


def create_app(settings: HubSettings | None = None) -> FastAPI:
    settings = settings or HubSettings()
    if settings.serves == "citizens":  # the pages only: deciding, delivering and notifying are the API's
        settings = replace(settings, background_decisions=False, inline_decisions=False, deliveries=False,
                           notifications=False)
    state: dict[str, Any] = {}
    faults = Faults()
    deliveries = Deliveries(settings.routing, settings.delivery_policy, settings.deliveries)
    notifications = Notifications(settings.notify, settings.notifications)
    arrivals = ArrivalGate()  # revision requests being received: background decisions wait for them

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        to_thread.current_default_thread_limiter().total_tokens = settings.request_threads
        db = HubDatabase(settings.db_url)
        db.create()
        state["db"], state["secrets"] = db, auth.Secrets(db)
        worker = decisions.DecisionWorker(db, settings.today, arrivals=arrivals) if settings.background_decisions else None
        state["worker"] = worker
        if worker:
            worker.start()
        deliveries.start(db)
        notifications.start(db)
        yield
        notifications.stop()
        deliveries.stop()
        if worker:
            worker.stop()
        db.dispose()

    app = FastAPI(title=TITLE, version=f"{protocol.VERSION}.{protocol.MINOR}", lifespan=lifespan,
                  redirect_slashes=False,  # Starlette's redirect echoes the Host header: _slash_twin instead
                  description="Version 1.1 of the Kiosk sync protocol (sync/protocol.py). Every call but /v1/health "
                              "is signed by the device key and carries the officer's bearer token.")
    app.add_middleware(GZipMiddleware, minimum_size=4096, compresslevel=1)
    _document_problem(app)
    app.state.faults = faults

    @app.exception_handler(HubProblem)
    async def _on_problem(request: Request, problem: HubProblem) -> Response:
        if citizen_errors.is_citizen_path(request.url.path):
            return citizen_errors.error_page(request, problem.status, problem.headers)
        return _problem_response(problem)

    @app.exception_handler(RequestValidationError)
    async def _on_invalid(request: Request, exc: RequestValidationError) -> Response:
        if citizen_errors.is_citizen_path(request.url.path):
            return citizen_errors.error_page(request, 400)
        return _problem_response(HubProblem(400, protocol.MALFORMED, "Request parameters do not match the protocol",
                                            errors=[{"path": "/" + "/".join(map(str, e["loc"])), "code": e["type"]}
                                                    for e in exc.errors()[:20]]))

    @app.exception_handler(StarletteHTTPException)
    async def _on_http(request: Request, exc: StarletteHTTPException) -> Response:
        twin = _slash_twin(app, request.scope) if exc.status_code == 404 else None
        if twin is not None:
            return RedirectResponse(twin, status_code=307)
        code = protocol.UNKNOWN_ENDPOINT if exc.status_code in (404, 405) else protocol.MALFORMED
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # Starlette names only the first route of the path (HEAD, not PUT, on a blob)
            headers["Allow"] = _allowed_methods(app, request.scope) or headers.get("Allow", "")
        if citizen_errors.is_citizen_path(request.url.path):
            return citizen_errors.error_page(request, exc.status_code, headers)
        return _problem_response(HubProblem(exc.status_code, code, str(exc.detail), headers=headers))

    @app.exception_handler(Exception)
    async def _on_bug(request: Request, exc: Exception) -> Response:
        log.error("unhandled %s in a request", type(exc).__name__)  # the type only: no personal data in logs
        if citizen_errors.is_citizen_path(request.url.path):
            return citizen_errors.error_page(request, 500)
        return _problem_response(HubProblem(500, protocol.INTERNAL, "The hub failed; try again later"))

    app.add_middleware(_Envelope, settings=settings, faults=faults)
    app.add_middleware(limits.BodyLimit, citizen_error=citizen_errors.error_for_scope)  # outermost: nothing reads a body before its limit applies

    def db() -> HubDatabase:
        database: HubDatabase = state["db"]
        return database

    citizens = settings.serves != "devices"
    if citizens:
        app.include_router(status_page.router(db, lambda: state["secrets"].key, settings.trusted_proxies,
                                              settings.status_limits))  # the citizens' pages under /s/
    enrol_by_address = AttemptLimiter(ENROL_PER_ADDRESS, ENROL_WINDOW_S)
    enrol_by_prefix = AttemptLimiter(ENROL_PER_PREFIX, ENROL_WINDOW_S)

    async def caller(request: Request, body: bytes, with_token: bool = True, spend: bool = True) -> auth.Caller:
        return await run_in_threadpool(auth.verify_request, db(), state["secrets"], request.method, _target(request),
                                       request.headers, body, with_token=with_token, spend=spend)

    # -- health and identity -------------------------------------------------------------------
    @app.get("/v1/health", responses={405: METHOD_NOT_ALLOWED},
             summary="Liveness probe for the circuit breaker (no authentication, no personal data)")
    def health() -> JsonObject:
        with db().read() as conn:
            epoch = get_meta(conn, "epoch")
        return {"status": "ok", "protocol": protocol.VERSION, "epoch": epoch, "time": int(time.time())}

    @app.post("/v1/devices/enroll", status_code=201, responses=_responses(403), openapi_extra=_body_doc(EnrollBody),
              summary="Enrol a device with a one-time code; signed by the key being enrolled")
    async def enroll(request: Request) -> JSONResponse:
        peer = request.client.host if request.client else ""
        _limit(enrol_by_address, client_address(peer, request.headers, settings.trusted_proxies))
        body = await request.body()
        data = _parse(EnrollBody, body)
        _limit(enrol_by_prefix, auth.normalise_code(data.code)[:CODE_PREFIX])
        try:
            public_key = protocol.unb64(data.public_key)
        except ValueError:
            raise HubProblem(400, protocol.MALFORMED, "public_key is not base64") from None
        if len(public_key) != 32:
            raise HubProblem(400, protocol.MALFORMED, "public_key is not an Ed25519 key")
        result = await run_in_threadpool(auth.enroll, db(), data.code, public_key, data.label, request.headers, body,
                                         _target(request))
        return JSONResponse(result, status_code=201)

    @app.post("/v1/auth/token", responses=_responses(),openapi_extra=_body_doc(TokenBody),
              summary="Exchange the device's refresh token for a 15-minute officer access token")
    async def token(request: Request) -> JsonObject:
        body = await request.body()
        who = await caller(request, body, with_token=False)
        data = _parse(TokenBody, body)
        return await run_in_threadpool(auth.exchange_refresh_token, db(), state["secrets"], who, data.refresh_token)

    # -- attachments ---------------------------------------------------------------------------
    @app.head("/v1/blobs/sha256:{sha256}", responses=_responses(404),
              summary="200 when this device's scope holds this attachment, else 404")
    async def blob_head(request: Request, sha256: str = _sha256_path()) -> Response:
        who = await caller(request, b"")
        size = await run_in_threadpool(blobs.blob_exists, db(), who, sha256.lower())
        if size is None:
            return Response(status_code=404)
        return Response(status_code=200, headers={"Content-Length": str(size)})

    @app.put("/v1/blobs/sha256:{sha256}", status_code=201, responses=_responses(),summary="Store a whole attachment named by its SHA-256")
    async def blob_put(request: Request, sha256: str = _sha256_path()) -> Response:
        body = await request.body()
        who = await caller(request, body)
        created = await run_in_threadpool(blobs.put_blob, db(), who, sha256.lower(), body)
        return Response(status_code=201 if created else 200)

    @app.post("/v1/uploads", status_code=201, responses=_responses(),summary="Start a resumable upload (Upload-Length, Upload-Metadata)")
    async def upload_create(request: Request) -> Response:
        body = await request.body()
        who = await caller(request, body)
        try:
            length = int(request.headers.get("upload-length", "0"))
        except ValueError:
            length = 0
        upload_id = await run_in_threadpool(blobs.create_upload, db(), who, length,
                                            request.headers.get("upload-metadata", ""))
        return Response(status_code=201, headers={"Location": f"/v1/uploads/{upload_id}", "Tus-Resumable": "1.0.0"})

    @app.head("/v1/uploads/{upload_id}", responses=_responses(404, 410),summary="The offset the hub holds for an upload")
    async def upload_head(request: Request, upload_id: str = _id_path()) -> Response:
        who = await caller(request, b"")
        offset, length = await run_in_threadpool(blobs.upload_offset, db(), who, upload_id)
        return Response(status_code=200, headers={"Upload-Offset": str(offset), "Upload-Length": str(length),
                                                  "Cache-Control": "no-store", "Tus-Resumable": "1.0.0"})

    @app.patch("/v1/uploads/{upload_id}", status_code=204, responses=_responses(404, 409, 410, 460),
               summary="Append a chunk at Upload-Offset with Upload-Checksum (409 offset, 460 checksum, 410 expired)")
    async def upload_patch(request: Request, upload_id: str = _id_path()) -> Response:
        body = await request.body()
        who = await caller(request, body)
        try:
            offset = int(request.headers.get("upload-offset", "-1"))
        except ValueError:
            offset = -1
        new_offset = await run_in_threadpool(blobs.append_chunk, db(), who, upload_id, offset,
                                             request.headers.get("upload-checksum", ""), body)
        return Response(status_code=204, headers={"Upload-Offset": str(new_offset), "Tus-Resumable": "1.0.0"})

    # -- applications --------------------------------------------------------------------------
    @app.put("/v1/applications/{application_id}/revisions/{revision}", status_code=202,
             responses={200: {"description": "Replayed (Idempotent-Replayed: true)"},
                        201: {"description": "Created and decided at once"}, **_responses(409, 422)},
             openapi_extra=_body_doc(RevisionBody),
             summary="Submit a revision: 201/202 new, 200 replayed, 409 digest_mismatch|in_flight|missing_blobs, 422")
    @app.post("/v1/applications/{application_id}/revisions/{revision}", include_in_schema=False)
    async def put_revision(request: Request, application_id: str = _id_path(),
                           revision: int = Path(ge=1, le=2 ** 31 - 1), _key: str = _idempotency_key()) -> JSONResponse:
        body = await request.body()
        target, headers = _target(request), request.headers
        forced = settings.test_faults and faults.rejects(application_id, revision)

        queued: list[str] = []  # deliveries written with it: only they wake the delivery worker

        def work() -> tuple[int, JsonObject, bool, auth.Caller]:  # one trip to the thread pool for the whole request
            with arrivals.receiving():
                return receive_revision()

        def receive_revision() -> tuple[int, JsonObject, bool, auth.Caller]:
            who = auth.verify_request(db(), state["secrets"], request.method, target,
                                      headers, body, spend=False)  # spent in the transaction below
            try:
                key = idempotency.check_key(headers.get("idempotency-key", ""))
                data = _json_object(body)  # RevisionBody documents it; prepare() checks what matters
                arrival = applications.prepare(db(), who, application_id, revision, data, forced_rejection=forced)
            except HubProblem:
                auth.spend_alone(db(), who)
                raise
            print_ = idempotency.fingerprint("PUT", f"/v1/applications/{application_id}/revisions/{revision}",
                                             protocol.content_digest(body))
            with auth.spending_nonce(db(), who) as conn:
                outcome = applications.receive(conn, who, arrival, key, print_)
                if outcome[0] == 202 and not outcome[2]:  # accepted now: its delivery in the same transaction
                    queued.extend(filter(None, [deliveries.enqueue(conn, arrival.payload)]))
                if settings.test_faults and faults.slow_commit_s:
                    time.sleep(faults.slow_commit_s)
            return (*outcome, who)

        status, answer, replayed, who = await run_in_threadpool(work)
        if queued:
            deliveries.poke()
        if status == 202 and not replayed:
            if settings.inline_decisions:
                def decide_now() -> str:
                    decisions.assess_received(db(), settings.today())
                    with db().read() as conn:
                        status_now: str = applications.application_status(conn, who, application_id)["status"]
                        return status_now
                answer["receipt"]["status"] = await run_in_threadpool(decide_now)
                status = 201
            elif state.get("worker"):
                state["worker"].poke()
        answer_headers = {protocol.IDEMPOTENT_REPLAYED: "true"} if replayed else {}
        media = protocol.PROBLEM_TYPE if status >= 400 else "application/json"
        return JSONResponse(answer, status_code=status, headers=answer_headers, media_type=media)

    @app.post(protocol.BATCH_PATH, response_model=BatchAnswer, responses=_responses(415),
              openapi_extra=_body_doc(BatchBody),
              summary=f"v1.1: up to {protocol.BATCH_MAX_ITEMS} revisions in one transaction, each answered as its "
                      "PUT would be; the body may be gzip (Content-Encoding)")
    async def post_batch(request: Request) -> JSONResponse:
        body = await request.body()
        target, headers = _target(request), request.headers

        def forced(application_id: str, revision: int) -> bool:
            return settings.test_faults and faults.rejects(application_id, revision)

        queued: list[str] = []  # deliveries written with it: only they wake the delivery worker

        def work() -> tuple[list[batch.Item], auth.Caller]:
            with arrivals.receiving():
                return receive_batch()

        def receive_batch() -> tuple[list[batch.Item], auth.Caller]:
            who = auth.verify_request(db(), state["secrets"], request.method, target,
                                      headers, body, spend=False)  # spent in the transaction below
            try:
                data = _json_object(limits.decoded(body, headers.get("content-encoding"), limits.BATCH_LIMIT))
                _validated(BatchBody, data)  # the shape; the items are then used as parsed (read once)
                items = batch.prepare(db(), who, data["items"], forced)
            except HubProblem:
                auth.spend_alone(db(), who)
                raise
            with auth.spending_nonce(db(), who) as conn:
                batch.receive(conn, who, items)
                for item in items:  # accepted now: their deliveries in the same transaction, as for a PUT
                    if item.decided[0] == 202 and not item.decided[2] and item.arrival is not None:  # accepted: arrived
                        queued.extend(filter(None, [deliveries.enqueue(conn, item.arrival.payload)]))
                if settings.test_faults and faults.slow_commit_s:
                    time.sleep(faults.slow_commit_s)
            return items, who

        items, who = await run_in_threadpool(work)
        if queued:  # not for revisions no agency is routed for: each wake-up was a locking query, per request
            deliveries.poke()
        if any(i.decided[0] == 202 and not i.decided[2] for i in items):
            if settings.inline_decisions:
                def decide_now() -> None:
                    decisions.assess_received(db(), settings.today())
                    with db().read() as conn:
                        for item in items:
                            status, receipt_body, replayed = item.decided
                            if status == 202 and not replayed:
                                receipt_body["receipt"]["status"] = applications.application_status(
                                    conn, who, item.application_id)["status"]
                                item.answer = (201, receipt_body, replayed)
                await run_in_threadpool(decide_now)
            elif state.get("worker"):
                state["worker"].poke()
        return JSONResponse(batch.answer(items))

    @app.get("/v1/applications/{application_id}", responses=_responses(404),summary="Status and decision of an application")
    async def get_application(request: Request, application_id: str = _id_path()) -> JsonObject:
        who = await caller(request, b"")

        def work() -> JsonObject:
            with db().read() as conn:
                return applications.application_status(conn, who, application_id)
        return await run_in_threadpool(work)

    @app.post("/v1/applications/reconcile", responses=_responses(422),openapi_extra=_body_doc(ReconcileBody),
              summary="Which revisions the device believes delivered are not on the hub")
    async def reconcile(request: Request) -> JsonObject:
        body = await request.body()
        who = await caller(request, body)
        data = _parse(ReconcileBody, body)

        def work() -> JsonObject:
            with db().read() as conn:
                return applications.reconcile(conn, who, data.revisions)
        return await run_in_threadpool(work)

    # -- households ----------------------------------------------------------------------------
    @app.patch("/v1/households/{household_no}", responses=_responses(404, 409, 422, 428),openapi_extra=_body_doc(PatchBody),
               summary="Field edits with If-Match; 3-way merge: 200 merged, 409 conflict with both values, 428")
    async def patch_household(request: Request, household_no: str = Path(max_length=8),
                              _key: str = _idempotency_key()) -> JSONResponse:
        body = await request.body()
        who = await caller(request, body, spend=False)  # spent in the transaction below
        try:
            key = idempotency.check_key(request.headers.get("idempotency-key", ""))
            data = _parse(PatchBody, body)
        except HubProblem:
            await run_in_threadpool(auth.spend_alone, db(), who)
            raise
        print_ = idempotency.fingerprint("PATCH", f"/v1/households/{household_no}", protocol.content_digest(body))

        def work() -> tuple[int, JsonObject, bool]:
            with auth.spending_nonce(db(), who) as conn:
                replay = idempotency.lookup(conn, who, key, print_)
                if replay is not None:
                    return replay.status, replay.body, True
                status, answer = households.patch_household(conn, who, household_no, request.headers.get("if-match"),
                                                            data.changes, data.base)
                idempotency.record(conn, who, key, print_, status, answer)
                return status, answer, False

        status, answer, replayed = await run_in_threadpool(work)
        headers = {protocol.IDEMPOTENT_REPLAYED: "true"} if replayed else {}
        if status == 200:
            headers["ETag"] = answer["etag"]
        media = protocol.PROBLEM_TYPE if status >= 400 else "application/json"
        return JSONResponse(answer, status_code=status, headers=headers, media_type=media)

    # -- downstream ----------------------------------------------------------------------------
    @app.get("/v1/changes", responses=_responses(410),summary="Households, application status, reference data and commands after the cursor; "
                                    "410 means start over with no cursor")
    async def changes(request: Request, cursor: str | None = Query(default=None, max_length=512),
                      limit: int = Query(default=500, ge=1, le=feed.MAX_PAGE)) -> Response:
        who = await caller(request, b"")

        def work() -> bytes:
            with db().read() as conn:
                return feed.read_page(conn, state["secrets"], who, cursor, limit)
        return Response(await run_in_threadpool(work), media_type="application/json")

    snapshot.mount(app, db, lambda: state["secrets"], caller)

    @app.post("/v1/device/ack-command", status_code=204, responses=_responses(404),openapi_extra=_body_doc(AckBody),
              summary="Acknowledge a lock/unlock/wipe command")
    async def ack_command(request: Request) -> Response:
        body = await request.body()
        who = await caller(request, body)
        await run_in_threadpool(admin.ack_command, db(), who, _parse(AckBody, body).id)
        return Response(status_code=204)

    @app.post("/v1/audit/anchor", status_code=204, responses=_responses(409, 422),
              openapi_extra=_body_doc(AnchorBody),
              summary="Record the head of the device's audit chain; 409 audit_rewound|audit_rewritten when it "
                      "went backwards or changed (the body names the acknowledged anchor), 422 out of range")
    async def anchor(request: Request) -> Response:
        body = await request.body()
        who = await caller(request, body)
        data = _parse(AnchorBody, body)
        await run_in_threadpool(admin.anchor_audit, db(), who, data.seq, data.head)
        return Response(status_code=204)

    @app.get("/v1/audit/anchor", response_model=AnchorAck, responses=_responses(),
             summary="The device's last anchor the hub acknowledged (seq 0 and head null when none), "
                     "to verify the local chain against")
    async def last_anchor(request: Request) -> JsonObject:
        who = await caller(request, b"")
        return await run_in_threadpool(admin.last_anchor, db(), who)

    # -- the citizen's own e-housekeeper (issue 24) ----------------------------------------------
    @app.put(protocol.SUBSCRIPTION_PATH, status_code=201, response_model=SubscriptionAnswer,
             responses={200: {"description": "Replaced", "model": SubscriptionAnswer}, **_responses(404, 409, 422)},
             openapi_extra=_subscription_body_doc(),
             summary="Store or replace a notification subscription (201 new, 200 replaced); 409 missing_applications "
                     "when a named application is not on the hub in this scope yet; a withdrawal is final")
    async def put_subscription(request: Request, subscription_id: str = Path(
            max_length=36, pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            description="UUID made by the device")) -> JSONResponse:
        body = await request.body()
        who = await caller(request, body, spend=False)  # spent in the transaction below
        try:
            document = subscriptions.check_document(subscription_id, _json_object(body))
        except HubProblem:
            await run_in_threadpool(auth.spend_alone, db(), who)
            raise

        def work() -> tuple[int, JsonObject]:
            with auth.spending_nonce(db(), who) as conn:
                return subscriptions.put_subscription(conn, who, state["secrets"], subscription_id, document)

        status, answer = await run_in_threadpool(work)
        config = notifications.config
        answer["unsubscribe_url"] = notify_compose.unsubscribe_url(config, state["secrets"], answer["subscription_id"])
        answer["calendar_url"] = notify_compose.calendar_url(config, state["secrets"], answer["subscription_id"]) \
            if any(c["kind"] == "calendar" for c in document["channels"]) else None
        return JSONResponse(answer, status_code=status)

    if citizens:
        app.include_router(notify_web.router(db, lambda: state["secrets"], lambda: notifications.config,
                                             settings.today, lambda: notifications.inbound_secret,
                                             settings.trusted_proxies))

    if settings.test_faults:
        @app.post("/v1/_test/faults", include_in_schema=False)
        async def set_faults(request: Request) -> JsonObject:
            try:
                return faults.update(json.loads(await request.body() or b"{}"))
            except (ValueError, TypeError) as exc:
                raise HubProblem(400, protocol.MALFORMED, f"Unknown fault {exc}") from None

    if settings.serves == "citizens":
        only_citizen_routes(app)
    return app


def only_citizen_routes(app: FastAPI) -> None:
    """Drop the device API's routes (and its documentation): each is the app's own route with a
    path, while the citizens' pages come as included routers. A device's path then answers 404."""
    app.router.routes[:] = [route for route in app.router.routes
                            if not hasattr(route, "path") or citizen_errors.is_citizen_path(route.path)]
