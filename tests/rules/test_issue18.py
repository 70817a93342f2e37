"""Issue 18 end to end on documents: nationality never from ID digits, §5-3 carers derived from the
household, imputed wages named, one-of choices with the better one in money, verdict first,
quotas that read as services, overdue reminders, the national-pension hint, dates from 2024 on."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.demo.generator import generate
from kiosk.i18n import UserError
from kiosk.rules import evaluate, evaluate_documents
from kiosk.rules.results import reminder_text

from tests.synthetic import synthetic_id

ON = date(2026, 11, 22)


def _member(seed, relation, birth, sex="F", **facts):
    return {"id_no": synthetic_id(seed, sex=sex), "name": f"成員{seed}", "sex": sex, "birth_date": birth,
            "relation": relation, **facts}


def _household(members, region="彰化縣", **facts):
    return {"schema_version": 1, "household_no": "N7000001", "region": region, "members": members,
            "relatives_elsewhere": [], **facts}


def _by(result, code, person):
    return next((s for s in result["services"] if s["service"] == code and s["person"] == person), None)


def _with_third_digit(member, digit):
    from kiosk.identity import check_digit

    body = member["id_no"][:2] + str(digit) + member["id_no"][3:9]
    return {**member, "id_no": body + str(check_digit(body))}


def test_new_immigrants_come_from_the_document_never_from_id_digits():
    native = _with_third_digit(_member(1, "head", "1980-01-01", sex="M", employed=True, monthly_income=50000), 6)
    child = _with_third_digit(_member(2, "child", "2015-01-01", sex="M"), 6)
    result = evaluate(_household([native, child]), ON)
    assert _by(result, "S15", native["id_no"]) is None and _by(result, "S15", child["id_no"]) is None
    naturalised = _member(3, "spouse", "1985-01-01", naturalised=True, original_nationality="VN")
    formerly = _member(4, "spouse", "1985-01-01", original_nationality="ID")  # a citizen once of Indonesia
    for spouse in (naturalised, formerly):
        result = evaluate(_household([native, spouse, child]), ON)
        assert _by(result, "S15", spouse["id_no"])["eligible"]
        assert _by(result, "S15", child["id_no"])["eligible"]  # the child of a new immigrant


def test_the_parent_at_home_with_a_child_under_6_and_a_57_year_old_with_care_level_4_are_not_imputed():
    father = _member(1, "head", "1990-01-01", sex="M", employed=True, monthly_income=30000)
    mother = _member(2, "spouse", "1993-01-01")
    baby = _member(3, "child", "2023-05-01")
    result = evaluate(_household([father, mother, baby], region="臺中市"), ON)
    s02 = _by(result, "S02", None)
    assert s02["eligible"], s02["explanation"]["zh-TW"]  # 30,000 / 3 = 10,000, no wage imputed to the mother
    assert "基本工資" not in s02["explanation"]["zh-TW"]
    older = _household([_member(4, "head", "1969-06-01", sex="M", ltc_cms_level=4),
                        _member(5, "spouse", "1971-01-01", employed=True, monthly_income=26000)], region="高雄市")
    assert _by(evaluate(older, ON), "S02", None)["eligible"]


def test_every_imputed_wage_is_named_in_the_explanation():
    head = _member(1, "head", "1950-01-01", monthly_income=6000)
    son = _member(2, "child", "1975-01-01", sex="M")  # able to work, not working
    result = evaluate(_household([head, son]), ON)
    for code, person in (("S01", None), ("S02", None), ("S03", head["id_no"])):
        service = _by(result, code, person)
        assert "戶長的子女（51 歲）每月 29,500 元的基本工資" in service["explanation"]["zh-TW"], code
        assert "NT$29,500" in service["explanation"]["en"] and "29.500" in service["explanation"]["vi"]


@pytest.mark.parametrize("pair,facts", [
    (("S03", "S05"), {"disability": {"level": "moderate"}}),
    (("S03", "S06"), {"birth_date": "1940-01-01"}),
    (("S03", "S17"), {"farmer_insurance_years": 20, "social_insurance": "farmer"}),
    (("S06", "S17"), {"birth_date": "1940-01-01", "farmer_insurance_years": 20}),
    (("S05", "S06"), {"birth_date": "1940-01-01", "disability": {"level": "moderate"}}),
    (("S11", "S16"), {"disability": {"level": "severe"}}),
    (("S04", "S07"), {"ltc_cms_level": 8, "receiving": ["S03"]}),
])
def test_each_one_of_pair_names_the_better_choice_in_money(pair, facts):
    senior = _member(1, "head", facts.pop("birth_date", "1952-01-01"), monthly_income=3000, **facts)
    carer = _member(2, "child", "1975-01-01", sex="M", work_capacity=True)
    result = evaluate(_household([senior, carer], region="臺北市"), ON)
    first, second = (_by(result, code, senior["id_no"]) for code in pair)
    assert second["service"] in first["one_of"] and first["service"] in second["one_of"]
    open_ = [s for s in (first, second) if s["eligible"] and not s["receiving"]]
    assert len(open_) == 2, [(s["service"], s["explanation"]["zh-TW"]) for s in (first, second)]
    choice = first["choice"]
    assert choice["better"] in (first["service"], *first["one_of"]) or choice["better"] is None
    values = choice["monthly_values"]
    if choice["better"] is not None:
        assert values[choice["better"]] == max(values.values())
        assert "建議" in first["explanation"]["zh-TW"] and "只能選一種" in first["explanation"]["zh-TW"]
    assert first["choice"]["better"] == second["choice"]["better"]


def test_s01_and_s02_are_one_of_with_the_low_income_status_preferred():
    head = _member(1, "head", "1950-01-01", monthly_income=3000)
    result = evaluate(_household([head]), ON)
    s01, s02 = _by(result, "S01", None), _by(result, "S02", None)
    assert s01["one_of"] == ["S02"] and s02["one_of"] == ["S01"]
    assert s01["choice"]["better"] == s02["choice"]["better"] == "S01"


def test_the_verdict_comes_first_in_plain_words_and_details_keep_every_condition():
    rich = _member(1, "head", "1950-01-01", movable_assets=3_000_000)
    result = evaluate(_household([rich]), ON)
    s03 = _by(result, "S03", rich["id_no"])
    assert s03["explanation"]["zh-TW"].startswith("不符合：全家存款與投資 3,000,000 元，超過限額 2,500,000 元")
    assert s03["explanation"]["en"].startswith("Not eligible: ")
    assert len(s03["details"]["zh-TW"]) == len(s03["conditions"])
    poor = _member(2, "head", "1950-01-01", monthly_income=3000)
    s03 = _by(evaluate(_household([poor]), ON), "S03", poor["id_no"])
    assert s03["explanation"]["zh-TW"].startswith("可以申請，每月 10,286 元")
    assert "平均消費支出" not in " ".join(s03["details"]["zh-TW"])  # jargon became words with the number


def test_long_term_care_reads_as_services_not_cash_and_notes_the_2026_rules():
    grandma = _member(1, "head", "1940-01-01", ltc_cms_level=6)
    s07 = _by(evaluate(_household([grandma], foreign_caregiver=True), ON), "S07", grandma["id_no"])
    text = s07["explanation"]["zh-TW"]
    assert "價值 8,421 元的照顧服務（不是現金）" in text and "每月約" not in text
    assert "長照3.0" in text and "日間照顧和喘息服務" in text and "交通接送每趟補助 115 元" in text


def test_an_overdue_certificate_says_overdue():
    person = _member(1, "head", "1970-01-01", disability={"level": "severe", "certificate_expiry": "2026-10-01"})
    reminders = evaluate(_household([person]), ON)["reminders"]
    renewal = next(r for r in reminders if r["kind"] == "disability_certificate_renewal")
    assert renewal["overdue"] and renewal["expires"] == "2026-10-01"
    assert reminder_text(renewal, "zh-TW", "王") == "王身障證明已在 中華民國115年10月1日 過期，請儘快重新鑑定"
    assert "快到期" not in reminder_text(renewal, "zh-TW")


@pytest.mark.parametrize("insurance,hint", [(None, True), ("national_pension", True), ("labor", False),
                                            ("farmer", False), ("civil_servant", False)])
def test_the_national_pension_hint_only_for_those_without_another_insurance(insurance, hint):
    person = _member(1, "head", "1950-01-01", social_insurance=insurance)
    text = _by(evaluate(_household([person]), ON), "S06", person["id_no"])["explanation"]["zh-TW"]
    assert ("國民年金老年年金" in text) is hint, text


def test_dates_from_2024_work_and_earlier_ones_are_a_plain_error():
    documents = generate(40, seed=18, as_of=ON)
    for on, kinds in ((date(2024, 1, 1), {"parameters_estimated"}), (date(2025, 10, 1), {"parameters_estimated"}),
                      (date(2026, 11, 22), set()), (date(2027, 3, 1), {"parameters_not_published"}),
                      (date(2100, 1, 1), {"parameters_not_published"})):
        results = evaluate_documents(documents, on)
        assert {w["kind"] for w in results[0]["warnings"]} == kinds, on
        assert all(w["message"]["vi"] for r in results for w in r["warnings"])
    later = evaluate_documents(documents[:1], date(2027, 3, 1))[0]["warnings"][0]
    assert later["until"] == "2026-12-31"
    with pytest.raises(UserError) as caught:
        evaluate_documents(documents, date(2023, 12, 31))
    assert caught.value.key == "rules.before_history" and "1 January 2024" in caught.value.message("en")
