"""Drafts survive kill -9 at any moment: at most the answer being saved is lost."""

import multiprocessing as mp
import os
import random
import signal
import time

import pytest

from kiosk.applications import service
from kiosk.db.store import Store

from tests.conftest import TEST_PIN

TRIALS = 20


def _editor(folder, application_id, start, pipe) -> None:
    try:
        store = Store.open(folder, TEST_PIN)
        k = start
        while True:
            service.set_field(store, application_id, "bank_account", f"700-{k:011d}")
            service.set_field(store, application_id, "living_arrangement", ("alone", "with_spouse")[k % 2])
            pipe.send(k)  # only after both answers were committed
            k += 1
    except BaseException as exc:
        pipe.send(repr(exc))
        raise


@pytest.mark.parametrize("trial", range(TRIALS))
def test_kill_nine_loses_at_most_the_answer_in_flight(households, trial):
    folder = households.folder
    view = service.start(households, household_no="A7654321", service_code="S03", person_id_no="A108765438")
    households.close()
    context = mp.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_editor, args=(folder, view.id, 1, sender), daemon=True)
    child.start()
    sender.close()
    rng = random.Random(trial)
    # The kill time counts from the first committed save: opening the store (Argon2id) takes a
    # varying time on a busy machine, and a kill before any save would prove nothing.
    deadline = time.monotonic() + 60
    acknowledged, timed = 0, False
    while time.monotonic() < deadline and child.is_alive():
        if acknowledged and not timed:
            deadline, timed = time.monotonic() + rng.uniform(0.0, 1.0), True
        if receiver.poll(0.01):
            try:
                acknowledged = receiver.recv()
            except EOFError:
                child.join(2)
                raise AssertionError(f"the editor died on its own: exit code {child.exitcode}") from None
            assert isinstance(acknowledged, int), acknowledged
    os.kill(child.pid, signal.SIGKILL)
    child.join(5)
    try:
        while receiver.poll(0):  # acknowledgements still in the pipe; the end of the pipe ends the loop
            acknowledged = receiver.recv()
    except EOFError:
        pass
    assert child.exitcode == -signal.SIGKILL
    assert acknowledged >= 1, "the editor was killed before saving anything; the trial proves nothing"

    reopened = Store.open(folder, TEST_PIN)
    try:
        assert reopened.integrity_problems() == []
        draft = service.open_application(reopened, view.id).values
        saved = int(draft["bank_account"][4:]) if "bank_account" in draft else 0
        assert saved in (acknowledged, acknowledged + 1), (saved, acknowledged)
        assert draft.get("living_arrangement") in (None, "alone", "with_spouse")
    finally:
        reopened.close()
