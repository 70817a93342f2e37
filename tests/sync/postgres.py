"""The suite's PostgreSQL server: the one the hub load bench uses too (sync/hub/local_postgres.py)."""

from sync.hub.local_postgres import TempPostgres, new_database

__all__ = ["TempPostgres", "new_database"]
