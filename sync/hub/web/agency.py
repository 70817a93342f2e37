"""The agency a status page sentence names: a short name ("the social affairs bureau"), not the
catalog's description of who receives and who decides, which reads as a clause dropped into the
sentence. Kept here, not in the catalog, so the catalog's content hash (devices compare it) does
not change; a service missing here falls back to the catalog's text."""

from __future__ import annotations

from kiosk.catalog import Service
from kiosk.i18n import tr

SHORT = {
    **dict.fromkeys(("S01", "S02", "S03", "S04", "S05", "S08", "S09", "S10", "S11", "S15", "S16", "S19"),
                    "social_bureau"),
    "S06": "labor_insurance", "S17": "labor_insurance",
    "S07": "care_centre", "S18": "care_centre",
    "S12": "health_or_social", "S13": "district_office", "S14": "registration_office",
}


def agency_name(service: Service, lang: str) -> str:
    short = SHORT.get(service.code)
    if short is None:
        return service.agency.get(lang) or service.agency["en"]
    return tr(f"web.agency.{short}", lang)
