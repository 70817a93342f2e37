"""Which dates the rules can answer for. Parameters are kept from 2024-01-01: an earlier date is a
plain error; a date past the published annual standards is answered with the latest values and
a `parameters_not_published` warning; a date whose figures only stand in for unpublished ones
(earlier years of a table we hold for its latest year) gets a `parameters_estimated` warning."""

from __future__ import annotations

import copy
from datetime import date
from functools import lru_cache

from kiosk.i18n import LANGUAGES, UserError, tr
from kiosk.json_types import JsonObject
from kiosk.localformat import Day  # a date in its reader's calendar


def _as_date(yyyymmdd: int) -> date:
    value = int(yyyymmdd)
    return date(value // 10000, value // 100 % 100, value % 100)


@lru_cache(maxsize=1)
def first_date() -> date:
    from kiosk.rules.system import tax_benefit_system

    node = tax_benefit_system().parameters.published.first
    return _as_date(node.values_list[-1].value)  # the earliest entry


def check_date(on: date) -> None:
    if on < first_date():
        raise UserError("rules.before_history", first=Day(first_date().isoformat()), on=Day(on.isoformat()))


@lru_cache(maxsize=1)
def _verified_from() -> tuple[tuple[str, date], ...]:
    """(parameter file, date its figures are verified from) for every table that marks one."""
    from kiosk.rules.system import tax_benefit_system

    found = []

    def walk(node: object, path: str) -> None:  # an OpenFisca parameter node, or a value at the leaves
        since = (getattr(node, "metadata", None) or {}).get("verified_from")
        if since:
            found.append((path, date.fromisoformat(str(since))))
        for name, child in (getattr(node, "children", None) or {}).items():
            walk(child, f"{path}.{name}" if path else name)

    walk(tax_benefit_system().parameters, "")
    return tuple(found)


@lru_cache(maxsize=64)
def _warnings(on: date) -> tuple[JsonObject, ...]:
    from kiosk.rules.system import tax_benefit_system

    check_date(on)
    found = []
    until = _as_date(tax_benefit_system().parameters(on.isoformat()).published.until)
    if on > until:
        found.append({"kind": "parameters_not_published", "until": until.isoformat(),
                      "message": {lang: tr("warning.parameters_not_published", lang, until=Day(until.isoformat()))
                                  for lang in LANGUAGES}})
    estimated = sorted(path for path, since in _verified_from() if on < since)
    if estimated:
        since = min(s for p, s in _verified_from() if p in estimated)
        found.append({"kind": "parameters_estimated", "parameters": estimated, "verified_from": since.isoformat(),
                      "message": {lang: tr("warning.parameters_estimated", lang, since=Day(since.isoformat()))
                                  for lang in LANGUAGES}})
    return tuple(found)


def dated_warnings(on: date) -> list[JsonObject]:
    """The warnings of an answer for `on` (fresh copies: callers may change them)."""
    return copy.deepcopy(list(_warnings(on)))
