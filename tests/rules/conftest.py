"""Collect the OpenFisca YAML rule tests in tests/rules/openfisca as ordinary pytest items."""

from pathlib import Path

YAML_TESTS = Path(__file__).parent / "openfisca"


def pytest_collect_file(parent, file_path):
    if file_path.suffix == ".yaml" and YAML_TESTS in file_path.parents:
        from openfisca_core.tools.test_runner import YamlFile

        from kiosk.rules.system import tax_benefit_system

        return YamlFile.from_parent(parent, path=file_path, tax_benefit_system=tax_benefit_system(), options={})
    return None
