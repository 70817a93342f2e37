"""SMS late bounces (issue 24): the local SMS gateway accepts a message and later posts a delivery
report (DLR) about it to the hub's secret report webhook, naming it by the gateway's own id, which
the hub took from the gateway's answer to the send. A permanent failure marks the message bounced
and counts toward the number's bounce limit, as an e-mail's late bounce does; at the limit nothing
more goes to the number and the device shows, after its sync, that SMS does not reach the citizen.
A temporary status changes nothing; a repeated report counts once; an unknown id and a wrong
secret get the same answer."""

from __future__ import annotations

import dataclasses
import logging

import pytest
import requests
from sqlalchemy import select

from kiosk.subscriptions.notice import NOTICE_VERSION
from kiosk.subscriptions.request import SubscriptionRequest
from kiosk.subscriptions.service import subscribe, subscriptions
from sync.hub import schema
from sync.hub.decisions import decide
from sync.hub.notify.config import DeliveryReports
from sync.hub.notify.log import listing
from tests.sync.conftest import adults, submit
from tests.sync.notify_live import outcomes_of, run_tick

pytest_plugins = ["tests.sync.notify_fixtures"]
REPORT_SECRET = "sms-report-secret-5b8e1f"
MITAKE_REPORTS = DeliveryReports(secret=REPORT_SECRET, answer_id_pattern=r"msgid=([^\s&]+)", id_field="msgid",
                                 status_field="statusstr", error_field="statuscode",
                                 failed_statuses=("UNDELIV", "REJECTD"))


def with_reports(hub, reports: DeliveryReports, bounce_limit: int = 2, **gateway: object) -> None:
    config = hub.settings["notify"]
    hub.settings["notify"] = dataclasses.replace(config, bounce_limit=bounce_limit,
                                                 sms=dataclasses.replace(config.sms, reports=reports, **gateway))
    hub.restart()


def report_url(hub, secret: str = REPORT_SECRET) -> str:
    return f"{hub.url}/s/sms/report/{secret}"


def sms_log(hub) -> list[dict]:
    return [m for m in listing(hub.db) if m["channel"] == "sms"]


def subscribed_by_sms(device):
    store = device.store
    number, person = adults(store, 1)[0]
    application = submit(store, number, "S03", person)
    kept = subscribe(store, SubscriptionRequest(language="vi", purposes=("status",), sms="0912 345 678",
                                                application_ids=(application.id,), notice_version=NOTICE_VERSION))
    assert device.sync().complete
    return application, number, kept


def newest_clientid(gateway) -> str:
    return gateway.state.requests[-1]["clientid"]


def test_a_reported_failure_bounces_counts_once_and_stops_the_number_at_the_limit(notify_hub, notify_device,
                                                                                   receivers):
    _mailbox, gateway = receivers
    with_reports(notify_hub, MITAKE_REPORTS)
    application, number, kept = subscribed_by_sms(notify_device)

    decide(notify_hub.db, application.id, "need-documents", "")
    assert run_tick(notify_hub).sent == 1
    first = newest_clientid(gateway)
    assert [m["state"] for m in sms_log(notify_hub)] == ["delivered"]  # the gateway took it

    wrong_secret = gateway.report(report_url(notify_hub, "wrong-secret-00000000"), first, "msgid", statusstr="UNDELIV")
    unknown = requests.post(report_url(notify_hub), data={"msgid": "#999999999", "statusstr": "UNDELIV"}, timeout=10)
    assert (wrong_secret.status_code, wrong_secret.text) == (unknown.status_code, unknown.text) == (404, "Not found")
    for temporary in ("ACCEPTD", "DELIVRD", "EXPIRED"):
        assert gateway.report(report_url(notify_hub), first, "msgid", statusstr=temporary).status_code == 200
    assert [m["state"] for m in sms_log(notify_hub)] == ["delivered"]  # not a permanent failure: nothing changes

    for _ in range(2):  # the gateway repeats its report: it counts once
        assert gateway.report(report_url(notify_hub), first, "msgid", statusstr="UNDELIV",
                              statuscode="6").status_code == 200
    logged = sms_log(notify_hub)
    assert [(m["state"], m["last_error"]) for m in logged] == [("bounced", "bounced after delivery: UNDELIV 6")]
    assert outcomes_of(notify_hub, logged[0]["message_id"]) == ["delivered", "bounced"]
    assert notify_device.sync().complete
    assert subscriptions(notify_device.store, household_no=number)[0].unreachable == ()  # one bounce of two

    decide(notify_hub.db, application.id, "approve", "")  # below the limit: the number is tried again
    assert run_tick(notify_hub).sent == 1
    second = newest_clientid(gateway)
    assert second != first and len(gateway.state.accepted) == 2
    assert gateway.report(report_url(notify_hub), second, "msgid", statusstr="REJECTD").status_code == 200

    decide(notify_hub.db, application.id, "reject", "")
    assert run_tick(notify_hub).sent == 0  # the number is dead: nothing is composed for it
    assert len(gateway.state.accepted) == 2
    assert [m["state"] for m in sms_log(notify_hub)] == ["bounced", "bounced"]
    assert notify_device.sync().complete
    view = subscriptions(notify_device.store, household_no=number)[0]
    assert view.id == kept.id and view.active and view.unreachable == ("sms",)


def test_a_twilio_shaped_gateway_is_heard_with_the_defaults(notify_hub, notify_device, receivers):
    """A JSON answer names the message by `sid`; the report posts MessageSid and MessageStatus."""
    _mailbox, gateway = receivers
    gateway.state.answer_json = True
    with_reports(notify_hub, DeliveryReports(secret=REPORT_SECRET), bounce_limit=3, success_pattern=None)
    application, _number, _kept = subscribed_by_sms(notify_device)
    decide(notify_hub.db, application.id, "approve", "")
    assert run_tick(notify_hub).sent == 1
    clientid = newest_clientid(gateway)
    with notify_hub.db.read() as conn:
        kept = conn.execute(select(schema.notify_gateway_id)).one()
    assert (kept.gateway_id, kept.message_id) == (gateway.state.issued[clientid], clientid)

    assert gateway.report(report_url(notify_hub), clientid, "MessageSid", MessageStatus="sent").status_code == 200
    assert gateway.report(report_url(notify_hub), clientid, "MessageSid", MessageStatus="delivered").status_code == 200
    assert [m["state"] for m in sms_log(notify_hub)] == ["delivered"]
    assert gateway.report(report_url(notify_hub), clientid, "MessageSid", MessageStatus="undelivered",
                          ErrorCode="30003").status_code == 200
    assert [(m["state"], m["last_error"]) for m in sms_log(notify_hub)] == [
        ("bounced", "bounced after delivery: undelivered 30003")]


@pytest.mark.parametrize("secret", [None, "change-me", "${env:KIOSK_TEST_UNSET_REPORT_SECRET}"])
def test_without_a_real_secret_the_report_route_stays_shut(notify_hub, notify_device, receivers, secret, monkeypatch,
                                                          caplog):
    _mailbox, gateway = receivers
    monkeypatch.delenv("KIOSK_TEST_UNSET_REPORT_SECRET", raising=False)
    with caplog.at_level(logging.WARNING, logger="kiosk.hub.notify"):
        with_reports(notify_hub, dataclasses.replace(MITAKE_REPORTS, secret=secret))
    assert any("delivery reports are off" in r.getMessage() for r in caplog.records)
    application, _number, _kept = subscribed_by_sms(notify_device)
    decide(notify_hub.db, application.id, "approve", "")
    assert run_tick(notify_hub).sent == 1
    for tried in (secret or "", "change-me", REPORT_SECRET):
        answer = gateway.report(report_url(notify_hub, tried), newest_clientid(gateway), "msgid", statusstr="UNDELIV")
        assert answer.status_code in (404, 405)
    assert [m["state"] for m in sms_log(notify_hub)] == ["delivered"]


def test_the_gateways_id_is_found_in_its_answer_as_configured():
    import yaml

    from kiosk.paths import resource_path
    from sync.hub.notify.config import from_mapping
    from sync.hub.notify.sms_reports import answer_id

    example = from_mapping(yaml.safe_load(resource_path("notify", "notify.example.yaml").read_text(encoding="utf-8")))
    assert example.sms is not None and example.sms.reports is not None
    assert example.sms.reports.failed_statuses == ("UNDELIV", "REJECTD")
    assert answer_id(example.sms.reports, "[1]\r\nmsgid=0012345678\r\nstatuscode=1\r\n") == "0012345678"
    assert answer_id(example.sms.reports, "statuscode=1\r\n") is None
    twilio = DeliveryReports()
    assert answer_id(twilio, '{"sid": "SM1f0e", "status": "queued"}') == "SM1f0e"
    assert answer_id(twilio, "not json") is None and answer_id(twilio, '{"sid": null}') is None
    nested = DeliveryReports(answer_id_json="messages.0.message-id")
    assert answer_id(nested, '{"messages": [{"message-id": 4711, "status": "0"}]}') == "4711"
    assert answer_id(nested, '{"messages": []}') is None


def test_a_body_too_deep_to_parse_is_answered_as_an_unknown_report(notify_hub, notify_device, receivers):
    """Nesting past json's recursion limit was a 500 with the right secret and a 404 with a wrong one."""
    with_reports(notify_hub, MITAKE_REPORTS)
    deep = "[" * 15_000
    answers = [requests.post(report_url(notify_hub, secret), data=deep, timeout=10,
                             headers={"Content-Type": "application/json"})
               for secret in (REPORT_SECRET, "wrong-secret-00000000")]
    assert [(a.status_code, a.text) for a in answers] == [(404, "Not found")] * 2


@pytest.mark.parametrize("notify_hub", ["postgresql"], indirect=True)
def test_a_nul_in_a_report_is_never_stored_and_a_real_failure_still_counts(notify_hub, notify_device, receivers):
    """PostgreSQL refuses NUL in text: a report carrying one was a 500 (DataError)."""
    _mailbox, gateway = receivers
    with_reports(notify_hub, MITAKE_REPORTS)
    application, _number, _kept = subscribed_by_sms(notify_device)
    decide(notify_hub.db, application.id, "approve", "")
    assert run_tick(notify_hub).sent == 1
    clientid = newest_clientid(gateway)
    issued = gateway.state.issued[clientid]

    for junk_id in (issued + "\0", "GW\0", "\0"):
        answer = requests.post(report_url(notify_hub), data={"msgid": junk_id, "statusstr": "UNDELIV"}, timeout=10)
        assert (answer.status_code, answer.text) == (404, "Not found")
    assert [m["state"] for m in sms_log(notify_hub)] == ["delivered"]
    answer = gateway.report(report_url(notify_hub), clientid, "msgid", statusstr="UNDELIV\0", statuscode="\0\x1b[2J6")
    assert answer.status_code == 200
    assert [(m["state"], m["last_error"]) for m in sms_log(notify_hub)] == [
        ("bounced", "bounced after delivery: UNDELIV [2J6")]
