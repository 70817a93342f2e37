"""The routing table: which agency receives an accepted application, by service and by where the
household is registered (city, district), and through which connector.

A versioned data file named by $KIOSK_HUB_ROUTING or `serve --routing` (resources/agencies/routing.yaml
is the reference one; with none, no application is delivered and the hub decides); the hub
validates it before it serves anything.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import urlparse

import yaml

from kiosk.catalog import load_catalog
from kiosk.json_types import JsonObject
from kiosk.paths import resource_path

ROUTING_ENV = "KIOSK_HUB_ROUTING"
CONNECTORS = ("fhir", "batch-file")
BATCH_FORMATS = ("xlsx", "csv")
CSV_ENCODINGS = ("utf-8-bom", "big5")  # big5: what Excel on a Taiwanese Windows opens without asking
DEFAULT_RETENTION_DAYS = 30  # after the agency acknowledged a case, the hub keeps its payload this long
MAX_BATCH = 100  # transactions in one FHIR batch request
ANYWHERE = "*"


class RoutingError(ValueError):
    """The table cannot be used; `problems` says every reason, one a line."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"routing table {source} is invalid:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    connector: str
    endpoint: str  # fhir: the base URL; batch-file: the folder (a mounted share) files are put in
    retention_days: int = DEFAULT_RETENTION_DAYS
    format: str = ""  # batch-file: xlsx | csv
    encoding: str = ""  # batch-file csv: utf-8-bom | big5
    batch: int = 1  # fhir: transactions per request when the agency takes FHIR batches of them


@dataclass(frozen=True)
class Route:
    service: str
    city: str
    district: str
    agency: Agency


@dataclass(frozen=True)
class RoutingTable:
    version: str
    source: str
    agencies: dict[str, Agency]
    routes: tuple[Route, ...]

    @cached_property
    def _by_key(self) -> dict[tuple[str, str, str], Agency]:  # once per table, not per arriving revision
        return {(r.service, r.city, r.district): r.agency for r in self.routes}

    @cached_property
    def routed_services(self) -> frozenset[str]:
        return frozenset(r.service for r in self.routes)

    def agency_for(self, service: str, city: str | None, district: str | None) -> Agency | None:
        """The most specific route: the district, else the whole city, else everywhere."""
        for key in ((service, city, district), (service, city, ANYWHERE), (service, ANYWHERE, ANYWHERE)):
            if key in self._by_key:
                return self._by_key[key]
        return None

    def listing(self) -> JsonObject:
        return {"version": self.version, "source": self.source,
                "routes": [{"service": r.service, "city": r.city, "district": r.district, "agency": r.agency.id,
                            "name": r.agency.name, "connector": r.agency.connector, "endpoint": r.agency.endpoint,
                            "retention_days": r.agency.retention_days,
                            **({"format": r.agency.format, "encoding": r.agency.encoding}
                               if r.agency.connector == "batch-file" else {}),
                            **({"batch": r.agency.batch} if r.agency.batch > 1 else {})}
                           for r in self.routes]}

    def services_of(self, agency_id: str) -> tuple[str, ...]:
        """The services routed to an agency, in code order (a batch file's fixed columns)."""
        return tuple(sorted({r.service for r in self.routes if r.agency.id == agency_id}))


NO_ROUTING = RoutingTable("none", "", {}, ())  # no agency connected: the hub decides (rules, kiosk-hub decide)


def default_path() -> Path | None:
    """The table the operator named in $KIOSK_HUB_ROUTING; none by default, so a hub delivers
    only once its operator has connected agencies (its rules and `kiosk-hub decide` decide until then)."""
    named = os.environ.get(ROUTING_ENV)
    return Path(named) if named else None


def _cities() -> set[str]:
    contract = json.loads(resource_path("contracts", "household.schema.json").read_text(encoding="utf-8"))
    return set(contract["properties"]["region"]["enum"])


def _retention(agency_id: str, entry: JsonObject, problems: list[str]) -> int:
    value = entry.get("retention_days", DEFAULT_RETENTION_DAYS)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3650:
        problems.append(f"agency {agency_id}: retention_days {value!r} is not a whole number of days from 0 to 3650")
        return DEFAULT_RETENTION_DAYS
    return value


def _batch_file(agency_id: str, entry: JsonObject, problems: list[str]) -> tuple[str, str, str]:
    """(folder, format, encoding) of a batch-file agency."""
    folder, fmt = str(entry.get("folder") or ""), str(entry.get("format") or "xlsx")
    encoding = str(entry.get("encoding") or "utf-8-bom")
    if not folder or not Path(folder).is_absolute():
        problems.append(f"agency {agency_id}: folder {folder!r} is not an absolute path (the mounted share)")
    if fmt not in BATCH_FORMATS:
        problems.append(f"agency {agency_id}: format {fmt!r} is not one of {', '.join(BATCH_FORMATS)}")
    if encoding not in CSV_ENCODINGS or (fmt == "xlsx" and "encoding" in entry):
        problems.append(f"agency {agency_id}: encoding {encoding!r} is not one of {', '.join(CSV_ENCODINGS)} "
                        "(and only a csv agency has one)")
    return folder.rstrip("/") or folder, fmt, encoding if fmt == "csv" else ""


def _agencies(raw: object, problems: list[str]) -> dict[str, Agency]:
    if not isinstance(raw, dict) or not raw:
        problems.append("agencies: a mapping of agency id -> name, connector, endpoint (or folder) is required")
        return {}
    agencies = {}
    for agency_id, entry in raw.items():
        entry = entry if isinstance(entry, dict) else {}
        name, connector, endpoint = (str(entry.get(k) or "") for k in ("name", "connector", "endpoint"))
        if not name:
            problems.append(f"agency {agency_id}: name is missing")
        if connector not in CONNECTORS:
            problems.append(f"agency {agency_id}: connector {connector!r} is not one of {', '.join(CONNECTORS)}")
        retention = _retention(str(agency_id), entry, problems)
        if connector == "batch-file":
            folder, fmt, encoding = _batch_file(str(agency_id), entry, problems)
            agencies[str(agency_id)] = Agency(str(agency_id), name, connector, folder, retention, fmt, encoding)
            continue
        url = urlparse(endpoint)
        if url.scheme not in ("http", "https") or not url.netloc:
            problems.append(f"agency {agency_id}: endpoint {endpoint!r} is not an http(s) URL")
        batch = entry.get("batch", 1)
        if isinstance(batch, bool) or not isinstance(batch, int) or not 1 <= batch <= MAX_BATCH:
            problems.append(f"agency {agency_id}: batch {batch!r} is not a number of transactions from 1 to {MAX_BATCH}")
            batch = 1
        agencies[str(agency_id)] = Agency(str(agency_id), name, connector, endpoint.rstrip("/"), retention,
                                          batch=batch)
    return agencies


def parse(data: object, source: str) -> RoutingTable:
    """Check everything and report all problems at once, so one edit fixes the table."""
    problems: list[str] = []
    data = data if isinstance(data, dict) else {}
    version = str(data.get("version") or "")
    if not version:
        problems.append("version is missing")
    agencies = _agencies(data.get("agencies"), problems)
    services, cities = set(load_catalog().services), _cities()
    routes, seen = [], set()
    raw_routes = data.get("routes")
    if not isinstance(raw_routes, list) or not raw_routes:
        problems.append("routes: a list of {service, city, district, agency} is required")
        raw_routes = []
    for index, item in enumerate(raw_routes, start=1):
        item = item if isinstance(item, dict) else {}
        service, city, district, agency = (str(item.get(k) or "") for k in ("service", "city", "district", "agency"))
        where = f"route {index} ({service} {city} {district})"
        if service not in services:
            problems.append(f"{where}: service {service!r} is not in the catalog")
        if city != ANYWHERE and city not in cities:
            problems.append(f"{where}: city {city!r} is not a city or county of the household contract")
        if not district or (city == ANYWHERE and district != ANYWHERE):
            problems.append(f"{where}: district is missing (use \"*\" for the whole city)")
        if agency not in agencies:
            problems.append(f"{where}: agency {agency!r} is not defined under agencies")
        if (service, city, district) in seen:
            problems.append(f"{where}: a second route for the same service and place")
        seen.add((service, city, district))
        if agency in agencies:
            routes.append(Route(service, city, district, agencies[agency]))
    if problems:
        raise RoutingError(source, problems)
    return RoutingTable(version, source, agencies, tuple(routes))


def load(path: str | Path | None = None) -> RoutingTable:
    source = Path(path) if path else default_path()
    if source is None:
        return NO_ROUTING
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RoutingError(str(source), [f"cannot read it: {exc}"]) from None
    return parse(data, str(source))
