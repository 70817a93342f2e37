"""Fill a store with the demo district.

A producer process generates households and their row values while this process writes the
previous batch, so the two halves of the work overlap on two cores. Generation is still one
sequential stream, so the same seed gives the same district.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from kiosk import audit
from kiosk.db.store import Store
from kiosk.demo.generator import DemoDistrict
from kiosk.households.document import document_rows
from kiosk.households.importer import bulk_insert

if TYPE_CHECKING:
    from multiprocessing.queues import Queue

    from kiosk.households.document import HouseholdRows

BATCH = 5000


def _produce(queue: Queue[list[HouseholdRows] | BaseException], households: int, seed: int, as_of: date) -> None:
    documents = DemoDistrict(seed, as_of).stream(households)
    done = 0
    try:
        while done < households:
            size = min(BATCH, households - done)
            queue.put([document_rows(next(documents)) for _ in range(size)])
            done += size
    except BaseException as exc:
        queue.put(exc)
        raise


def build_demo(store: Store, households: int, seed: int, as_of: date,
               progress: Callable[[int, int], None] | None = None) -> int:
    context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")
    queue: Queue[list[HouseholdRows] | BaseException] = context.Queue(maxsize=2)
    producer = context.Process(target=_produce, args=(queue, households, seed, as_of), daemon=True)
    producer.start()
    done = 0
    try:
        while done < households:
            batch = queue.get(timeout=300)
            if isinstance(batch, BaseException):
                raise batch
            with store.write() as session:
                bulk_insert(session, batch)
                done += len(batch)
                if done >= households:
                    audit.record(session, "demo_data", "household", None, {"households": households, "seed": seed})
            if progress:
                progress(done, households)
    finally:
        producer.join(timeout=10)
        if producer.is_alive():
            producer.terminate()
    return done
