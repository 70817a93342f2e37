"""The hub load bench in short (`make bench-hub` runs it at a county's size on PostgreSQL): 20
devices and a few citizens for 20 s against a SQLite hub process, through locust. Generous: no
latency is asserted, only that nothing failed and that every revision a device got a receipt for
is on the hub exactly once."""

from __future__ import annotations

import pytest

from bench.hub_load.run import load_description, run_load


@pytest.mark.slow
def test_short_county_load_fails_nothing_and_keeps_every_receipted_revision_once(tmp_path):
    # 20 s: with another process burning a core, the first receipts (which citizens look up) came
    # in the last seconds of a 12 s run, and one run saw no lookup at all
    result = run_load(devices=20, citizens=5, seconds=20, backend="sqlite", workers=1, batch=10, work=tmp_path)
    assert result["devices_enrolled"] == 20
    assert result["errors"] == 0, (result["error_list"], result["revision_outcomes"])
    once, outcomes = result["exactly_once"], result["revision_outcomes"]
    assert once["acknowledged"] > 0
    assert once["acknowledged"] == outcomes.get("accepted", 0) + outcomes.get("replayed", 0), (once, outcomes)
    assert once["lost"] == 0 and once["duplicated"] == 0, once
    lookups = result["latency_by_request"]["POST /s/ (status page)"]["requests"]
    assert lookups > 0 and result["status_page_server_ms"]["lookups"] == lookups
    # a county's rhythm, stated: the devices never offer more than it, however fast the hub answers
    assert result["load"]["kind"] == "paced" and result["offered_revisions_per_s"] == 55.0
    # the task mix is random: 1.5x is about four standard deviations of the batches drawn in a 20 s run
    assert 0 < result["revisions_per_s"] <= result["offered_revisions_per_s"] * 1.5
    assert result["cpu_seconds"]["hub_api"] > 0 and result["cpu_ms_per_revision"]["hub_api"] > 0


def test_a_run_without_pauses_says_it_is_a_saturation_run_not_a_countys_load():
    paced, flat_out = load_description(200, 25, 550.0), load_description(200, 25, 0)
    assert paced["kind"] == "paced" and paced["offered_revisions_per_s"] == 550.0
    assert 3.0 < paced["pacing_s"] < 3.7  # 200 devices, ~9.2 revisions a task
    assert flat_out["kind"] == "saturation" and flat_out["offered_revisions_per_s"] is None
