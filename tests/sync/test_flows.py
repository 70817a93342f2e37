"""The sync protocol end to end against a live hub: enrolment, first download, submission with
attachments, replay, rejection, decisions, household edits and merges, epoch changes, commands."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from kiosk.db.applications import Application, ApplicationRevision
from kiosk.db.households import Household
from kiosk.households import edits
from kiosk.households.importer import iter_documents
from tests.sync.conftest import adults, submit


pytestmark = pytest.mark.parametrize("hub", ["sqlite", "postgresql"], indirect=True)

def local_count(store) -> int:
    with store.read() as session:
        return session.execute(select(func.count()).select_from(Household)).scalar()


def test_first_sync_downloads_the_scope_and_nothing_else(device, hub, hub_documents):
    assert local_count(device.store) == len(hub_documents)
    hub.import_documents(hub_documents[:2], scope="another-village")  # moved out of this officer's area
    report = device.sync()
    assert report.complete
    assert local_count(device.store) == len(hub_documents) - 2
    assert report.counts["pulled_removed"] == 2


def test_submission_reaches_the_hub_once_with_its_digest(device, hub):
    (household_no, person), = adults(device.store, 1)
    view = submit(device.store, household_no, "S03", person)
    report = device.sync()
    assert report.complete and report.counts["sent"] == 1
    received = hub.revisions()
    assert [(r["application_id"], r["revision"]) for r in received] == [(view.id, 1)]
    with device.store.read() as session:
        revision = session.execute(select(ApplicationRevision)).scalars().one()
        assert received[0]["digest"] == revision.digest
        assert revision.state in ("acked", "confirmed")
        assert revision.receipt["payload_digest"] == revision.digest
    again = device.sync()
    assert again.counts["sent"] == 0 and len(hub.revisions()) == 1


def test_hub_decides_clear_cases_and_the_decision_comes_back(device, hub):
    picked = adults(device.store, 3)
    views = [submit(device.store, number, "S03", person) for number, person in picked]
    assert device.sync().complete
    from sync.hub.decisions import assess_received
    from tests.conftest import REFERENCE_DAY

    assess_received(hub.db, REFERENCE_DAY)  # the worker would do this within seconds
    for row in hub.revisions():
        if row["status"] == "review":
            from sync.hub.decisions import decide

            decide(hub.db, row["application_id"], "need-documents", "請補附存摺影本")
    assert device.sync().complete
    with device.store.read() as session:
        states = {a.id: (a.state, a.decision) for a in session.execute(select(Application)).scalars()}
    for view in views:
        state, decision = states[view.id]
        assert state in ("decided", "needs_documents")
        assert decision["outcome"] in ("approved", "need_documents")
        if decision["outcome"] == "approved":
            # the household record now says the service is received, and it came down the feed
            number = next(n for n, p in picked if view.person_id_no == p)
            document = next(d for d in iter_documents(device.store) if d["household_no"] == number)
            member = next(m for m in document["members"] if m["id_no"] == view.person_id_no)
            assert "S03" in member["receiving"]


def test_rejected_submission_is_visible_editable_and_resubmittable(device, hub):
    from kiosk.applications import service

    hub.faults(reject_rate=1.0)
    (household_no, person), = adults(device.store, 1)
    view = submit(device.store, household_no, "S03", person)
    report = device.sync()
    assert report.counts["rejected"] == 1 and report.outbox.rejected == 1
    app = service.open_application(device.store, view.id)
    assert app.state == "rejected"
    assert app.problems["errors"][0]["code"] == "agency_rejected"
    hub.faults(reject_rate=0.0)
    service.set_field(device.store, view.id, "bank_account", "700-00099999999")
    resubmitted = service.submit(device.store, view.id)
    assert resubmitted.revision == 2
    assert device.sync().complete
    statuses = {(r["revision"], r["status"]) for r in hub.revisions()}
    assert (1, "invalid") in statuses and any(rev == 2 and s != "invalid" for rev, s in statuses)


def test_disjoint_edits_merge_and_overlapping_edits_conflict_with_both_values(device, hub):
    number = adults(device.store, 1)[0][0]
    document = next(d for d in iter_documents(device.store) if d["household_no"] == number)
    # the hub changes the notes; the officer changes the phone (disjoint)
    server = dict(document, notes="戶政所更新")
    hub.import_documents([server])
    edits.edit_household(device.store, number, {"phone": "02-2222-3333"})
    assert device.sync().complete
    merged = next(d for d in iter_documents(device.store) if d["household_no"] == number)
    assert merged["phone"] == "02-2222-3333" and merged["notes"] == "戶政所更新"
    # now both change the phone (overlapping)
    hub.import_documents([dict(merged, phone="02-9999-0000")])
    edits.edit_household(device.store, number, {"phone": "0912-000-111"})
    report = device.sync()
    assert report.counts["household_conflicts"] == 1
    conflict = edits.conflict_of(device.store, number)
    assert conflict is not None
    assert conflict.fields[0]["server"] == "02-9999-0000" and conflict.fields[0]["mine"] == "0912-000-111"
    local = next(d for d in iter_documents(device.store) if d["household_no"] == number)
    assert local["phone"] == "0912-000-111"  # nothing the officer typed is lost while in conflict
    edits.resolve_conflict(device.store, number, {"phone": "mine"}, etag=conflict.etag)
    assert device.sync().complete
    from sync.hub import schema

    with hub.db.read() as conn:
        data = json.loads(conn.execute(select(schema.household.c.data)
                                       .where(schema.household.c.household_no == number)).scalar_one())
    assert data["phone"] == "0912-000-111"


def test_read_only_fields_cannot_be_edited_locally(device):
    number = adults(device.store, 1)[0][0]
    with pytest.raises(edits.EditError):
        edits.edit_household(device.store, number, {"status": "low_income"})


def test_epoch_change_keeps_local_work_and_resends_what_the_hub_lost(device, hub, tmp_path):
    picked = adults(device.store, 2)
    first = submit(device.store, picked[0][0], "S03", picked[0][1])
    assert device.sync().complete
    backup = hub.backup(tmp_path)
    second = submit(device.store, picked[1][0], "S03", picked[1][1])
    assert device.sync().complete
    assert len(hub.revisions()) == 2
    hub.restore(backup)  # the hub loses the second submission
    assert [r["application_id"] for r in hub.revisions()] == [first.id]
    edits.edit_household(device.store, picked[0][0], {"phone": "03-1234-5678"})
    report = device.sync()
    assert report.counts["resyncs"] == 1 and report.counts["requeued"] == 1, report
    assert sorted(r["application_id"] for r in hub.revisions()) == sorted([first.id, second.id])
    local = next(d for d in iter_documents(device.store) if d["household_no"] == picked[0][0])
    assert local["phone"] == "03-1234-5678"


def test_lock_and_wipe_commands(device, hub):
    from sync.hub.admin import send_command
    from sync.client.config import enrolment

    device_id = enrolment(device.store).device_id
    send_command(hub.db, device_id, "lock")
    assert device.sync().complete
    assert enrolment(device.store).locked
    send_command(hub.db, device_id, "wipe")
    report = device.sync()
    assert report.stopped == "wiped"
    folder = device.store.folder
    assert not (folder / "kiosk.key.json").exists() and not (folder / "kiosk.db").exists()


def test_the_anchor_the_hub_acknowledged_is_kept_and_audit_verify_uses_it(device, hub):
    from kiosk import audit
    from kiosk.db.audit import AuditEvent

    assert device.sync().complete
    with device.store.read() as session:
        report = audit.verify(session)
        head = session.execute(select(AuditEvent.seq).order_by(AuditEvent.seq.desc())).scalars().first()
    assert report.ok and report.anchor is not None and report.anchor.seq == head
