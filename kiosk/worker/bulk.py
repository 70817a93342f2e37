"""The worker's bulk jobs: a household file into the store, a batch of documents out as PDF files.

Both work in short steps: a chunk of households per transaction, one document per render, so the
window's own writes (an autosave, a consent) never wait long behind them, and a cancel takes effect
at the next step. A cancelled or interrupted import leaves the chunks it stored; importing the same
file again updates those in place and stores the rest (kiosk/households/importer.py).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.worker.messages import DocumentsRequest, ImportRequest

if TYPE_CHECKING:
    from kiosk.workspace import Workspace

Progress = Callable[[str, int, "int | None"], None]  # (phase, done, total)
IMPORT_CHUNK = 50  # households per transaction: under 100 ms each on a busy machine, so an autosave waits no longer
PROBLEMS_SENT = 50  # the window shows a few; the rejects file has them all


def import_file(workspace: Workspace, request: ImportRequest, progress: Progress,
                cancelled: threading.Event) -> dict[str, Any]:
    """{"created", "updated", "rejected", "problems": [first few], "problem_count", "cancelled"}."""
    from kiosk.households.csv_io import checked_csv
    from kiosk.households.importer import checked_documents, read_documents, store_documents

    store, path = workspace.store, Path(request.path)
    problems: list[dict[str, str]]
    csv = request.format == "csv" or (request.format == "auto" and path.suffix.lower() in (".csv", ".txt"))
    progress("read", 0, None)
    if csv:
        documents, row_problems, _rows = checked_csv(store, path, request.encoding, request.lang)
        problems = [{"where": str(p.line), "household_no": p.household_no, "field": p.field, "reason": p.reason}
                    for p in row_problems]
        rejected = len({p.household_no for p in row_problems})
    else:
        documents, found = checked_documents(store, read_documents(path), request.lang)
        problems = [{"where": p.path, "household_no": p.household_no or "", "field": p.field, "reason": p.reason}
                    for p in found]
        rejected = len({p.index for p in found})
    created = updated = 0
    for start in range(0, len(documents), IMPORT_CHUNK):
        if cancelled.is_set():
            break
        progress("store", start, len(documents))
        stored = store_documents(store, documents[start:start + IMPORT_CHUNK], source="csv" if csv else "json",
                                 rejected=rejected if start == 0 else 0)
        created, updated = created + stored.created, updated + stored.updated
    else:
        progress("store", len(documents), len(documents))
    return {"created": created, "updated": updated, "rejected": rejected, "problems": problems[:PROBLEMS_SENT],
            "problem_count": len(problems), "cancelled": cancelled.is_set() and created + updated < len(documents)}


def _file_name(kind: str, tracking_no: str | None, application_id: str) -> str:
    """receipt-<tracking number>.pdf, as "save as PDF" names one; characters a file system refuses go."""
    return re.sub(r"[^0-9A-Za-z_-]", "_", f"{kind}-{tracking_no or application_id}") + ".pdf"


def issue_batch(workspace: Workspace, request: DocumentsRequest, progress: Progress,
                cancelled: threading.Event) -> dict[str, Any]:
    """Each document rendered, audited and written whole (a part file renamed); {"written": [names], "cancelled"}."""
    from kiosk.documents.issue import DocumentKind
    from kiosk.private_files import open_private

    folder, kind = Path(request.folder), DocumentKind(request.kind)
    written: list[str] = []
    total = len(request.application_ids)
    for done, application_id in enumerate(request.application_ids):
        if cancelled.is_set():
            break
        progress("render", done, total)
        document = workspace.issue_document(application_id, kind, request.fmt)
        name = _file_name(str(kind), workspace.application(application_id).tracking_no, application_id)
        part = folder / (name + ".part")
        with open_private(part, "wb") as out:
            out.write(document)
        part.replace(folder / name)
        written.append(name)
    progress("render", len(written), total)
    return {"written": written, "cancelled": len(written) < total}
