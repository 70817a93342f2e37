"""PostgreSQL: feed positions are given at commit time, not when a request appends its entries.

A writer inserts its change entries with a provisional negative position (from a sequence, so
concurrent writers never collide in the primary key). A deferred trigger runs as the transaction
commits: it takes the counter row, numbers the transaction's entries after the last position and
commits with them. The counter row is held only from there to the end of the commit, so positions
still become visible in order (a reader never passes one that a slow transaction fills later), but
no round trip of a request's thread, waiting for its worker's GIL on a busy machine, falls inside
that lock any more. Entries with a positive position (a hub of an older version still serving
beside this one) are not touched.

SQLite keeps numbering on append: its write lock orders the whole transaction anyway.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

PENDING_SEQUENCE = "hub_change_pending"

# The trigger fires once per entry; the first firing of a transaction numbers all of its entries
# (their provisional positions, most recent most negative, give the order of appending) and marks
# the transaction, the others return at once.
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
    SELECT count(*) INTO pending FROM change_log WHERE seq < 0;
    IF pending = 0 THEN
        RETURN NULL;
    END IF;
    UPDATE hub_counter SET value = value + pending WHERE name = 'change_seq' RETURNING value INTO last;
    UPDATE change_log SET seq = last - pending + numbered.position
    FROM (SELECT seq AS provisional, row_number() OVER (ORDER BY seq DESC) AS position
          FROM change_log WHERE seq < 0) AS numbered
    WHERE change_log.seq = numbered.provisional;
    RETURN NULL;
END $$"""

_TRIGGER = """
CREATE CONSTRAINT TRIGGER hub_number_changes AFTER INSERT ON change_log
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.seq < 0) EXECUTE FUNCTION hub_number_changes()"""

# Entries with provisional positions, in the order given; numbered when the transaction commits.
APPEND = text(f"""
INSERT INTO change_log (seq, scope, kind, key, version, op, data, at)
SELECT -nextval('{PENDING_SEQUENCE}'), entry.scope, entry.kind, entry.key, entry.version, entry.op, entry.data, :at
FROM unnest(CAST(:scopes AS varchar[]), CAST(:kinds AS varchar[]), CAST(:keys AS varchar[]),
            CAST(:versions AS integer[]), CAST(:ops AS varchar[]), CAST(:datas AS text[]))
     WITH ORDINALITY AS entry(scope, kind, key, version, op, data, position)
ORDER BY entry.position""")


def install(conn: Connection) -> None:
    """Create the sequence, function and trigger once per database (hub processes starting together
    take turns on an advisory lock)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('hub_number_changes'))"))
    conn.exec_driver_sql(f"CREATE SEQUENCE IF NOT EXISTS {PENDING_SEQUENCE} CACHE 32")
    installed = conn.execute(text("SELECT 1 FROM pg_trigger WHERE tgname = 'hub_number_changes' "
                                  "AND tgrelid = CAST('change_log' AS regclass)")).first()
    if installed is None:
        conn.exec_driver_sql(_FUNCTION)
        conn.exec_driver_sql(_TRIGGER)
