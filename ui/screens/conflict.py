"""A household changed here and at the agency: for each field its original value and a choice
between mine and the agency's (wrapping onto new lines at large text), then the result is sent again.

It redraws from change events: when the household's conflict changes while the officer chooses (a
sync brought a newer agency version, or it was resolved elsewhere), the choices are drawn again
and a notice says so; the core refuses choices made against the old version (its etag)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QVBoxLayout

from kiosk.changes import Changes
from kiosk.households.edits import ConflictChanged
from kiosk.localformat import colon
from ui import field_words, theme, widgets
from ui.errors import explain
from ui.list_state import ListState
from ui.screens.base import Screen
from ui.screens.household import clear_box


class ConflictScreen(Screen):
    name = "conflict"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.intro = widgets.body()
        self.fields_box = QVBoxLayout()
        self.fields_box.setSpacing(theme.SPACING_PX)
        self.list_state = ListState()
        self.message = widgets.Badge()
        self.message.setWordWrap(True)
        self.save_button = widgets.button("", role="primary")
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(self.list_state)
        self.layout_.addLayout(self.fields_box)
        self.layout_.addWidget(self.message)
        self.layout_.addLayout(widgets.row(self.save_button))
        self.layout_.addStretch(1)
        self.save_button.clicked.connect(self._save)
        self.changed_meanwhile = widgets.Badge()  # beside the choices: they were drawn again
        self.changed_meanwhile.setWordWrap(True)
        self.changed_meanwhile.hide()
        self.layout_.insertWidget(self.layout_.indexOf(self.list_state), self.changed_meanwhile)
        self.conflict = None
        self.household_no = ""
        self.loaded = False  # False while loading or after a failed load: no "nothing to choose" yet
        self.document: dict | None = None
        self.groups: dict[str, QButtonGroup] = {}

    def title(self) -> str:
        return self.tr("Choose which value to keep")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.intro.setText(self.tr("This household was changed on this device and at the agency. For each field, keep yours or the agency's."))
        widgets.rename(self.save_button, self.tr("Keep these and send") + " ▶")
        self._show(kept=self._choices())

    def enter(self, household_no: str = "", **_params) -> None:  # noqa: ANN003
        changes = self.take_changes()
        if household_no and household_no != self.household_no:
            self.household_no, self.conflict, self.document = household_no, None, None
            self.changed_meanwhile.hide()
            self.message.clear()
            self._load()
        elif changes:
            self.redraw(changes)

    def concerns(self, changes: Changes) -> bool:
        return bool(self.household_no) and changes.household(self.household_no)

    def redraw(self, changes: Changes) -> None:
        self._load()

    def _load(self) -> None:
        self.loaded = False
        self.list_state.clear()
        workspace, number = self.ctx.workspace, self.household_no
        self.run(lambda: (workspace.conflict(number), workspace.document(number)), done=self._loaded,
                 failed=self._failed)

    def _loaded(self, loaded) -> None:  # noqa: ANN001 - (ConflictView | None, household document)
        shown, kept = self.conflict, self._choices()
        (self.conflict, self.document), self.loaded = loaded, True
        if shown is not None and (self.conflict is None or self.conflict.etag != shown.etag):
            self._say_changed_meanwhile()
        self._show(kept=kept)

    def _say_changed_meanwhile(self) -> None:
        self.changed_meanwhile.set_state("warn", self._changed_words)
        self.changed_meanwhile.show()
        self.ctx.announcer.announce(self._changed_words())

    def _changed_words(self) -> str:
        return self.tr("This household changed while you were choosing: what is shown now is the newest. "
                       "Please check your choices again.")

    def _failed(self, exc: BaseException) -> None:
        self.conflict, self.document = None, None
        self._show()
        self.list_state.show_failed(lambda: explain(exc, self.ctx.lang), self._load)

    def _choices(self) -> dict[str, tuple[str, object, object]]:
        """Per field the side chosen, with the two values it was chosen between."""
        values = {item["path"]: (item.get("mine"), item.get("server")) for item in self.conflict.fields} if self.conflict else {}
        return {path: (group.checkedButton().property("side"), *values.get(path, (None, None)))
                for path, group in self.groups.items() if group.checkedButton() is not None}

    def _show(self, kept: dict[str, tuple[str, object, object]] | None = None) -> None:
        """`kept`: choices made before a redraw, kept for the fields whose two values did not change."""
        kept = kept or {}
        clear_box(self.fields_box)
        self.groups = {}
        if self.conflict is None:
            self.save_button.setEnabled(False)
            if self.loaded:  # chosen already, here or by the agency
                number = self.household_no
                self.list_state.show_empty(
                    "circle-check", lambda: self.tr("Nothing to choose: this household has no values that differ from the agency's."),
                                           lambda: self.tr("Open the household"),
                                           lambda: self.ctx.navigate("household", household_no=number))
            return
        self.list_state.clear()
        self.save_button.setEnabled(True)
        for item in self.conflict.fields:
            path = item["path"]
            name = field_words.label(path, self.document)
            self.fields_box.addWidget(widgets.heading(name, level=3))
            said = colon(self.ctx.lang)  # 原本：02-… in Chinese, "Original: 02-…" elsewhere
            self.fields_box.addWidget(widgets.body(self.tr("Original") + said + field_words.value(item.get("base"))))
            group = QButtonGroup(self)
            choices = widgets.row()
            for side, caption, value in (("mine", self.tr("Mine (this device)"), item.get("mine")),
                                         ("theirs", self.tr("The agency's"), item.get("server"))):
                b = widgets.choice(f"{caption}{said}{field_words.value(value)}")
                before = kept.get(path)
                unchanged = before is not None and before[1:] == (item.get("mine"), item.get("server"))
                b.setChecked(side == (before[0] if unchanged else "mine"))
                b.setProperty("side", side)
                b.setAccessibleName(f"{name}{said}{caption} {field_words.value(value)}")
                group.addButton(b)
                choices.addWidget(b)
            self.fields_box.addLayout(choices)
            self.groups[path] = group

    def _save(self) -> None:
        choices = {path: group.checkedButton().property("side") for path, group in self.groups.items()}
        number, etag = self.conflict.household_no, self.conflict.etag

        def done(_nothing: None) -> None:
            self.ctx.announcer.announce(self.tr("Saved. It will be sent at the next sync."))
            if self.ctx.sync:
                self.ctx.sync.refresh()
            self.clear()  # resolved: its own change event is no news to show here
            self.ctx.navigate("household", household_no=number)

        def failed(exc: BaseException) -> None:
            self.message.set_state("error", explain(exc, self.ctx.lang))
            if isinstance(exc, ConflictChanged):  # shown before its change event arrived: show the newest now
                self._load()

        self.run(lambda: self.ctx.workspace.resolve_conflict(number, choices, etag=etag), done=done, failed=failed)

    def clear(self) -> None:
        super().clear()
        self.conflict = None
        self.document = None
        self.household_no, self.loaded = "", False
        self.list_state.clear()
        self.message.clear()
        self.changed_meanwhile.hide()
        self._show()
