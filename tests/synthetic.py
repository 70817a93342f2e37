"""Synthetic, checksum-valid IDs for tests, from our own generator (never typed by hand)."""

import random

from kiosk.identity import generate_id


def synthetic_id(seed: int, kind: str = "national", sex: str = "M", letter: str = "A") -> str:
    return generate_id(random.Random(seed), kind=kind, sex=sex, letter=letter)
