"""A fault-injecting TCP proxy on loopback (our own, in the spirit of toxiproxy): each new
connection gets a fault drawn from the current plan.

Faults: reset at once; cut the request after some bytes (the hub never gets it whole); lose the
response after the hub has answered (it committed, we never hear); truncate the response after
some bytes; delay the response; trickle it slowly; answer with a captive portal's HTML page.
"""

from __future__ import annotations

import asyncio
import random
import threading
from collections import Counter
from dataclasses import dataclass, field

FAULTS = ("reset", "cut_request", "lose_response", "truncate_response", "delay", "slow", "portal")
PORTAL_PAGE = b"<html><body>Welcome to FreeWiFi! Please log in.</body></html>"
PORTAL = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
          b"Content-Length: " + str(len(PORTAL_PAGE)).encode() + b"\r\n\r\n" + PORTAL_PAGE)


@dataclass
class FaultPlan:
    rate: float = 0.0  # share of connections that get a fault
    faults: tuple[str, ...] = FAULTS
    delay_s: float = 0.3
    down: bool = False  # refuse everything (the hub is unreachable)
    clean_first: int = 0  # let this many connections through untouched first
    rng: random.Random = field(default_factory=random.Random)

    def draw(self) -> str | None:
        if self.down:
            return "reset"
        if self.clean_first > 0:
            self.clean_first -= 1
            return None
        if self.rng.random() < self.rate:
            return self.rng.choice(self.faults)
        return None


class FaultProxy:
    def __init__(self, upstream_port: int, plan: FaultPlan | None = None) -> None:
        self.upstream_port = upstream_port
        self.plan = plan or FaultPlan()
        self.injected: Counter = Counter()
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "FaultProxy":
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def set_plan(self, plan: FaultPlan) -> None:
        self.plan = plan

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        fault = self.plan.draw()
        if fault:
            self.injected[fault] += 1
        if fault == "reset":
            _abort(client_w)
            return
        if fault == "portal":
            await client_r.read(65536)
            client_w.write(PORTAL)
            await _close(client_w)
            return
        try:
            up_r, up_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            _abort(client_w)
            return
        rng = self.plan.rng
        upstream = asyncio.create_task(self._pipe(client_r, up_w, cut=rng.randrange(1, 400)
                                                  if fault == "cut_request" else None))
        downstream = asyncio.create_task(self._pipe(up_r, client_w, fault=fault, rng=rng))
        await asyncio.wait({upstream, downstream}, return_when=asyncio.FIRST_COMPLETED)
        for task in (upstream, downstream):
            task.cancel()
        _abort(up_w)
        if fault in ("cut_request", "lose_response", "truncate_response"):
            _abort(client_w)
        else:
            await _close(client_w)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, cut: int | None = None,
                    fault: str | None = None, rng: random.Random | None = None) -> None:
        sent = 0
        limit = rng.randrange(1, 2000) if fault == "truncate_response" else None
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    break
                if fault == "lose_response":
                    return  # the hub answered (so it committed); the device never hears it
                if fault == "delay" and sent == 0:
                    await asyncio.sleep(self.plan.delay_s)
                if cut is not None and sent + len(data) >= cut:
                    writer.write(data[:max(0, cut - sent)])
                    await writer.drain()
                    return
                if limit is not None and sent + len(data) >= limit:
                    writer.write(data[:limit - sent])
                    await writer.drain()
                    return
                if fault == "slow":
                    for start in range(0, len(data), 1024):
                        writer.write(data[start:start + 1024])
                        await writer.drain()
                        await asyncio.sleep(0.002)
                else:
                    writer.write(data)
                    await writer.drain()
                sent += len(data)
        except (ConnectionError, asyncio.CancelledError):
            return
        try:
            writer.write_eof()
        except (OSError, RuntimeError):
            pass


def _abort(writer: asyncio.StreamWriter) -> None:
    transport = writer.transport
    if transport is not None and not transport.is_closing():
        transport.abort()


async def _close(writer: asyncio.StreamWriter) -> None:
    try:
        writer.close()
        await writer.wait_closed()
    except (ConnectionError, OSError):
        pass
