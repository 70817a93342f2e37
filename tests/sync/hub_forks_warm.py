"""Imported only by the forkserver of tests/sync/hub_forks.py: what every forked hub command would
otherwise read again, read once (the service catalogue, cached by load_catalog)."""

from kiosk.catalog import load_catalog

load_catalog()
