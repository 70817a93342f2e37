"""Applications travel on from the hub to the agency that decides them (issue 23): a real device
engine, a real hub and the reference agency, all on loopback; the agency's decision comes back
to the device over the changes feed."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import select, update

from kiosk.db.applications import Application
from sync.fhir import validate_bundle
from sync.hub import schema
from sync.hub.delivery import DeliveryPolicy
from sync.hub.delivery.outbox import listing
from tests.sync.agency_live import LiveAgency, routing_file, wait_for
from tests.sync.conftest import LiveHub, adults, submit
from tests.sync.hub_template import hub_database

FAST = DeliveryPolicy(max_attempts=4, base_s=0.05, cap_s=0.5, timeout_s=5.0, lease_s=30.0, poll_s=0.2, idle_s=0.1)


@pytest.fixture
def hub(request, tmp_path: Path, hub_documents, agency):
    """The conftest's hub, routed to the live agency, with its rules worker running: the agency
    decides a routed application, never the rules. Param: "sqlite", "postgresql", or "idle" (on
    SQLite, its delivery worker not running: the test acts as the worker)."""
    param = getattr(request, "param", "sqlite")
    server = request.getfixturevalue("postgres_server") if param == "postgresql" else None
    live = LiveHub(hub_database(tmp_path, hub_documents, server))
    live.settings = {"routing": str(routing_file(tmp_path, agency.url + "/fhir")), "delivery_policy": FAST,
                     "deliveries": param != "idle"}
    live.start()
    yield live
    live.close()


def _deliveries(hub: LiveHub) -> list[dict]:
    return listing(hub.db)


def _decide_on_page(agency: LiveAgency, case_id: str, action: str, reason: str) -> None:
    page = requests.get(f"{agency.url}/cases/{case_id}", timeout=10)
    assert page.status_code == 200 and 'name="action"' in page.text
    answer = requests.post(f"{agency.url}/cases/{case_id}/decision", data={"action": action, "reason": reason},
                           timeout=10, allow_redirects=False)
    assert answer.status_code == 303


def _case_for(agency: LiveAgency, application_id: str):
    return next((c for c in agency.state.store.cases() if c.task_key.startswith(application_id + "/")), None)


@pytest.mark.parametrize("hub", ["sqlite", "postgresql"], indirect=True)
def test_applications_reach_the_agency_are_decided_there_and_the_decision_reaches_the_device(device, hub, agency):
    picked = adults(device.store, 3)
    plan = [("S03", "approve", "符合資格", "approved"), ("S07", "need-documents", "請補附診斷證明書", "need_documents"),
            ("S16", "reject", "未領有身心障礙證明", "rejected")]
    views = [submit(device.store, number, service, person)
             for (number, person), (service, *_rest) in zip(picked, plan)]
    assert device.sync().complete
    cases = [wait_for(lambda v=v: _case_for(agency, v.id), what="the case at the agency") for v in views]
    for case, (service, action, reason, _outcome) in zip(cases, plan):
        validate_bundle(case.bundle)  # the agency stored what validates, resource by resource
        patient = case.resources("Patient")[0]
        assert patient["identifier"][0]["system"] in ("http://www.moi.gov.tw", "http://www.immigration.gov.tw")
        assert case.task["code"]["coding"][0]["code"] == service
        signature = next(d for d in case.resources("DocumentReference")  # the consent's, as the wizard drew it
                         if d["type"]["coding"][0]["code"] == "consent_signature")
        assert base64.b64decode(signature["content"][0]["attachment"]["data"]).startswith(b"\x89PNG")
        assert case.resources("Consent")[0]["sourceReference"]["reference"] == next(
            e["fullUrl"] for e in case.bundle["entry"] if e["resource"] is signature)
        _decide_on_page(agency, case.id, action, reason)
    for view in views:
        wait_for(lambda v=view: next(d for d in _deliveries(hub) if d["application_id"] == v.id)["state"] == "decided",
                 what="the hub to read the decision")
    assert device.sync().complete
    with device.store.read() as session:
        decided = {a.id: a.decision for a in session.execute(select(Application)).scalars()}
    for view, (_service, _action, reason, outcome) in zip(views, plan):
        assert decided[view.id]["outcome"] == outcome
        assert decided[view.id]["reason"] == reason
        assert decided[view.id]["by"] == "test-agency"
    assert agency.state.transactions == 3  # one transaction each: nothing sent twice


@pytest.mark.parametrize("hub", ["sqlite", "postgresql"], indirect=True)
def test_agency_answering_500_then_429_then_ok_gets_the_application_exactly_once(device, hub, agency):
    agency.state.faults.extend([500, 429])
    (number, person), = adults(device.store, 1)
    view = submit(device.store, number, "S03", person)
    assert device.sync().complete
    delivery = wait_for(lambda: next((d for d in _deliveries(hub) if d["state"] == "delivered"), None),
                        what="the delivery")
    assert delivery["application_id"] == view.id and delivery["attempts"] == 3
    assert agency.state.transactions == 3
    assert len(agency.state.store.cases()) == 1
    after_429 = agency.state.arrivals[2] - agency.state.arrivals[1]
    assert after_429 >= 1.0  # the agency's Retry-After: 1 was honoured (a lower bound only)


def test_a_delivery_sent_again_after_a_lost_acknowledgement_is_stored_once(device, hub, agency):
    (number, person), = adults(device.store, 1)
    submit(device.store, number, "S03", person)
    assert device.sync().complete
    first = wait_for(lambda: next((d for d in _deliveries(hub) if d["state"] == "delivered"), None), what="delivery")
    with hub.db.write() as conn:  # as if the hub died after the agency stored it, before it noted so
        conn.execute(update(schema.delivery).values(state="pending", task_url=None))
    wait_for(lambda: agency.state.transactions == 2, what="the second send")
    again = wait_for(lambda: next((d for d in _deliveries(hub) if d["state"] == "delivered"), None), what="delivery")
    assert again["task_url"] == first["task_url"]
    assert len(agency.state.store.cases()) == 1


def test_an_agency_failing_past_the_bound_dead_letters_with_its_reason_and_redrive_delivers(device, hub, agency):
    from sync.hub.cli import main as hub_cli

    agency.state.faults.extend([503] * FAST.max_attempts)
    (number, person), = adults(device.store, 1)
    submit(device.store, number, "S03", person)
    assert device.sync().complete
    dead = wait_for(lambda: next((d for d in _deliveries(hub) if d["state"] == "dead"), None), what="dead letter")
    assert dead["attempts"] == FAST.max_attempts and "HTTP 503" in dead["last_error"]
    assert not agency.state.store.cases()
    assert hub_cli(["redrive", dead["delivery_id"], "--db", hub.db_url]) == 0
    delivered = wait_for(lambda: next((d for d in _deliveries(hub) if d["state"] == "delivered"), None),
                         what="the re-driven delivery")
    assert delivered["delivery_id"] == dead["delivery_id"] and len(agency.state.store.cases()) == 1


def test_deliveries_command_shows_the_dead_letter_reason(device, hub, agency, capsys):
    from sync.hub.cli import main as hub_cli

    agency.state.faults.extend([503] * FAST.max_attempts)
    (number, person), = adults(device.store, 1)
    submit(device.store, number, "S03", person)
    assert device.sync().complete
    wait_for(lambda: any(d["state"] == "dead" for d in _deliveries(hub)), what="dead letter")
    capsys.readouterr()
    assert hub_cli(["deliveries", "--json", "--state", "dead", "--db", hub.db_url]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert len(shown) == 1 and shown[0]["last_error"].startswith("gave up after 4 attempts: HTTP 503")
    assert person not in json.dumps(shown)  # ids and reasons only, no personal data


def test_the_delivery_is_written_with_the_accepted_revision(device, hub, agency):
    agency.stop()  # nothing can be delivered: the outbox row must exist anyway
    (number, person), = adults(device.store, 1)
    view = submit(device.store, number, "S03", person)
    assert device.sync().complete
    with hub.db.read() as conn:
        rows = conn.execute(select(schema.delivery.c.application_id, schema.delivery.c.revision)).all()
    assert [tuple(r) for r in rows] == [(view.id, 1)]


def test_an_agency_too_slow_to_answer_is_sent_again_and_stores_the_case_once(device, hub, agency):
    from dataclasses import replace

    hub.settings["delivery_policy"] = replace(FAST, timeout_s=0.5)
    hub.restart()
    agency.state.faults.append(3.0)  # it stores the case, but only after the hub stopped waiting
    (number, person), = adults(device.store, 1)
    submit(device.store, number, "S03", person)
    assert device.sync().complete
    delivered = wait_for(lambda: next((d for d in _deliveries(hub) if d["state"] == "delivered"), None),
                         what="the delivery after the timeout")
    assert delivered["attempts"] >= 2 and agency.state.transactions == delivered["attempts"]
    wait_for(lambda: len(agency.state.store.cases()) == 1, what="the slow first transaction to finish")
    assert len(agency.state.store.cases()) == 1


def test_documents_asked_for_come_back_and_the_resubmission_is_a_new_task_decided_on_its_own(device, hub, agency):
    from kiosk.applications import service
    from kiosk.applications.signatures import paper_photo, synthetic_signature

    (number, person), = adults(device.store, 1)
    view = submit(device.store, number, "S03", person)
    assert device.sync().complete
    first = wait_for(lambda: _case_for(agency, view.id), what="the first case")
    _decide_on_page(agency, first.id, "need-documents", "請補附存摺影本")
    wait_for(lambda: _deliveries(hub)[0]["state"] == "decided", what="the request for documents at the hub")
    assert device.sync().complete
    assert service.open_application(device.store, view.id).state == "needs_documents"
    service.add_attachment(device.store, view.id, paper_photo(synthetic_signature(7, 300, 100), 300, 100), "bankbook")
    assert service.submit(device.store, view.id).revision == 2
    assert device.sync().complete
    second = wait_for(lambda: next((c for c in agency.state.store.cases() if c.task_key == f"{view.id}/2"), None),
                      what="the second revision at the agency")
    documents = [d["content"][0]["attachment"]["title"] for d in second.resources("DocumentReference")]
    assert second.id != first.id and sorted(documents) == ["bankbook", "consent-signature.png", "signed_form"]
    _decide_on_page(agency, second.id, "approve", "")
    wait_for(lambda: all(d["state"] == "decided" for d in _deliveries(hub)), what="the approval at the hub")
    assert device.sync().complete
    app = service.open_application(device.store, view.id)
    assert app.state == "decided" and app.decision["outcome"] == "approved" and app.decision["revision"] == 2


def test_a_revision_replaced_before_it_was_sent_is_not_sent(device, hub, agency):
    from kiosk.applications import service
    from sync.hub.decisions import record_decision

    agency.stop()  # revision 1 waits in the outbox
    (number, person), = adults(device.store, 1)
    view = submit(device.store, number, "S03", person)
    assert device.sync().complete
    with hub.db.write() as conn:  # a person at the hub asks for documents (kiosk-hub decide)
        record_decision(conn, view.id, "need_documents", "請補附存摺影本", "test-agency")
    assert device.sync().complete
    service.set_field(device.store, view.id, "bank_account", "700-00099999999")
    service.submit(device.store, view.id)
    assert device.sync().complete
    states = {d["revision"]: d["state"] for d in _deliveries(hub)}
    assert states[1] == "superseded"
    assert states[2] in ("pending", "dead")  # the agency is down: still tried, or (a slow run) given up on


@pytest.mark.parametrize("hub", ["idle"], indirect=True)
def test_a_draft_superseded_while_its_send_was_failing_stays_superseded(device, hub):
    """The worker leased revision 1 and was still trying the agency when revision 2 came: its
    give-up must not turn the superseded draft back into a dead letter (a re-drive would send it)."""
    from sync.hub.delivery import outbox

    (number, person), = adults(device.store, 1)
    view = submit(device.store, number, "S03", person)
    assert device.sync().complete
    (in_flight,) = outbox.claim_due(hub.db, FAST.lease_s)
    _documents_asked_for_and_sent_again(device, hub, view.id)

    outbox.dead_letter(hub.db, in_flight.id, FAST.max_attempts, "HTTP 503")

    assert {d["revision"]: d["state"] for d in _deliveries(hub)} == {1: "superseded", 2: "pending"}
    assert outbox.redrive(hub.db) == 0


def _documents_asked_for_and_sent_again(device, hub, application_id: str) -> None:
    """The agency asks for documents; the officer corrects the account and submits revision 2."""
    from kiosk.applications import service
    from sync.hub.decisions import record_decision

    with hub.db.write() as conn:
        record_decision(conn, application_id, "need_documents", "請補附存摺影本", "test-agency")
    assert device.sync().complete
    service.set_field(device.store, application_id, "bank_account", "700-00099999999")
    service.submit(device.store, application_id)
    assert device.sync().complete


def test_a_batch_that_failed_whole_is_due_again_as_one_batch(device, hub, agency, tmp_path):
    """Each delivery of a failed batch had its own jittered retry time, so the next round could
    find only some of them due and split the batch in two requests."""
    from sync.hub.delivery.fhir_connector import FhirConnector
    from sync.hub.delivery.worker import run_once
    from sync.hub.routing import load

    hub.settings.update(routing=str(routing_file(tmp_path, agency.url + "/fhir", batch=10)), deliveries=False)
    hub.restart()  # this test runs the worker itself
    agency.state.faults.append(503)
    for (number, person), service in zip(adults(device.store, 3), ("S03", "S07", "S16")):
        submit(device.store, number, service, person)
    assert device.sync().complete
    connector = FhirConnector(5.0)
    try:
        assert run_once(hub.db, load(hub.settings["routing"]), connector, FAST) == 3
    finally:
        connector.close()
    deliveries = _deliveries(hub)
    assert agency.state.transactions == 1
    assert {(d["state"], d["attempts"]) for d in deliveries} == {("pending", 1)}
    with hub.db.read() as conn:  # to the microsecond: the listing shows whole seconds
        assert len(set(conn.execute(select(schema.delivery.c.due_at)).scalars())) == 1


def test_a_dead_lettered_draft_is_superseded_by_the_next_revision(device, hub, agency):
    agency.stop()  # revision 1 is tried until it is dead-lettered
    (number, person), = adults(device.store, 1)
    view = submit(device.store, number, "S03", person)
    assert device.sync().complete
    deadline = time.monotonic() + 120
    while [d["state"] for d in _deliveries(hub)] != ["dead"]:
        assert time.monotonic() < deadline, _deliveries(hub)
        time.sleep(0.1)
    _documents_asked_for_and_sent_again(device, hub, view.id)
    states = {d["revision"]: d["state"] for d in _deliveries(hub)}
    assert states[1] == "superseded"  # a re-drive would not send the outdated draft


def test_a_revision_that_cannot_become_a_valid_bundle_is_dead_lettered_without_logging_it(device, hub, agency,
                                                                                         caplog):
    from sync.hub.delivery.fhir_connector import FhirConnector
    from sync.hub.delivery.worker import run_once
    from sync.hub.routing import load

    hub.settings["deliveries"] = False  # this test runs the worker itself
    hub.restart()
    (number, person), = adults(device.store, 1)
    submit(device.store, number, "S03", person)
    assert device.sync().complete
    with hub.db.write() as conn:  # a stored revision the FHIR mapping cannot read
        body = json.loads(conn.execute(select(schema.revision.c.body)).scalar_one())
        body["values"]["birth_date"] = f"born {person}"
        conn.execute(update(schema.revision).values(body=json.dumps(body, ensure_ascii=False)))
    connector = FhirConnector(5.0)
    try:
        assert run_once(hub.db, load(hub.settings["routing"]), connector, FAST) == 1
    finally:
        connector.close()
    dead, = _deliveries(hub)
    assert dead["state"] == "dead" and dead["last_error"] == "bundle invalid: ValueError"
    assert agency.state.transactions == 0
    assert person not in caplog.text and person not in json.dumps(dead)


def test_an_agency_refusing_the_bundle_dead_letters_it_at_once_with_the_issue_codes(device, hub, agency):
    agency.state.faults.append(422)
    (number, person), = adults(device.store, 1)
    submit(device.store, number, "S03", person)
    assert device.sync().complete
    dead = wait_for(lambda: next((d for d in _deliveries(hub) if d["state"] == "dead"), None), what="dead letter")
    assert dead["attempts"] == 1 and dead["last_error"] == "HTTP 422 processing at -"
    assert agency.state.transactions == 1  # a refusal is not retried: a person must look at it


def test_the_rules_leave_an_application_routed_to_an_agency_to_that_agency(device, hub, agency):
    """The hub's rules decide what no agency receives; a routed one waits for its agency's decision."""
    from sync.hub.decisions import assess_received
    from tests.conftest import REFERENCE_DAY

    agency.state.faults.extend([503] * 3)  # the agency is slow to take it: the rules worker runs meanwhile
    (number, person), = adults(device.store, 1)
    view = submit(device.store, number, "S03", person)
    assert device.sync().complete
    assert assess_received(hub.db, REFERENCE_DAY) == 0
    with hub.db.read() as conn:
        row = conn.execute(select(schema.application).where(schema.application.c.id == view.id)).first()
    assert row.status == "received" and row.decision is None


def test_an_agency_taking_batches_gets_the_applications_in_one_request_each_stored_once(device, hub, agency,
                                                                                        tmp_path):
    hub.settings.update(routing=str(routing_file(tmp_path, agency.url + "/fhir", batch=10)), deliveries=False)
    hub.restart()
    agency.state.faults.append(500)  # the first batch fails whole: every delivery in it is tried again
    picked = adults(device.store, 3)
    views = [submit(device.store, number, service, person)
             for (number, person), service in zip(picked, ("S03", "S07", "S16"))]
    assert device.sync().complete
    # the worker starts once all three wait: a worker already running could send one that arrived
    # before the others (a CI run had 3 requests), and this test is about the batch, not arrival order
    hub.settings["deliveries"] = True
    hub.restart()
    wait_for(lambda: {d["state"] for d in _deliveries(hub)} == {"delivered"}, what="the batch delivered")
    deliveries = _deliveries(hub)
    assert agency.state.transactions == 2  # one request per batch: the failed one and the one that got through
    assert {d["attempts"] for d in deliveries} == {2} and len({d["task_url"] for d in deliveries}) == 3
    assert sorted(c.task_key for c in agency.state.store.cases()) == sorted(f"{v.id}/1" for v in views)
    case = _case_for(agency, views[0].id)
    _decide_on_page(agency, case.id, "approve", "")
    wait_for(lambda: any(d["state"] == "decided" for d in _deliveries(hub)), what="the decision")
    decided = next(d for d in _deliveries(hub) if d["state"] == "decided")
    assert decided["application_id"] == views[0].id  # each Task is polled on its own
