"""The household screen shows the facts eligibility now rests on: nationality and residence
permit, naturalisation, social insurance, dementia, and a hired foreign caregiver."""

from __future__ import annotations

from kiosk.households.importer import iter_documents
from ui.selftest import settle


def _showcase(kiosk, key: str) -> str:
    documents = iter_documents(kiosk.ctx.workspace.store)
    return next(d["household_no"] for d in documents if d.get("notes") == f"showcase: {key}")


def _lines(screen) -> str:
    return "\n".join(screen.members.itemAt(i).widget().text() for i in range(screen.members.count()))


def test_household_screen_shows_nationality_naturalisation_insurance_and_caregiver(officer_app):
    kiosk = officer_app
    nav = kiosk.window.nav
    for key, expected in (("vietnamese_spouse_without_registration", "VN 籍，持居留證（無戶籍）"),
                          ("naturalised_citizen", "已歸化我國國籍（原 VN 籍）"),
                          ("farmer_with_farmer_insurance", "農保 28 年"),
                          ("dementia_at_52", "失智症"),
                          ("foreign_caregiver_household", "家中聘有外籍看護")):
        kiosk.ctx.navigate("household", household_no=_showcase(kiosk, key))
        settle(kiosk)
        assert expected in _lines(nav.screen("household")), key
