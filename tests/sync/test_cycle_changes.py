"""A sync cycle reports what it touched (kiosk/changes.py), so the window redraws only the screens
that show it: the applications it sent, the households the hub changed, and nothing else."""

from kiosk.changes import EVERYTHING
from sync.client.engine import CycleReport
from tests.sync.conftest import adults, submit


def test_a_cycle_names_the_applications_it_sent_and_the_households_the_hub_changed(device, hub):
    from kiosk.households.document import canonical_document
    from tests.sync.invariants import hub_households

    (number, person), (changed_at_hub, _), (untouched, _) = adults(device.store, 3)
    sent = submit(device.store, number, "S03", person)
    server = hub_households(hub)[changed_at_hub]
    hub.import_documents([canonical_document(dict(server, notes="區公所註記"))])
    report = device.sync()
    assert report.complete
    changes = report.changes
    assert not changes.everything
    assert sent.id in changes.applications
    assert changed_at_hub in changes.households
    assert untouched not in changes.households
    assert changed_at_hub not in device.sync().changes.households  # not changed again since


def test_the_report_carries_its_changes_across_the_worker_pipe(device):
    report = device.sync()
    report.changes = report.changes | EVERYTHING
    assert CycleReport.from_json(report.to_json()).changes == EVERYTHING
    older = {key: value for key, value in report.to_json().items() if key != "changes"}
    assert not CycleReport.from_json(older).changes  # a report without the field: nothing said
