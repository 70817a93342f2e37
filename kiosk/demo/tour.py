"""The district the self-test tour (and the UI tests) walk through: every screen has something real
to show."""

from __future__ import annotations

from pathlib import Path


def prepare_district(folder: Path, pin: str, households: int) -> dict[str, str]:
    """A fresh store with the demo district, a few submitted applications, one refused, one decided
    and one household in conflict; returns the ids the tour opens."""
    from kiosk.catalog import load_catalog
    from kiosk.demo.applications import queue_demo_applications
    from kiosk.demo.attention import make_conflict, mark_decided, mark_rejected
    from kiosk.workspace import Workspace

    ws = Workspace.unlock(folder, pin, create=True, demo_households=households)
    try:
        queue_demo_applications(ws.store, 3)
        apps = ws.applications()
        refused_field = load_catalog().service(apps[0].service_code).fields[-1].key
        mark_rejected(ws.store, apps[0].id, refused_field, "與證件不符 / does not match the documents")
        mark_decided(ws.store, apps[1].id, "approved", "符合資格 / eligible")
        household_no = ws.visit_plan(1)[0].household_no
        service = ws.eligibility(household_no).open_services()[0]
        draft = ws.start_application(household_no, service.service, service.person, "zh-TW")
        make_conflict(ws.store, apps[2].household_no, "02-2345-6789", "02-8765-4321")
        return {"household_no": household_no, "draft": draft.id, "submitted": apps[1].id,
                "conflict": apps[2].household_no, "tracking_no": apps[1].tracking_no or ""}
    finally:
        ws.lock()
