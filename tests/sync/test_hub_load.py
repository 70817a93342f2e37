"""The hub load bench in short (`make bench-hub` runs it at a county's size on PostgreSQL): 20
devices and a few citizens for 12 s against a SQLite hub process, through locust. Generous: no
latency is asserted, only that nothing failed and that every revision a device got a receipt for
is on the hub exactly once."""

from __future__ import annotations

import pytest

from bench.hub_load.run import run_load


@pytest.mark.slow
def test_short_county_load_fails_nothing_and_keeps_every_receipted_revision_once(tmp_path):
    result = run_load(devices=20, citizens=5, seconds=12, backend="sqlite", workers=1, batch=10, work=tmp_path)
    assert result["devices_enrolled"] == 20
    assert result["errors"] == 0, (result["error_list"], result["revision_outcomes"])
    once, outcomes = result["exactly_once"], result["revision_outcomes"]
    assert once["acknowledged"] > 0
    assert once["acknowledged"] == outcomes.get("accepted", 0) + outcomes.get("replayed", 0), (once, outcomes)
    assert once["lost"] == 0 and once["duplicated"] == 0, once
    lookups = result["latency_by_request"]["POST /s/ (status page)"]["requests"]
    assert lookups > 0 and result["status_page_server_ms"]["lookups"] == lookups
