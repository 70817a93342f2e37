"""A household changed here and at the agency: for each field its original value and a choice
between mine and the agency's (wrapping onto new lines at large text), then the result is sent again."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QVBoxLayout

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
        self._show()

    def enter(self, household_no: str = "", **_params) -> None:  # noqa: ANN003
        if household_no:
            self.household_no, self.loaded = household_no, False
            self.list_state.clear()
            workspace = self.ctx.workspace
            self.run(lambda: (workspace.conflict(household_no), workspace.document(household_no)), done=self._loaded,
                     failed=self._failed)

    def _loaded(self, loaded) -> None:  # noqa: ANN001 - (ConflictView | None, household document)
        (self.conflict, self.document), self.loaded = loaded, True
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.conflict, self.document = None, None
        self._show()
        number = self.household_no
        self.list_state.show_failed(lambda: explain(exc, self.ctx.lang), lambda: self.enter(household_no=number))

    def _show(self) -> None:
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
                b.setChecked(side == "mine")
                b.setProperty("side", side)
                b.setAccessibleName(f"{name}{said}{caption} {field_words.value(value)}")
                group.addButton(b)
                choices.addWidget(b)
            self.fields_box.addLayout(choices)
            self.groups[path] = group

    def _save(self) -> None:
        choices = {path: group.checkedButton().property("side") for path, group in self.groups.items()}
        number = self.conflict.household_no

        def done(_nothing: None) -> None:
            self.ctx.announcer.announce(self.tr("Saved. It will be sent at the next sync."))
            if self.ctx.sync:
                self.ctx.sync.refresh()
            self.ctx.navigate("household", household_no=number)

        def failed(exc: BaseException) -> None:
            from ui.errors import explain

            self.message.set_state("error", explain(exc, self.ctx.lang))

        self.run(self.ctx.workspace.resolve_conflict, number, choices, done=done, failed=failed)

    def clear(self) -> None:
        super().clear()
        self.conflict = None
        self.document = None
        self.household_no, self.loaded = "", False
        self.list_state.clear()
        self.message.clear()
        self._show()
