"""The reference agency hub's HTTP API (FastAPI). Handlers read the raw body (the signature covers
its digest), then do their database work in the thread pool."""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from fastapi import FastAPI, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError

from sync import protocol
from sync.hub import admin, applications, auth, blobs, decisions, feed, households, idempotency
from sync.hub.db import DEFAULT_URL, HubDatabase, get_meta
from sync.hub.faults import Faults
from sync.hub.problems import HubProblem

TITLE = "Kiosk agency hub"


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


class ReconcileBody(BaseModel):
    revisions: list[list[Any]] = Field(description="[application_id, revision, digest] the device believes delivered")


class PatchBody(BaseModel):
    changes: dict[str, Any] = Field(description="Field path -> new value")
    base: dict[str, Any] = Field(description="Field path -> the value the edit started from")


class AckBody(BaseModel):
    id: str = Field(max_length=36)


class AnchorBody(BaseModel):
    seq: int
    head: str = Field(max_length=64)


@dataclass
class HubSettings:
    db_url: str = DEFAULT_URL
    inline_decisions: bool = False  # decide in the request (201) instead of in the background (202)
    background_decisions: bool = True
    test_faults: bool = field(default_factory=lambda: os.environ.get("KIOSK_HUB_TEST_FAULTS") == "1")
    min_client_version: tuple[int, ...] | None = None
    today: Callable[[], date] = date.today


def _problem_response(problem: HubProblem) -> JSONResponse:
    return JSONResponse(problem.body(), status_code=problem.status, headers=problem.headers,
                        media_type=protocol.PROBLEM_TYPE)


def _parse(model: type[BaseModel], body: bytes) -> Any:
    try:
        return model.model_validate_json(body or b"{}")
    except ValidationError as exc:
        raise HubProblem(400, protocol.MALFORMED, "Request body does not match the protocol",
                         errors=[{"path": "/" + "/".join(map(str, e["loc"])), "code": e["type"]}
                                 for e in exc.errors()[:20]]) from None


def _target(request: Request) -> str:
    path = request.scope.get("raw_path", request.url.path.encode()).decode("latin-1")
    query = request.scope.get("query_string", b"").decode("latin-1")
    return f"{path}?{query}" if query else path


def _body_doc(model: type[BaseModel]) -> dict:
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": model.model_json_schema()}}}}


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".") if p.isdigit())


def create_app(settings: HubSettings | None = None) -> FastAPI:
    settings = settings or HubSettings()
    state: dict[str, Any] = {}
    faults = Faults()

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202
        db = HubDatabase(settings.db_url)
        db.create()
        state["db"], state["secrets"] = db, auth.Secrets(db)
        worker = decisions.DecisionWorker(db, settings.today) if settings.background_decisions else None
        state["worker"] = worker
        if worker:
            worker.start()
        yield
        if worker:
            worker.stop()
        db.dispose()

    app = FastAPI(title=TITLE, version=f"{protocol.VERSION}.0", lifespan=lifespan,
                  description="Version 1 of the Kiosk sync protocol (sync/protocol.py). Every call but /v1/health "
                              "is signed by the device key and carries the officer's bearer token.")
    app.add_middleware(GZipMiddleware, minimum_size=4096, compresslevel=1)
    app.state.faults = faults

    @app.exception_handler(HubProblem)
    async def _on_problem(_request: Request, problem: HubProblem) -> JSONResponse:
        return _problem_response(problem)

    @app.middleware("http")
    async def _envelope(request: Request, call_next):  # noqa: ANN001, ANN202
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex[:16]
        outage = faults.take_outage() if settings.test_faults and not request.url.path.startswith("/v1/_test") else None
        if outage:
            code = protocol.UNAVAILABLE if outage == 503 else protocol.RATE_LIMITED
            response = _problem_response(HubProblem(outage, code, "Try again later",
                                                    headers={"Retry-After": str(faults.retry_after_s)}))
        elif settings.min_client_version and request.url.path != "/v1/health" and \
                _version(request.headers.get(protocol.CLIENT_VERSION_HEADER, "0")) < settings.min_client_version:
            response = _problem_response(HubProblem(426, protocol.UPGRADE_REQUIRED, "Update Kiosk to sync"))
        else:
            response = await call_next(request)
        response.headers["X-Request-Id"] = request_id
        return response

    def db() -> HubDatabase:
        return state["db"]

    async def caller(request: Request, body: bytes, with_token: bool = True) -> auth.Caller:
        return await run_in_threadpool(auth.verify_request, db(), state["secrets"], request.method, _target(request),
                                       request.headers, body, with_token=with_token)

    # -- health and identity -------------------------------------------------------------------
    @app.get("/v1/health", summary="Liveness probe for the circuit breaker (no authentication, no personal data)")
    def health() -> dict:
        with db().read() as conn:
            epoch = get_meta(conn, "epoch")
        return {"status": "ok", "protocol": protocol.VERSION, "epoch": epoch, "time": int(time.time())}

    @app.post("/v1/devices/enroll", status_code=201, openapi_extra=_body_doc(EnrollBody),
              summary="Enrol a device with a one-time code; signed by the key being enrolled")
    async def enroll(request: Request) -> JSONResponse:
        body = await request.body()
        data = _parse(EnrollBody, body)
        try:
            public_key = protocol.unb64(data.public_key)
        except ValueError:
            raise HubProblem(400, protocol.MALFORMED, "public_key is not base64") from None
        if len(public_key) != 32:
            raise HubProblem(400, protocol.MALFORMED, "public_key is not an Ed25519 key")
        result = await run_in_threadpool(auth.enroll, db(), data.code, public_key, data.label, request.headers, body,
                                         _target(request))
        return JSONResponse(result, status_code=201)

    @app.post("/v1/auth/token", openapi_extra=_body_doc(TokenBody),
              summary="Exchange the device's refresh token for a 15-minute officer access token")
    async def token(request: Request) -> dict:
        body = await request.body()
        who = await caller(request, body, with_token=False)
        data = _parse(TokenBody, body)
        return await run_in_threadpool(auth.exchange_refresh_token, db(), state["secrets"], who, data.refresh_token)

    # -- attachments ---------------------------------------------------------------------------
    @app.head("/v1/blobs/sha256:{sha256}", summary="200 when the hub holds this attachment, else 404")
    async def blob_head(sha256: str, request: Request) -> Response:
        await caller(request, b"")
        size = await run_in_threadpool(blobs.blob_exists, db(), sha256.lower())
        if size is None:
            return Response(status_code=404)
        return Response(status_code=200, headers={"Content-Length": str(size)})

    @app.put("/v1/blobs/sha256:{sha256}", status_code=201, summary="Store a whole attachment named by its SHA-256")
    async def blob_put(sha256: str, request: Request) -> Response:
        body = await request.body()
        await caller(request, body)
        created = await run_in_threadpool(blobs.put_blob, db(), sha256.lower(), body)
        return Response(status_code=201 if created else 200)

    @app.post("/v1/uploads", status_code=201, summary="Start a resumable upload (Upload-Length, Upload-Metadata)")
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

    @app.head("/v1/uploads/{upload_id}", summary="The offset the hub holds for an upload")
    async def upload_head(upload_id: str, request: Request) -> Response:
        who = await caller(request, b"")
        offset, length = await run_in_threadpool(blobs.upload_offset, db(), who, upload_id)
        return Response(status_code=200, headers={"Upload-Offset": str(offset), "Upload-Length": str(length),
                                                  "Cache-Control": "no-store", "Tus-Resumable": "1.0.0"})

    @app.patch("/v1/uploads/{upload_id}", status_code=204,
               summary="Append a chunk at Upload-Offset with Upload-Checksum (409 offset, 460 checksum, 410 expired)")
    async def upload_patch(upload_id: str, request: Request) -> Response:
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
             openapi_extra=_body_doc(RevisionBody),
             summary="Submit a revision: 201/202 new, 200 replayed, 409 digest_mismatch|in_flight|missing_blobs, 422")
    @app.post("/v1/applications/{application_id}/revisions/{revision}", include_in_schema=False)
    async def put_revision(application_id: str, revision: int, request: Request) -> JSONResponse:
        body = await request.body()
        who = await caller(request, body)
        key = idempotency.check_key(request.headers.get("idempotency-key", ""))
        data = _parse(RevisionBody, body)
        print_ = idempotency.fingerprint("PUT", f"/v1/applications/{application_id}/revisions/{revision}",
                                         protocol.content_digest(body))
        forced = settings.test_faults and faults.rejects(application_id, revision)

        def work() -> tuple[int, dict, bool]:
            with db().write() as conn:
                outcome = applications.receive(conn, who, application_id, revision, data.model_dump(), key, print_,
                                               forced_rejection=forced)
                if settings.test_faults and faults.slow_commit_s:
                    time.sleep(faults.slow_commit_s)
            return outcome

        status, answer, replayed = await run_in_threadpool(work)
        if status == 202 and not replayed:
            if settings.inline_decisions:
                def decide_now() -> str:
                    decisions.assess_received(db(), settings.today())
                    with db().read() as conn:
                        return applications.application_status(conn, who, application_id)["status"]
                answer["receipt"]["status"] = await run_in_threadpool(decide_now)
                status = 201
            elif state.get("worker"):
                state["worker"].poke()
        headers = {protocol.IDEMPOTENT_REPLAYED: "true"} if replayed else {}
        media = protocol.PROBLEM_TYPE if status >= 400 else "application/json"
        return JSONResponse(answer, status_code=status, headers=headers, media_type=media)

    @app.get("/v1/applications/{application_id}", summary="Status and decision of an application")
    async def get_application(application_id: str, request: Request) -> dict:
        who = await caller(request, b"")

        def work() -> dict:
            with db().read() as conn:
                return applications.application_status(conn, who, application_id)
        return await run_in_threadpool(work)

    @app.post("/v1/applications/reconcile", openapi_extra=_body_doc(ReconcileBody),
              summary="Which revisions the device believes delivered are not on the hub")
    async def reconcile(request: Request) -> dict:
        body = await request.body()
        who = await caller(request, body)
        data = _parse(ReconcileBody, body)

        def work() -> dict:
            with db().read() as conn:
                return applications.reconcile(conn, who, data.revisions)
        return await run_in_threadpool(work)

    # -- households ----------------------------------------------------------------------------
    @app.patch("/v1/households/{household_no}", openapi_extra=_body_doc(PatchBody),
               summary="Field edits with If-Match; 3-way merge: 200 merged, 409 conflict with both values, 428")
    async def patch_household(household_no: str, request: Request) -> JSONResponse:
        body = await request.body()
        who = await caller(request, body)
        key = idempotency.check_key(request.headers.get("idempotency-key", ""))
        data = _parse(PatchBody, body)
        print_ = idempotency.fingerprint("PATCH", f"/v1/households/{household_no}", protocol.content_digest(body))

        def work() -> tuple[int, dict, bool]:
            with db().write() as conn:
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
    @app.get("/v1/changes", summary="Households, application status, reference data and commands after the cursor; "
                                    "410 means start over with no cursor")
    async def changes(request: Request, cursor: str | None = Query(default=None, max_length=512),
                      limit: int = Query(default=500, ge=1, le=feed.MAX_PAGE)) -> Response:
        who = await caller(request, b"")

        def work() -> bytes:
            with db().read() as conn:
                return feed.read_page(conn, state["secrets"], who, cursor, limit)
        return Response(await run_in_threadpool(work), media_type="application/json")

    @app.post("/v1/device/ack-command", status_code=204, openapi_extra=_body_doc(AckBody),
              summary="Acknowledge a lock/unlock/wipe command")
    async def ack_command(request: Request) -> Response:
        body = await request.body()
        who = await caller(request, body)
        await run_in_threadpool(admin.ack_command, db(), who, _parse(AckBody, body).id)
        return Response(status_code=204)

    @app.post("/v1/audit/anchor", status_code=204, openapi_extra=_body_doc(AnchorBody),
              summary="Record the head of the device's audit chain")
    async def anchor(request: Request) -> Response:
        body = await request.body()
        who = await caller(request, body)
        data = _parse(AnchorBody, body)
        await run_in_threadpool(admin.anchor_audit, db(), who, data.seq, data.head)
        return Response(status_code=204)

    if settings.test_faults:
        @app.post("/v1/_test/faults", include_in_schema=False)
        async def set_faults(request: Request) -> dict:
            try:
                return faults.update(json.loads(await request.body() or b"{}"))
            except (ValueError, TypeError) as exc:
                raise HubProblem(400, protocol.MALFORMED, f"Unknown fault {exc}") from None

    return app
