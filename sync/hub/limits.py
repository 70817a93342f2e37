"""Request bodies bounded at the edge, before any authentication work: a declared Content-Length
over the route's limit is refused unread, and a body that grows past it (chunked, or lying) is cut
off while it is read. Both answer 413 and close the connection instead of draining the rest."""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from typing import Any

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync import protocol
from sync.hub.problems import HubProblem
from sync.hub.web.errors import is_citizen_path

JSON_LIMIT = 256 * 1024  # enrolment, tokens, household patches, acknowledgements, anchors
REVISION_LIMIT = 4 * 1024 * 1024  # a revision carries up to 2 MiB of inline attachments, base64
RECONCILE_LIMIT = 4 * 1024 * 1024  # 20,000 [id, revision, digest] triples
BATCH_LIMIT = protocol.BATCH_MAX_BYTES  # up to 100 revisions with inline attachments; gunzipped ones too
BLOB_LIMIT = 8 * 1024 * 1024  # a whole small attachment, or one chunk of a resumable upload
CITIZEN_LIMIT = 16 * 1024  # the citizens' pages (/s/): a two-field form, an SMS gateway's reply
CLOSE = {"Connection": "close"}  # uvicorn then closes instead of reading what is left
MAX_JSON_DEPTH = 32  # a revision or household is a few levels deep; more is an attack on recursion


def body_limit(method: str, path: str) -> int:
    if is_citizen_path(path):
        return CITIZEN_LIMIT
    if path.startswith("/v1/blobs/") or (method == "PATCH" and path.startswith("/v1/uploads/")):
        return BLOB_LIMIT
    if path.startswith("/v1/applications/") and "/revisions/" in path:
        return REVISION_LIMIT
    if path == protocol.BATCH_PATH:
        return BATCH_LIMIT
    if path == "/v1/applications/reconcile":
        return RECONCILE_LIMIT
    return JSON_LIMIT


def decoded(body: bytes, encoding: str | None, limit: int) -> bytes:
    """A request body as sent (Content-Encoding identity or gzip), never inflated past `limit`:
    a small body that would unpack to gigabytes (a zip bomb) is a 413 after `limit` bytes of work."""
    encoding = (encoding or "identity").strip().lower()
    if encoding == "identity":
        return body
    if encoding != "gzip":
        raise HubProblem(415, protocol.UNSUPPORTED_ENCODING, "Content-Encoding must be gzip or identity")
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, limit + 1)
    except zlib.error:
        raise HubProblem(400, protocol.MALFORMED, "Request body is not valid gzip") from None
    if len(data) > limit:
        raise too_large(limit)
    if not inflater.eof or inflater.unused_data:
        raise HubProblem(400, protocol.MALFORMED, "Request body is not one complete gzip stream")
    return data


def parse_json(body: bytes) -> Any:
    """json.loads, with deep nesting a 400 instead of a RecursionError (or a tree every later
    recursive step would have to survive). Read by orjson (a batch of revisions: a third of json's
    cost) wherever that is certainly json's value; a document orjson refuses (NaN, a lone
    surrogate, UTF-16, a byte-order mark) or holding a float (orjson reads integers beyond 64 bits
    as floats) is read again by json."""
    try:
        value = orjson.loads(body)
        depth, floats = _shape(value)
    except orjson.JSONDecodeError:
        floats = True
    if floats:
        try:
            value = json.loads(body)
        except (ValueError, RecursionError):
            raise HubProblem(400, protocol.MALFORMED, "Request body is not JSON, or nested too deeply") from None
        depth, _ = _shape(value)
    if depth > MAX_JSON_DEPTH:
        raise HubProblem(400, protocol.MALFORMED, f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def _shape(value: Any) -> tuple[int, bool]:
    """How deep the value nests (up to just past the limit), and whether it holds a float."""
    deepest, floats, stack = 0, False, [(value, 1)]
    while stack:  # iterative: the check itself must not recurse
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = item.values()
        elif not isinstance(item, list):
            floats = floats or type(item) is float
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_JSON_DEPTH:
            return deepest, floats
        for child in item:
            kind = type(child)
            if kind is dict or kind is list:
                stack.append((child, depth + 1))
            elif kind is float:
                floats = True
    return deepest, floats


def too_large(limit: int) -> HubProblem:
    return HubProblem(413, protocol.TOO_LARGE, f"Request body over {limit} bytes", headers=CLOSE, limit=limit)


class BodyLimit:
    """Pure ASGI middleware: counts the body as the app reads it. `citizen_error(scope, status,
    headers)`, when given, is the answer for the citizens' pages (an HTML page, not problem+json)."""

    def __init__(self, app: ASGIApp, citizen_error: Callable[[Scope, int, dict[str, str]], ASGIApp] | None = None) -> None:
        self.app = app
        self.citizen_error = citizen_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope["method"], scope.get("path", ""))
        declared = dict(scope.get("headers", ())).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            if self.citizen_error is not None and is_citizen_path(scope.get("path", "")):
                await self.citizen_error(scope, 413, CLOSE)(scope, receive, send)
            else:
                await _refuse(send, too_large(limit))
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise too_large(limit)  # the hub's HubProblem handler answers it
            return message

        await self.app(scope, limited_receive, send)


async def _refuse(send: Send, problem: HubProblem) -> None:
    body = json.dumps(problem.body()).encode()
    headers = [(b"content-type", protocol.PROBLEM_TYPE.encode()), (b"content-length", str(len(body)).encode()),
               *((k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in problem.headers.items())]
    await send({"type": "http.response.start", "status": problem.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
