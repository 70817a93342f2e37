"""The window's writes go before its worker's (kiosk/db/write_turns.py): a worker process that commits
short transactions back to back does not keep an autosave waiting for all of them (without turns
it waited about the whole run: SQLite's busy handler sleeps while the worker takes the lock again)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from sqlalchemy import text

TRANSACTIONS, HELD_S = 60, 0.05  # three seconds of back-to-back worker transactions
WAIT_CEILING_S = 1.0  # one worker transaction and a busy machine's delays fit well inside

WORKER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from sqlalchemy import text
    from kiosk.db.store import Store

    store = Store.open_with_key(Path(sys.argv[1]), bytes.fromhex(sys.stdin.readline().strip()))
    print("ready", flush=True)
    for number in range({transactions}):
        with store.write() as session:
            session.execute(text("INSERT INTO turn_test (writer, number) VALUES ('worker', :n)"), {{"n": number}})
            time.sleep({held})  # a chunk of an import or a feed page being applied
    store.close()
""").format(transactions=TRANSACTIONS, held=HELD_S)


def test_an_autosave_waits_for_one_worker_transaction_not_for_all_of_them(store):
    with store.write() as session:
        session.execute(text("CREATE TABLE turn_test (writer TEXT, number INTEGER)"))
    worker = subprocess.Popen([sys.executable, "-c", WORKER, str(store.folder)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        worker.stdin.write(store.data_key().hex() + "\n")
        worker.stdin.flush()
        assert worker.stdout.readline().strip() == "ready"
        waits = []
        while worker.poll() is None:
            started = time.perf_counter()
            with store.write() as session:  # the window's autosave
                session.execute(text("INSERT INTO turn_test (writer, number) VALUES ('window', :n)"),
                                {"n": len(waits)})
            waits.append(time.perf_counter() - started)
            time.sleep(0.02)
        assert worker.wait(60) == 0
    finally:
        worker.kill()
        worker.wait(30)
    with store.read() as session:
        counts = dict(session.execute(text("SELECT writer, count(*) FROM turn_test GROUP BY writer")).all())
    assert counts == {"worker": TRANSACTIONS, "window": len(waits)}  # nobody's write was lost
    print(f"{len(waits)} autosaves; longest wait {max(waits) * 1000:.0f} ms")
    assert len(waits) > 5, "the window hardly got a turn"
    assert max(waits) <= WAIT_CEILING_S, f"an autosave waited {max(waits):.2f} s behind the worker"
