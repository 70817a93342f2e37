"""The PDPA Art. 8 notice of a service, built from the catalog: agency, purpose, data categories
with their official codes, period and recipients, the Art. 3 rights and what refusing means.
Its version is a hash of its content, so a consent always names exactly the text it answered."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from kiosk.catalog import Catalog, Service, load_catalog
from kiosk.i18n import tr


@dataclass(frozen=True)
class PrivacyNotice:
    service: str
    version: str
    lang: str
    agency: str
    purpose: str
    categories: tuple[str, ...]
    retention: str
    recipients: str
    rights: str
    consequence: str
    health_data: bool

    def lines(self) -> list[tuple[str, str]]:
        """(heading, text) pairs in reading order, for the screen, speech and documents."""
        items = [
            (tr("notice.agency", self.lang), self.agency), (tr("notice.purpose", self.lang), self.purpose),
            (tr("notice.categories", self.lang), "；".join(self.categories) if self.lang == "zh-TW"
             else "; ".join(self.categories)),
            (tr("notice.period", self.lang), self.retention), (tr("notice.recipients", self.lang), self.recipients),
            (tr("notice.rights", self.lang), self.rights), (tr("notice.consequence", self.lang), self.consequence),
        ]
        if self.health_data:
            items.append((tr("notice.health", self.lang), tr("notice.health_text", self.lang)))
        return items

    def text(self) -> str:
        return "\n".join(f"{heading}：{body}" if self.lang == "zh-TW" else f"{heading}: {body}"
                         for heading, body in self.lines())


def _pick(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("en") or texts["zh-TW"]


def notice_version(service: Service, catalog: Catalog | None = None) -> str:
    catalog = catalog or load_catalog()
    privacy = service.privacy
    content = {"agency": service.agency, "purpose": catalog.privacy["purposes"][privacy.purpose],
               "categories": {c: catalog.privacy["categories"][c] for c in privacy.categories},
               "retention": privacy.retention, "recipients": privacy.recipients, "consequence": privacy.consequence,
               "rights": catalog.privacy["rights"], "health": privacy.health_data}
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    return f"{service.code}@{digest[:12]}"


def privacy_notice(service: Service, lang: str, catalog: Catalog | None = None) -> PrivacyNotice:
    catalog = catalog or load_catalog()
    privacy = service.privacy
    purpose_name = _pick(catalog.privacy["purposes"][privacy.purpose], lang)
    categories = tuple(f"{code} {_pick(catalog.privacy['categories'][code], lang)}" for code in privacy.categories)
    return PrivacyNotice(
        service=service.code, version=notice_version(service, catalog), lang=lang, agency=_pick(service.agency, lang),
        purpose=f"{privacy.purpose} {purpose_name}", categories=categories, retention=_pick(privacy.retention, lang),
        recipients=_pick(privacy.recipients, lang), rights=_pick(catalog.privacy["rights"], lang),
        consequence=_pick(privacy.consequence, lang), health_data=privacy.health_data,
    )
