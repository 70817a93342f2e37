"""Which PINs and passphrases the store accepts.

A PIN (digits only) needs at least 6 digits and must not be guessable from a short list: one
digit repeated, a repeated pair or triple (121212, 123123), a run up or down (123456, 654321),
or one of the most common PINs. Anything with a non-digit is a passphrase and needs 10
characters, which puts offline guessing out of reach (README, "The encrypted store").
"""

from __future__ import annotations

MIN_PIN_DIGITS = 6
MIN_PASSPHRASE_CHARS = 10

# The most used 6-digit PINs in published leaks (Wang et al., "Understanding human-chosen PINs",
# 2017, incl. Chinese-speaking users: 520/1314 love numbers, 168/888 lucky ones).
COMMON_PINS = frozenset({
    "123456", "654321", "111111", "000000", "123123", "666666", "121212", "112233", "789456", "159753",
    "888888", "520520", "520131", "131420", "5201314", "168168", "147258", "258369", "123321",
    "456789", "987654", "112358", "101010", "202020", "121314", "147852", "741852", "963852", "159357",
    "123654", "321321", "555555", "999999", "777777", "222222", "333333", "444444", "696969", "100200",
    "110110", "119119", "123789", "131313", "246246", "585858", "520123", "168888", "518518",
})


def _periodic(pin: str) -> bool:
    """Two or three digits repeated (121212, 123123)."""
    return any(len(pin) % p == 0 and pin == pin[:p] * (len(pin) // p) for p in (2, 3))


def _run(pin: str) -> bool:
    """Every digit one more (or one less) than the one before, wrapping 9→0 (123456, 890123, 654321)."""
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:])}
    return steps in ({1}, {9})


def pin_weakness(secret: str) -> tuple[str, dict[str, int]] | None:
    """None when `secret` may protect the store, else (message key, values) saying why not."""
    secret = secret or ""
    if secret and not secret.isdigit():
        if len(secret) < MIN_PASSPHRASE_CHARS:
            return "store.passphrase_too_short", {"minimum": MIN_PASSPHRASE_CHARS}
        return ("store.pin_too_simple", {}) if len(set(secret)) == 1 else None
    if len(secret) < MIN_PIN_DIGITS:
        return "store.pin_too_short", {"minimum": MIN_PIN_DIGITS}
    if len(set(secret)) == 1:
        return "store.pin_too_simple", {}
    if _periodic(secret):
        return "store.pin_repeats", {}
    if _run(secret):
        return "store.pin_sequence", {}
    if secret in COMMON_PINS:
        return "store.pin_common", {}
    return None
