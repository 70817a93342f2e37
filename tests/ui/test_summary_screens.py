"""Review, consent and settings on the design system's cards: the review's Change buttons land on
their step, consent's choices are named for screen readers, settings says the current choice in words."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.catalog import load_catalog
from ui.selftest import settle


def test_each_review_card_has_a_change_button_that_lands_on_its_step(officer_app, qtbot):
    kiosk = officer_app
    nav, draft = kiosk.window.nav, kiosk.fixtures["draft"]
    review = nav.go("review", application_id=draft)
    settle(kiosk)
    view = kiosk.ctx.workspace.application(draft)
    fields = load_catalog().service(view.service_code).fields
    first_open = {"applicant": next(f.key for f in fields if f.prefill and f.key in view.missing),
                  "answers": next(f.key for f in fields if not f.prefill and f.key in view.missing)}
    assert set(review.cards) == {"applicant", "answers", "documents", "consent"}
    for section, (screen, field) in {"applicant": ("wizard", first_open["applicant"]),
                                     "answers": ("wizard", first_open["answers"]),
                                     "documents": ("attachments", None), "consent": ("consent", None)}.items():
        nav.go("review", application_id=draft)
        settle(kiosk)
        change = review.change_buttons[section]
        assert change.isVisible() and change.property("themeRole") == "quiet"
        assert change.accessibleName() == f"◀ 修改 · {review.cards[section].title.text()}"  # names its card
        qtbot.mouseClick(change, Qt.LeftButton)
        settle(kiosk)
        assert nav.current == screen, section
        if field is not None:
            wizard = nav.screen("wizard")
            assert wizard.fields[wizard.index].key == field, section


def test_the_review_shows_each_answer_as_a_label_and_value_row_in_its_card(officer_app):
    kiosk = officer_app
    draft = kiosk.fixtures["draft"]
    review = kiosk.window.nav.go("review", application_id=draft)
    settle(kiosk)
    view = kiosk.ctx.workspace.application(draft)
    service = load_catalog().service(view.service_code)
    answers = dict(review.cards["answers"].rows())
    applicant = dict(review.cards["applicant"].rows())
    for field in service.fields:
        label = field.label["zh-TW"]
        assert label in (applicant if field.prefill else answers), label
        assert label not in (answers if field.prefill else applicant), label
    assert review.cards["consent"].rows() == [("同意", "尚未取得同意")]
    assert review.cards["documents"].rows()[0][0] == "已附文件"
    spoken = review.spoken_summary()
    assert all(card.title.text() in spoken for card in review.cards.values())


def test_consents_ways_are_radio_cards_named_for_screen_readers(officer_app, qtbot):
    from PySide6.QtGui import QAccessible

    kiosk = officer_app
    consent = kiosk.window.nav.go("consent", application_id=kiosk.fixtures["draft"])
    settle(kiosk)
    names = {"signature": "由本人簽名", "proxy": "由家屬代簽", "fingerprint": "按指印並由兩位見證人簽名"}

    def read(method: str) -> tuple[str, str, bool, bool]:
        spoken = QAccessible.queryAccessibleInterface(consent.method_buttons[method])
        state = spoken.state()
        return spoken.text(QAccessible.Name), spoken.text(QAccessible.Description), state.checkable, state.checked

    for method, name in names.items():
        said, meaning, checkable, checked = read(method)
        assert said == name  # the words alone: the mark is the checked state, which the reader says itself
        assert meaning and meaning not in name
        assert checkable and checked == (method == "signature")
    qtbot.mouseClick(consent.method_buttons["proxy"], Qt.LeftButton)
    assert [m for m in names if read(m)[3]] == ["proxy"]
    assert [b.card_text().split("\n")[0] for b in consent.method_buttons.values()] == [
        "○ 由本人簽名", "● 由家屬代簽", "○ 按指印並由兩位見證人簽名"]
    assert consent.relation.isVisible() and consent.sign_card.isVisible()
    qtbot.mouseClick(consent.method_buttons["fingerprint"], Qt.LeftButton)
    assert not consent.sign_card.isVisible() and consent.witnesses[0].isVisible()


def test_the_consent_notice_is_headed_sections_and_not_now_leaves_the_draft_on_its_household(officer_app, qtbot):
    from kiosk.applications.notice import privacy_notice

    kiosk = officer_app
    draft = kiosk.fixtures["draft"]
    consent = kiosk.window.nav.go("consent", application_id=draft)
    settle(kiosk)
    view = kiosk.ctx.workspace.application(draft)
    lines = privacy_notice(load_catalog().service(view.service_code), "zh-TW").lines()
    shown = [(h.text(), t.text()) for h, t in consent.notice_parts if h.isVisible()]
    assert shown == lines
    assert all(h.property("heading") == 3 for h, _ in consent.notice_parts)
    assert consent.notice_card.title.property("heading") == 2
    assert consent.next_button.text() == "我同意並簽名 ▶" and consent.next_button.property("themeRole") == "primary"
    assert consent.not_now_button.property("themeRole") == "quiet"
    qtbot.mouseClick(consent.not_now_button, Qt.LeftButton)
    settle(kiosk)
    assert kiosk.window.nav.current == "household"
    assert kiosk.ctx.workspace.application(draft).consents == ()  # nothing was given


def test_settings_cards_say_the_current_choice_in_words_beside_the_tick(officer_app, qtbot):
    kiosk = officer_app
    settings = kiosk.window.nav.go("settings")
    settle(kiosk)

    def ticked(group) -> list[str]:
        return [b.text() for b in group.buttons() if b.text().startswith("✔")]

    assert settings.current["language"].text() == "目前：中文（臺灣）"
    assert ticked(settings.language_buttons) == ["✔ 中文（臺灣）"]
    assert settings.current["size"].text() == "目前：100 %" and ticked(settings.size_buttons) == ["✔ 100 %"]
    assert settings.current["theme"].text() == "目前：一般" and ticked(settings.theme_buttons) == ["✔ 一般"]
    assert settings.current["voice"].text() == "目前：按「朗讀」時才朗讀"
    settings.speak_auto.click()
    assert settings.current["voice"].text() == "目前：自動朗讀"
    try:
        qtbot.mouseClick(settings.size_buttons.buttons()[1], Qt.LeftButton)
        settle(kiosk)
        assert settings.current["size"].text() == "目前：150 %" and ticked(settings.size_buttons) == ["✔ 150 %"]
        assert settings.current["size"].accessibleName() == "目前：150 %"
    finally:
        kiosk.ctx.prefs.set("scale", 100)
        kiosk.apply_display()
    assert all(card.title.property("heading") == 2 for card in settings.cards.values())


def test_a_sliders_handle_is_drawn_in_the_themes_colour_against_the_window(qtbot, qapp):
    """Fusion's pale handle measured 1.3:1 on white and nearly vanished in high contrast (the
    settings screen's rate and volume)."""
    from PySide6.QtWidgets import QLabel, QStyle, QStyleOptionSlider, QVBoxLayout, QWidget

    from ui import pixel_contrast, theme, tokens, widgets
    from ui.app import qt_application

    qt_application()
    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    try:
        for name in sorted(tokens.THEMES):
            theme.apply(qapp, name, 100)
            window = QWidget()
            rate = widgets.slider(QLabel("語速"), 0, 100)
            rate.setValue(50)
            QVBoxLayout(window).addWidget(rate)
            qtbot.addWidget(window)
            window.resize(600, 200)
            window.show()
            qtbot.waitExposed(window)
            option = QStyleOptionSlider()
            rate.initStyleOption(option)
            handle = rate.style().subControlRect(QStyle.CC_Slider, option, QStyle.SC_SliderHandle, rate)
            image = pixel_contrast.pixels(rate.grab().toImage())
            centre = f"#{int(image[handle.center().y(), handle.center().x()]):06x}"
            t = tokens.THEMES[name]
            assert centre == t.primary.lower(), name
            assert theme.contrast(centre, t.window) >= 3, name
            window.close()
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setFont(font)
