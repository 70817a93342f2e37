"""No raw server errors (issue 17, point 9, the hub's part): damaged tokens, malformed reconcile
items and out-of-range values are answered with problem+json, and 405 says what is allowed."""

from __future__ import annotations

import pytest
import requests

from sync import protocol
from sync.client.config import client_for


@pytest.fixture
def client(device):
    hub_client, _ = client_for(device.store)
    yield hub_client
    hub_client.close()


def _with_token(client, token: str) -> requests.Response:
    return client.send("GET", "/v1/changes", token=False, headers={"Authorization": f"Bearer {token}"})


@pytest.mark.parametrize("mac", ["A", "é" * 32, "ÿ", "%%%%"])
def test_a_damaged_token_mac_is_a_401_problem(client, mac):
    version, body, _ = client.access_token().split(".")
    answer = _with_token(client, f"{version}.{body}.{mac}")
    assert answer.status_code == 401
    assert answer.headers["content-type"] == protocol.PROBLEM_TYPE
    assert answer.json()["code"] == protocol.BAD_TOKEN


@pytest.mark.parametrize("token", ["v1.bnVsbA.AAAA", "v1.WzFd.AAAA", "v1..", "é.é.é"])
def test_token_claims_that_are_not_an_object_are_a_401_problem(client, token):
    answer = _with_token(client, token)
    assert answer.status_code == 401 and answer.json()["code"] == protocol.BAD_TOKEN


@pytest.mark.parametrize("item", [["a", "x", "d"], ["a", 1.5, "d"], ["a", 2 ** 64, "d"], ["a", True, "d"],
                                  [1, 1, "d"], ["a", 1, None], ["a", 1]])
def test_reconcile_with_malformed_items_is_a_422_problem(client, item):
    answer = client.call("POST", "/v1/applications/reconcile", json_body={"revisions": [item]})
    assert answer.status == 422 and answer.code == protocol.INVALID_SUBMISSION
    assert answer.body["errors"][0]["path"] == "/revisions/0"


@pytest.mark.parametrize("path,method", [("/v1/devices/enroll", "GET"), ("/v1/changes", "DELETE"),
                                         ("/v1/health", "POST")])
def test_method_not_allowed_names_the_allowed_ones(hub, path, method):
    answer = requests.request(method, hub.url + path, timeout=10)
    assert answer.status_code == 405
    assert answer.headers["content-type"] == protocol.PROBLEM_TYPE
    assert answer.headers.get("Allow")


@pytest.mark.parametrize("path,method,allowed", [
    ("/v1/blobs/sha256:" + "0" * 64, "DELETE", {"HEAD", "PUT"}),
    ("/v1/uploads/" + "1" * 36, "DELETE", {"HEAD", "PATCH"}),
])
def test_allow_names_every_method_of_the_path(hub, path, method, allowed):
    """Issue 17 low item: Allow omitted PUT on a blob and PATCH on an upload."""
    answer = requests.request(method, hub.url + path, timeout=10)
    assert answer.status_code == 405
    assert {m.strip() for m in answer.headers["Allow"].split(",")} >= allowed


@pytest.mark.parametrize("path", ["/v1/applications/" + "a" * 37, "/v1/uploads/" + "u" * 37,
                                  "/v1/applications/x/revisions/" + str(2 ** 64)])
def test_over_long_path_keys_are_a_400_problem(client, path):
    method = "PUT" if "/revisions/" in path else "HEAD" if "/uploads/" in path else "GET"
    answer = client.call(method, path, json_body={}, idempotency_key="k" * 8, expect_json=method != "HEAD")
    assert answer.status == 400 and (method == "HEAD" or answer.code == protocol.MALFORMED)


def test_an_over_long_idempotency_key_is_a_400_problem(client):
    answer = client.call("PATCH", "/v1/households/12345678", json_body={"changes": {}, "base": {}},
                         idempotency_key="k" * 65)
    assert answer.status == 400


@pytest.mark.parametrize("nesting", [40, 100_000])
def test_deeply_nested_json_is_a_400_problem(client, nesting):
    body = b'{"payload":' + b"[" * nesting + b"]" * nesting + b',"digest":"0"}'
    answer = client.call("PUT", "/v1/applications/01a23947-86af-719b-8251-cff810fa9b5f/revisions/1", body=body,
                         idempotency_key="k" * 8)
    assert answer.status == 400 and answer.code == protocol.MALFORMED
    patch = b'{"changes":{"notes":' + b"[" * nesting + b"]" * nesting + b'},"base":{}}'
    answer = client.call("PATCH", "/v1/households/12345678", body=patch, idempotency_key="k" * 9,
                         headers={"If-Match": '"v1"'})
    assert answer.status == 400 and answer.code == protocol.MALFORMED


def test_an_answer_its_field_refuses_is_a_422_naming_the_field(device, client):
    """A revision whose answer does not fit its field (an older or altered device) is refused field
    by field in English, not answered with a server error."""
    import uuid

    from kiosk.applications.forms import FieldError, normalise_value
    from kiosk.applications.service import revision_payload
    from kiosk.catalog import load_catalog
    from tests.sync.conftest import adults, submit
    from tests.sync.test_hub_scope import _inline, _revision_body

    (household_no, person), = adults(device.store, 1)
    view = submit(device.store, household_no, "S03", person)
    payload, _ = revision_payload(device.store, view.id)
    payload = {**payload, "values": {**payload["values"], "birth_date": "not a date"}}
    answer = client.call("PUT", f"/v1/applications/{view.id}/revisions/1",
                         body=_revision_body(payload, _inline(device.store, payload)), idempotency_key=str(uuid.uuid4()))
    assert answer.status == 422
    refused = [e for e in answer.body["errors"] if e["path"] == "/values/birth_date"]
    assert refused and refused[0]["code"] == "invalid"
    with pytest.raises(FieldError) as english:  # the hub answers in English, as the form would
        normalise_value(load_catalog().service("S03").field("birth_date"), "not a date", "en")
    assert refused[0]["message"] == english.value.problem.message
