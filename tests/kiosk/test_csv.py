"""District-office CSV: whole households or nothing, rejects with line numbers, safe export."""

import csv

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.db.households import Household, Person
from kiosk.households.csv_io import export_csv, import_csv, neutralise, read_households
from kiosk.households.importer import iter_documents
from kiosk.i18n import UserError

from tests.store_template import template_store
from tests.synthetic import synthetic_id

HEAD = synthetic_id(1, sex="F", letter="N")
SON = synthetic_id(2, sex="M", letter="N")
DAUGHTER_IN_LAW = synthetic_id(3, sex="F", letter="N")
WIFE = synthetic_id(4, kind="resident", sex="F", letter="A")
HUSBAND = synthetic_id(5, sex="M", letter="A")
OLD_CARD = synthetic_id(6, kind="resident_legacy", sex="F", letter="A")

GOOD = f"""戶號,姓名,身分證字號,出生日期,性別,稱謂,地址,電話,月收入,身障等級,身障證明有效期限
N1234567,林阿嬤,{HEAD},民國37年3月8日,女,戶長,彰化縣員林市三民里5鄰中正路二段10巷3號,04-8321234,"12,000",,
N1234567,林志明,{SON},70/05/01,男,長子,彰化縣員林市三民里5鄰中正路二段10巷3號,0912-345-678,35000,中度,116/05/31
N1234567,黃美惠,{DAUGHTER_IN_LAW},1983-02-14,女,媳,彰化縣員林市三民里5鄰中正路二段10巷3號,,28000,,
A7654321,陳大明,{HUSBAND},40/04/02,男,戶長,台北市萬華區福星里8鄰西寧南路50號4樓之1,,35000,,
A7654321,阮氏蘭,{WIFE},75/07/15,女,妻,台北市萬華區福星里8鄰西寧南路50號4樓之1,,,,
"""


def _write(tmp_path, text, name="in.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_import_district_office_csv(store, tmp_path):
    report = import_csv(store, _write(tmp_path, GOOD))
    assert (report.rows, report.created, report.row_problems) == (5, 2, [])
    documents = {d["household_no"]: d for d in iter_documents(store)}
    lin = documents["N1234567"]
    assert lin["region"] == "彰化縣" and lin["address"]["postal_code"] == "510"
    assert [m["relation"] for m in lin["members"]] == ["head", "child", "child_in_law"]
    assert [m["relation_label"] for m in lin["members"]] == ["戶長", "長子", "媳"]
    assert lin["members"][0]["birth_date"] == "1948-03-08" and lin["members"][0]["monthly_income"] == 12000
    assert lin["members"][1]["disability"] == {"level": "moderate", "certificate_expiry": "2027-05-31"}
    assert lin["phone"] == "04-8321234"
    assert documents["A7654321"]["region"] == "臺北市"


def test_bom_and_english_headers(store, tmp_path):
    text = "\ufeffhousehold_no,name,id_no,birth_date,sex,relation,address\n" \
           f"A7654321,陳大明,{HUSBAND},1951-04-02,M,head,臺北市萬華區西寧南路50號\n"
    assert import_csv(store, _write(tmp_path, text)).created == 1


def test_big5_needs_and_accepts_the_encoding_option(store, tmp_path):
    path = _write(tmp_path, GOOD, encoding="big5")
    with pytest.raises(UserError) as caught:
        import_csv(store, path)
    assert caught.value.key == "csv.not_utf8" and "--encoding big5" in caught.value.message()
    assert import_csv(store, path, encoding="big5").created == 2


BAD_ROWS = [
    ("bad checksum", lambda r: r.replace(SON, SON[:-1] + str((int(SON[-1]) + 1) % 10)), "id_no"),
    ("bad date", lambda r: r.replace("70/05/01", "70/02/30"), "birth_date"),
    ("bad sex", lambda r: r.replace(",男,長子", ",X,長子"), "sex"),
    ("sex vs id", lambda r: r.replace(",男,長子", ",女,長子"), "sex"),
    ("bad relation", lambda r: r.replace("長子", "老闆"), "relation"),
    ("bad number", lambda r: r.replace("35000,中度", "many,中度"), "monthly_income"),
    ("bad level", lambda r: r.replace("中度", "很重"), "disability_level"),
    ("missing name", lambda r: r.replace("林志明", ""), "name"),
]


@pytest.mark.parametrize("label,damage,field", BAD_ROWS, ids=[b[0] for b in BAD_ROWS])
def test_a_bad_row_holds_back_its_whole_household_only(store, tmp_path, label, damage, field):
    lines = GOOD.splitlines()
    lines[2] = damage(lines[2])  # the son's row, line 3 of the file
    rejects = tmp_path / "rejects.csv"
    report = import_csv(store, _write(tmp_path, "\n".join(lines) + "\n"), rejects=rejects)
    assert report.created == 1  # the Taipei household still goes in
    with store.read() as session:
        assert session.query(Household).filter_by(household_no="N1234567").count() == 0
        assert session.query(Person).count() == 2
    problems = {(p.line, p.field) for p in report.row_problems}
    assert (3, field) in problems
    assert {p.line for p in report.row_problems} == {2, 3, 4}  # every row of that household is listed
    with open(rejects, encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["行號", "戶號", "欄位", "原因"]
    assert {int(r[0]) for r in rows[1:]} == {2, 3, 4}


def test_household_rules_apply_to_csv(store, tmp_path):
    text = GOOD.replace("戶長,台北市", "配偶,台北市")  # the Taipei household loses its head
    report = import_csv(store, _write(tmp_path, text))
    assert report.created == 1
    assert any(p.household_no == "A7654321" and p.field == "relation" for p in report.row_problems)


def test_legacy_number_column(store, tmp_path):
    text = "戶號,姓名,證號,舊統一證號,出生日期,性別,稱謂,地址,國籍\n" \
           f"A7654321,阮氏蘭,{WIFE},{OLD_CARD},75/07/15,女,戶長,臺北市萬華區西寧南路50號,vn\n"
    assert import_csv(store, _write(tmp_path, text)).created == 1
    member = next(iter_documents(store))["members"][0]
    assert (member["legacy_id_no"], member["nationality"]) == (OLD_CARD, "VN")


@pytest.mark.parametrize("text,key", [
    ("", "csv.empty"), ("姓名,地址\n王,臺北市\n", "csv.missing_columns"),
])
def test_unusable_files(store, tmp_path, text, key):
    with pytest.raises(UserError) as caught:
        import_csv(store, _write(tmp_path, text))
    assert caught.value.key == key


@pytest.mark.parametrize("value", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "=HYPERLINK(\"http://x\")"])
def test_formula_leads_are_neutralised(value):
    assert neutralise(value) == "'" + value


def test_export_neutralises_and_round_trips(store, tmp_path):
    text = GOOD.replace("林阿嬤", "=林阿嬤").replace("黃美惠", "@黃美惠")
    import_csv(store, _write(tmp_path, text))
    out = tmp_path / "out.csv"
    assert export_csv(store, out) == 5
    with open(out, encoding="utf-8-sig") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert "'=林阿嬤" in cells and "'@黃美惠" in cells
    before = list(iter_documents(store))
    again = template_store(tmp_path / "again")
    report = import_csv(again, out)
    assert report.row_problems == []
    after = list(iter_documents(again))
    def strip(docs: list[dict]) -> list[dict]:
        return [{**d, "members": [{k: v for k, v in m.items() if k != "name"} for m in d["members"]]} for d in docs]
    assert strip(after) == strip(before)
    again.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_fuzzed_csv_never_crashes_or_half_imports(tmp_path, text):
    path = tmp_path / "fuzz.csv"
    path.write_text(GOOD.splitlines()[0] + "\n" + text, encoding="utf-8")
    try:
        documents, lines, problems, rows = read_households(path)
    except UserError:
        return
    for document in documents:  # whatever is accepted is a complete, valid household
        from kiosk.households.document import validate_document

        assert validate_document(document) == []


def test_contract_facts_of_new_immigrants_farmers_and_care_round_trip(store, tmp_path):
    text = ("戶號,姓名,證號,出生日期,性別,稱謂,地址,國籍,歸化,原國籍,居留證,社會保險,農保年資,失智,重大傷病,外籍看護\n"
            f"A7654321,陳大明,{HUSBAND},40/04/02,男,戶長,臺北市萬華區西寧南路50號,TW,,,,農保,22,是,,\n"
            f"A7654321,阮氏蘭,{WIFE},75/07/15,女,妻,臺北市萬華區西寧南路50號,vn,,,永久居留證,勞保,,,1,1\n")
    assert import_csv(store, _write(tmp_path, text)).created == 1
    document = next(iter_documents(store))
    husband, wife = document["members"]
    assert document["foreign_caregiver"] is True
    assert (husband["social_insurance"], husband["farmer_insurance_years"], husband["dementia"]) == ("farmer", 22, True)
    assert (wife["nationality"], wife["residence_permit"], wife["social_insurance"], wife["serious_illness"]) == (
        "VN", "aprc", "labor", True)
    out = tmp_path / "out.csv"
    export_csv(store, out)
    again = template_store(tmp_path / "again")
    assert import_csv(again, out).row_problems == []
    assert next(iter_documents(again)) == document
    again.close()


def test_unknown_residence_permit_holds_the_household_back(store, tmp_path):
    text = ("戶號,姓名,證號,出生日期,性別,稱謂,地址,國籍,居留證\n"
            f"A7654321,阮氏蘭,{WIFE},75/07/15,女,戶長,臺北市萬華區西寧南路50號,vn,護照\n")
    report = import_csv(store, _write(tmp_path, text))
    assert report.created == 0 and any(p.field == "residence_permit" for p in report.row_problems)
