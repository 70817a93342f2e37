"""Named crash points for the kill tests (sync-and-security.md Part 6.3): with KIOSK_CRASH_AT set
to a point's name, the process dies there as if killed (os._exit, no clean-up). Unset in real use."""

from __future__ import annotations

import os

ENV = "KIOSK_CRASH_AT"
POINTS = (
    "after_lease",  # outbox item leased, nothing sent
    "before_send",  # request built, not sent
    "after_blob_upload",  # attachment on the hub, revision not yet sent
    "after_server_commit_before_read",  # the hub has committed; its answer is never read
    "after_response_before_commit",  # answer read, not yet recorded locally
    "after_ack_commit",  # receipt recorded
    "mid_patch_send",  # household patch sent, answer not read
    "after_patch_commit",
    "after_page_fetch",  # a feed page read, not applied
    "mid_page_apply",  # inside the page's transaction
    "after_page_commit",  # page and cursor committed
    "before_reconcile",
    "after_reconcile_requeue",
    "before_cycle_end",
)
# A first download by snapshot (v1.1); the kill trials above start from synced devices, so these
# are tried by tests/sync/test_snapshot.py.
SNAPSHOT_POINTS = (
    "mid_snapshot_download",  # a sealed piece written, the rest not fetched
    "after_snapshot_download",  # the whole file sealed on disk, not loaded
    "mid_snapshot_load",  # inside the load's transaction, everything inserted, nothing committed
    "after_snapshot_commit",  # loaded with its cursor, the file not yet deleted
)


def crash_point(name: str) -> None:
    if os.environ.get(ENV) == name:  # read here, not at import: the trials fork children from a preloaded server
        os._exit(137)
