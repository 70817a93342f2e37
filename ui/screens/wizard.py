"""The application wizard: one question per page, prefilled facts to confirm, errors next to the
field (shown and spoken), autosave after every answer, back and forward without losing anything."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.catalog import load_catalog
from kiosk.changes import Changes
from kiosk.i18n import tr as core_message
from kiosk.states.application import ApplicationState
from ui import widgets
from ui.answer_controls import Answer, control_for
from ui.errors import problem_text
from ui.screens.base import Screen
from ui.wrapped import WrappedLabel


class WizardScreen(Screen):
    name = "wizard"
    reads_itself = True
    ignores_own_writes = True  # a saved answer returns the application as written

    def build(self) -> None:
        self.heading = widgets.heading()
        self.progress = widgets.body(role="muted")
        self.question = WrappedLabel()
        from ui import theme

        theme.set_font_scale(self.question, theme.HEADING_SCALE[2], bold=True)  # below the heading, even at 200 %
        self.help = widgets.body()
        self.prefilled = widgets.Badge()
        self.error = widgets.Badge()
        self.saved = widgets.Badge()
        for badge in (self.prefilled, self.error, self.saved):
            badge.setWordWrap(True)  # a longer translation at 200 % must wrap, not widen the screen
        self.slot = widgets.column()
        self.slot.setContentsMargins(0, 0, 0, 0)
        self.back_button = widgets.button("")
        self.next_button = widgets.button("", role="primary")
        for w in (self.heading, self.progress, self.question, self.help, self.prefilled):
            self.layout_.addWidget(w)
        self.layout_.addWidget(self.error)  # above the control: seen with the field, never below a keypad
        self.layout_.addLayout(self.slot)
        self.layout_.addLayout(widgets.row(self.back_button, self.next_button))
        self.layout_.addWidget(self.saved)
        self.layout_.addStretch(1)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)
        self.view = None
        self.index = 0
        self.control: Answer | None = None

    def title(self) -> str:
        return self.tr("Application")

    def retranslate(self) -> None:
        self.saved.clear()  # "Draft saved" said in the previous language is stale
        widgets.rename(self.back_button, "◀ " + self.tr("Previous"))
        widgets.rename(self.next_button, self.tr("Next") + " ▶")
        if self.view is not None:
            self._show()

    @property
    def fields(self) -> list:
        return list(load_catalog().service(self.view.service_code).fields) if self.view else []

    def enter(self, application_id: str = "", field: str | None = None, **_params) -> None:  # noqa: ANN003
        if not application_id:
            return
        self.saved.clear()  # a badge of another application, or of an earlier visit, is not about this one
        changes = self.take_changes()
        if self.view is None or application_id != self.view.id or changes:
            self._load(application_id, field)
        else:  # shown already and unchanged: only the question to start at
            self._open_at(field)
            self._show()

    def concerns(self, changes: Changes) -> bool:
        return self.view is not None and changes.application_among([self.view.id])

    def redraw(self, changes: Changes) -> None:
        self._load(self.view.id, self.fields[self.index].key if self.fields else None)

    def _load(self, application_id: str, field: str | None) -> None:
        def opened(view) -> None:  # noqa: ANN001
            self.view = view
            self._open_at(field)
            self._show()
        self.run(self.ctx.workspace.application, application_id, done=opened)

    def _open_at(self, field: str | None) -> None:
        keys = [f.key for f in self.fields]
        self.index = keys.index(field) if field in keys else 0

    def first_focus(self):  # noqa: ANN201
        return self.control.focus_target() if self.control else self.next_button

    def _show(self) -> None:
        lang = self.ctx.lang
        service = load_catalog().service(self.view.service_code)
        who = f" · {self.view.person_name}" if self.view.person_name else ""
        self.heading.setText(f"{service.name(lang)}{who}")
        fields = self.fields
        field = fields[self.index]
        self.progress.setText(self.tr("Question %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(fields))))
        label = field.label.get(lang, field.label.get("en", field.key))
        self.question.setText(label + ("" if field.required else "（" + self.tr("optional") + "）"))
        self.help.setText((field.help or {}).get(lang, "") if field.help else "")
        self.help.setVisible(bool(field.help))
        if self.control is not None:
            self.slot.removeWidget(self.control)
            self.control.hide()
            self.control.deleteLater()
            self.question.setBuddy(None)  # not the old field's until it is deleted: the question is said again
        self.control = control_for(field, lang, self.question, self.ctx.workspace.today)
        self.control.answered.connect(self.forward)
        value = self.view.pending.get(field.key, self.view.values.get(field.key))
        self.control.set_value(value)
        self.slot.addWidget(self.control)
        known = field.prefill and field.key in self.view.values
        self.prefilled.setVisible(bool(known))
        if known:
            self.prefilled.set_state("info", lambda: self.tr("Filled in from the household record: please confirm with the citizen."))
        problem = (self.view.problems or {}) if self.view.state == ApplicationState.REJECTED else {}
        reasons = [e.get("message", "") for e in problem.get("errors", []) if e.get("field") == field.key]
        self._error(" ".join(reasons) if reasons else "")
        self.back_button.setEnabled(self.index > 0)
        last = self.index + 1 == len(fields)  # the last question leads to the next step, and says so
        widgets.rename(self.next_button, (self.tr("Next: consent") if last else self.tr("Next")) + " ▶")
        self.control.focus_target().setFocus()
        self.read_page()

    def _error(self, text: str | Callable[[], str]) -> None:
        """The problem beside the field, tied to it for screen readers and spoken."""
        if self.control is not None:
            widgets.tell_beside(self.error, self.control.focus_target(), text, self.ctx.announcer)
        else:
            self.error.setVisible(False)

    def _save(self, then, even_if_invalid: bool = False) -> None:  # noqa: ANN001
        field = self.fields[self.index]
        raw = self.control.value()
        if not even_if_invalid and field.required and raw in (None, ""):
            self._refused(lambda: core_message("form.required", self.ctx.lang))
            return

        def saved(view) -> None:  # noqa: ANN001
            self.view = view
            self._error("")
            self.saved.set_state("ok", lambda: self.tr("Draft saved"))
            self.ctx.announcer.announce(self.tr("Draft saved"), self.saved)
            then()

        def refused(exc: BaseException) -> None:
            if problem_text(exc, self.ctx.lang) is None:
                raise exc
            if even_if_invalid:  # the typed answer is kept as pending; going back loses nothing
                then()
                return
            self._refused(lambda: problem_text(exc, self.ctx.lang))

        self.run(self.ctx.workspace.set_field, self.view.id, field.key, raw, self.ctx.lang, done=saved, failed=refused)

    def _refused(self, message: Callable[[], str]) -> None:
        """A mistyped answer: said beside the field, the focus stays there, the draft keeps the last good value."""
        self._error(message)

    def forward(self) -> None:
        if self.view is None:
            return
        if self.index + 1 < len(self.fields):
            self._save(self._next)
        else:
            self._save(lambda: self.ctx.navigate("consent", application_id=self.view.id))

    def _next(self) -> None:
        self.index += 1
        self._show()

    def back(self) -> None:
        if self.view is not None and self.index > 0:
            self._save(self._previous, even_if_invalid=True)

    def _previous(self) -> None:
        self.index -= 1
        self._show()

    def clear(self) -> None:
        super().clear()
        self.view = None
        if self.control is not None:
            self.control.hide()
            self.control.deleteLater()
            self.control = None
        for w in (self.heading, self.question, self.help, self.progress):
            w.clear()
        for w in (self.prefilled, self.error, self.saved):
            w.clear()
