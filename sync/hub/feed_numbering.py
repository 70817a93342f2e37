"""PostgreSQL: feed positions are given at commit time, not when a request appends its entries.

A writer puts its change entries in a temporary table of its session (no WAL, no lock, emptied at
each commit). A deferred trigger runs as the transaction commits: it takes the counter row and
copies the entries into the feed after the last position, committing with them. The counter row is
held only from there to the end of the commit, so positions still become visible in order (a reader
never passes one that a slow transaction fills later), but no round trip of a request's thread,
waiting for its worker's GIL on a busy machine, falls inside that lock any more. A hub of an older
version serving beside this one still numbers on append, under the same counter row.

SQLite keeps numbering on append: its write lock orders the whole transaction anyway.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

# The trigger fires once per entry; the first firing of a transaction numbers all of its entries,
# in the order appended, and marks the transaction; the others return at once.
_FUNCTION = """
CREATE OR REPLACE FUNCTION hub_number_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    pending bigint;
    last bigint;
BEGIN
    IF current_setting('hub.changes_numbered', true) = 'yes' THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('hub.changes_numbered', 'yes', true);
    SELECT count(*) INTO pending FROM pg_temp.hub_pending_change;
    IF pending = 0 THEN
        RETURN NULL;
    END IF;
    UPDATE hub_counter SET value = value + pending WHERE name = 'change_seq' RETURNING value INTO last;
    INSERT INTO change_log (seq, scope, kind, key, version, op, data, at)
    SELECT last - pending + row_number() OVER (ORDER BY position), scope, kind, key, version, op, data, at
    FROM pg_temp.hub_pending_change;
    RETURN NULL;
END $$"""

# Each session's own table and trigger, made when the session connects (after install()).
_SESSION = """
DO $$ BEGIN
    IF to_regprocedure('hub_number_changes()') IS NOT NULL AND to_regclass('pg_temp.hub_pending_change') IS NULL THEN
        CREATE TEMPORARY TABLE hub_pending_change (
            position bigint GENERATED ALWAYS AS IDENTITY, scope varchar(80) NOT NULL, kind varchar(16) NOT NULL,
            key varchar(96) NOT NULL, version integer NOT NULL, op varchar(16) NOT NULL, data text,
            at timestamp without time zone NOT NULL) ON COMMIT DELETE ROWS;
        CREATE CONSTRAINT TRIGGER hub_number_changes AFTER INSERT ON pg_temp.hub_pending_change
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION hub_number_changes();
    END IF;
END $$"""

_HAS_TABLE = "SELECT to_regclass('pg_temp.hub_pending_change') IS NOT NULL"

# Entries in the order given; numbered into the feed when the transaction commits.
APPEND = text("""
INSERT INTO pg_temp.hub_pending_change (scope, kind, key, version, op, data, at)
SELECT entry.scope, entry.kind, entry.key, entry.version, entry.op, entry.data, :at
FROM unnest(CAST(:scopes AS varchar[]), CAST(:kinds AS varchar[]), CAST(:keys AS varchar[]),
            CAST(:versions AS integer[]), CAST(:ops AS varchar[]), CAST(:datas AS text[]))
     WITH ORDINALITY AS entry(scope, kind, key, version, op, data, position)
ORDER BY entry.position""")

# A session made before install() (while the hub created its tables): the counter row taken in the
# append's own statement and held to the commit, as hubs before this one did.
APPEND_LOCKING = text("""
WITH taken AS (UPDATE hub_counter SET value = value + :count WHERE name = 'change_seq' RETURNING value)
INSERT INTO change_log (seq, scope, kind, key, version, op, data, at)
SELECT taken.value - :count + entry.position, entry.scope, entry.kind, entry.key, entry.version, entry.op,
       entry.data, :at
FROM taken, unnest(CAST(:scopes AS varchar[]), CAST(:kinds AS varchar[]), CAST(:keys AS varchar[]),
                   CAST(:versions AS integer[]), CAST(:ops AS varchar[]), CAST(:datas AS text[]))
     WITH ORDINALITY AS entry(scope, kind, key, version, op, data, position)""")


def install(conn: Connection) -> None:
    """Create the function once per database (hub processes starting together take turns)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('hub_number_changes'))"))
    if conn.execute(text("SELECT to_regprocedure('hub_number_changes()') IS NULL")).scalar_one():
        conn.exec_driver_sql(_FUNCTION)


def prepare_session(dbapi_conn: Any, record_info: dict[str, Any]) -> None:
    """On connecting: the session's pending table, once the database has the function."""
    with dbapi_conn.cursor() as cursor:
        cursor.execute(_SESSION)
        cursor.execute(_HAS_TABLE)
        record_info["hub_pending_change"] = cursor.fetchone()[0]
    dbapi_conn.commit()


def statement(conn: Connection) -> Any:
    """The append statement this session can use."""
    return APPEND if conn.connection.info.get("hub_pending_change") else APPEND_LOCKING
