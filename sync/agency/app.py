"""The reference agency endpoint (FastAPI): POST a FHIR transaction Bundle to /fhir, read a Task at
/fhir/Task/{id}; caseworkers use the plain pages at / (list), /cases/{id} (detail and decision).

`faults` lets tests and the demo make the agency misbehave on its next transactions: a status
code to answer (500, 429 with Retry-After) or a delay in seconds (a timeout for the hub)."""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from kiosk.json_types import JsonObject
from sync.agency import pages
from sync.agency.decisions import ACTIONS, decided_task
from sync.agency.store import CaseStore
from sync.fhir import REVISION_SYSTEM, validate_bundle

FHIR_JSON = "application/fhir+json"
MAX_BATCH = 100  # transactions in one batch


@dataclass
class AgencyState:
    store: CaseStore
    faults: deque[int | float] = field(default_factory=deque)  # int: answer this status; float: wait this long first
    arrivals: list[float] = field(default_factory=list)  # monotonic time of every POST, faults included

    @property
    def transactions(self) -> int:
        return len(self.arrivals)


def _operation_outcome(code: str, expression: str | None = None) -> JsonObject:
    issue = {"severity": "error", "code": code, **({"expression": [expression]} if expression else {})}
    return {"resourceType": "OperationOutcome", "issue": [issue]}


def _outcome(status: int, code: str, expression: str | None = None, headers: JsonObject | None = None) -> JSONResponse:
    return JSONResponse(_operation_outcome(code, expression), status_code=status, media_type=FHIR_JSON,
                        headers=headers)


def _checked(bundle: JsonObject) -> tuple[str | None, JsonObject | None]:
    """(its Task's duplicate key, None) for a transaction to store, else (None, why not)."""
    try:
        validate_bundle(bundle)
    except ValueError:  # the library's message may quote answers: not echoed
        return None, _operation_outcome("invalid", "Bundle")
    key = _task_key(bundle)
    return (key, None) if key else (None, _operation_outcome("required", "Task.identifier"))


def _task_key(bundle: JsonObject) -> str | None:
    for entry in bundle.get("entry") or ():
        resource = entry.get("resource") or {}
        if resource.get("resourceType") == "Task":
            for identifier in resource.get("identifier") or ():
                if identifier.get("system") == REVISION_SYSTEM:
                    value: str | None = identifier.get("value")
                    return value
    return None


def create_agency_app(db_path: str) -> FastAPI:
    state = AgencyState(CaseStore(db_path))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
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
        if isinstance(bundle, dict) and bundle.get("type") == "batch":
            return await run_in_threadpool(_batch, bundle)
        if not isinstance(bundle, dict) or bundle.get("type") != "transaction":
            return _outcome(400, "structure", "Bundle.type")
        key, problem = await run_in_threadpool(_checked, bundle)
        if problem is not None:
            return JSONResponse(problem, status_code=422, media_type=FHIR_JSON)
        assert key is not None, "_checked gives a key or a problem"
        answer, created = await run_in_threadpool(state.store.receive, key, bundle)
        return JSONResponse(answer, status_code=200, media_type=FHIR_JSON,
                            headers={} if created else {"X-Duplicate": "true"})

    def _batch(bundle: JsonObject) -> Response:
        """A batch of transactions (what the hub sends an agency whose routing entry has `batch`):
        each checked and answered on its own, the valid ones stored in one commit."""
        inner = [entry.get("resource") if isinstance(entry, dict) else None for entry in bundle.get("entry") or ()]
        if not inner or len(inner) > MAX_BATCH or any(not isinstance(b, dict) or b.get("type") != "transaction"
                                                      for b in inner):
            return _outcome(400, "structure", "Bundle.entry")
        transactions: list[JsonObject] = [b for b in inner if isinstance(b, dict)]  # every one, checked above
        checked = [_checked(b) for b in transactions]
        stored = iter(state.store.receive_many([(key, b) for (key, problem), b in zip(checked, transactions)
                                                if problem is None and key is not None]))  # a key or a problem
        entries = []
        for _key, problem in checked:
            if problem is not None:
                entries.append({"response": {"status": "422 Unprocessable Entity", "outcome": problem}})
                continue
            answer, created = next(stored)
            entries.append({"resource": answer, "response": {"status": "201 Created" if created else "200 OK"}})
        return JSONResponse({"resourceType": "Bundle", "type": "batch-response", "entry": entries},
                            media_type=FHIR_JSON)

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
