"""The routing table: validated before the hub serves, every problem reported at once, the most
specific route wins, and `kiosk-hub agencies` lists it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from sync.hub.routing import RoutingError, load

GOOD_AGENCY = {"name": "區公所", "connector": "fhir", "endpoint": "http://127.0.0.1:8480/fhir"}


def write(folder: Path, table: dict) -> Path:
    path = folder / "routing.yaml"
    path.write_text(yaml.safe_dump(table, allow_unicode=True), encoding="utf-8")
    return path


def test_every_problem_of_a_bad_table_is_reported_at_once(tmp_path):
    path = write(tmp_path, {
        "agencies": {"office": GOOD_AGENCY,
                     "files": {"name": "縣府", "connector": "batch", "endpoint": "smb://share/in"}},
        "routes": [{"service": "S99", "city": "臺北市", "district": "*", "agency": "office"},
                   {"service": "S03", "city": "台北", "district": "*", "agency": "office"},
                   {"service": "S07", "city": "臺北市", "district": "*", "agency": "nobody"},
                   {"service": "S03", "city": "臺北市", "district": "萬華區", "agency": "office"},
                   {"service": "S03", "city": "臺北市", "district": "萬華區", "agency": "office"}]})
    with pytest.raises(RoutingError) as caught:
        load(path)
    text = "\n".join(caught.value.problems)
    for expected in ("version is missing", "connector 'batch'", "endpoint 'smb://share/in'", "service 'S99'",
                     "city '台北'", "agency 'nobody'", "a second route for the same service and place"):
        assert expected in text


def test_no_agency_is_connected_until_the_operator_names_a_table(monkeypatch):
    monkeypatch.delenv("KIOSK_HUB_ROUTING", raising=False)
    assert load().routes == () and load().agency_for("S03", "臺北市", "萬華區") is None


def test_the_most_specific_route_wins():
    from kiosk.paths import resource_path

    table = load(resource_path("agencies", "routing.yaml"))  # the reference table
    assert table.agency_for("S03", "臺北市", "萬華區").id == "taipei-wanhua-district-office"
    assert table.agency_for("S03", "臺北市", "中正區").id == "taipei-social-welfare"
    assert table.agency_for("S03", "新北市", "板橋區") is None


def test_the_hub_refuses_to_start_on_a_bad_table(tmp_path):
    from sync.hub.app import HubSettings, create_app

    path = write(tmp_path, {"version": "1", "agencies": {"office": GOOD_AGENCY}, "routes": []})
    with pytest.raises(RoutingError):
        create_app(HubSettings(db_url=f"sqlite:///{tmp_path / 'hub.db'}", routing=str(path)))


def test_agencies_command_lists_the_table_and_fails_on_a_bad_one(tmp_path, capsys):
    from sync.hub.cli import main as hub_cli

    good = write(tmp_path, {"version": "7", "agencies": {"office": GOOD_AGENCY},
                            "routes": [{"service": "S03", "city": "臺北市", "district": "*", "agency": "office"}]})
    assert hub_cli(["agencies", "--json", "--routing", str(good)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["version"] == "7"
    assert listed["routes"] == [{"service": "S03", "city": "臺北市", "district": "*", "agency": "office", "name": "區公所",
                                 "connector": "fhir", "endpoint": "http://127.0.0.1:8480/fhir",
                                 "retention_days": 30}]
    bad = write(tmp_path, {"version": "8", "agencies": {"office": GOOD_AGENCY}, "routes": "none"})
    assert hub_cli(["agencies", "--routing", str(bad)]) == 1
    assert "routes:" in capsys.readouterr().err


def test_serve_stops_on_a_bad_table_with_its_reasons(tmp_path, capsys, monkeypatch):
    from sync.hub.cli import main as hub_cli

    for name in ("KIOSK_HUB_ROUTING", "KIOSK_HUB_DB", "KIOSK_HUB_DECISIONS", "KIOSK_HUB_DELIVERIES"):
        monkeypatch.setenv(name, "")  # serve sets them for its workers: recorded, so removed after the test
    bad = write(tmp_path, {"version": "9", "agencies": {"office": {**GOOD_AGENCY, "endpoint": "ftp://x"}},
                           "routes": [{"service": "S03", "city": "臺北市", "district": "*", "agency": "office"}]})
    assert hub_cli(["serve", "--routing", str(bad), "--db", str(tmp_path / "hub.db"), "--port", "1"]) == 1
    assert "endpoint 'ftp://x'" in capsys.readouterr().err


def test_a_batch_file_agency_needs_an_absolute_folder_a_format_and_a_csv_encoding(tmp_path):
    route = lambda agency: {"service": "S03", "city": "臺北市", "district": "*", "agency": agency}  # noqa: E731
    path = write(tmp_path, {"version": "1", "agencies": {
        "relative": {"name": "甲", "connector": "batch-file", "folder": "share/in"},
        "odd": {"name": "乙", "connector": "batch-file", "folder": "/mnt/in", "format": "ods"},
        "latin": {"name": "丙", "connector": "batch-file", "folder": "/mnt/in", "format": "csv", "encoding": "latin-1"},
        "keeper": {**GOOD_AGENCY, "retention_days": -1}},
        "routes": [route("relative"), {**route("odd"), "service": "S07"}, {**route("latin"), "service": "S16"},
                   {**route("keeper"), "service": "S01"}]})
    with pytest.raises(RoutingError) as caught:
        load(path)
    text = "\n".join(caught.value.problems)
    for expected in ("folder 'share/in' is not an absolute path", "format 'ods'", "encoding 'latin-1'",
                     "retention_days -1"):
        assert expected in text


def test_a_batch_file_agency_is_listed_with_its_folder_format_encoding_and_retention(tmp_path):
    path = write(tmp_path, {"version": "2", "agencies": {
        "county": {"name": "縣府", "connector": "batch-file", "folder": "/mnt/county/in/", "format": "csv",
                   "encoding": "big5", "retention_days": 90}},
        "routes": [{"service": "S16", "city": "臺北市", "district": "*", "agency": "county"}]})
    table = load(path)
    agency = table.agencies["county"]
    assert (agency.endpoint, agency.format, agency.encoding, agency.retention_days) == ("/mnt/county/in", "csv",
                                                                                        "big5", 90)
    assert table.listing()["routes"][0]["format"] == "csv" and table.services_of("county") == ("S16",)


def test_the_reference_table_has_a_district_office_taking_a_daily_spreadsheet(tmp_path, capsys):
    """An agency without an API (issue 23): the hub validates the reference table at start, routes
    S03 in 新北市萬里區 to the district office's share and `kiosk-hub agencies` lists it."""
    from kiosk.paths import resource_path
    from sync.hub.app import HubSettings, create_app
    from sync.hub.cli import main as hub_cli

    reference = resource_path("agencies", "routing.yaml")
    create_app(HubSettings(db_url=f"sqlite:///{tmp_path / 'hub.db'}", routing=str(reference), deliveries=False))  # validates
    office = load(reference).agency_for("S03", "新北市", "萬里區")
    assert (office.id, office.connector, office.format) == ("ntpc-wanli-district-office", "batch-file", "xlsx")
    assert office.endpoint == "/srv/kiosk-hub/shares/ntpc-wanli-district-office" and office.retention_days == 90
    assert hub_cli(["agencies", "--routing", str(reference), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {"service": "S03", "city": "新北市", "district": "萬里區", "agency": "ntpc-wanli-district-office",
            "name": "新北市萬里區公所", "connector": "batch-file", "endpoint": office.endpoint, "retention_days": 90,
            "format": "xlsx", "encoding": ""} in listed["routes"]
