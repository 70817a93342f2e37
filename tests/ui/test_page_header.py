"""Every screen, officer's and kiosk's, opens under the same header: the agency's mark and the
platform's name, and inside an application the step the person is at ("第 2 步，共 5 步：同意")."""

from __future__ import annotations

from ui.page_header import APPLICATION_STEPS, PageHeader
from ui.selftest import KIOSK_SCREENS, OFFICER_SCREENS, params_for, settle


def header_of(kiosk, name: str) -> PageHeader:
    nav = kiosk.window.nav
    if name == "unlock":
        screen = nav.screen("unlock")
    else:
        screen = nav.go(name, **params_for(name, kiosk.fixtures))
        settle(kiosk)
    headers = [h for h in screen.findChildren(PageHeader)]
    assert len(headers) == 1, name
    assert screen.layout().itemAt(0).widget() is headers[0], f"{name}: the header is not on top"
    return headers[0]


def test_every_officer_screen_has_the_agency_header_and_application_screens_their_step(officer_app):
    kiosk = officer_app
    for name in OFFICER_SCREENS:
        header = header_of(kiosk, name)
        assert header.agency.text() == "e化服務宅配到家", name
        assert header.mark.property("iconName") == "building-bank" and not header.mark.pixmap().isNull()
        if name in APPLICATION_STEPS:
            number = APPLICATION_STEPS.index(name) + 1
            assert header.step.isVisibleTo(header), name
            assert header.step.text().startswith(f"第 {number} 步，共 5 步："), header.step.text()
        else:
            assert not header.step.isVisibleTo(header), name
    assert header_of(kiosk, "consent").step.text() == "第 2 步，共 5 步：同意"


def test_every_kiosk_screen_has_the_header_and_it_follows_the_language(kiosk_app):
    kiosk = kiosk_app
    for name in KIOSK_SCREENS:
        assert header_of(kiosk, name).agency.text() == "e化服務宅配到家", name
    kiosk.ctx.languages.set_language("vi")
    settle(kiosk)
    try:
        assert header_of(kiosk, "welcome").agency.text() == "Dịch vụ điện tử tận nhà"
    finally:
        kiosk.ctx.languages.set_language("zh-TW")


def test_the_agency_name_is_not_read_aloud_on_every_screen_but_the_step_is(officer_app):
    kiosk = officer_app
    consent = kiosk.window.nav.go("consent", application_id=kiosk.fixtures["draft"])
    settle(kiosk)
    said = [part.text for part in consent.spoken_parts()]
    assert "e化服務宅配到家" not in said
    assert "第 2 步，共 5 步：同意" in said


def test_the_wizards_buttons_say_question_and_the_last_one_names_the_next_step(officer_app):
    kiosk = officer_app
    wizard = kiosk.window.nav.go("wizard", application_id=kiosk.fixtures["draft"])
    settle(kiosk)
    assert wizard.back_button.text() == "◀ 上一題" and not wizard.back_button.isEnabled()  # question 1
    assert wizard.next_button.text() == "下一題 ▶"
    last = wizard.fields[-1].key
    kiosk.window.nav.go("wizard", application_id=kiosk.fixtures["draft"], field=last)
    settle(kiosk)
    assert wizard.back_button.isEnabled()
    assert wizard.next_button.text() == "下一步：同意 ▶"
