"""Collect the OpenFisca YAML rule tests in tests/rules/openfisca as ordinary pytest items."""

from pathlib import Path

YAML_TESTS = Path(__file__).parent / "openfisca"


def pytest_collect_file(parent, file_path):
    if file_path.suffix == ".yaml" and YAML_TESTS in file_path.parents:
        from kiosk.rules.system import tax_benefit_system

        return _named_yaml_file().from_parent(parent, path=file_path, tax_benefit_system=tax_benefit_system(),
                                              options={})
    return None


def _named_yaml_file():
    """OpenFisca's YamlFile, its items named after their tests. OpenFisca names every item "", so a
    file's items share one node id: pytest-xdist's group scheduling keys tests by it and ran one
    test per file (61 of 112), and a failure report could not say which test of a file failed."""
    import yaml
    from openfisca_core.tools.test_runner import Loader, YamlFile, YamlItem

    class NamedYamlFile(YamlFile):
        def collect(self):
            tests = yaml.load(self.path.read_text(encoding="utf-8"), Loader=Loader)  # as OpenFisca reads them
            for number, test in enumerate(tests if isinstance(tests, list) else [tests], 1):
                if not self.should_ignore(test):
                    name = str(test.get("name", "")).replace("::", ":").replace("[", "(").replace("]", ")")
                    yield YamlItem.from_parent(self, name=f"{number:02d} {name}".strip(),
                                               baseline_tax_benefit_system=self.tax_benefit_system,
                                               test=test, options=self.options)

    return NamedYamlFile
