"""Imported once by the forkserver of tests/forked_cli.py (tests/sync/deliverer.py forks from it
too): what `kiosk-hub deliver` does first in a new process (parse its arguments, open and migrate
the database, read the catalog, build the FHIR library's models on the first validation) is done
there, so each forked child starts warm."""

import json
import tempfile
from pathlib import Path

from kiosk.catalog import load_catalog
from sync.fhir import validate_bundle
from sync.hub.cli import build_parser
from sync.hub.db import HubDatabase

build_parser()
with tempfile.TemporaryDirectory() as folder:
    warm = HubDatabase(f"sqlite:///{folder}/warm.db")
    warm.create()
    warm.dispose()
load_catalog()
for example in sorted((Path(__file__).parents[2] / "sync" / "hub" / "examples").glob("*.json")):
    validate_bundle(json.loads(example.read_text(encoding="utf-8")))
