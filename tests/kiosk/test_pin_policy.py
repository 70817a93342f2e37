"""Issue 17 point 7: weak PINs refused with a reason, wrong PINs cost growing, persisted waits;
point 9: a key file asking for absurd Argon2 work is refused, not run."""

import json
import time

import pytest

from kiosk.db.store import Store
from kiosk.security import keyfile
from kiosk.security.keyfile import KdfParams, StoreKeyError, check_pin_strength, wrong_pin_delay
from kiosk.security.pin_policy import pin_weakness

from tests.conftest import TEST_PIN


@pytest.mark.parametrize("pin, reason", [
    ("123456", "store.pin_sequence"), ("654321", "store.pin_sequence"), ("890123", "store.pin_sequence"),
    ("121212", "store.pin_repeats"), ("123123", "store.pin_repeats"), ("111111", "store.pin_too_simple"),
    ("520131", "store.pin_common"), ("147258", "store.pin_common"), ("12345", "store.pin_too_short"),
    ("", "store.pin_too_short"), ("abc12", "store.passphrase_too_short"),
])
def test_weak_pins_are_refused_with_their_reason(pin, reason):
    with pytest.raises(StoreKeyError) as caught:
        check_pin_strength(pin)
    assert caught.value.key == reason
    for lang in ("zh-TW", "en", "vi", "id", "th"):
        assert caught.value.message(lang)


@pytest.mark.parametrize("pin", [TEST_PIN, "730519", "2468101", "blue kettle at dawn"])
def test_good_pins_and_passphrases_are_accepted(pin):
    assert pin_weakness(pin) is None


def test_wrong_pins_grow_a_wait_that_survives_a_restart_and_a_right_pin_clears(store, isolated_environment):
    store.close()
    for _ in range(keyfile.FREE_ATTEMPTS):
        with pytest.raises(StoreKeyError) as caught:
            Store.open(isolated_environment, "975310")
        assert caught.value.key == "store.wrong_pin"
    # "Restarting" is reading the key file afresh: the counter lives in it.
    attempts = json.loads(store.key_path.read_text())["attempts"]
    assert attempts["failures"] == keyfile.FREE_ATTEMPTS and attempts["not_before"] > time.time()
    with pytest.raises(StoreKeyError) as caught:
        Store.open(isolated_environment, TEST_PIN)  # even the right PIN is not tried while waiting
    assert caught.value.key == "store.pin_wait"
    assert wrong_pin_delay(keyfile.FREE_ATTEMPTS + 1) > wrong_pin_delay(keyfile.FREE_ATTEMPTS) > 0
    document = json.loads(store.key_path.read_text())
    document["attempts"]["not_before"] = time.time() - 1  # the wait is over
    store.key_path.write_text(json.dumps(document))
    Store.open(isolated_environment, TEST_PIN).close()
    assert "attempts" not in json.loads(store.key_path.read_text())


@pytest.mark.parametrize("field, value", [("memory_kib", 2**40), ("iterations", 10**9), ("memory_kib", "65536"),
                                          ("parallelism", 10**6)])
def test_key_file_with_absurd_argon2_work_is_refused_quickly(store, isolated_environment, field, value):
    store.close()
    document = json.loads(store.key_path.read_text())
    document["kdf"][field] = value
    store.key_path.write_text(json.dumps(document))
    started = time.monotonic()
    with pytest.raises(StoreKeyError) as caught:
        Store.open(isolated_environment, TEST_PIN)
    assert caught.value.key == "store.key_broken"
    assert time.monotonic() - started < 30  # never runs the derivation


@pytest.mark.parametrize("nonce", ["AAAA", "A" * 400, "!!"])
def test_key_file_with_a_bad_nonce_is_a_plain_error(store, isolated_environment, nonce):
    """Issue 17 low item: nonce "AAAA" (3 bytes) ended in a raw ValueError traceback."""
    store.close()
    document = json.loads(store.key_path.read_text())
    document["wrapped_dek"]["nonce"] = nonce
    store.key_path.write_text(json.dumps(document))
    with pytest.raises(StoreKeyError) as caught:
        Store.open(isolated_environment, TEST_PIN)
    assert caught.value.key == "store.key_broken"


def test_configured_kdf_out_of_range_is_a_plain_error(monkeypatch):
    monkeypatch.setenv("KIOSK_KDF_MEMORY_KIB", str(2**40))
    with pytest.raises(StoreKeyError) as caught:
        KdfParams.configured()
    assert caught.value.key == "store.kdf_out_of_range"
