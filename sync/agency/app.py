"""The reference agency endpoint (FastAPI): POST a FHIR transaction Bundle to /fhir, read a Task at
/fhir/Task/{id}; caseworkers use the plain pages at / (list), /cases/{id} (detail and decision).

`faults` lets tests and the demo make the agency misbehave on its next transactions: a status
code to answer (500, 429 with Retry-After) or a delay in seconds (a timeout for the hub)."""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from sync.agency import pages
from sync.agency.decisions import ACTIONS, decided_task
from sync.agency.store import CaseStore
from sync.fhir import REVISION_SYSTEM, validate_bundle

FHIR_JSON = "application/fhir+json"


@dataclass
class AgencyState:
    store: CaseStore
    faults: deque = field(default_factory=deque)  # int: answer this status; float: wait this long first
    arrivals: list[float] = field(default_factory=list)  # monotonic time of every POST, faults included

    @property
    def transactions(self) -> int:
        return len(self.arrivals)


def _outcome(status: int, code: str, expression: str | None = None, headers: dict | None = None) -> JSONResponse:
    issue = {"severity": "error", "code": code, **({"expression": [expression]} if expression else {})}
    return JSONResponse({"resourceType": "OperationOutcome", "issue": [issue]}, status_code=status,
                        media_type=FHIR_JSON, headers=headers)


def _task_key(bundle: dict) -> str | None:
    for entry in bundle.get("entry") or ():
        resource = entry.get("resource") or {}
        if resource.get("resourceType") == "Task":
            for identifier in resource.get("identifier") or ():
                if identifier.get("system") == REVISION_SYSTEM:
                    return identifier.get("value")
    return None


def create_agency_app(db_path: str) -> FastAPI:
    state = AgencyState(CaseStore(db_path))

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202
        yield
        state.store.close()

    app = FastAPI(title="Reference agency (FHIR R4)", lifespan=lifespan)
    app.state.agency = state

    @app.post("/fhir")
    async def transaction(request: Request) -> Response:
        state.arrivals.append(time.monotonic())
        if state.faults:
            fault = state.faults.popleft()
            if isinstance(fault, float):
                await asyncio.sleep(fault)
            elif fault == 429:
                return _outcome(429, "throttled", headers={"Retry-After": "1"})
            else:
                return _outcome(fault, "transient" if fault >= 500 else "processing")
        try:
            bundle = json.loads(await request.body())
        except ValueError:
            return _outcome(400, "structure")
        if not isinstance(bundle, dict) or bundle.get("type") != "transaction":
            return _outcome(400, "structure", "Bundle.type")
        try:
            await run_in_threadpool(validate_bundle, bundle)
        except ValueError:  # the library's message may quote answers: not echoed
            return _outcome(422, "invalid", "Bundle")
        key = _task_key(bundle)
        if key is None:
            return _outcome(422, "required", "Task.identifier")
        answer, created = await run_in_threadpool(state.store.receive, key, bundle)
        return JSONResponse(answer, status_code=200, media_type=FHIR_JSON,
                            headers={} if created else {"X-Duplicate": "true"})

    @app.get("/fhir/Task/{case_id}")
    def task(case_id: str) -> Response:
        case = state.store.case(case_id)
        if case is None:
            return _outcome(404, "not-found")
        return JSONResponse(case.task, media_type=FHIR_JSON)

    @app.get("/", response_class=HTMLResponse)
    def inbox(lang: str = "zh-TW") -> str:
        return pages.inbox(state.store.cases(), lang)

    @app.get("/cases/{case_id}", response_class=HTMLResponse)
    def detail(case_id: str, lang: str = "zh-TW") -> Response:
        case = state.store.case(case_id)
        if case is None:
            return HTMLResponse(pages.not_found(lang), status_code=404)
        return HTMLResponse(pages.detail(case, lang))

    @app.post("/cases/{case_id}/decision")
    async def decide(case_id: str, request: Request, lang: str = "zh-TW") -> Response:
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8")).items()}
        case = state.store.case(case_id)
        if case is None:
            return HTMLResponse(pages.not_found(lang), status_code=404)
        if form.get("action") not in ACTIONS:
            return HTMLResponse(pages.detail(case, lang), status_code=400)
        state.store.update_task(case_id, decided_task(case.task, form["action"], form.get("reason", "")))
        return RedirectResponse(f"/cases/{case_id}?lang={lang}", status_code=303)

    return app
