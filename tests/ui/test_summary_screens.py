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
