"""Where the hub's CPU goes on the request path of an application revision (issue 22): single PUTs
and batches, each with a 30 KB photo inline, against a SQLite hub, profiled with cProfile.

The app is driven in this one thread (its thread-pool hops run inline), so the profile sees the
whole request: middleware, routing, signature, parsing, checks, the transaction, the answer. The
hub's background workers run in their own threads and are not in it. CPU is this thread's, taken
on one set of requests without the profiler; the split comes from a second set, profiled.

  python -m bench.hub_load.profile_requests [--singles 200] [--batches 10] [--batch 50] [--top 25]
                                            [--db sqlite|postgresql] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bench.hub_load import workload
from sync import protocol

# Where a function's time is counted, by the first matching part of its file and name.
PARTS = (
    ("signature and token (auth)", ("sync/hub/auth.py", "cryptography")),
    ("JSON, digests, base64", ("json/", "hashlib", "base64", "binascii", "_json", "orjson", "sync/protocol.py",
                               "kiosk/applications/codes.py", "limits.py:parse_json", "limits.py:_shape", "limits.py:_depth")),
    ("revision checks (catalog, forms, ids)", ("kiosk/", "sync/hub/applications.py:", "sync/hub/status_keys.py")),
    ("database (SQLAlchemy, driver)", ("sqlalchemy", "sqlite3", "psycopg")),
    ("request models (pydantic)", ("pydantic",)),
    ("HTTP layer (starlette, fastapi, middleware)", ("starlette", "fastapi", "sync/hub/app.py", "sync/hub/limits.py",
                                                     "anyio", "asyncio")),
)


def _inline(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Awaitable[Any]:
    """run_in_threadpool, run here: the profiled thread does the work its pool would."""
    async def now() -> Any:
        return function(*args, **kwargs)
    return now()


class AsgiCaller:
    """Requests straight into the ASGI app, signed as a device signs them."""

    def __init__(self, app: Any, key: Any) -> None:
        self.app, self.key = app, key
        self.token = ""

    async def request(self, method: str, path: str, body: bytes = b"", idempotency_key: str = "",
                      token: bool = True) -> tuple[int, bytes]:
        return await self.deliver(self.signed(method, path, body, idempotency_key, token))

    def signed(self, method: str, path: str, body: bytes, idempotency_key: str = "",
               token: bool = True) -> tuple[dict, bytes]:
        """(ASGI scope, body) of a request, signed beforehand: the device's work is not the hub's."""
        headers = {"content-type": "application/json", "content-length": str(len(body))}
        headers.update({k.lower(): v for k, v in protocol.signature_header(
            self.key.key_id, self.key.sign, method, path, body, idempotency_key).items()})
        if idempotency_key:
            headers["idempotency-key"] = idempotency_key
        if token:
            headers["authorization"] = f"Bearer {self.token}"
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
                 "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
                 "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()],
                 "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8470)}
        return scope, body

    async def deliver(self, request: tuple[dict, bytes]) -> tuple[int, bytes]:
        scope, body = request
        sent = False
        answer: dict[str, Any] = {"body": b""}

        async def receive() -> dict:
            nonlocal sent
            if sent:
                await asyncio.sleep(3600)
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: dict) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
            elif message["type"] == "http.response.body":
                answer["body"] += message.get("body", b"")

        await self.app(scope, receive, send)
        return answer["status"], answer["body"]


def _split(profile: cProfile.Profile) -> dict[str, float]:
    """Own time (tottime) per part of the path, in percent."""
    stats = pstats.Stats(profile)
    parts: dict[str, float] = {name: 0.0 for name, _ in PARTS}
    parts["other"] = 0.0
    total = 0.0
    for (filename, _line, name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{filename}:{name}"
        total += tottime
        part = next((label for label, needles in PARTS if any(n in where for n in needles)), "other")
        parts[part] += tottime
    return {k: round(100 * v / total, 1) for k, v in parts.items()} if total else parts


def profile(singles: int, batches: int, batch: int, top: int, database: str = "sqlite") -> dict:
    import json

    from bench.hub_load import cpu as process_cpu
    from sync.hub.local_postgres import TempPostgres, new_database

    import sync.hub.app as hub_app
    from sync.hub.app import HubSettings, create_app
    from sync.hub.db import HubDatabase

    hub_app.run_in_threadpool = _inline  # type: ignore[assignment]
    results: dict[str, Any] = {}
    server = TempPostgres(durable=True).start() if database == "postgresql" else None
    postmaster = process_cpu.postmaster_pid(server.data) if server else None
    with tempfile.TemporaryDirectory(prefix="hub-profile-") as work:
        url = new_database(server.url) if server else f"sqlite:///{Path(work) / 'hub.db'}"
        db = HubDatabase(url)
        db.create()
        plan = workload.build_plan(db, 1, 1, 60, seed=3)
        db.dispose()
        app = create_app(HubSettings(db_url=url))
        key = workload.new_device_key()
        caller = AsgiCaller(app, key)
        entry = plan["devices"][0]
        people = workload.applicants(plan["scopes"][entry["scope"]])
        photos = workload.signatures(5, count=3)
        import random

        rng = random.Random(1)

        def revisions(count: int) -> list[workload.Revision]:
            return [workload.make_revision(key, rng.choice(people), rng.choice(photos), "profile", rng)
                    for _ in range(count)]

        async def scenario() -> None:
            async with app.router.lifespan_context(app):
                body = protocol.canonical_body({"code": entry["code"], "public_key": protocol.b64(key.public_key)})
                status, answer = await caller.request("POST", "/v1/devices/enroll", body, token=False)
                assert status == 201, answer
                enrolled = json.loads(answer)
                status, answer = await caller.request("POST", "/v1/auth/token", protocol.canonical_body(
                    {"refresh_token": enrolled["refresh_token"]}), token=False)
                caller.token = json.loads(answer)["access_token"]
                for kind, count, size in (("single", singles, 1), ("batch", batches, batch)):
                    work = [_signed(caller, kind, revisions(size)) for _ in range(2 * count + 2)]
                    for request, expected in work[:2]:  # first requests fill caches: not measured
                        _check(await caller.deliver(request), expected)
                    server_before = process_cpu.tree_cpu_s(postmaster) if postmaster else 0.0
                    plain = [await _timed(caller, request, expected) for request, expected in work[2:count + 2]]
                    server_ms = 1000 * ((process_cpu.tree_cpu_s(postmaster) if postmaster else 0.0) - server_before)
                    answers = []
                    profiler = cProfile.Profile(time.thread_time)  # CPU, not waits for the disk
                    started_cpu, started = time.thread_time(), time.perf_counter()
                    profiler.enable()
                    for request, _ in work[count + 2:]:
                        answers.append(await caller.deliver(request))
                    profiler.disable()
                    cpu = time.thread_time() - started_cpu
                    for answer, (_, expected) in zip(answers, work[count + 2:]):
                        _check(answer, expected)
                    out = io.StringIO()
                    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
                    calls = sum(n for _cc, n, *_ in pstats.Stats(profiler).stats.values())  # type: ignore[attr-defined]
                    results[kind] = {"requests": count, "revisions_per_request": size,
                                     "python_calls_per_request": round(calls / count),
                                     "cpu_ms_per_request": round(1000 * sum(plain) / count, 2),
                                     "cpu_ms_per_revision": round(1000 * sum(plain) / (count * size), 3),
                                     "cpu_ms_per_revision_min_request": round(1000 * min(plain) / size, 3),
                                     "postgresql_cpu_ms_per_revision": round(server_ms / (count * size), 3) if server else None,
                                     "profiled_cpu_ms_per_revision": round(1000 * cpu / (count * size), 2),
                                     "profiled_wall_ms_per_request": round(1000 * (time.perf_counter() - started) / count, 2),
                                     "split_percent": _split(profiler), "top": out.getvalue()}

        try:
            asyncio.run(scenario())
        finally:
            if server:
                server.stop()
    return results


async def _timed(caller: AsgiCaller, request: tuple[dict, bytes], expected: int) -> float:
    """The request's CPU in this thread, unprofiled (cProfile's own cost is most of a profiled
    request's: the split comes from a second, profiled set of requests)."""
    started = time.thread_time()
    answer = await caller.deliver(request)
    spent = time.thread_time() - started
    _check(answer, expected)
    return spent


def _signed(caller: AsgiCaller, kind: str, items: list[workload.Revision]) -> tuple[tuple[dict, bytes], int]:
    """A PUT of one revision or a batch of them, and how many must be answered 202."""
    if kind == "single":
        revision = items[0]
        return caller.signed("PUT", f"/v1/applications/{revision.application_id}/revisions/1", revision.body,
                             idempotency_key=str(uuid.uuid4())), 1
    parts = [b'{"idempotency_key":"' + str(uuid.uuid4()).encode() + b'","request":' + r.body + b"}" for r in items]
    return caller.signed("POST", protocol.BATCH_PATH, b'{"items":[' + b",".join(parts) + b"]}"), len(items)


def _check(answer: tuple[int, bytes], accepted: int) -> None:
    status, body = answer
    assert status in (200, 202) and body.count(b'"status":202') + (status == 202) == accepted, body[:300]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="profile_requests", description=__doc__.split("\n\n")[0])
    parser.add_argument("--singles", type=int, default=200)
    parser.add_argument("--batches", type=int, default=10)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite",
                        help="postgresql: a throw-away durable server; its CPU per revision is reported too")
    parser.add_argument("--out", type=Path, help="also write the figures (JSON) here")
    args = parser.parse_args(argv)
    results = profile(args.singles, args.batches, args.batch, args.top, args.db)
    if args.out:
        import json

        figures_only = {kind: {k: v for k, v in f.items() if k != "top"} for kind, f in results.items()}
        args.out.write_text(json.dumps(figures_only, indent=2) + "\n", encoding="utf-8")
    for kind, figures in results.items():
        print(f"== {kind}: {figures['cpu_ms_per_request']} ms CPU per request, {figures['cpu_ms_per_revision']} ms "
              f"per revision (unprofiled; PostgreSQL {figures['postgresql_cpu_ms_per_revision']} ms), "
              f"{figures['python_calls_per_request']} Python calls; profiled "
              f"{figures['profiled_cpu_ms_per_revision']} ms per revision")
        for part, share in figures["split_percent"].items():
            print(f"   {share:5.1f} %  {part}")
        print(figures["top"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
