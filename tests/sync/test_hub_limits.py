"""Bodies bounded at the edge (issue 17, point 2): a hub in its own process is sent bodies far over
the limit, declared or chunked, without authentication; it answers 413 problem+json without
reading them, and its peak memory stays where it was."""

from __future__ import annotations

import json
import select
import socket
import time
from pathlib import Path

import pytest

from sync import protocol
from sync.hub.limits import JSON_LIMIT
from sync.hub.process import HubProcess

HUGE = 400 * 1024 * 1024
BLOB_PATH = "/v1/blobs/sha256:" + "ab" * 32


@pytest.fixture(scope="module")
def hub_process(tmp_path_factory):
    hub = HubProcess(Path(tmp_path_factory.mktemp("limits")) / "hub.db", "臺北市萬華區福星里")
    yield hub
    hub.stop()


def peak_memory_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def read_response(sock: socket.socket) -> tuple[int, dict[str, str], dict]:
    data = b""
    sock.settimeout(15)
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"connection closed before an answer: {data!r}"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    while len(body) < int(headers.get("content-length", "0")):
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return int(lines[0].split()[1]), headers, json.loads(body)


def send_until_answered(sock: socket.socket, piece: bytes, total: int) -> int:
    """Send pieces until the hub answers (or stops reading); returns the bytes sent."""
    sent = 0
    sock.setblocking(False)
    deadline = time.monotonic() + 60
    while sent < total and time.monotonic() < deadline:
        readable, writable, _ = select.select([sock], [sock], [], 1.0)
        if readable:
            break
        if writable:
            try:
                sent += sock.send(piece)
            except (BlockingIOError, InterruptedError):
                continue
            except (BrokenPipeError, ConnectionResetError):
                break
    sock.setblocking(True)
    return sent


@pytest.mark.parametrize("method,path", [("PUT", BLOB_PATH), ("POST", "/v1/devices/enroll"),
                                         ("POST", "/v1/applications/reconcile")])
def test_a_declared_huge_body_is_refused_unread(hub_process, method, path):
    before = peak_memory_kib(hub_process.process.pid)
    with socket.create_connection(("127.0.0.1", hub_process.port), timeout=15) as sock:
        sock.sendall(f"{method} {path} HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {HUGE}\r\n\r\n".encode() + b"{" * 65536)
        status, headers, problem = read_response(sock)
    assert status == 413 and headers["content-type"] == protocol.PROBLEM_TYPE
    assert problem["code"] == protocol.TOO_LARGE and problem["status"] == 413
    assert headers.get("connection") == "close"
    assert peak_memory_kib(hub_process.process.pid) - before < 32 * 1024


def test_a_chunked_body_is_cut_off_while_it_is_read(hub_process):
    before = peak_memory_kib(hub_process.process.pid)
    with socket.create_connection(("127.0.0.1", hub_process.port), timeout=15) as sock:
        sock.sendall(b"POST /v1/devices/enroll HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n")
        piece = b"10000\r\n" + b" " * 0x10000 + b"\r\n"  # 64 KiB chunks of JSON whitespace
        sent = send_until_answered(sock, piece, HUGE)
        status, _, problem = read_response(sock)
    assert status == 413 and problem["code"] == protocol.TOO_LARGE
    # the hub stopped reading soon after the limit: what got through is at most what sockets buffer
    assert sent < 64 * 1024 * 1024
    assert sent >= JSON_LIMIT
    assert peak_memory_kib(hub_process.process.pid) - before < 32 * 1024


def test_bodies_within_the_limit_still_reach_the_route(hub_process):
    with socket.create_connection(("127.0.0.1", hub_process.port), timeout=15) as sock:
        body = json.dumps({"code": "X" * 10, "public_key": "", "label": " " * 1000}).encode()
        sock.sendall(b"POST /v1/devices/enroll HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                     + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        status, _, problem = read_response(sock)
    assert status == 400 and problem["code"] == protocol.MALFORMED  # the route's own check, not the limit
