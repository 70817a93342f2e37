"""sync.hub.process.HubProcess, the hub as a child process (benchmarks, the stall tests, the citizens'
pages tests): a port another process took between free_port() and the hub's own bind is tried
again, and a hub that does not start says why."""

from __future__ import annotations

import socket

import pytest
import requests

from sync.hub import process
from sync.hub.process import HubProcess


@pytest.fixture
def taken_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def test_a_port_taken_before_the_hub_binds_it_is_tried_again(tmp_path, monkeypatch, taken_port):
    offered = iter([taken_port])
    real = process.free_port
    monkeypatch.setattr(process, "free_port", lambda: next(offered, None) or real())
    served = HubProcess(tmp_path / "hub.db", "", decisions="off")
    try:
        assert served.port != taken_port
        assert requests.get(served.url + "/v1/health", timeout=30).status_code == 200
    finally:
        served.stop()


def test_a_hub_that_cannot_start_says_why(tmp_path, monkeypatch, taken_port):
    monkeypatch.setattr(process, "free_port", lambda: taken_port)
    monkeypatch.setattr(process, "PORT_TRIES", 2)  # gives up after the last try and quotes it: two starts show it
    with pytest.raises(RuntimeError, match="(?i)hub did not start: .*address already in use"):
        HubProcess(tmp_path / "hub.db", "", decisions="off")
