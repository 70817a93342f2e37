"""The citizen's status page in a real browser (Chromium through Selenium, no JavaScript of ours):
a lookup in each language end to end against a live hub, and axe-core on every page state (the
form, each status, input errors, not found, rate limited, larger text, high contrast): no WCAG 2.2
A/AA violation and no AAA contrast failure. The same for the unsubscribe page (asking, done,
already stopped, a broken link), and a citizen stopping the messages from the link in a message."""

from __future__ import annotations

from datetime import date

import pytest
import requests
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from kiosk.i18n import LANGUAGES, tr
from sync.hub.web.lookup import STATUSES
from sync.hub.web.pages import LANGUAGE_NAMES
from sync.hub.web.status import StatusLimits
from kiosk.db.subscriptions import Subscription
from kiosk.subscriptions.notice import NOTICE_VERSION
from kiosk.subscriptions.request import SubscriptionRequest
from kiosk.subscriptions.service import subscribe
from sync.hub.notify.config import NotifyConfig
from tests.sync.conftest import LiveHub, adults, enroll_device, submit
from tests.web.conftest import axe_findings, missing_glyphs

PER_NUMBER = 40  # enough for every state of one application in five languages
DECIDED = {"approved": "approved", "rejected": "rejected", "need_documents": "need_documents", "review": "review"}


@pytest.fixture(scope="module")
def prepared(tmp_path_factory, reference_documents):
    """A live hub holding one application in each status: {status: (tracking number, birth date)},
    and subscriptions made on the device: {name: the unsubscribe link the hub gave it}."""
    from kiosk.db.households import Person
    from kiosk.demo.generator import generate
    from sqlalchemy import select, update

    from sync.hub import schema
    from sync.hub.decisions import record_decision
    from tests.conftest import REFERENCE_DAY
    from tests.sync.hub_template import hub_database

    folder = tmp_path_factory.mktemp("status-browser")
    documents = list(reference_documents) + generate(40, seed=5, as_of=REFERENCE_DAY)
    live = LiveHub(hub_database(folder, documents), background_decisions=False)  # "received" stays so
    live.settings["status_limits"] = StatusLimits(per_address=10_000, per_tracking_no=PER_NUMBER)
    live.settings["notify"] = NotifyConfig(public_url=live.url)  # the links in messages lead to this hub
    live.start()
    device = enroll_device(live, folder / "device")
    assert device.sync().complete
    picked = adults(device.store, len(STATUSES))
    views = {status: submit(device.store, number, "S03", person) for status, (number, person) in zip(STATUSES, picked)}
    assert device.sync().complete
    with live.db.write() as conn:
        for status, outcome in DECIDED.items():
            record_decision(conn, views[status].id, outcome, "", "審核員")
        conn.execute(update(schema.application).where(schema.application.c.id == views["invalid"].id)
                     .values(status="invalid"))
    with device.store.read() as session:
        births = {id_no: str(birth) for id_no, birth in session.execute(select(Person.id_no, Person.birth_date))}
    found = {status: (views[status].tracking_no, date.fromisoformat(births[person]))
             for status, (_, person) in zip(STATUSES, picked)}
    made = {name: subscribe(device.store, SubscriptionRequest(
        language=name.split(":")[0], purposes=("status",), email=f"{n}@example.com",
        application_ids=(views["received"].id,), notice_version=NOTICE_VERSION)).id
        for n, name in enumerate([*LANGUAGES, "vi:flow"])}
    assert device.sync().counts["subscriptions_sent"] == len(made)
    with device.store.read() as session:
        links = {name: (sid, session.get(Subscription, sid).links["unsubscribe_url"]) for name, sid in made.items()}
    device.store.close()
    yield live, found, links
    live.close()


@pytest.fixture(scope="module")
def cases(prepared):
    live, found, _ = prepared
    return live, found


@pytest.fixture(scope="module")
def unsubscribe_links(prepared):
    return prepared[2]


@pytest.fixture(scope="module")
def exhausted_number(cases):
    """A tracking number already looked up as often as the hub allows: the next lookup is refused."""
    from kiosk.applications.codes import new_tracking_number

    live, _ = cases
    number = new_tracking_number()
    for _ in range(PER_NUMBER):
        assert requests.post(live.url + "/s/", data={"tracking": number, "birth": "1950-03-08"},
                             timeout=10).status_code == 404
    return number


def clean(driver, state: str) -> None:
    findings = axe_findings(driver)
    assert findings["violations"] == [], (state, driver.current_url, findings["violations"])
    contrast = [f for f in findings["incomplete"] if f["id"].startswith("color-contrast")]
    assert contrast == [], (state, contrast)  # contrast axe could not decide counts as unchecked


def replaced(element) -> bool:
    """The element's page is gone. Chromium says so with a stale-element error, or (newer ones, on a
    busy machine) with an inspector error that the node no longer belongs to the document."""
    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise
    return False


def follow(driver, by: str, value: str) -> None:
    """Click a link or button and wait until the next page has replaced this one. Found again on
    each try: on a busy machine Chromium may still swap in the page a moment after readyState."""
    for attempt in range(3):
        page = driver.find_element(By.TAG_NAME, "html")
        try:
            driver.find_element(by, value).click()
            break
        except WebDriverException:
            if attempt == 2:
                raise
    wait = WebDriverWait(driver, 60, poll_frequency=0.05)  # Selenium's default looks twice a second
    wait.until(lambda _d: replaced(page))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")


def click_link(driver, text: str) -> None:
    follow(driver, By.LINK_TEXT, text)


def look_up(driver, tracking: str, birth: str, by_keyboard: bool = False) -> None:
    """Fill the form and send it. Typed key by key only where asked (the glyph test types both
    languages' dates): WebDriver's key events cost Chromium 0.2 s of a core per lookup, half of what a
    lookup costs, and the page has no script that would see the difference."""
    for field, typed in (("tracking", tracking), ("birth", birth)):
        box = driver.find_element(By.ID, field)
        if by_keyboard:
            box.clear()
            box.send_keys(typed)
        else:
            driver.execute_script("arguments[0].value = arguments[1]", box, typed)
    follow(driver, By.CSS_SELECTOR, "form.lookup button[type=submit]")


def open_form(driver, base: str, lang: str) -> None:
    driver.delete_all_cookies()
    driver.get(base + "/s/")
    click_link(driver, LANGUAGE_NAMES[lang])  # the language switch, a plain link
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang


def roc(day: date) -> str:
    return f"{day.year - 1911}/{day.month}/{day.day}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_state_of_the_status_page_passes_axe_in_each_language(browser, cases, exhausted_number, lang):
    live, found = cases
    open_form(browser, live.url, lang)
    clean(browser, "form")
    for status, (tracking, birth) in found.items():
        browser.get(live.url + "/s/")
        look_up(browser, tracking, roc(birth) if lang == "zh-TW" else birth.isoformat())
        heading = browser.find_element(By.CSS_SELECTOR, ".notice h2").text
        assert heading == tr(f"web.status.state.{status}", lang), (lang, status)  # looked up end to end
        assert browser.find_element(By.CSS_SELECTOR, ".tracking").text == tracking
        clean(browser, status)
    tracking, birth = found["approved"]
    browser.get(live.url + "/s/")
    look_up(browser, "NOT-A-NUMBER", "1950-03-08")
    assert browser.find_element(By.ID, "tracking").get_attribute("aria-invalid") == "true"
    clean(browser, "bad tracking number")
    look_up(browser, tracking, "1950-02-30")
    assert browser.find_element(By.ID, "birth").get_attribute("aria-invalid") == "true"
    clean(browser, "bad birth date")
    look_up(browser, tracking, date(birth.year + 1, 1, 2).isoformat())
    assert browser.find_element(By.TAG_NAME, "h1").text == tr("web.status.not_found_title", lang)
    clean(browser, "not found")
    browser.get(live.url + "/s/")
    look_up(browser, exhausted_number, "1950-03-08")
    assert browser.find_element(By.TAG_NAME, "h1").text == tr("web.status.rate_limited_title", lang)
    clean(browser, "rate limited")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_larger_text_and_high_contrast_pass_axe_and_reflow_on_a_phone(browser, cases, lang):
    live, found = cases
    open_form(browser, live.url, lang)
    click_link(browser, tr("web.text_large", lang))
    assert "text-large" in browser.find_element(By.TAG_NAME, "html").get_attribute("class")
    clean(browser, "large text form")
    click_link(browser, tr("web.contrast_high", lang))
    assert "contrast-high" in browser.find_element(By.TAG_NAME, "html").get_attribute("class")
    clean(browser, "large text, high contrast form")
    tracking, birth = found["need_documents"]
    look_up(browser, tracking, birth.isoformat())
    clean(browser, "large text, high contrast result")
    click_link(browser, tr("web.text_normal", lang))  # back to the form, prefilled
    assert browser.find_element(By.ID, "tracking").get_attribute("value") == tracking
    clean(browser, "high contrast form")
    look_up(browser, tracking, birth.isoformat())
    clean(browser, "high contrast result")
    browser.set_window_size(360, 740)  # a phone (320 CSS px of content: WCAG reflow) with the largest text
    try:
        click_link(browser, tr("web.text_large", lang))
        look_up(browser, tracking, birth.isoformat())
        width = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], ("scrolls sideways on a phone", lang, width)
        clean(browser, "phone, large text result")
    finally:
        browser.set_window_size(1024, 900)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_state_of_the_unsubscribe_page_passes_axe_in_each_language(browser, unsubscribe_links, lang):
    _, link = unsubscribe_links[lang]
    browser.delete_all_cookies()
    browser.get(link)  # in the subscriber's language, with no choice made yet
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
    assert browser.find_element(By.TAG_NAME, "h1").text == tr("notify.page.title", lang)
    clean(browser, "unsubscribe: asking")
    click_link(browser, tr("web.contrast_high", lang))  # the display choices work here too
    assert "contrast-high" in browser.find_element(By.TAG_NAME, "html").get_attribute("class")
    clean(browser, "unsubscribe: asking, high contrast")
    click_link(browser, tr("web.contrast_normal", lang))
    follow(browser, By.CSS_SELECTOR, "main form button[type=submit]")
    assert browser.find_element(By.CSS_SELECTOR, "main .notice").text == tr("notify.page.done", lang)
    clean(browser, "unsubscribe: done")
    browser.get(link)
    assert browser.find_element(By.CSS_SELECTOR, "main .notice").text == tr("notify.page.already", lang)
    clean(browser, "unsubscribe: already stopped")
    browser.get(link[:-4] + ("AAAA" if not link.endswith("AAAA") else "BBBB") + f"?lang={lang}")  # whose, unknown
    assert browser.find_element(By.CSS_SELECTOR, "main .notice").text == tr("notify.page.invalid", lang)
    clean(browser, "unsubscribe: a broken link")


def state_at_hub(live, subscription_id: str) -> str:
    from sqlalchemy import select

    from sync.hub import schema

    with live.db.read() as conn:
        return conn.execute(select(schema.subscription.c.state)
                            .where(schema.subscription.c.id == subscription_id)).scalar_one()


def test_a_citizen_stops_the_messages_from_the_link_in_a_message(browser, cases, unsubscribe_links):
    live, _ = cases
    subscription_id, link = unsubscribe_links["vi:flow"]
    browser.delete_all_cookies()
    browser.get(link)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
    assert state_at_hub(live, subscription_id) == "active"  # opening the link (as a mail scanner would) stops nothing
    click_link(browser, LANGUAGE_NAMES["en"])  # the reader prefers English: kept by a cookie
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    follow(browser, By.CSS_SELECTOR, "main form button[type=submit]")
    assert browser.find_element(By.CSS_SELECTOR, "main .notice").text == tr("notify.page.done", "en")
    assert state_at_hub(live, subscription_id) == "withdrawn"


@pytest.mark.parametrize("lang", ["zh-TW", "th"])
def test_chinese_and_thai_are_drawn_with_real_glyphs(browser, cases, lang, tmp_path):
    """The fonts scripts/system-deps.sh installs give the browser every character of the page
    (else its screenshots show boxes); the check itself sees a script no installed font covers."""
    live, found = cases
    open_form(browser, live.url, lang)
    tracking, birth = found["need_documents"]
    look_up(browser, tracking, roc(birth) if lang == "zh-TW" else birth.isoformat(), by_keyboard=True)
    shown = browser.find_element(By.TAG_NAME, "body").text
    assert tr("web.status.state.need_documents", lang) in shown
    assert missing_glyphs(browser) == [], lang
    assert missing_glyphs(browser, "ᱚᱛ") == ["ᱚ", "ᱛ"]  # Ol Chiki: no font here has it
    browser.save_screenshot(str(tmp_path / f"status-{lang}.png"))  # for a person to look at
