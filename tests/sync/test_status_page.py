"""The citizen's status page on a live hub: a device submits, the citizen looks the application up
with the receipt's tracking number and a birth date, and sees its status and nothing personal."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

import pytest
import requests
from sqlalchemy import select

from kiosk.i18n import LANGUAGES, tr
from kiosk.rocdate import to_roc
from sync.hub import schema
from sync.hub.web.status import StatusLimits
from tests.sync.conftest import SCOPE, Device, LiveHub, adults, enroll_device, submit


def birth_of(store, id_no: str) -> date:
    from kiosk.db.households import Person

    with store.read() as session:
        return date.fromisoformat(str(session.execute(select(Person.birth_date).where(Person.id_no == id_no)).scalar()))


def look_up(hub, tracking: str, birth: str, lang: str = "en", **headers) -> requests.Response:
    return requests.post(hub.url + f"/s/?lang={lang}", data={"tracking": tracking, "birth": birth},
                         headers=headers, timeout=10, allow_redirects=False)


def submit_one(device) -> tuple:
    """(view, person, birth date) of an application the device submitted and sent to its hub."""
    (household_no, person), = adults(device.store, 1)
    view = submit(device.store, household_no, "S03", person)
    assert device.sync().complete
    return view, person, birth_of(device.store, person)


@pytest.fixture
def submitted(device, hub):
    return submit_one(device)


@dataclass(frozen=True)
class Looked:
    """A hub, its enrolled device and the one application submitted, for tests that only look."""

    hub: LiveHub
    device: Device
    documents: list[dict]
    submitted: tuple  # (view, person, birth) as the `submitted` fixture gives them


@pytest.fixture(scope="module")
def looked(tmp_path_factory, reference_documents):
    """Made once for the tests that never decide, refuse or edit: a hub and device each took a
    second to make for every test. The lookups they share count toward no limit they could reach."""
    from kiosk.demo.generator import generate
    from tests.conftest import REFERENCE_DAY
    from tests.sync.hub_template import hub_database

    folder = tmp_path_factory.mktemp("status-page")
    documents = list(reference_documents) + generate(40, seed=5, as_of=REFERENCE_DAY)  # as hub_documents
    live = LiveHub(hub_database(folder, documents))
    live.settings["status_limits"] = StatusLimits(per_address=10_000)
    live.start()
    device = enroll_device(live, folder / "device")
    try:
        assert device.sync().complete
        yield Looked(live, device, documents, submit_one(device))
    finally:
        device.store.close()
        live.close()


@pytest.mark.parametrize("hub", ["sqlite", "postgresql"], indirect=True)
def test_a_citizen_finds_the_status_with_the_tracking_number_and_a_roc_or_western_birth_date(submitted, hub):
    view, person, birth = submitted
    answer = look_up(hub, view.tracking_no.lower().replace("-", ""), to_roc(birth, "short"), lang="zh-TW")
    assert answer.status_code == 200, answer.text
    assert view.tracking_no in answer.text and "申請進度" in answer.text
    western = look_up(hub, view.tracking_no, birth.isoformat(), lang="en")
    assert western.status_code == 200 and "Progress of your application" in western.text
    assert person not in western.text and person[-4:] not in western.text  # no ID, not even its end


@pytest.mark.parametrize("hub", ["sqlite", "postgresql"], indirect=True)
def test_the_page_shows_a_decision_in_plain_words(submitted, hub):
    from sync.hub.decisions import record_decision

    view, _, birth = submitted
    with hub.db.write() as conn:
        record_decision(conn, view.id, "need_documents", "", "審核員")
    answer = look_up(hub, view.tracking_no, birth.isoformat(), lang="vi")
    assert answer.status_code == 200 and "Cần bổ sung giấy tờ" in answer.text


def test_an_unknown_number_and_a_wrong_birth_date_get_the_same_answer(looked):
    from kiosk.applications.codes import new_tracking_number

    from sync.hub.web.typed import as_read

    submitted, hub = looked.submitted, looked.hub
    view, _, birth = submitted
    wrong, unknown_number = date(birth.year + 1, 1, 2), new_tracking_number()
    wrong_birth = look_up(hub, view.tracking_no, wrong.isoformat())
    unknown = look_up(hub, unknown_number, birth.isoformat())
    assert wrong_birth.status_code == unknown.status_code == 404
    # each page gives back only what was typed (to correct it): apart from that, the same page
    typed_back = [(wrong_birth.text, view.tracking_no, wrong), (unknown.text, unknown_number, birth)]
    assert len({text.replace(number, "N").replace(as_read(day), "D").replace(day.isoformat(), "D")
                for text, number, day in typed_back}) == 1


def test_the_hub_keeps_only_a_keyed_hash_of_number_and_birth_date(looked):
    submitted, hub = looked.submitted, looked.hub
    view, _, birth = submitted
    with hub.db.read() as conn:
        rows = conn.execute(select(schema.status_key)).all()
    assert [row.application_id for row in rows] == [view.id]
    stored = repr(rows)
    for plain in (view.tracking_no, view.tracking_no.replace("-", ""), birth.isoformat()):
        assert plain not in stored


def test_a_tracking_number_with_a_look_alike_character_is_still_found(looked):
    submitted, hub = looked.submitted, looked.hub
    view, _, birth = submitted
    typed = view.tracking_no.replace("0", "O").replace("1", "I")
    assert look_up(hub, typed, birth.isoformat()).status_code == 200


def test_input_that_is_not_a_number_or_a_date_is_explained_on_the_form(looked):
    submitted, hub = looked.submitted, looked.hub
    view, _, _ = submitted
    bad_number = look_up(hub, "hello", "1950-03-08")
    assert bad_number.status_code == 400 and 'aria-invalid="true"' in bad_number.text
    bad_date = look_up(hub, view.tracking_no, "1950-02-30")
    assert bad_date.status_code == 400 and "could not read this date" in bad_date.text


@pytest.fixture
def strict_hub(tmp_path, hub_documents):
    from tests.sync.hub_template import hub_database

    live = LiveHub(hub_database(tmp_path, hub_documents), trusted_proxies=frozenset({"127.0.0.1"}))
    live.settings["status_limits"] = StatusLimits(per_address=4, per_tracking_no=3, window_s=600)
    live.start()
    yield live
    live.close()


def test_lookups_are_limited_per_tracking_number_across_addresses(strict_hub):
    from kiosk.applications.codes import new_tracking_number

    number = new_tracking_number()
    answers = [look_up(strict_hub, number, "1950-03-08", **{"X-Forwarded-For": f"10.0.0.{i}"}).status_code
               for i in range(4)]
    assert answers == [404, 404, 404, 429]
    other = look_up(strict_hub, new_tracking_number(), "1950-03-08", **{"X-Forwarded-For": "10.0.0.9"})
    assert other.status_code == 404


def test_lookups_are_limited_per_client_address(strict_hub):
    from kiosk.applications.codes import new_tracking_number

    answers = [look_up(strict_hub, new_tracking_number(), "1950-03-08", **{"X-Forwarded-For": "10.0.0.1"})
               for _ in range(5)]
    assert [a.status_code for a in answers] == [404] * 4 + [429]
    assert int(answers[-1].headers["Retry-After"]) > 0 and "wait" in answers[-1].text
    assert look_up(strict_hub, new_tracking_number(), "1950-03-08",
                   **{"X-Forwarded-For": "10.0.0.2"}).status_code == 404


def test_preference_links_keep_the_choice_and_return_only_to_these_pages(looked):
    hub = looked.hub
    session = requests.Session()
    answer = session.get(hub.url + "/s/prefs", params={"lang": "th", "size": "large", "next": "/s/?t=7KQ2-M9XD-3"},
                         timeout=10)
    assert answer.url == hub.url + "/s/?t=7KQ2-M9XD-3"
    assert 'lang="th"' in answer.text and "text-large" in answer.text and 'value="7KQ2-M9XD-3"' in answer.text
    away = session.get(hub.url + "/s/prefs", params={"contrast": "high", "next": "https://example.org/s/"},
                       timeout=10, allow_redirects=False)
    assert away.status_code == 303 and away.headers["location"] == "/s/"
    assert "default-src 'none'" in answer.headers["content-security-policy"]


def test_the_status_page_needs_no_client_version(tmp_path, hub_documents):
    from tests.sync.hub_template import hub_database

    live = LiveHub(hub_database(tmp_path, hub_documents))  # a copy: creating a database costs a second
    live.settings["min_client_version"] = (99,)
    live.start()
    try:
        assert requests.get(live.url + "/s/", timeout=10).status_code == 200
    finally:
        live.close()


def test_a_refused_revision_is_found_and_says_it_needs_correcting(device, hub):
    (household_no, person), = adults(device.store, 1)
    hub.faults(reject_rate=1.0)
    view = submit(device.store, household_no, "S03", person)
    device.sync()
    answer = look_up(hub, view.tracking_no, birth_of(device.store, person).isoformat())
    assert answer.status_code == 200 and "Needs correcting" in answer.text


def test_a_revision_naming_another_areas_household_leaves_no_key(looked):
    from kiosk.applications.codes import new_tracking_number
    from sync.hub import status_keys

    hub, hub_documents = looked.hub, looked.documents
    document = hub_documents[0]
    member = document["members"][0]
    payload = {"tracking_no": new_tracking_number(), "household_no": document["household_no"], "person": member["id_no"]}
    with hub.db.read() as conn:
        assert status_keys.key_for(conn, payload, SCOPE) is not None
        assert status_keys.key_for(conn, payload, "another-village") is None


def test_the_receipts_qr_link_opens_this_hubs_page_with_the_number_filled_in(looked):
    from kiosk.documents.receipts import receipt_data

    submitted, device, hub = looked.submitted, looked.device, looked.hub
    view, _, _ = submitted
    link, _, code = receipt_data(device.store, view.id).qr_text.partition("#")
    assert link == f"{hub.url}/s/?t={quote(view.tracking_no)}" and code.startswith("KSR2:")  # $ = * ~ encoded
    page = requests.get(link, timeout=10)
    assert page.status_code == 200 and f'value="{view.tracking_no}"' in page.text


def test_the_date_shown_is_taiwans_as_on_the_receipt(submitted, hub):
    from datetime import datetime

    from sqlalchemy import update

    view, _, birth = submitted
    with hub.db.write() as conn:  # 20 Nov, 23:30 UTC is already 21 Nov in Taiwan
        conn.execute(update(schema.revision).where(schema.revision.c.application_id == view.id)
                     .values(received_at=datetime(2026, 11, 20, 23, 30)))
    answer = look_up(hub, view.tracking_no, birth.isoformat(), lang="zh-TW")
    assert "中華民國115年11月21日" in answer.text


@pytest.mark.parametrize("target", ["//example.org/s/", "https://example.org/s/", "/\\example.org/s/", "/v1/health",
                                    "", None, "javascript:alert(1)"])
def test_a_preference_link_never_leads_off_the_citizen_pages(target):
    from sync.hub.web.pages import local_path

    assert local_path(target) == "/s/"


def test_a_first_visit_reads_the_browsers_language(looked):
    hub = looked.hub
    page = requests.get(hub.url + "/s/", headers={"Accept-Language": "vi-VN,vi;q=0.9,en;q=0.5"}, timeout=10)
    assert 'lang="vi"' in page.text and "Tra cứu tiến độ hồ sơ" in page.text
    chinese = requests.get(hub.url + "/s/", headers={"Accept-Language": "zh-Hant"}, timeout=10)
    assert 'lang="zh-TW"' in chinese.text


def test_full_width_input_and_any_dash_find_the_application(looked):
    submitted, hub = looked.submitted, looked.hub
    view, _, birth = submitted
    full_width = view.tracking_no.translate({i: i + 0xFEE0 for i in range(0x21, 0x7F)})  # Ｃ８ＣＳ－ＮＤ９Ｊ－Ｇ
    answer = look_up(hub, full_width, birth.isoformat().translate({i: i + 0xFEE0 for i in range(0x21, 0x7F)}))
    assert answer.status_code == 200 and view.tracking_no in answer.text
    for dash in ("\u2013", "\u2014"):  # en and em dashes, as word processors and phones put them
        assert look_up(hub, view.tracking_no.replace("-", dash), birth.isoformat().replace("-", dash)).status_code == 200


def test_birth_dates_in_words_or_unambiguously_day_first_are_read_and_shown_as_read(looked):
    from kiosk.applications.codes import new_tracking_number
    from sync.hub.web.typed import as_read

    submitted, hub = looked.submitted, looked.hub
    view, _, birth = submitted
    found = look_up(hub, view.tracking_no, f"{birth.year}年{birth.month}月{birth.day}日", lang="zh-TW")
    assert found.status_code == 200 and as_read(birth) in found.text
    for typed, read in (("24/01/1991", "1991-01-24 (民國80年1月24日)"), ("1991年1月24日", "1991-01-24 (民國80年1月24日)"),
                        ("74/8/6", "1985-08-06 (民國74年8月6日)")):  # an ROC year: a western reader sees what it became
        missing = look_up(hub, new_tracking_number(), typed)
        assert missing.status_code == 404 and read in missing.text, typed
    ambiguous = look_up(hub, view.tracking_no, "03/04/1950", lang="vi")
    assert ambiguous.status_code == 400 and tr("web.status.ambiguous_birth", "vi") in ambiguous.text


def test_try_again_keeps_the_number_and_date_typed(looked):
    from html import escape

    from kiosk.applications.codes import new_tracking_number

    hub = looked.hub
    number = new_tracking_number()
    missing = look_up(hub, number, "39/3/8", lang="en")
    assert missing.status_code == 404
    assert f'value="{escape(number)}"' in missing.text and 'value="39/3/8"' in missing.text
    assert tr("web.status.try_again", "en") in missing.text and 'action="/s/"' in missing.text


def test_the_hints_give_only_examples_the_page_reads():
    import re

    from sync.hub.web.typed import read_birth

    for lang in LANGUAGES:
        for key in ("web.status.birth_hint", "web.status.bad_birth", "web.status.ambiguous_birth"):
            examples = re.findall(r"\d[\d/\-.年月]*\d日?", tr(key, lang))
            assert examples, (lang, key)
            for example in examples:
                read_birth(example)  # raises on a format the page refuses


def test_correct_lookups_never_lock_the_number_failed_ones_do(strict_hub, tmp_path):
    device = enroll_device(strict_hub, tmp_path / "device")
    try:
        assert device.sync().complete
        view, _, birth = submit_one(device)
    finally:
        device.store.close()
    correct = [look_up(strict_hub, view.tracking_no, birth.isoformat(), **{"X-Forwarded-For": f"10.1.0.{i}"})
               for i in range(10)]  # the citizen checking daily, from several phones
    assert [a.status_code for a in correct] == [200] * 10
    wrong = date(birth.year + 1, 1, 2).isoformat()
    failed = [look_up(strict_hub, view.tracking_no, wrong, **{"X-Forwarded-For": f"10.2.0.{i}"}).status_code
              for i in range(4)]
    assert failed == [404, 404, 404, 429]  # per_tracking_no=3: guessing the birth date is still stopped
    assert look_up(strict_hub, view.tracking_no, birth.isoformat(), **{"X-Forwarded-For": "10.3.0.1"}).status_code == 429


def test_a_decided_application_lists_no_documents_and_sentences_name_the_agency_shortly(submitted, hub):
    from sync.hub.decisions import record_decision

    view, _, birth = submitted
    received = look_up(hub, view.tracking_no, birth.isoformat(), lang="zh-TW")
    assert tr("doc.documents_needed", "zh-TW") in received.text  # still open: what to bring is shown
    assert "縣市社會局（處）已收到您的申請" in received.text and "受理，" not in received.text
    with hub.db.write() as conn:
        record_decision(conn, view.id, "approved", "", "審核員")
    for lang, sentence in (("zh-TW", "縣市社會局（處）已核准您的申請。"), ("vi", "Sở Xã hội đã chấp thuận hồ sơ của quý vị."),
                           ("en", "Your application has been approved by the social affairs bureau.")):
        approved = look_up(hub, view.tracking_no, birth.isoformat(), lang=lang)
        assert approved.status_code == 200 and sentence in approved.text, lang
        assert tr("doc.documents_needed", lang) not in approved.text


def test_the_hub_reads_its_status_secret_once_per_connection(tmp_path):
    """Every arriving revision needs it: a query each was a seventh of a batch request's time."""
    from sqlalchemy import event

    from sync.hub import status_keys
    from sync.hub.db import HubDatabase

    db = HubDatabase(f"sqlite:///{tmp_path / 'hub.db'}")
    db.create()
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda _c, _cur, statement, *_rest: statements.append(statement))
    try:
        with db.read() as conn:
            secrets = {status_keys.hub_key(conn) for _ in range(3)}
            stored = schema.meta
            assert secrets == {base64.b64decode(
                conn.execute(select(stored.c.value).where(stored.c.key == "secret")).scalar_one())}
    finally:
        db.dispose()
    assert sum("meta" in statement for statement in statements) == 2, "one read by hub_key, one by this test"


def look_alike_spellings(number: str) -> list[str]:
    """`number` typed with look-alike characters swapped, one spelling for each different list of
    readings the page makes of them (the number among each), the number itself first."""
    from itertools import product

    from kiosk.applications.codes import LOOK_ALIKES, tracking_readings

    found: dict[tuple[str, ...], str] = {}
    for chars in product(*(dict.fromkeys((ch, LOOK_ALIKES.get(ch, ch))) for ch in number)):
        typed = "".join(chars)
        readings = tuple(tracking_readings(typed))
        if number in readings:
            found.setdefault(readings, typed)
    return sorted(found.values(), key=lambda typed: typed != number)


def test_look_alike_spellings_of_a_number_share_its_limit(tmp_path, hub_documents):
    """The limit was kept per list of readings: each spelling read differently had one of its own."""
    from kiosk.applications.codes import new_tracking_number
    from tests.sync.hub_template import hub_database

    spellings: list[str] = []
    while len(spellings) < 4:
        spellings = look_alike_spellings(new_tracking_number())
    typed = [spellings[i % len(spellings)] for i in range(11)]
    live = LiveHub(hub_database(tmp_path, hub_documents), trusted_proxies=frozenset({"127.0.0.1"}))
    live.settings["status_limits"] = StatusLimits(per_address=1000)  # per_tracking_no: the default 10
    live.start()
    try:
        answers = [look_up(live, spelling, "1950-03-08", **{"X-Forwarded-For": f"10.4.0.{i}"}).status_code
                   for i, spelling in enumerate(typed)]
    finally:
        live.close()
    assert answers == [404] * 10 + [429]


def test_addresses_of_one_ipv6_64_share_its_limit(strict_hub):
    """One line gets a whole /64: a new address per lookup escaped the per-address limit."""
    from kiosk.applications.codes import new_tracking_number

    answers = [look_up(strict_hub, new_tracking_number(), "1950-03-08",
                       **{"X-Forwarded-For": f"2001:db8:7:1::{n + 1:x}"}).status_code for n in range(5)]
    assert answers == [404] * 4 + [429]
    assert look_up(strict_hub, new_tracking_number(), "1950-03-08",
                   **{"X-Forwarded-For": "2001:db8:7:2::1"}).status_code == 404  # the next /64 is another client
