"""Imported once by the forkserver of tests/forked_cli.py: what every `kiosk` child did first on
its own (the command's parser with its translated help texts, found through the entry points, and
the ORM's mapper configuration on the first query) is done there, so each forked child starts warm.
So is the key of this test process's store template (tests/kek_memo.py), when it was built first."""

from sqlalchemy.orm import configure_mappers

import kiosk.db.store  # noqa: F401 - with the models it maps
from kiosk.cli.main import build_parser

from tests import kek_memo
from tests.store_template import TEST_PIN

build_parser()
configure_mappers()
kek_memo.install()
kek_memo.remember_template(TEST_PIN)
