"""Attachments come compressed already (JPEG photos, PDFs): on PostgreSQL the hub keeps their bytes
as they are, without TOAST's pglz trying to compress each one on the server's CPU."""

from __future__ import annotations

import hashlib

from sqlalchemy import text

from sync.hub.blobs import store_blob
from sync.hub.db import HubDatabase


def test_postgresql_stores_attachment_bytes_without_compressing_them(postgres_server):
    from tests.sync.postgres import new_database

    db = HubDatabase(new_database(postgres_server))
    try:
        db.create()
        db.create()  # a second start (another worker) finds it done
        data = b"scan " * 8000  # 40 KB that pglz would shrink: still kept as sent
        sha256 = hashlib.sha256(data).hexdigest()
        with db.write() as conn:
            store_blob(conn, "scope-a", sha256, data)
        with db.read() as conn:
            storage = dict(conn.execute(text(
                "SELECT attrelid::regclass::text, attstorage FROM pg_attribute WHERE attname = 'data' "
                "AND attrelid IN ('hub_blob'::regclass, 'hub_upload_chunk'::regclass)")).all())
            compression = conn.execute(text("SELECT pg_column_compression(data) FROM hub_blob WHERE sha256 = :h"),
                                       {"h": sha256}).scalar_one()
            stored = conn.execute(text("SELECT data FROM hub_blob WHERE sha256 = :h"), {"h": sha256}).scalar_one()
        assert storage == {"hub_blob": "e", "hub_upload_chunk": "e"}
        assert compression is None
        assert bytes(stored) == data
    finally:
        db.dispose()
