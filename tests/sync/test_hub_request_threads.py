"""A hub worker runs few requests in threads at once: its threads share one GIL, and a request
holding the changes feed's counter row waited for the GIL behind dozens of others between its
statements while every other writer of the hub waited for that row."""

from __future__ import annotations

import anyio

from sync.hub.app import HubSettings, create_app


def _tokens_while_serving(settings: HubSettings) -> float:
    app = create_app(settings)

    async def serve() -> float:
        async with app.router.lifespan_context(app):  # what uvicorn runs when a worker starts
            return anyio.to_thread.current_default_thread_limiter().total_tokens

    return anyio.run(serve)


def test_a_hub_process_runs_eight_requests_in_threads_at_once_unless_told_otherwise(tmp_path):
    quiet = {"background_decisions": False, "deliveries": False, "notifications": False}
    assert _tokens_while_serving(HubSettings(db_url=str(tmp_path / "a.db"), **quiet)) == 8
    assert _tokens_while_serving(HubSettings(db_url=str(tmp_path / "b.db"), request_threads=3, **quiet)) == 3
