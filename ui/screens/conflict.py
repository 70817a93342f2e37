"""A household changed here and at the agency: mine, the agency's and the original side by side,
a choice per field, then the result is sent again."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel

from ui import widgets
from ui.screens.base import Screen
from ui.screens.household import clear_box


def shown(value) -> str:  # noqa: ANN001
    return "—" if value is None or value == "" else str(value)


class ConflictScreen(Screen):
    name = "conflict"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.intro = widgets.body()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        self.message = widgets.Badge()
        self.message.setWordWrap(True)
        self.save_button = widgets.button("", role="primary")
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.intro)
        self.layout_.addLayout(self.grid)
        self.layout_.addWidget(self.message)
        self.layout_.addLayout(widgets.row(self.save_button))
        self.layout_.addStretch(1)
        self.save_button.clicked.connect(self._save)
        self.conflict = None
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
            self.run(self.ctx.workspace.conflict, household_no, done=self._loaded)

    def _loaded(self, conflict) -> None:  # noqa: ANN001
        self.conflict = conflict
        self._show()

    def _show(self) -> None:
        clear_box(self.grid)
        self.groups = {}
        if self.conflict is None:
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        headers = (self.tr("Field"), self.tr("Original"), self.tr("Mine (this device)"), self.tr("The agency's"))
        for col, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, col)
        for row, item in enumerate(self.conflict.fields, 1):
            path = item["path"]
            self.grid.addWidget(widgets.body(path), row, 0)
            self.grid.addWidget(widgets.body(shown(item.get("base"))), row, 1)
            group = QButtonGroup(self)
            for col, (side, value) in enumerate((("mine", item.get("mine")), ("theirs", item.get("server"))), 2):
                b = widgets.choice(shown(value))
                b.setChecked(side == "mine")
                b.setProperty("side", side)
                b.setAccessibleName(f"{path}: {headers[col]} {shown(value)}")
                group.addButton(b)
                self.grid.addWidget(b, row, col)
            self.groups[path] = group

    def _save(self) -> None:
        choices = {path: group.checkedButton().property("side") for path, group in self.groups.items()}
        number = self.conflict.household_no

        def done(_doc) -> None:  # noqa: ANN001
            self.ctx.announcer.announce(self.tr("Saved. It will be sent at the next sync."))
            if self.ctx.sync:
                self.ctx.sync.refresh()
            self.ctx.navigate("household", household_no=number)

        def failed(exc: BaseException) -> None:
            from ui.errors import explain

            self.message.set_state("error", explain(exc, self.ctx.lang))

        self.run(self.ctx.workspace.resolve_conflict, number, choices, done=done, failed=failed)

    def clear(self) -> None:
        self.conflict = None
        self.message.clear()
        self._show()
