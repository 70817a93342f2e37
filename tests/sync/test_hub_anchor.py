"""Audit anchors held to account (issue 17, point 6, the hub's side): the chain a device reports
only grows, every anchor is kept, the last acknowledged one is readable, and out-of-range values
are refused with 422."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from sync import protocol
from sync.client.config import client_for
from sync.hub import schema

pytestmark = pytest.mark.parametrize("hub", ["sqlite", "postgresql"], indirect=True)


def head(n: int) -> str:
    return hashlib.sha256(f"entry {n}".encode()).hexdigest()


@pytest.fixture
def client(device):
    hub_client, _ = client_for(device.store)
    yield hub_client
    hub_client.close()


def anchor(client, seq, head_: str):
    return client.call("POST", "/v1/audit/anchor", json_body={"seq": seq, "head": head_}, expect_json=False)


def test_the_chain_only_grows_and_every_anchor_is_kept(client, hub):
    base = client.call("GET", "/v1/audit/anchor").body["seq"]  # the first sync may have anchored already
    assert anchor(client, base + 10, head(base + 10)).status == 204
    assert anchor(client, base + 10, head(base + 10)).status == 204  # a retry
    assert anchor(client, base + 25, head(base + 25)).status == 204

    deleted = anchor(client, base + 20, head(base + 20))  # the last entries were deleted
    assert deleted.status == 409 and deleted.code == protocol.AUDIT_REWOUND
    assert deleted.body["acknowledged"] == {"seq": base + 25, "head": head(base + 25)}
    rewritten = anchor(client, base + 25, head(999))  # same length, another history
    assert rewritten.status == 409 and rewritten.code == protocol.AUDIT_REWRITTEN
    unchanged = anchor(client, base + 30, head(base + 25))  # "new entries" that changed nothing
    assert unchanged.status == 409 and unchanged.code == protocol.AUDIT_REWRITTEN

    last = client.call("GET", "/v1/audit/anchor")
    assert last.ok and last.body["seq"] == base + 25 and last.body["head"] == head(base + 25)
    assert last.body["acknowledged_at"].endswith("Z")
    with hub.db.read() as conn:
        kept = conn.execute(select(schema.audit_anchor.c.seq, schema.audit_anchor.c.head)
                            .order_by(schema.audit_anchor.c.seq)).all()
    assert [tuple(r) for r in kept][-2:] == [(base + 10, head(base + 10)), (base + 25, head(base + 25))]


@pytest.mark.parametrize("seq,head_", [(-1, head(1)), (0, head(1)), (2 ** 64, head(1)), (2 ** 31, head(1)),
                                       (5, "not-a-hash"), (5, head(5).upper())])
def test_out_of_range_anchors_are_422(client, seq, head_):
    answer = anchor(client, seq, head_)
    assert answer.status == 422 and answer.code == protocol.INVALID_SUBMISSION


def test_a_device_without_anchors_reads_seq_zero(hub, tmp_path):
    from tests.sync.conftest import enroll_device

    fresh = enroll_device(hub, tmp_path / "fresh")
    fresh_client, _ = client_for(fresh.store)
    try:
        answer = fresh_client.call("GET", "/v1/audit/anchor")
        assert answer.ok and answer.body == {"seq": 0, "head": None, "acknowledged_at": None}
    finally:
        fresh_client.close()
        fresh.store.close()
