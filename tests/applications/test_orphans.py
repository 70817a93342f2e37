"""Issue 17 point 4: an import never orphans an application; receipts, forms and lists show the
application's own frozen snapshot, never live rows."""

import copy

from sqlalchemy import update

from kiosk.applications import service
from kiosk.db.applications import Application
from kiosk.db.households import Household, Person
from kiosk.documents.application_form import render_application_form
from kiosk.documents.receipts import receipt_data, render_receipt
from kiosk.households.csv_io import import_csv
from kiosk.households.importer import import_documents

APPLICANT = "A108765438"


def _without_applicant(reference_documents):
    document = copy.deepcopy(next(d for d in reference_documents if d["household_no"] == "A7654321"))
    document["members"] = [dict(m, relation="head") for m in document["members"] if m["id_no"] != APPLICANT]
    return document


def _people(store):
    with store.read() as session:
        return {p.id_no for p in session.query(Person).join(Household).filter(Household.household_no == "A7654321")}


def test_reimport_without_the_applicant_of_an_open_application_is_refused_for_that_household(
        submitted, reference_documents):
    store, view = submitted
    report = import_documents(store, [_without_applicant(reference_documents), reference_documents[0]], lang="en")
    [problem] = report.problems
    assert problem.household_no == "A7654321" and "A1****5438" in problem.reason and "open application" in problem.reason
    assert APPLICANT not in problem.reason and APPLICANT in _people(store)
    assert report.updated == 1  # the other household went in


def test_csv_reimport_is_refused_the_same_way(submitted, tmp_path):
    store, view = submitted
    spouse = "A902345670"
    path = tmp_path / "again.csv"
    path.write_text("戶號,姓名,身分證字號,出生日期,性別,稱謂,地址\n"
                    f"A7654321,阮氏蘭,{spouse},75/07/15,女,戶長,臺北市萬華區福星里8鄰西寧南路50號4樓之1\n",
                    encoding="utf-8")
    report = import_csv(store, path, lang="en")
    assert any("A1****5438" in p.reason for p in report.row_problems) and APPLICANT in _people(store)


def test_decided_application_lets_the_household_change_and_still_prints_its_snapshot(
        submitted, reference_documents, tmp_path):
    store, view = submitted
    with store.write() as session:
        session.execute(update(Application).where(Application.id == view.id).values(state="decided"))
    report = import_documents(store, [_without_applicant(reference_documents)])
    assert not report.problems and APPLICANT not in _people(store)
    data = receipt_data(store, view.id)  # used to raise AttributeError
    assert data.applicant_name == "陳○明" and data.masked_id == "A1****5438"
    assert render_receipt(data).startswith(b"%PDF") and render_application_form(store, view.id).startswith(b"%PDF")
    [summary] = service.list_applications(store, household_no="A7654321")
    assert summary.person_name == "陳大明" and summary.masked_id == "A1****5438"
    assert service.open_application(store, view.id).person_name == "陳大明"
