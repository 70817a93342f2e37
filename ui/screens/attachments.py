"""Attachments: from a file or the scanner's folder, previewed, turned, removed."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.changes import Changes
from kiosk.scanner import SCAN_TYPES, newest_scan, scanner_folder, take_scan
from ui import widgets
from ui.dialogs import chosen_path, file_dialog
from ui.errors import explain
from ui.list_state import ListState
from ui.screens.base import Screen
from ui.screens.household import clear_box

def rotated(data: bytes) -> bytes:
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    out = io.BytesIO()
    image.rotate(-90, expand=True).save(out, format=image.format or "PNG")
    return out.getvalue()


def thumbnail(workspace, sha256: str) -> QImage:  # noqa: ANN001
    """Decrypted, decoded and scaled on a worker (QImage is thread-safe; a phone photo is not small)."""
    return QImage.fromData(workspace.attachment_bytes(sha256)).scaled(120, 120, Qt.KeepAspectRatio,
                                                                        Qt.SmoothTransformation)


class AttachmentsScreen(Screen):
    ignores_own_writes = True  # adding, turning and removing return the application as written
    name = "attachments"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.intro = widgets.body()
        self.file_button = widgets.button("")
        self.scan_button = widgets.button("")
        self.items = QVBoxLayout()
        self.items.setSpacing(12)
        self.list_state = ListState()
        self.message = widgets.Badge()
        self.message.setWordWrap(True)
        self.next_button = widgets.button("", role="primary")
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.intro)
        self.layout_.addLayout(widgets.row(self.file_button, self.scan_button))
        self.layout_.addWidget(self.list_state)
        self.layout_.addLayout(self.items)
        self.layout_.addWidget(self.message)
        self.layout_.addLayout(widgets.row(self.next_button))
        self.layout_.addStretch(1)
        self.file_button.clicked.connect(self._choose_file)
        self.scan_button.clicked.connect(self._from_scanner)
        self.next_button.clicked.connect(lambda: self.ctx.navigate("review", application_id=self.view.id))
        self.view = None
        self.loaded_id = ""  # the application shown (or loading): entering it again asks nothing

    def title(self) -> str:
        return self.tr("Documents")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        widgets.rename(self.file_button, self.tr("Add a file"))
        widgets.rename(self.scan_button, self.tr("Add the newest scan"))
        widgets.rename(self.next_button, self.tr("Next: review") + " ▶")
        self._show()

    def enter(self, application_id: str = "", **_params) -> None:  # noqa: ANN003
        changes = self.take_changes()
        if application_id and application_id != self.loaded_id:
            self._load(application_id)
        elif changes:
            self.redraw(changes)

    def concerns(self, changes: Changes) -> bool:
        return bool(self.loaded_id) and changes.application_among([self.loaded_id])

    def redraw(self, changes: Changes) -> None:
        self._load(self.loaded_id)

    def _load(self, application_id: str) -> None:
        self.loaded_id = application_id
        self.list_state.clear()
        self.run(self.ctx.workspace.application, application_id, done=self._opened,
                 failed=lambda exc: self._not_opened(application_id, exc))

    def _not_opened(self, application_id: str, exc: BaseException) -> None:
        self.view, self.loaded_id = None, ""  # entering again tries again
        self._show()
        self.next_button.setEnabled(False)
        self.list_state.show_failed(lambda: explain(exc, self.ctx.lang), lambda: self._load(application_id))

    def _opened(self, view) -> None:  # noqa: ANN001
        self.view = view
        self.next_button.setEnabled(True)
        self._show()

    def first_focus(self):  # noqa: ANN201
        return self.file_button

    def _show(self) -> None:
        clear_box(self.items)
        if self.view is None:
            return
        from kiosk.catalog import load_catalog

        catalog, lang = load_catalog(), self.ctx.lang
        needed = [catalog.document_name(code, lang) for code in catalog.service(self.view.service_code).required_documents]
        self.intro.setText(self.tr("Documents this service asks for:") + " " + "、".join(needed) if needed
                           else self.tr("This service needs no documents."))
        if not self.view.attachments:
            # its actions are the screen's own two buttons, right above: no third one
            self.list_state.show_empty("paperclip", lambda: self.tr("No document added yet. Scan the paper, or add a photo or PDF."))
            return
        self.list_state.clear()
        for attachment in self.view.attachments:
            self.items.addWidget(self._item(attachment))

    def _item(self, attachment) -> QWidget:  # noqa: ANN001
        box = QWidget()
        line = QHBoxLayout(box)
        line.setSpacing(12)
        preview = QLabel()
        preview.setFixedSize(120, 120)
        preview.setAlignment(Qt.AlignCenter)
        preview.setAccessibleName(self.tr("Preview of %1").replace("%1", attachment.name))
        self.run(thumbnail, self.ctx.workspace, attachment.sha256, lane="media",
                 done=lambda image, p=preview: p.setPixmap(QPixmap.fromImage(image)))
        name = widgets.body(attachment.name)
        turn = widgets.button("↻ " + self.tr("Turn"))
        turn.setAccessibleName(self.tr("Turn %1 a quarter").replace("%1", attachment.name))
        remove = widgets.button("✖ " + self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", attachment.name))
        turn.clicked.connect(lambda _c=False, a=attachment: self._turn(a))
        remove.clicked.connect(lambda _c=False, a=attachment: self._remove(a))
        for w in (preview, name):
            line.addWidget(w)
        line.addStretch(1)
        line.addWidget(turn)
        line.addWidget(remove)
        return box

    def _choose_file(self) -> None:
        path = chosen_path(file_dialog(self, self.tr("Add a file"), str(Path.home()),
                                       self.tr("Images and PDF") + f" ({' '.join('*' + t for t in SCAN_TYPES)})"))
        if path:
            self.add_file(Path(path))

    def _from_scanner(self) -> None:
        """The newest scan is sealed into the encrypted store and leaves the scanner folder."""
        view, ws, folder = self.view, self.ctx.workspace, scanner_folder()

        def add() -> object:
            scan = newest_scan(folder)
            if scan is None:
                return None
            ws.add_attachment(view.id, take_scan(scan), scan.stem)
            return ws.application(view.id)

        def added(updated) -> None:  # noqa: ANN001
            if updated is None:
                self._say("warn", self.tr("No scan found in %1").replace("%1", str(folder)))
                return
            self._opened(updated)
            self._say("ok", self.tr("Document added; the scan was removed from the scanner folder"))

        self.run(add, done=added, failed=self._failed)

    def add_file(self, path: Path) -> None:
        view = self.view

        def add() -> object:
            self.ctx.workspace.add_attachment(view.id, path.read_bytes(), path.stem)
            return self.ctx.workspace.application(view.id)

        self.run(add, done=lambda v: (self._opened(v), self._say("ok", self.tr("Document added"))), failed=self._failed)

    def _turn(self, attachment) -> None:  # noqa: ANN001
        view, ws = self.view, self.ctx.workspace

        def turn() -> object:
            data = rotated(ws.attachment_bytes(attachment.sha256))
            ws.add_attachment(view.id, data, attachment.name, attachment.document_code)
            ws.remove_attachment(view.id, attachment.id)
            return ws.application(view.id)

        self.run(turn, done=self._opened, failed=self._failed)

    def _remove(self, attachment) -> None:  # noqa: ANN001
        view, ws = self.view, self.ctx.workspace

        def remove() -> object:
            ws.remove_attachment(view.id, attachment.id)
            return ws.application(view.id)

        self.run(remove, done=lambda v: (self._opened(v), self._say("ok", self.tr("Document removed"))), failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import explain

        self._say("error", explain(exc, self.ctx.lang))

    def _say(self, kind: str, text: str) -> None:
        self.message.set_state(kind, text)
        self.ctx.announcer.announce(text, self.message)

    def clear(self) -> None:
        super().clear()
        self.view, self.loaded_id = None, ""
        self.message.clear()
        self.list_state.clear()
        self._show()
