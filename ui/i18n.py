"""Live language switching through Qt Linguist: our .qm catalogue plus Qt's own strings.

Sources are English in the code (`self.tr(...)`); `resources/i18n/ui/kiosk_<lang>.ts` hold the
translations and `make` compiles them to `.qm` (scripts/translations.py). The "pseudo" catalogue is
generated from the sources: every string 40 % longer with accented letters (placeholders kept),
so layouts can be checked for clipping.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.paths import resource_path

LANGUAGES = ("zh-TW", "en", "vi", "id", "th")
PSEUDO = "pseudo"
NATIVE_NAMES = {"zh-TW": "中文（臺灣）", "en": "English", "vi": "Tiếng Việt", "id": "Bahasa Indonesia", "th": "ภาษาไทย"}
_QT_LOCALE = {"zh-TW": "zh_TW", "en": "en_US", "vi": "vi_VN", "id": "id_ID", "th": "th_TH", PSEUDO: "en_US"}
_PLACEHOLDER = re.compile(r"(%n|%L?\d+|\{[a-z_]*\}|&)")
_ACCENTED = str.maketrans("aceinorsuyACEINORSUY", "àçéîñöŕšüýÀÇÉÎÑÖŔŠÜÝ")


def qm_path(lang: str):  # noqa: ANN201 - pathlib.Path
    return resource_path("i18n", "ui", f"kiosk_{lang.replace('-', '_')}.qm")


def qt_locale(lang: str) -> str:
    return _QT_LOCALE.get(lang, "en_US")


def ts_path(lang: str):  # noqa: ANN201 - pathlib.Path
    return resource_path("i18n", "ui", f"kiosk_{lang.replace('-', '_')}.ts")


def pseudo(text: str) -> str:
    """Accented and 40 % longer; placeholders and mnemonics untouched."""
    parts = _PLACEHOLDER.split(text)
    body = "".join(p if _PLACEHOLDER.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    return "[" + body + "~" * max(2, int(len(text) * 0.4)) + "]"


def unfinished(lang: str) -> set[tuple[str, str]]:
    """(context, source) pairs the language's .ts leaves untranslated."""
    import xml.etree.ElementTree as ET

    path = ts_path(lang)
    if lang == "en":
        return set()
    if not path.exists():
        return {("*", "*")}
    missing = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not (translation.text or "").strip():
                if translation is None or translation.get("type") not in ("vanished", "obsolete"):
                    missing.add((name, message.findtext("source") or ""))
    return missing


class Languages:
    """Installs the translators of one language at a time; Qt then sends LanguageChange to every widget."""

    def __init__(self) -> None:
        self.current = "zh-TW"
        self._installed: list[QTranslator] = []

    def uninstall(self) -> None:
        """Remove this app's translators from the (possibly shared, in tests) QApplication."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []

    def set_language(self, lang: str) -> None:
        app = QCoreApplication.instance()
        self.uninstall()
        qt = QTranslator()
        if qt.load(f"qtbase_{qt_locale(lang)}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            self._installed.append(qt)
        # Qt's strings that Qt ships no translation for in this language (ui/qt_strings.py).
        qt_gaps = QTranslator()
        if qt_gaps.load(str(resource_path("i18n", "ui", f"qt_{lang.replace('-', '_')}.qm"))):
            self._installed.append(qt_gaps)
        ours = QTranslator()
        if lang != "en" and ours.load(str(qm_path(lang))):
            self._installed.append(ours)
        QLocale.setDefault(QLocale(qt_locale(lang)))
        self.current = lang
        for translator in self._installed:
            app.installTranslator(translator)

    @property
    def core_language(self) -> str:
        """The language for core messages (kiosk.i18n) and the catalog's texts."""
        return self.current if self.current in LANGUAGES else "en"


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
