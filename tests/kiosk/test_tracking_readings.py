"""Tracking numbers typed from a receipt: look-alike characters of the alphabet (B/8, S/5, Z/2,
G/6) are read both ways, and the check symbol keeps only the readings that can be meant."""

import random

from kiosk.applications.codes import LOOK_ALIKES, new_tracking_number, normalise_tracking_number, tracking_readings


def _numbers_with_a_look_alike(count: int) -> list[str]:
    found = []
    while len(found) < count:
        number = new_tracking_number()
        if any(ch in LOOK_ALIKES for ch in number[:9].replace("-", "")):
            found.append(number)
    return found


def test_a_look_alike_typed_for_its_twin_is_still_found():
    rng = random.Random(3)
    for number in _numbers_with_a_look_alike(200):
        body = number.replace("-", "")
        at = rng.choice([i for i, ch in enumerate(body[:8]) if ch in LOOK_ALIKES])
        typed = body[:at] + LOOK_ALIKES[body[at]] + body[at + 1:]
        assert normalise_tracking_number(typed) is None  # the check symbol catches the swap
        readings = tracking_readings(typed.lower())
        assert number in readings
        assert all(normalise_tracking_number(r) == r for r in readings)


def test_a_correct_number_has_one_reading_and_nonsense_none():
    number = new_tracking_number()
    assert tracking_readings(number.replace("-", " ")) == [number]
    assert tracking_readings("12345") == []
    assert tracking_readings("ABCD-EFGH-!") == []
