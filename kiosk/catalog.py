"""The cross-agency service catalog (resources/catalog): what each service is, who runs it, what it
needs, its application form and its privacy notice, in the languages our citizens read.

The catalog is data. It is validated completely before anything is used (a broken catalog never
half-loads) and carries a version and a content hash, so a newer catalog delivered by sync can
be checked and swapped in as one unit (`catalog_from_bundle`).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from kiosk.i18n import UserError
from kiosk.paths import resource_path

FIELD_TYPES = ("text", "integer", "money", "date", "boolean", "choice", "id_number", "phone", "address", "email")


class CatalogError(UserError):
    """The catalog is unusable; `.problems` lists every reason (file, path, message)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("catalog.invalid", count=len(problems), first=problems[0] if problems else "")


@dataclass(frozen=True)
class Choice:
    value: str
    label: dict[str, str]


@dataclass(frozen=True)
class FormField:
    key: str
    type: str
    required: bool
    label: dict[str, str]
    help: dict[str, str] | None = None
    prefill: str | None = None
    min: float | None = None
    max: float | None = None
    max_length: int | None = None
    pattern: str | None = None
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class PrivacyNotice:
    purpose: str
    categories: tuple[str, ...]
    health_data: bool
    retention: dict[str, str]
    recipients: dict[str, str]
    consequence: dict[str, str]


@dataclass(frozen=True)
class Service:
    code: str
    names: dict[str, str]
    description: dict[str, str]
    agency: dict[str, str]
    hotline: str
    legal_basis: tuple[str, ...]
    applies_to: str  # person | household
    benefit_kind: str
    benefit_period: str | None
    required_documents: tuple[str, ...]
    privacy: PrivacyNotice
    form_version: str
    fields: tuple[FormField, ...]
    triggers: tuple[str, ...]
    effective_from: _dt.date
    effective_to: _dt.date | None
    provisional: dict[str, str] | None = None  # what is not yet confirmed (an amount, a reading of the law)

    def name(self, lang: str) -> str:
        return _pick(self.names, lang)

    def field(self, key: str) -> FormField | None:
        return next((f for f in self.fields if f.key == key), None)

    def documents_still_needed(self, attachments: Sequence[object]) -> tuple[str, ...]:
        """Codes of the required documents none of a revision's attachments is (as the receipt prints)."""
        attached = {a.get("document_code") for a in attachments if isinstance(a, dict)}
        return tuple(code for code in self.required_documents if code not in attached)


@dataclass(frozen=True)
class Catalog:
    version: str
    published: str
    content_hash: str
    services: dict[str, Service]
    documents: dict[str, dict[str, str]]
    hotlines: dict[str, dict[str, str]]
    privacy: dict[str, Any] = field(repr=False)
    bundle: dict[str, Any] = field(repr=False)

    def service(self, code: str) -> Service:
        return self.services[code]

    def document_name(self, code: str, lang: str) -> str:
        return _pick(self.documents[code], lang)

    def hotline_name(self, number: str, lang: str) -> str:
        return _pick(self.hotlines[number], lang)


def _pick(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("en") or texts["zh-TW"]


def _plain(value: Any) -> Any:
    """YAML dates become ISO strings, so the bundle is JSON and hashes the same everywhere."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


def _read_yaml(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: the catalogue in 0.15 s instead of 1.1 s
    with path.open(encoding="utf-8") as handle:
        return _plain(yaml.load(handle, Loader=loader))  # a safe loader, C or Python


def read_bundle(root: Path | None = None) -> dict[str, Any]:
    """The catalog folder as one JSON-able bundle: {"catalog": {...}, "services": [...]}."""
    root = root or resource_path("catalog")
    problems = []
    try:
        meta = _read_yaml(root / "catalog.yaml")
    except Exception as exc:  # noqa: BLE001 - every read problem is reported, none crashes
        raise CatalogError([f"catalog.yaml: {exc}"]) from None
    services = []
    for path in sorted((root / "services").glob("*.yaml")):
        try:
            services.append(_read_yaml(path))
        except Exception as exc:  # noqa: BLE001
            problems.append(f"services/{path.name}: {exc}")
    if problems:
        raise CatalogError(problems)
    return {"catalog": meta, "services": services}


@lru_cache(maxsize=1)
def _service_validator() -> Draft202012Validator:
    schema = json.loads(resource_path("catalog", "catalog.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def content_hash(bundle: dict[str, Any]) -> str:
    canonical = json.dumps(bundle, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _build_field(raw: dict[str, Any], problems: list[str], where: str) -> FormField | None:
    choices = tuple(Choice(c["value"], c["label"]) for c in raw.get("choices", ()))
    if raw["type"] == "choice" and not choices:
        problems.append(f"{where}: a choice field needs choices")
        return None
    if raw.get("pattern"):
        import re

        try:
            re.compile(raw["pattern"])
        except re.error as exc:
            problems.append(f"{where}: bad pattern: {exc}")
            return None
    return FormField(key=raw["key"], type=raw["type"], required=raw["required"], label=raw["label"],
                     help=raw.get("help"), prefill=raw.get("prefill"), min=raw.get("min"), max=raw.get("max"),
                     max_length=raw.get("max_length"), pattern=raw.get("pattern"), choices=choices)


def catalog_from_bundle(bundle: dict[str, Any]) -> Catalog:
    """Validate a whole bundle and build the catalog; CatalogError lists every problem found."""
    problems: list[str] = []
    meta = bundle.get("catalog") or {}
    for key in ("version", "published", "documents", "hotlines", "field_templates", "privacy"):
        if key not in meta:
            problems.append(f"catalog: missing {key}")
    if problems:
        raise CatalogError(problems)
    templates = meta["field_templates"]
    services: dict[str, Service] = {}
    for raw in bundle.get("services") or []:
        code = raw.get("code", "?") if isinstance(raw, dict) else "?"
        errors = sorted(_service_validator().iter_errors(raw), key=lambda e: list(map(str, e.path)))
        problems += [f"{code}/{'/'.join(map(str, e.path))}: {e.message}" for e in errors]
        if errors:
            continue
        fields: list[FormField] = []
        for index, item in enumerate(raw["form"]["fields"]):
            where = f"{code}/form/fields/{index}"
            if isinstance(item, str):
                if item not in templates:
                    problems.append(f"{where}: unknown field template {item!r}")
                    continue
                item = {"key": item, **templates[item]}
            built = _build_field(item, problems, where)
            if built:
                fields.append(built)
        keys = [f.key for f in fields]
        if len(keys) != len(set(keys)):
            problems.append(f"{code}/form: duplicate field keys")
        for doc in raw["required_documents"]:
            if doc not in meta["documents"]:
                problems.append(f"{code}/required_documents: unknown document {doc!r}")
        if raw["hotline"] not in meta["hotlines"]:
            problems.append(f"{code}/hotline: unknown hotline {raw['hotline']!r}")
        privacy = raw["privacy"]
        for category in privacy["categories"]:
            if category not in meta["privacy"]["categories"]:
                problems.append(f"{code}/privacy: unknown data category {category!r}")
        if privacy["purpose"] not in meta["privacy"]["purposes"]:
            problems.append(f"{code}/privacy: unknown purpose {privacy['purpose']!r}")
        if code in services:
            problems.append(f"{code}: defined twice")
        if not raw["form"]["version"].startswith(code + "-"):
            problems.append(f"{code}/form/version: must start with {code}-")
        services[code] = Service(
            code=code, names=raw["names"], description=raw["description"], agency=raw["agency"],
            hotline=raw["hotline"], legal_basis=tuple(raw["legal_basis"]), applies_to=raw["applies_to"],
            benefit_kind=raw["benefit"]["kind"], benefit_period=raw["benefit"].get("period"),
            required_documents=tuple(raw["required_documents"]),
            privacy=PrivacyNotice(privacy["purpose"], tuple(privacy["categories"]), privacy["health_data"],
                                  privacy["retention"], privacy["recipients"], privacy["consequence"]),
            form_version=raw["form"]["version"], fields=tuple(fields), triggers=tuple(raw["triggers"]),
            effective_from=_dt.date.fromisoformat(raw["effective"]["from"]),
            effective_to=_dt.date.fromisoformat(raw["effective"]["to"]) if raw["effective"].get("to") else None,
            provisional=raw.get("provisional"),
        )
    expected = {f"S{i:02d}" for i in range(1, 20)}
    if set(services) != expected and not problems:
        problems.append(f"catalog: services must be {sorted(expected)}, found {sorted(services)}")
    if problems:
        raise CatalogError(problems)
    return Catalog(version=str(meta["version"]), published=str(meta["published"]), content_hash=content_hash(bundle),
                   services=dict(sorted(services.items())), documents=meta["documents"], hotlines=meta["hotlines"],
                   privacy=meta["privacy"], bundle=bundle)


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    """The catalog shipped in resources/catalog (cached)."""
    return catalog_from_bundle(read_bundle())
