"""PATCH /v1/households/{no} changes only the contract's fields, within the import's bounds, and a
record stays small enough to keep every version in full (issue 17 N2b)."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import func, select

from sync import protocol
from sync.client.config import client_for
from sync.hub import patch_bounds, schema
from tests.sync.conftest import adults


@pytest.fixture
def client(device):
    hub_client, _ = client_for(device.store)
    yield hub_client
    hub_client.close()


def _record(hub, number: str) -> tuple[int, dict]:
    with hub.db.read() as conn:
        row = conn.execute(select(schema.household).where(schema.household.c.household_no == number)).one()
    return row.version, json.loads(row.data)


def _patch(client, number: str, version: int, changes: dict, base: dict | None = None):
    return client.call("PATCH", f"/v1/households/{number}", json_body={"changes": changes, "base": base or {}},
                       headers={"If-Match": f'"v{version}"'}, idempotency_key=str(uuid.uuid4()))


def _history_count(hub) -> int:
    with hub.db.read() as conn:
        return conn.execute(select(func.count()).select_from(schema.household_history)).scalar()


@pytest.mark.parametrize("changes", [
    {"__proto__": {"polluted": True}},
    {f"x{n}": n for n in range(5000)},
    {"address": {"text": "臺北市萬華區福星里1號", "evil": "x"}},
    {"members/A123456789/favourite_colour": "red"},
], ids=["proto", "5000-keys", "address-extra-key", "member-extra-field"])
def test_only_contract_fields_can_be_changed(device, client, hub, changes):
    number = adults(device.store, 1)[0][0]
    version, before = _record(hub, number)
    history = _history_count(hub)
    answer = _patch(client, number, version, changes)
    assert answer.status == 422 and answer.code == protocol.INVALID_SUBMISSION
    assert answer.body["errors"][0]["code"] == "unknown_field"
    assert _record(hub, number) == (version, before) and _history_count(hub) == history


def test_a_whole_member_with_foreign_keys_is_refused(device, client, hub):
    number, id_no = adults(device.store, 1)[0]
    version, before = _record(hub, number)
    person = next(m for m in before["members"] if m["id_no"] == id_no)
    answer = _patch(client, number, version, {f"members/{id_no}": {**person, "constructor": "x"}},
                    {f"members/{id_no}": person})
    assert answer.status == 422 and answer.body["errors"][0]["path"].endswith("/constructor")


@pytest.mark.parametrize("notes", ["林" * 60_000, "第一次訪視\x00"], ids=["long", "nul"])
def test_values_are_bounded_as_in_the_import(device, client, hub, notes):
    number = adults(device.store, 1)[0][0]
    version, before = _record(hub, number)
    answer = _patch(client, number, version, {"notes": notes}, {"notes": before.get("notes")})
    assert answer.status == 422 and answer.body["errors"][0]["code"] == "out_of_bounds"
    assert _record(hub, number) == (version, before)


def test_the_whole_record_is_bounded(device, client, hub, monkeypatch):
    number, id_no = adults(device.store, 1)[0]
    version, before = _record(hub, number)
    monkeypatch.setattr(patch_bounds, "MAX_RECORD_BYTES", len(json.dumps(before, ensure_ascii=False).encode()))
    answer = _patch(client, number, version, {"notes": "多" * 400}, {"notes": before.get("notes")})
    assert answer.status == 422 and answer.body["errors"][0]["code"] == "too_large"
    assert _record(hub, number) == (version, before)


def test_an_ordinary_edit_still_goes_through(device, client, hub):
    number = adults(device.store, 1)[0][0]
    version, before = _record(hub, number)
    answer = _patch(client, number, version, {"notes": "第一次訪視：\n家中有長者"}, {"notes": before.get("notes")})
    assert answer.status == 200 and answer.body["record"]["notes"].startswith("第一次訪視")
