"""The hub's OpenAPI document, generated from the routes; the checked-in copy is sync/openapi.json
(a test keeps the two equal, and another calls every documented operation on a live hub)."""

from __future__ import annotations

from pathlib import Path

from kiosk.json_types import JsonObject

CHECKED_IN = Path(__file__).resolve().parent.parent / "openapi.json"


def document() -> JsonObject:
    from sync.hub.app import HubSettings, create_app

    return create_app(HubSettings(test_faults=False)).openapi()
