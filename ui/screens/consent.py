"""The PDPA notice (shown and read aloud in the citizen's language), then consent: the citizen's
own signature, a family member signing for them, or a fingerprint before two witnesses. Three
cards: the notice in headed sections, who agrees (the ways as large radio cards), the signature."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel

from kiosk.applications.notice import privacy_notice
from kiosk.catalog import load_catalog
from ui import widgets
from ui.screens.base import Screen
from ui.section_card import SectionCard
from ui.signature_pad import PAD_H, PAD_W, SignaturePad


class ConsentScreen(Screen):
    name = "consent"
    reads_itself = True  # the notice, once the application has loaded

    def build(self) -> None:
        self.heading = widgets.heading()
        self.read_notice = widgets.button("")
        self.notice_card = SectionCard()
        self.notice_parts: list[tuple[QLabel, QLabel]] = []  # (heading, text) per section of the notice
        self.method_card = SectionCard()
        self.methods = QButtonGroup(self)
        self.method_buttons = {}
        for method in ("signature", "proxy", "fingerprint"):
            b = widgets.ChoiceCard()
            b.setProperty("method", method)
            self.methods.addButton(b)
            self.method_buttons[method] = self.method_card.add(b)
        self.signer_label, self.relation_label = widgets.field_label(), widgets.field_label()
        self.signer = widgets.line_edit(self.signer_label)
        self.relation = widgets.line_edit(self.relation_label)
        self.witness_labels = [widgets.field_label(), widgets.field_label()]
        self.witnesses = [widgets.line_edit(label) for label in self.witness_labels]
        self.health = widgets.checkbox("")
        for w in (self.signer_label, self.signer, self.relation_label, self.relation, *[x for pair in zip(
                self.witness_labels, self.witnesses) for x in pair], self.health):
            self.method_card.add(w)
        self.sign_card = SectionCard()
        self.pad_label = self.sign_card.add(widgets.field_label())
        self.pad = self.sign_card.add(SignaturePad())  # it draws its own 3:1 frame and the line to sign on
        self.pad_label.setBuddy(self.pad)
        self.undo_button = widgets.button("")
        self.clear_button = widgets.button("")
        self.sign_card.body.addLayout(widgets.row(self.undo_button, self.clear_button))
        self.error = widgets.Badge()
        self.error.setWordWrap(True)
        self.next_button = widgets.button("", role="primary")
        self.not_now_button = widgets.button("", role="quiet")
        self.layout_.addWidget(self.heading)
        self.layout_.addLayout(widgets.row(self.read_notice))  # above the notice: focused, the title stays in view
        for card in (self.notice_card, self.method_card, self.sign_card):
            self.layout_.addWidget(card)
        self.layout_.addWidget(self.error)
        self.layout_.addLayout(widgets.row(self.next_button, self.not_now_button))
        self.layout_.addStretch(1)
        self.read_notice.clicked.connect(lambda: self.ctx.speaker.say(self.notice_text(), self.ctx.languages.current))
        self.methods.buttonClicked.connect(lambda _b: self._method_shown())
        self.undo_button.clicked.connect(self.pad.undo)
        self.clear_button.clicked.connect(self.pad.clear)
        self.next_button.clicked.connect(self._give)
        self.not_now_button.clicked.connect(self._not_now)
        self.view = None
        self._notice: list[tuple[str, str]] = []

    def title(self) -> str:
        return self.tr("Privacy notice and consent")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        widgets.rename(self.read_notice, self.tr("Read the notice aloud"))
        self.notice_card.set_title(self.tr("How your personal data is used"))
        self.method_card.set_title(self.tr("Who agrees, and how?"))
        self.sign_card.set_title(self.tr("Signature"))
        for method, text, meaning in (
                ("signature", self.tr("The citizen signs"), self.tr("The citizen signs on the pad below.")),
                ("proxy", self.tr("A family member signs"),
                 self.tr("A family member signs for the citizen and says how they are related.")),
                ("fingerprint", self.tr("Fingerprint and two witnesses"),
                 self.tr("The citizen gives a fingerprint on paper; two witnesses write their names here."))):
            self.method_buttons[method].set_choice(text, meaning)
        self.signer_label.setText(self.tr("&Name of the person agreeing"))
        self.relation_label.setText(self.tr("&Relationship to the citizen"))
        for i, label in enumerate(self.witness_labels):
            label.setText(self.tr("Witness %1: name").replace("%1", str(i + 1)))
        for edit, label in ((self.signer, self.signer_label), (self.relation, self.relation_label),
                            *zip(self.witnesses, self.witness_labels)):
            edit.setAccessibleName(label.text().replace("&", ""))
        widgets.rename(self.health, self.tr("Also agrees to the use of health data (needed for this service)"))
        self.pad_label.setText(self.tr("Sign here with a finger, a pen or the mouse"))
        self.pad.setAccessibleName(self.pad_label.text())
        self.pad.setAccessibleDescription(self.tr("Signature pad. Undo removes the last stroke."))
        widgets.rename(self.undo_button, "↶ " + self.tr("Undo last stroke"))
        widgets.rename(self.clear_button, self.tr("Clear and sign again"))
        widgets.rename(self.next_button, self.tr("I agree and sign") + " ▶")
        widgets.rename(self.not_now_button, self.tr("Not now"))
        if self.view is not None:
            self._show_notice()

    def enter(self, application_id: str = "", **_params) -> None:  # noqa: ANN003
        if not application_id:
            return
        def opened(view) -> None:  # noqa: ANN001
            self.view = view
            self.signer.setText(view.person_name or "")
            self.method_buttons["signature"].setChecked(True)
            self.pad.clear()
            self.error.hide()
            self._show_notice()
            self._method_shown()
            self.scroll_to_top()  # the notice is read from its title, never from its end
            self.ctx.speak(self.notice_text(), automatic=True)
        self.run(self.ctx.workspace.application, application_id, done=opened)

    def first_focus(self):  # noqa: ANN201
        return self.read_notice

    def _show_notice(self) -> None:
        service = load_catalog().service(self.view.service_code)
        self._notice = privacy_notice(service, self.ctx.lang).lines()
        while len(self.notice_parts) < len(self._notice):  # made once; a notice has seven or eight sections
            part = (self.notice_card.add(widgets.heading(level=3)), self.notice_card.add(widgets.body()))
            self.notice_parts.append(part)
        for i, (heading, text) in enumerate(self.notice_parts):
            words = self._notice[i] if i < len(self._notice) else ("", "")
            heading.setText(words[0])
            heading.setAccessibleName(words[0])
            text.setText(words[1])
            heading.setVisible(bool(words[0]))
            text.setVisible(bool(words[1]))
        self.health.setVisible(service.privacy.health_data)

    def notice_text(self) -> str:
        """The notice as read aloud: each section's heading, then its text."""
        return "\n\n".join(f"{heading}\n{body}" for heading, body in self._notice)

    def _method(self) -> str:
        checked = self.methods.checkedButton()
        return checked.property("method") if checked else "signature"

    def _method_shown(self) -> None:
        method = self._method()
        for w in (self.relation_label, self.relation):
            w.setVisible(method == "proxy")
        for w in (*self.witness_labels, *self.witnesses):
            w.setVisible(method == "fingerprint")
        self.sign_card.setVisible(method != "fingerprint")

    def _give(self) -> None:
        method = self._method()
        if method != "fingerprint" and self.pad.empty:
            self._problem(self.tr("Please sign in the box first."))
            return
        def given(_consent) -> None:  # noqa: ANN001
            self.ctx.announcer.announce(self.tr("Consent recorded"))
            self.ctx.navigate("attachments", application_id=self.view.id)
        def refused(exc: BaseException) -> None:
            from ui.errors import explain

            self._problem(explain(exc, self.ctx.lang))
        view, strokes = self.view, [list(s) for s in self.pad.strokes]
        details = dict(method=method, given_by=self.signer.text().strip(), person_id_no=view.person_id_no,
                       strokes=strokes, box=(PAD_W, PAD_H), relation=self.relation.text().strip() or None,
                       witnesses=tuple(w.text() for w in self.witnesses), health_data=self.health.isChecked())
        self.run(lambda: self.ctx.workspace.give_consent(view.id, **details), done=given, failed=refused)

    def _not_now(self) -> None:
        """Leave without consenting: the application stays a draft, found again on its household."""
        if self.view is not None:
            self.ctx.navigate("household", household_no=self.view.household_no)

    def _problem(self, text: str) -> None:
        self.error.show()
        self.error.set_state("error", text)
        self.ctx.announcer.announce(text, self.error)

    def clear(self) -> None:
        super().clear()
        self.view = None
        self._notice = []
        for heading, text in self.notice_parts:
            heading.clear()
            text.clear()
        self.signer.clear()
        self.relation.clear()
        for w in self.witnesses:
            w.clear()
        self.pad.clear()
