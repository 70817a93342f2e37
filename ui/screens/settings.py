"""Settings: language, text size, colours, voice (automatic reading, the Vietnamese voice's region,
rate, volume) and auto-lock, each a card that says its current choice in words as well as by ✔;
for officers, a data card whose import and day's receipts run in the worker process (ctx.bulk),
the window free."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QButtonGroup, QGridLayout

from ui import i18n, theme, widgets
from ui.context import AUTO_LOCK_MAX_MIN
from ui.dialogs import chosen_path, file_dialog, folder_dialog
from ui.screens.base import Screen
from ui.section_card import SectionCard
from ui.speech import RATE_RANGE, VIETNAMESE_REGIONS

LOCK_CHOICES = (1, 2, 5, 10, AUTO_LOCK_MAX_MIN)


class SettingsScreen(Screen):
    name = "settings"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.language_buttons = QButtonGroup(self)
        lang_row = QGridLayout()
        lang_row.setSpacing(theme.SPACING_PX)
        for i, code in enumerate(i18n.LANGUAGES):
            b = widgets.choice(i18n.NATIVE_NAMES[code])
            self.language_buttons.addButton(b)
            b.setProperty("lang", code)
            lang_row.addWidget(b, i // 3, i % 3)
        self.size_buttons = QButtonGroup(self)
        size_row = widgets.row()
        for scale in theme.TEXT_SCALES:
            b = widgets.choice(f"{scale} %")
            b.setProperty("scale", scale)
            self.size_buttons.addButton(b)
            size_row.addWidget(b)
        self.theme_buttons = QButtonGroup(self)
        self.normal_theme = widgets.choice("")
        self.contrast_theme = widgets.choice("")
        for b, name in ((self.normal_theme, "normal"), (self.contrast_theme, "high_contrast")):
            b.setProperty("theme", name)
            self.theme_buttons.addButton(b)
        self.speak_auto = widgets.checkbox("")
        self.region_label = widgets.field_label()
        self.region_buttons = QButtonGroup(self)
        self.regions = {region: widgets.choice("") for region in VIETNAMESE_REGIONS}
        for region, b in self.regions.items():
            b.setProperty("region", region)
            self.region_buttons.addButton(b)
        self.rate_label = widgets.field_label()
        self.rate = widgets.slider(self.rate_label, *RATE_RANGE)
        self.volume_label = widgets.field_label()
        self.volume = widgets.slider(self.volume_label, 10, 100)
        self.test_voice = widgets.button("")
        self.lock_label = widgets.field_label()
        self.lock_minutes = widgets.combo(self.lock_label)
        for minutes in LOCK_CHOICES:
            self.lock_minutes.addItem(str(minutes), minutes)
        self.import_button = widgets.button("")
        self.receipts_button = widgets.button("")
        self.data_message = widgets.Badge()
        self.data_message.setWordWrap(True)
        self.cards = {group: SectionCard() for group in ("language", "size", "theme", "voice", "lock", "data")}
        self.current = {group: widgets.body() for group in ("language", "size", "theme", "voice")}
        for group, layout in (("language", lang_row), ("size", size_row),
                              ("theme", widgets.row(self.normal_theme, self.contrast_theme))):
            self.cards[group].add(self.current[group])
            self.cards[group].body.addLayout(layout)
        voice = self.cards["voice"]
        for w in (self.current["voice"], self.speak_auto, self.region_label):
            voice.add(w)
        self.region_row = widgets.row(*self.regions.values())
        voice.body.addLayout(self.region_row)
        for w in (self.rate_label, self.rate, self.volume_label, self.volume):
            voice.add(w)
        voice.body.addLayout(widgets.row(self.test_voice))
        self.cards["lock"].add(self.lock_label)
        self.cards["lock"].body.addLayout(widgets.row(self.lock_minutes))
        self.cards["data"].body.addLayout(widgets.row(self.import_button, self.receipts_button))
        self.cards["data"].add(self.data_message)
        self.layout_.addWidget(self.heading)
        for card in self.cards.values():
            self.layout_.addWidget(card)
        self.layout_.addStretch(1)
        self.cards["lock"].setVisible(self.ctx.mode != "kiosk")
        self.cards["data"].setVisible(self.ctx.mode == "officer")  # households come in only by an officer
        self.import_button.clicked.connect(self._import_households)
        self.receipts_button.clicked.connect(self._save_receipts)
        self.language_buttons.buttonClicked.connect(lambda b: self._language(b.property("lang")))
        self.size_buttons.buttonClicked.connect(lambda b: self._display("scale", int(b.property("scale"))))
        self.theme_buttons.buttonClicked.connect(lambda b: self._display("theme", b.property("theme")))
        self.speak_auto.toggled.connect(self._speak_automatically)
        self.region_buttons.buttonClicked.connect(lambda b: self._region(b.property("region")))
        self.rate.valueChanged.connect(self._voice)
        self.volume.valueChanged.connect(self._voice)
        self.test_voice.clicked.connect(lambda: self.ctx.speaker.say(self.tr("This is how I sound."),
                                                                    self.ctx.languages.current))
        self.lock_minutes.currentIndexChanged.connect(
            lambda i: self.ctx.prefs.set("auto_lock_min", self.lock_minutes.itemData(i)))

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.cards["language"].set_title(self.tr("Language"))
        self.cards["size"].set_title(self.tr("Text size"))
        self.cards["theme"].set_title(self.tr("Colours"))
        self.cards["voice"].set_title(self.tr("Voice"))
        self.cards["lock"].set_title(self.tr("Automatic lock"))
        self.cards["data"].set_title(self.tr("Household data"))
        widgets.rename(self.import_button, self.tr("Import households from a file…"),
                       self.tr("A JSON or CSV file of households, for example from the district office"))
        widgets.rename(self.receipts_button, self.tr("Save today's receipts as PDF…"),
                       self.tr("One PDF file for each application submitted today, in a folder you choose"))
        widgets.rename(self.normal_theme, self.tr("Normal"))
        widgets.rename(self.contrast_theme, self.tr("High contrast"))
        widgets.rename(self.speak_auto, self.tr("Read prompts and errors aloud automatically"))
        self.region_label.setText(self.tr("Vietnamese voice"))
        widgets.rename(self.regions["north"], self.tr("Northern"), self.tr("Vietnamese voice") + ": " + self.tr("Northern"))
        widgets.rename(self.regions["south"], self.tr("Southern"), self.tr("Vietnamese voice") + ": " + self.tr("Southern"))
        self._show_regions()
        self.rate_label.setText(self.tr("Speaking &rate"))
        self.rate.setAccessibleName(self.tr("Speaking rate"))
        self.volume_label.setText(self.tr("&Volume"))
        self.volume.setAccessibleName(self.tr("Volume"))
        widgets.rename(self.test_voice, self.tr("Try the voice"))
        self.lock_label.setText(self.tr("&Lock automatically after (minutes without use)"))
        self.lock_minutes.setAccessibleName(self.tr("Lock automatically after (minutes without use)"))
        self._show_current()

    def first_focus(self):  # noqa: ANN201
        return self.language_buttons.checkedButton()

    def _import_households(self) -> None:
        path = chosen_path(file_dialog(self, self.tr("Import households from a file"), str(Path.home()),
                                       self.tr("Household files (*.json *.csv)")))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """In the worker: its progress dialog shows and announces how far it got, errors come translated."""
        self.data_message.clear()
        if self.ctx.bulk is None or not self.ctx.bulk.import_file(path):
            self._busy()

    def _save_receipts(self) -> None:
        folder = chosen_path(folder_dialog(self, self.tr("Save today's receipts as PDF"), str(Path.home())))
        if folder:
            self.save_receipts(Path(folder))

    def save_receipts(self, folder: Path) -> None:
        """The applications submitted today are found in the background, their receipts made in the worker."""
        self.data_message.clear()
        workspace = self.ctx.workspace
        self.run(lambda: workspace.submitted_on(workspace.today), done=lambda ids: self._receipts_found(ids, folder))

    def _receipts_found(self, application_ids: list[str], folder: Path) -> None:
        if not application_ids:
            self._say(lambda: self.tr("No application was submitted today: there is no receipt to save."))
        elif self.ctx.bulk is None or not self.ctx.bulk.save_documents(application_ids, "receipt", folder):
            self._busy()

    def _busy(self) -> None:
        self._say(lambda: self.tr("An import or a batch of documents is still running. Please wait until it ends."))

    def _say(self, words) -> None:  # noqa: ANN001 - () -> str, said again in a new language
        self.data_message.set_state("warn", words)
        self.ctx.announcer.announce(words(), self.data_message)

    def enter(self, **_params) -> None:  # noqa: ANN003
        prefs = self.ctx.prefs
        for group, key, value in ((self.language_buttons, "lang", self.ctx.languages.current),
                                  (self.size_buttons, "scale", prefs.get("scale")),
                                  (self.theme_buttons, "theme", prefs.get("theme"))):
            for b in group.buttons():
                b.setChecked(b.property(key) == value)
        for b in self.region_buttons.buttons():
            b.setChecked(b.property("region") == prefs.get("vietnamese_voice"))
        self._show_regions()
        for w, v in ((self.speak_auto, prefs.get("speak_automatically")), (self.rate, prefs.get("rate")),
                     (self.volume, prefs.get("volume"))):
            w.blockSignals(True)
            (w.setChecked if w is self.speak_auto else w.setValue)(v)
            w.blockSignals(False)
        self.lock_minutes.setCurrentIndex(max(0, self.lock_minutes.findData(prefs.get("auto_lock_min"))))
        self._show_current()

    def _show_current(self) -> None:
        """Each card's choice in words ("Now: 150 %"), beside the ✔ on its button: never by shade alone."""
        def chosen(group: QButtonGroup) -> str:
            checked = group.checkedButton()
            return checked.text().removeprefix(widgets.ChoiceButton.MARK) if checked else "—"

        language = self.ctx.languages.current  # changed here or from the bar's drop-down
        for b in self.language_buttons.buttons():
            b.setChecked(b.property("lang") == language)
        speaking = self.speak_auto.isChecked()
        for key, words in (("language", i18n.NATIVE_NAMES[language]), ("size", chosen(self.size_buttons)),
                           ("theme", chosen(self.theme_buttons)),
                           ("voice", self.tr("reads aloud by itself") if speaking else self.tr("reads aloud when asked"))):
            now = self.tr("Now: %1").replace("%1", words)
            self.current[key].setText(now)
            self.current[key].setAccessibleName(now)

    def _speak_automatically(self, on: bool) -> None:
        self.ctx.prefs.set("speak_automatically", on)
        self._show_current()

    def _language(self, code: str) -> None:
        self.ctx.prefs.set("language", code)
        self.ctx.languages.set_language(code)
        self._show_current()

    def _display(self, key: str, value: object) -> None:
        self.ctx.prefs.set(key, value)
        self.ctx.apply_display()
        self._show_current()

    def _show_regions(self) -> None:
        """Only where it matters: the choice is offered while the screen is in Vietnamese."""
        shown = self.ctx.languages.current == "vi"
        self.region_label.setVisible(shown)
        for b in self.regions.values():
            b.setVisible(shown)

    def _region(self, region: str) -> None:
        self.ctx.prefs.set("vietnamese_voice", region)
        self.ctx.speaker.voice.vietnamese_region = region
        self.ctx.speaker.say(self.tr("This is how I sound."), self.ctx.languages.current)

    def _voice(self) -> None:
        self.ctx.prefs.set("rate", self.rate.value())
        self.ctx.prefs.set("volume", self.volume.value())
        self.ctx.speaker.voice.rate = self.rate.value()
        self.ctx.speaker.voice.volume = self.volume.value() / 100
