"""The self-service kiosk's welcome: two big choices and every language one touch away."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QWidget

from ui import i18n, theme, widgets
from ui.screens.base import Screen


class WelcomeScreen(Screen):
    name = "welcome"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.intro = widgets.body()
        self.helper_button = widgets.Card("")
        self.status_button = widgets.Card("")
        for b in (self.helper_button, self.status_button):
            b.setMinimumHeight(140)
        self.language_row = QGridLayout()
        self.language_row.setSpacing(theme.SPACING_PX)
        self.language_buttons = {}
        chosen = QButtonGroup(self)  # one language is marked (✔), and touching it again keeps it so
        for i, code in enumerate(i18n.LANGUAGES):
            b = self.language_buttons[code] = widgets.choice(i18n.NATIVE_NAMES[code])
            chosen.addButton(b)
            b.clicked.connect(lambda _c=False, c=code: self.ctx.languages.set_language(c))
            self.language_row.addWidget(b, i // 3, i % 3)
        self.helper_button.set_icon("heart-handshake", 2.0)
        self.status_button.set_icon("file-search", 2.0)
        self.language_heading = widgets.heading(level=2)
        self.language_heading.setProperty("speech", "skip")  # speech says the languages last, each in its voice
        self.services_heading = widgets.heading(level=2)
        for w in (self.heading, self.intro, self.language_heading):
            self.layout_.addWidget(w)
        self.layout_.addLayout(self.language_row)  # the language first: everything after is read in it
        self.layout_.addWidget(self.services_heading)
        services = QHBoxLayout()  # the two services side by side, as large as the screen allows
        services.setSpacing(theme.SPACING_PX)
        for b in (self.helper_button, self.status_button):
            services.addWidget(b, 1)
        self.layout_.addLayout(services)
        self.layout_.addStretch(1)
        order = [*self.language_buttons.values(), self.helper_button, self.status_button]
        for before, after in zip(order, order[1:]):
            QWidget.setTabOrder(before, after)  # as they stand: the languages, then the two services
        self.helper_button.clicked.connect(lambda: self.ctx.navigate("helper"))
        self.status_button.clicked.connect(lambda: self.ctx.navigate("status"))

    def title(self) -> str:
        return self.tr("Welcome")

    def retranslate(self) -> None:
        for code, b in self.language_buttons.items():
            b.setChecked(code == self.ctx.languages.current)
        self.heading.setText(self.tr("Welcome. How can we help you today?"))
        self.intro.setText(self.tr("Touch a large button. Everything on this screen can be read aloud: touch “Read aloud” at the top."))
        self.language_heading.setText(self.tr("Choose your language"))
        self.services_heading.setText(self.tr("What would you like to do?"))
        self.helper_button.set_card_text(self.tr("Welfare helper") + "\n" +
                                         self.tr("Answer a few questions and see which services you may receive. Nothing is stored."))
        self.status_button.set_card_text(self.tr("Check my application") + "\n" +
                                         self.tr("Type the tracking number from your receipt, or scan its QR code."))

    def first_focus(self):  # noqa: ANN201
        return self.helper_button
