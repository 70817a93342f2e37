"""What the hub app holds for notifications: the configuration, the channels it can send on, and
the scheduler worker, started with the app's database (like sync/hub/delivery's Deliveries)."""

from __future__ import annotations

import logging

from sync.hub.background import HeldWorker
from sync.hub.db import HubDatabase
from sync.hub.notify.channels import Channel, channels_for
from sync.hub.notify.config import NotifyConfig, load
from sync.hub.notify.sender import NotifyWorker

log = logging.getLogger("kiosk.hub.notify")


class Notifications(HeldWorker):
    def __init__(self, config: NotifyConfig | None = None, run_worker: bool = True) -> None:
        self.config = config or load()
        self.channels: dict[str, Channel] = channels_for(self.config.smtp, self.config.sms)
        self.run_worker = run_worker
        self.worker: NotifyWorker | None = None
        self.inbound_secret = self.config.sms.inbound_route_secret() if self.config.sms else None
        if self.config.sms is not None and self.inbound_secret is None:
            log.warning("SMS STOP replies are off: sms.inbound_secret is unset, its environment variable is empty, "
                        "or it is a placeholder or shorter than 16 characters; the inbound webhook answers 404")
        reports = self.config.sms.reports if self.config.sms else None
        if reports is not None and reports.route_secret() is None:
            log.warning("SMS delivery reports are off: sms.reports.secret is unset, its environment variable is "
                        "empty, or it is a placeholder or shorter than 16 characters; the report webhook answers 404")

    def start(self, db: HubDatabase) -> None:
        if self.run_worker and self.channels:
            self.worker = NotifyWorker(db, self.config, self.channels)
            self.worker.start()

    def stop(self) -> None:
        super().stop()
        for channel in self.channels.values():
            channel.close()
