"""Delivery of accepted applications from the hub to the agencies that decide them."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from kiosk.json_types import JsonObject
from sync.hub.background import HeldWorker
from sync.hub.db import HubDatabase
from sync.hub.delivery import outbox
from sync.hub.delivery.worker import DeliveryPolicy, DeliveryWorker
from sync.hub.routing import RoutingTable, load


class Deliveries(HeldWorker):
    """What the hub app holds: the routing table (validated when the app is made, so a bad table
    stops the hub before it serves) and the worker, started with the app's database."""

    def __init__(self, routing_path: str | None = None, policy: DeliveryPolicy | None = None,
                 run_worker: bool = True) -> None:
        self.routing: RoutingTable = load(routing_path)
        self.policy = policy or DeliveryPolicy()
        self.run_worker = run_worker
        self.worker: DeliveryWorker | None = None

    def start(self, db: HubDatabase) -> None:
        if self.run_worker:
            self.worker = DeliveryWorker(db, self.routing, self.policy)
            self.worker.start()

    def enqueue(self, conn: Connection, payload: JsonObject) -> str | None:
        return outbox.enqueue(conn, self.routing, payload)


__all__ = ["Deliveries", "DeliveryPolicy"]
