"""A mistyped answer is answered beside the field: the reason shown there and tied to the field for
screen readers, announced (spoken), the focus kept on the field, the draft's last good value kept,
and no "something went wrong" dialog. Every field kind, typed by keyboard and by the on-screen keypad."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kiosk.applications.forms import FieldError, normalise_value
from kiosk.catalog import load_catalog
from kiosk.i18n import tr
from tests.ui.hands import Hands
from ui.answer_controls import Choices
from ui.keypad import CLEAR
from ui.selftest import settle

# kind: (service, field, a good value already in the draft, what is typed)
CASES = {
    "id_number": ("S01", "applicant_id", None, "A123456780"),
    "phone": ("S01", "phone", "02-2345-6789", "12345"),
    "integer": ("S01", "members_not_in_taiwan", "3", "25"),
    "date": ("S01", "birth_date", "1950-03-08", "115/02/31"),
    "text": ("S01", "bank_account", "700-00012345678", "12"),
    "address": ("S01", "address", None, "abc"),
    "address_section": ("S01", "address", None, "臺北市中正區重慶南路0段1號"),  # a typo the parser read as section 0
    "email": ("S14", "email", "visit@example.tw", "nobody"),
    "choice": ("S03", "living_arrangement", None, None),  # nothing chosen: the question needs an answer
}


def open_question(kiosk, service: str, key: str, good):
    ws = kiosk.ctx.workspace
    facts = ws.household(kiosk.fixtures["household_no"])
    app = ws.start_application(facts.household_no, service, facts.members[0].id_no, "zh-TW")
    if key == "applicant_id":
        good = facts.members[0].id_no
    if good is not None:
        ws.set_field(app.id, key, good, "zh-TW")
    stored = ws.application(app.id).values.get(key)
    kiosk.window.nav.go("wizard", application_id=app.id, field=key)
    settle(kiosk)
    return app.id, stored


def expected_message(service: str, key: str, typed) -> str:
    field = load_catalog().service(service).field(key)
    if typed is None:
        return tr("form.required", "zh-TW")
    with pytest.raises(FieldError) as refused:
        normalise_value(field, typed, "zh-TW")
    return refused.value.problem.message


def give_wrong_answer(hands: Hands, wizard, typed, how: str) -> None:
    control = wizard.control
    if typed is None:
        assert isinstance(control, Choices) and control.value() is None
    elif how == "touch" and getattr(control, "keypad", None) is not None:  # by the on-screen keypad
        if not control.keypad.isVisible():  # a date's number keys come on request
            hands.press(control.keys_button)
        hands.press(control.keypad.keys[CLEAR])
        for ch in typed:
            key = control.keypad.keys.get(ch)
            if key is not None:
                hands.press(key)
            else:  # an ID's first letter: the keypad has digits (and "/" for dates) only
                hands.qtbot.keyClick(control.edit, ch)
    else:
        hands.type(control.edit, typed)
    hands.press(wizard.next_button)


KEYPAD_KINDS = ("id_number", "phone", "integer", "date", "text")  # the others are letters or choices


@pytest.mark.parametrize("how", ["keyboard", "touch"])  # touch: the on-screen keypad where the field has one
@pytest.mark.parametrize("kind", list(CASES))
def test_a_wrong_answer_is_told_beside_the_field(officer_app, qtbot, kind, how):
    kiosk = officer_app
    service, key, good, typed = CASES[kind]
    application_id, stored = open_question(kiosk, service, key, good)
    wizard = kiosk.window.nav.screen("wizard")
    assert wizard.fields[wizard.index].key == key
    announced: list[str] = []
    kiosk.ctx.announcer.announced.connect(announced.append)

    if how == "touch" and kind in KEYPAD_KINDS:  # digits by finger; the others take letters or a tap
        assert getattr(wizard.control, "keypad", None) is not None, "no on-screen keypad for this field"
    give_wrong_answer(Hands(qtbot, kiosk, "keyboard" if how == "keyboard" else "mouse"), wizard, typed, how)
    settle(kiosk)

    message = expected_message(service, key, typed)
    assert kiosk.errors.shown == []  # no crash dialog
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert kiosk.window.nav.current == "wizard" and wizard.fields[wizard.index].key == key  # still this question
    assert wizard.error.isVisible() and wizard.error.accessibleName() == message
    target = wizard.control.focus_target()
    assert target.accessibleDescription() == message  # the field itself carries the reason
    assert QApplication.focusWidget() is target
    assert message in announced
    assert kiosk.ctx.workspace.application(application_id).values.get(key) == stored  # the good value kept

    # Corrected, the error goes away and the wizard moves on.
    if typed is not None:
        wizard.control.set_value("2" if kind == "integer" else stored)
    else:
        qtbot.mouseClick(wizard.control.group.buttons()[0], Qt.LeftButton)
    if wizard.fields[wizard.index].key == key:
        qtbot.mouseClick(wizard.next_button, Qt.LeftButton)
    settle(kiosk)
    assert not wizard.error.isVisible() and kiosk.errors.shown == []
    assert wizard.fields[wizard.index].key != key or kiosk.window.nav.current != "wizard"


def test_a_date_is_picked_by_touch_decade_first_with_large_targets(officer_app, qtbot):
    kiosk = officer_app
    open_question(kiosk, "S01", "birth_date", None)
    wizard = kiosk.window.nav.screen("wizard")
    wizard.control.edit.clear()
    picker = wizard.control.picker
    today = kiosk.ctx.workspace.today
    decades = [b.property("value") for b in picker.buttons]
    assert decades[0] == 1910 and decades[-1] == today.year // 10 * 10  # 民國元年 to now, never the future
    assert len(decades) <= 13  # a screenful, not a 126-row list
    for value in (1950, 1952, 2):  # decade, year, February
        qtbot.mouseClick(picker.button_for(value), Qt.LeftButton)
    assert [b.property("value") for b in picker.buttons] == list(range(1, 30))  # 1952 was a leap year
    assert all(b.height() >= 64 and b.width() >= 64 for b in picker.buttons)
    qtbot.mouseClick(picker.up_button, Qt.LeftButton)  # one step back: the months again
    assert len(picker.buttons) == 12
    qtbot.mouseClick(picker.button_for(3), Qt.LeftButton)
    qtbot.mouseClick(picker.button_for(8), Qt.LeftButton)
    assert wizard.control.value() == "41/03/08"  # the ROC form, in a zh-TW session
    qtbot.mouseClick(wizard.next_button, Qt.LeftButton)
    settle(kiosk)
    assert not wizard.error.isVisible() and wizard.fields[wizard.index].key != "birth_date"


def test_a_wrong_pin_is_told_beside_the_pin_field(officer_app, qtbot):
    kiosk = officer_app
    kiosk.lock()
    settle(kiosk)
    unlock = kiosk.window.nav.screen("unlock")
    announced: list[str] = []
    kiosk.ctx.announcer.announced.connect(announced.append)
    qtbot.mouseClick(unlock.pin, Qt.LeftButton)
    qtbot.keyClicks(unlock.pin, "000000")
    qtbot.keyClick(unlock.pin, Qt.Key_Return)
    qtbot.waitUntil(lambda: unlock.unlock_button.isEnabled(), timeout=30000)
    settle(kiosk)
    message = unlock.message.accessibleName()
    assert message and unlock.message.isVisible() and unlock.pin.accessibleDescription() == message
    assert message in announced and QApplication.focusWidget() is unlock.pin
    assert kiosk.errors.shown == [] and kiosk.window.nav.locked
