"""A hub from before issue 24: the real hub app with the subscriptions route taken out, so it
answers PUT /v1/subscriptions/{id} as an older hub does (404 unknown_endpoint)."""

from __future__ import annotations

from sync import protocol


def serve_without_subscriptions(monkeypatch) -> None:
    """Hubs started from now on (LiveHub.start) lack the route; monkeypatch.undo() brings it back."""
    import sync.hub.app as hub_app

    made = hub_app.create_app

    def without_subscriptions(settings=None):
        app = made(settings)
        app.router.routes[:] = [r for r in app.router.routes if getattr(r, "path", "") != protocol.SUBSCRIPTION_PATH]
        return app

    monkeypatch.setattr(hub_app, "create_app", without_subscriptions)
