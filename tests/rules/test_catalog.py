"""The service catalog: complete, validated as a whole, hashed for replacement over sync."""

import copy
import json

import pytest

from kiosk.catalog import CatalogError, catalog_from_bundle, load_catalog, read_bundle
from kiosk.i18n import LANGUAGES


def test_nineteen_services_in_five_languages():
    catalog = load_catalog()
    assert list(catalog.services) == [f"S{i:02d}" for i in range(1, 20)]
    for service in catalog.services.values():
        for lang in LANGUAGES:
            assert service.names[lang] and service.description[lang] and service.agency[lang]
            privacy = service.privacy
            assert privacy.retention[lang] and privacy.recipients[lang] and privacy.consequence[lang]
            for field in service.fields:
                assert field.label[lang]
                for choice in field.choices:
                    assert choice.label[lang]
        assert service.form_version.startswith(service.code)
        assert service.required_documents and service.privacy.categories
    assert catalog.service("S07").hotline == "1966" and catalog.service("S15").hotline == "1990"
    assert catalog.service("S05").privacy.health_data and not catalog.service("S10").privacy.health_data


def test_prefill_points_at_household_facts():
    catalog = load_catalog()
    prefills = {f.prefill for s in catalog.services.values() for f in s.fields if f.prefill}
    assert {"person.name", "person.id_no", "person.birth_date", "household.address"} <= prefills


def test_bundle_round_trip_keeps_the_hash():
    catalog = load_catalog()
    again = catalog_from_bundle(json.loads(json.dumps(catalog.bundle)))
    assert again.content_hash == catalog.content_hash and again.version == catalog.version


def test_any_change_changes_the_hash():
    bundle = copy.deepcopy(read_bundle())
    bundle["services"][2]["description"]["en"] += " "
    assert catalog_from_bundle(bundle).content_hash != load_catalog().content_hash


BREAKAGES = [
    ("missing Thai name", lambda b: b["services"][0]["names"].pop("th"), "S01/names"),
    ("missing Thai agency", lambda b: b["services"][6]["agency"].pop("th"), "S07/agency"),
    ("unknown document", lambda b: b["services"][1]["required_documents"].append("passport"), "unknown document"),
    ("unknown template", lambda b: b["services"][2]["form"]["fields"].append("shoe_size"), "unknown field template"),
    ("duplicate code", lambda b: b["services"][3].update(code="S01"), "defined twice"),
    ("bad trigger", lambda b: b["services"][4]["triggers"].append("full_moon"), "S05/triggers"),
    ("bad pattern", lambda b: b["catalog"]["field_templates"]["bank_account"].update(pattern="(["), "bad pattern"),
    ("unknown hotline", lambda b: b["services"][5].update(hotline="110"), "unknown hotline"),
    ("missing service", lambda b: b["services"].pop(), "services must be"),
]


@pytest.mark.parametrize("label,damage,expected", BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_a_broken_catalog_never_half_loads(label, damage, expected):
    bundle = copy.deepcopy(read_bundle())
    damage(bundle)
    with pytest.raises(CatalogError) as caught:
        catalog_from_bundle(bundle)
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems


def test_all_problems_are_reported_at_once():
    bundle = copy.deepcopy(read_bundle())
    bundle["services"][0]["names"].pop("th")
    bundle["services"][1]["required_documents"].append("passport")
    with pytest.raises(CatalogError) as caught:
        catalog_from_bundle(bundle)
    assert len(caught.value.problems) >= 2
    assert "問題" in caught.value.message("zh-TW")


def test_rules_and_catalog_cover_the_same_services():
    from kiosk.rules.variables.services import RULES

    assert set(RULES) == set(load_catalog().services)
    for code, rule in RULES.items():
        assert (rule.level == "household") == (load_catalog().service(code).applies_to == "household")
