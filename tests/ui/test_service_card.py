"""The service card leads with the verdict and the amount, gives one or two reasons and keeps the
whole explanation behind "Why?"; the household, visit plan, attention list and helper use it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.selftest import settle
from ui.service_card import ServiceCard
from ui.tour_states import HELPER_ANSWERS

DETAILS = ["家庭每人每月收入 9,000 元，低於臺北市最低生活費 2.5 倍的 51,860 元", "全家存款與投資 100,000 元，在限額 2,500,000 元以內",
           "全家房地產 0 元，在限額 5,270,000 元以內", "每月 10,286 元"]


def _card(qtbot) -> ServiceCard:
    card = ServiceCard("ok", "中低收入老人生活津貼 · 劉國華", "可以申請 · 每月 10,286 元", DETAILS[:3], DETAILS,
                       action="開始申請")
    qtbot.addWidget(card)
    card.show()
    return card


def test_the_card_leads_with_the_verdict_and_keeps_two_reasons(qtbot):
    card = _card(qtbot)
    assert card.verdict.text() == "可以申請 · 每月 10,286 元" and card.verdict.font().bold()
    assert card.title.font().bold() and card.title.font().pointSizeF() > card.reasons.font().pointSizeF()
    assert card.reasons.text().split("\n") == ["• " + DETAILS[0], "• " + DETAILS[1]]
    assert card.details is None or not card.details.isVisible()
    assert card.accessibleName() == "中低收入老人生活津貼 · 劉國華 · 可以申請 · 每月 10,286 元"


def test_why_opens_the_whole_explanation_by_touch_and_by_keyboard(qtbot):
    card = _card(qtbot)
    qtbot.mouseClick(card.why, Qt.LeftButton)
    assert card.details.isVisible() and card.details.text().split("\n") == ["• " + line for line in DETAILS]
    card.why.setFocus()
    qtbot.keyClick(card.why, Qt.Key_Space)
    assert not card.details.isVisible() and not card.why.isChecked()
    assert card.why.focusPolicy() & Qt.TabFocus and card.action.focusPolicy() & Qt.TabFocus
    assert "中低收入老人生活津貼" in card.why.accessibleName() and "中低收入老人生活津貼" in card.action.accessibleName()


def test_the_action_is_a_button_of_its_own(qtbot):
    card = _card(qtbot)
    with qtbot.waitSignal(card.acted, timeout=1000):
        qtbot.mouseClick(card.action, Qt.LeftButton)


def test_household_services_are_cards_without_semicolon_walls(officer_app):
    kiosk = officer_app
    kiosk.ctx.navigate("household", household_no=kiosk.fixtures["household_no"])
    settle(kiosk)
    screen = kiosk.window.nav.screen("household")
    cards = [screen.services.itemAt(i).widget() for i in range(screen.services.count())]
    assert cards and all(isinstance(c, ServiceCard) for c in cards)
    for card in cards:
        assert card.verdict.text().startswith(("可以申請", "正在領取")), card.verdict.text()
        assert "；" not in card.reasons.text() and len(card.reasons.text().split("\n")) <= 3
    money = [c.verdict.text() for c in cards if "元" in c.verdict.text()]
    assert all(" · 每" in text or " · 最多" in text for text in money), money


def test_visit_plan_and_attention_list_are_cards(officer_app):
    kiosk = officer_app
    nav = kiosk.window.nav
    nav.go("home")
    settle(kiosk)
    plan = nav.screen("home").plan_box
    visits = [plan.itemAt(i).widget() for i in range(plan.count())]
    assert visits and all(isinstance(v, ServiceCard) for v in visits)
    assert all("每月尚未領取" in v.verdict.text() and v.verdict.text().endswith(" 元") for v in visits)
    nav.go("attention")
    settle(kiosk)
    items = nav.screen("attention").items
    refused = [items.itemAt(i).widget() for i in range(items.count())]
    assert refused and all(isinstance(c, ServiceCard) for c in refused)
    with_action = next(c for c in refused if c.action is not None)
    with_action.action.click()
    settle(kiosk)
    assert nav.current in ("wizard", "conflict")


def test_helper_results_are_cards_with_verdict_and_amount(kiosk_app):
    kiosk = kiosk_app
    helper = kiosk.window.nav.go("helper")
    for choice in HELPER_ANSWERS:
        helper.group.buttons()[choice].click()
        settle(kiosk)
    cards = [helper.results.itemAt(i).widget() for i in range(helper.results.count())]
    assert cards and all(isinstance(c, ServiceCard) for c in cards)
    assert any(c.verdict.text().startswith("可以申請 · 每月") for c in cards)
    assert all("☎" not in line for line in helper.summary_lines())


def test_the_kiosk_welcome_asks_the_language_first_then_offers_two_large_cards_with_icons(kiosk_app, qtbot):
    from PySide6.QtWidgets import QApplication, QLabel

    kiosk = kiosk_app
    welcome = kiosk.window.nav.go("welcome")
    settle(kiosk)
    languages = list(welcome.language_buttons.values())
    cards = (welcome.helper_button, welcome.status_button)
    top = lambda w: w.mapTo(welcome, w.rect().topLeft()).y()  # noqa: E731
    assert max(top(b) for b in languages) < min(top(c) for c in cards)
    assert top(welcome.helper_button) == top(welcome.status_button)  # side by side
    for card in cards:
        assert card.findChildren(QLabel) and any(label.pixmap() is not None and not label.pixmap().isNull()
                                                 for label in card.findChildren(QLabel))
    languages[-1].setFocus()
    qtbot.keyClick(languages[-1], Qt.Key_Tab)
    assert QApplication.focusWidget() is welcome.helper_button
