"""The reference agency's case store: one SQLite row per received Task (application revision).

The Task identifier is the duplicate key: a transaction carrying a Task the agency already has
is answered with the stored response and stores nothing, however often it arrives.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path

from kiosk.json_types import JsonObject


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Case:
    id: str
    task_key: str
    bundle_json: str = field(repr=False)  # parsed when asked for: a list of cases needs only their Tasks
    task: JsonObject
    received_at: str

    @cached_property
    def bundle(self) -> JsonObject:
        bundle: JsonObject = json.loads(self.bundle_json)
        return bundle

    def resources(self, resource_type: str) -> list[JsonObject]:
        return [e["resource"] for e in self.bundle.get("entry") or () if e["resource"]["resourceType"] == resource_type]


class CaseStore:
    def __init__(self, path: str | Path) -> None:
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("""CREATE TABLE IF NOT EXISTS agency_case (
            id TEXT PRIMARY KEY, task_key TEXT NOT NULL UNIQUE, bundle TEXT NOT NULL, task TEXT NOT NULL,
            response TEXT NOT NULL, received_at TEXT NOT NULL)""")

    def receive(self, task_key: str, bundle: JsonObject) -> tuple[JsonObject, bool]:
        """(transaction-response Bundle, created): created False for a duplicate."""
        return self.receive_many([(task_key, bundle)])[0]

    def receive_many(self, transactions: list[tuple[str, JsonObject]]) -> list[tuple[JsonObject, bool]]:
        """Several transactions stored in one commit (one fsync for a batch of them)."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                answers = [self._receive(task_key, bundle) for task_key, bundle in transactions]
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
            return answers

    def _receive(self, task_key: str, bundle: JsonObject) -> tuple[JsonObject, bool]:
        row = self._conn.execute("SELECT response FROM agency_case WHERE task_key = ?", (task_key,)).fetchone()
        if row is not None:
            return json.loads(row[0]), False
        case_id = uuid.uuid4().hex
        entries, task = [], None
        for entry in bundle["entry"]:
            resource = dict(entry["resource"])
            kind = resource["resourceType"]
            resource["id"] = case_id if kind == "Task" else uuid.uuid4().hex
            resource["meta"] = {**resource.get("meta", {}), "versionId": "1", "lastUpdated": now()}
            if kind == "Task":
                task = resource
            entries.append({"response": {"status": "201 Created", "location": f"{kind}/{resource['id']}/_history/1"}})
        response = {"resourceType": "Bundle", "type": "transaction-response", "entry": entries}
        self._conn.execute("INSERT INTO agency_case VALUES (?, ?, ?, ?, ?, ?)",
                           (case_id, task_key, json.dumps(bundle, ensure_ascii=False),
                            json.dumps(task, ensure_ascii=False), json.dumps(response), now()))
        return response, True

    def case(self, case_id: str) -> Case | None:
        row = self._conn.execute("SELECT id, task_key, bundle, task, received_at FROM agency_case WHERE id = ?",
                                 (case_id,)).fetchone()
        return Case(row[0], row[1], row[2], json.loads(row[3]), row[4]) if row else None

    def cases(self) -> list[Case]:
        rows = self._conn.execute("SELECT id, task_key, bundle, task, received_at FROM agency_case "
                                  "ORDER BY received_at DESC, id").fetchall()
        return [Case(r[0], r[1], r[2], json.loads(r[3]), r[4]) for r in rows]

    def update_task(self, case_id: str, task: JsonObject) -> None:
        with self._lock:
            version = int(task.get("meta", {}).get("versionId", "1")) + 1
            task = {**task, "meta": {**task.get("meta", {}), "versionId": str(version), "lastUpdated": now()}}
            self._conn.execute("UPDATE agency_case SET task = ? WHERE id = ?", (json.dumps(task, ensure_ascii=False),
                                                                             case_id))

    def close(self) -> None:
        self._conn.close()
