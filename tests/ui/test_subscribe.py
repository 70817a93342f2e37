"""The citizen opts in to news and reminders on one accessible page, reached from the receipt, the
household screen and the kiosk's status check; problems are said beside their fields; withdrawing
is one tap on the household screen; a kiosk session's end forgets the contacts typed."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from ui.selftest import settle


def _open_from_receipt(kiosk, qtbot):
    nav = kiosk.window.nav
    nav.go("receipt", application_id=kiosk.fixtures["submitted"])
    settle(kiosk)
    qtbot.mouseClick(nav.screen("receipt").subscribe_button, Qt.LeftButton)
    settle(kiosk)
    assert nav.current == "subscribe"
    return nav.screen("subscribe")


def _unnamed_controls(screen):
    controls = screen.findChildren(QAbstractButton) + screen.findChildren(QLineEdit)
    return [c for c in controls if c.isVisible() and not c.accessibleName().strip()]


def test_from_the_receipt_problems_are_said_beside_their_fields_then_it_is_kept(officer_app, qtbot):
    kiosk = officer_app
    page = _open_from_receipt(kiosk, qtbot)
    ws, app_id = kiosk.ctx.workspace, kiosk.fixtures["submitted"]
    assert page.status_news.isChecked() and "057" in page.notice.text()  # the notice for this purpose
    assert _unnamed_controls(page) == []
    assert all(b.height() >= 64 for b in (page.agree_button, page.read_notice, page.status_news, page.mobile))
    page.mobile.setText("02-2345-6789")
    page.email.setText("lin@")
    qtbot.mouseClick(page.role_buttons["proxy"], Qt.LeftButton)
    assert page.relationship.isVisible()
    qtbot.mouseClick(page.agree_button, Qt.LeftButton)
    settle(kiosk)
    for badge, field, words in ((page.mobile_error, page.mobile, "09"), (page.email_error, page.email, "name@example.com"),
                                (page.relationship_error, page.relationship, "關係")):
        assert badge.isVisible() and words in badge.accessibleName() and field.accessibleDescription() == badge.accessibleName()
    assert ws.subscriptions(application_id=app_id) == []

    page.mobile.setText("0987 654 321")
    page.email.setText("lin.mei@example.com")
    page.relationship.setText("女兒")
    qtbot.mouseClick(page.agree_button, Qt.LeftButton)
    settle(kiosk)
    assert page.result.isVisible() and "✔" in page.result.text()
    assert not page.mobile_error.isVisible() and not page.mobile.accessibleDescription()
    assert page.mobile.text() == page.email.text() == ""  # nothing typed stays on screen
    kept = ws.subscriptions(application_id=app_id)
    assert [(s.role, s.relationship, s.language, [c.shown for c in s.channels]) for s in kept] == [
        ("proxy", "女兒", "zh-TW", ["09••••4321", "l•••@example.com"])]


def test_the_page_speaks_and_is_translated(officer_app, qtbot):
    kiosk = officer_app
    page = _open_from_receipt(kiosk, qtbot)
    spoken = " ".join(part.text for part in page.spoken_parts())
    assert page.title() in spoken and page.agree_button.accessibleName() in spoken
    chinese = page.heading.text(), page.agree_button.text(), page.notice.text()
    kiosk.ctx.languages.set_language("vi")
    settle(kiosk)
    try:
        shown = page.heading.text(), page.agree_button.text(), page.notice.text()
        assert all(a != b for a, b in zip(chinese, shown))
        assert not any("\u4e00" <= ch <= "\u9fff" for text in shown for ch in text), shown
        assert _unnamed_controls(page) == []
    finally:
        kiosk.ctx.languages.set_language("zh-TW")


def test_the_household_screen_lists_them_and_one_tap_withdraws(officer_app, qtbot):
    from kiosk.subscriptions.notice import NOTICE_VERSION
    from kiosk.subscriptions.request import SubscriptionRequest

    kiosk = officer_app
    ws, number = kiosk.ctx.workspace, kiosk.fixtures["household_no"]
    kiosk.ctx.background.run(ws.subscribe, SubscriptionRequest(
        language="zh-TW", purposes=("reminders",), sms="0912345678", household_no=number, notice_version=NOTICE_VERSION))
    settle(kiosk)
    nav = kiosk.window.nav
    nav.go("household", household_no=number)
    settle(kiosk)
    listed = nav.screen("household").subscriptions
    stops = [b for b in listed.findChildren(QAbstractButton) if b.isVisible() and b is not listed.add_button]
    assert len(stops) == 1 and stops[0].accessibleName()
    assert any("09••••5678" in label.text() for label in listed.findChildren(type(listed.heading)))
    qtbot.mouseClick(stops[0], Qt.LeftButton)
    settle(kiosk)
    assert ws.subscriptions(household_no=number) == []
    assert listed.message.isVisible() and "✔" in listed.message.text()
    qtbot.mouseClick(listed.add_button, Qt.LeftButton)
    settle(kiosk)
    assert nav.current == "subscribe" and nav.screen("subscribe").target["household_no"] == number


def test_the_household_screen_keeps_withdrawn_ones_labelled_and_says_which_channel_does_not_reach(officer_app, qtbot):
    from datetime import date, datetime, timezone

    from kiosk.db.subscriptions import Subscription
    from kiosk.i18n import tr
    from kiosk.localformat import format_date
    from kiosk.subscriptions.notice import NOTICE_VERSION
    from kiosk.subscriptions.request import SubscriptionRequest
    from kiosk.subscriptions.service import unreachable_at_hub, withdrawn_at_hub

    kiosk = officer_app
    ws, number, lang = kiosk.ctx.workspace, kiosk.fixtures["household_no"], kiosk.ctx.lang
    made = {}
    for name, sms, email in (("stopped_here", "0912345678", None), ("stopped_by_sms", "0987654321", None),
                             ("active", "0911222333", "lan@example.com")):
        kiosk.ctx.background.run(ws.subscribe, SubscriptionRequest(
            language="vi", purposes=("reminders",), sms=sms, email=email, household_no=number,
            notice_version=NOTICE_VERSION), done=lambda view, name=name: made.__setitem__(name, view))
        settle(kiosk)
    ws.withdraw_subscription(made["stopped_here"].id)
    kiosk.ctx.background.run(ws.subscribe, SubscriptionRequest(  # stopped before the device kept how
        language="vi", purposes=("reminders",), sms="0955666777", household_no=number, notice_version=NOTICE_VERSION),
        done=lambda view: made.__setitem__("stopped_long_ago", view))
    settle(kiosk)
    ws.withdraw_subscription(made["stopped_long_ago"].id)
    with ws.store.write() as session:
        long_ago_row = session.get(Subscription, made["stopped_long_ago"].id)
        long_ago_row.withdrawn_by = None
        long_ago_day = long_ago_row.withdrawn_at.date()
    with ws.store.write() as session:  # what a sync brings from the hub
        withdrawn_at_hub(session, made["stopped_by_sms"].id, datetime(2026, 11, 30, 1, 0, tzinfo=timezone.utc), "sms_stop")
        unreachable_at_hub(session, made["active"].id, "email")
    nav = kiosk.window.nav
    nav.go("household", household_no=number)
    settle(kiosk)
    listed = nav.screen("household").subscriptions
    texts = [label.text() for label in listed.findChildren(type(listed.heading)) if label.isVisible()]
    by_sms = tr("subscribe.list.withdrawn", lang, date=format_date(date(2026, 11, 30), lang),
                by=tr("subscribe.list.withdrawn_by.sms_stop", lang))
    assert any(text.startswith(by_sms) and "09••••4321" in text for text in texts), texts
    here = tr("subscribe.list.withdrawn_by.device", lang)
    assert any(here in text and "09••••5678" in text for text in texts), texts
    long_ago = [text for text in texts if "09••••6777" in text]
    assert len(long_ago) == 1 and long_ago[0].startswith(tr("subscribe.list.withdrawn_unknown_way", lang,
                                                             date=format_date(long_ago_day, lang)))
    unreachable = tr("subscribe.list.unreachable", lang)
    active = [text for text in texts if "09••••2333" in text]
    assert len(active) == 1 and unreachable in active[0] and active[0].count(unreachable) == 1  # the e-mail only
    stops = [b for b in listed.findChildren(QAbstractButton) if b.isVisible() and b is not listed.add_button]
    assert len(stops) == 1  # only the active one can be stopped
    assert texts.index(active[0]) < min(i for i, text in enumerate(texts) if here in text or by_sms in text)


def test_at_the_kiosk_the_status_check_leads_there_and_the_session_end_forgets_the_contacts(kiosk_app, qtbot):
    kiosk = kiosk_app
    nav = kiosk.window.nav
    nav.go("status")
    settle(kiosk)
    status = nav.screen("status")
    assert status.subscribe_button.isHidden()
    status.number.setText(kiosk.fixtures["tracking_no"])
    qtbot.mouseClick(status.check_button, Qt.LeftButton)
    settle(kiosk)
    qtbot.mouseClick(status.subscribe_button, Qt.LeftButton)
    settle(kiosk)
    page = nav.screen("subscribe")
    assert nav.current == "subscribe" and page.target == {"application_ids": (kiosk.fixtures["submitted"],)}
    for key in "0987654321":
        qtbot.mouseClick(page.keypad.keys[key], Qt.LeftButton)
    page.email.setText("lin.mei@example.com")
    assert page.mobile.text() == "0987654321"
    kiosk.end_citizen_session()
    settle(kiosk)
    assert page.mobile.text() == page.email.text() == "" and page.target == {} and page.origin is None
    assert kiosk.ctx.workspace.subscriptions(application_id=kiosk.fixtures["submitted"]) == []
