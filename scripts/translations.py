"""UI translations (Qt Linguist): update the .ts sources from the code, fill them from a
translator's JSON, generate the pseudo-locale and compile everything to .qm.

  python scripts/translations.py update            # pyside6-lupdate over ui/ (keeps translations)
  python scripts/translations.py fill vi FILE.json # {"English source": "translation"}
  python scripts/translations.py release           # pseudo .ts, then pyside6-lrelease -> .qm
  python scripts/translations.py qt-sources        # qt_<lang>.ts: Qt's own strings our dialogs show
                                                   # that Qt ships no translation for (keeps translations)
  python scripts/translations.py qt-fill vi FILE.json  # {"QContext": {"English source": "translation"}}
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n" / "ui"
LANGS = ("zh_TW", "vi", "id", "th")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6")
    return found


def update() -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    for lang in LANGS:
        ts = FOLDER / f"kiosk_{lang}.ts"
        subprocess.run([tool("lupdate"), *sources, "-ts", str(ts), "-no-obsolete",
                        "-target-language", lang], check=True, capture_output=True)
        _drop_core_keys(ts)


def _drop_core_keys(path: Path) -> None:
    """lupdate also collects the core catalogue's tr("key", lang) calls, in a context with no name:
    those are translated in resources/i18n/core, not here."""
    tree = ET.parse(path)
    root = tree.getroot()
    nameless = [context for context in root.findall("context") if not (context.findtext("name") or "").strip()]
    for context in nameless:
        root.remove(context)
    if nameless:
        tree.write(path, encoding="utf-8", xml_declaration=True)


def fill(lang: str, table: Path) -> int:
    translations = json.loads(table.read_text(encoding="utf-8"))
    return _fill(FOLDER / f"kiosk_{lang.replace('-', '_')}.ts", lambda _context, source: translations.get(source))


def _fill(path: Path, lookup) -> int:  # noqa: ANN001 - lookup(context, source) -> translation or None
    tree = ET.parse(path)
    done = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            text = lookup(context.findtext("name"), message.findtext("source"))
            target = message.find("translation")
            if text and target is not None:
                target.text = text
                target.attrib.pop("type", None)
                done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done


def qt_sources() -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtWidgets import QApplication

    from ui.i18n import qt_locale
    from ui.qt_strings import shown_qt_strings

    app = QApplication.instance() or QApplication([])
    shown = shown_qt_strings()
    for lang in LANGS:
        shipped = QTranslator(app)
        shipped.load(f"qtbase_{qt_locale(lang.replace('_', '-'))}", QLibraryInfo.path(QLibraryInfo.TranslationsPath))
        path = FOLDER / f"qt_{lang}.ts"
        kept = _translations(path) if path.exists() else {}
        root = ET.Element("TS", version="2.1", language=lang)
        for context in sorted({c for c, _, _ in shown}):
            node = None
            for _, source, comment in sorted(m for m in shown if m[0] == context):
                if shipped.translate(context, source, comment or None):
                    continue
                if node is None:
                    node = ET.SubElement(root, "context")
                    ET.SubElement(node, "name").text = context
                message = ET.SubElement(node, "message")
                ET.SubElement(message, "source").text = source
                if comment:
                    ET.SubElement(message, "comment").text = comment
                target = ET.SubElement(message, "translation")
                target.text = kept.get((context, source))
                if not target.text:
                    target.set("type", "unfinished")
        ET.indent(root)
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def _translations(path: Path) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            target = message.find("translation")
            if target is not None and target.text and target.get("type") != "unfinished":
                found[(context.findtext("name"), message.findtext("source"))] = target.text
    return found


def qt_fill(lang: str, table: Path) -> int:
    translations = json.loads(table.read_text(encoding="utf-8"))
    return _fill(FOLDER / f"qt_{lang.replace('-', '_')}.ts",
                 lambda context, source: translations.get(context, {}).get(source))


def pseudo() -> None:
    sys.path.insert(0, str(ROOT))
    from ui.i18n import pseudo as stretch

    tree = ET.parse(FOLDER / "kiosk_zh_TW.ts")
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        target = message.find("translation")
        target.text = stretch(message.findtext("source") or "")
        target.attrib.pop("type", None)
    tree.write(FOLDER / "kiosk_pseudo.ts", encoding="utf-8", xml_declaration=True)


def release() -> None:
    pseudo()
    for ts in sorted([*FOLDER.glob("kiosk_*.ts"), *FOLDER.glob("qt_*.ts")]):
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "release"
    if command == "update":
        update()
    elif command == "qt-sources":
        qt_sources()
    elif command == "qt-fill":
        print(f"{qt_fill(sys.argv[2], Path(sys.argv[3]))} translations filled")
    elif command == "fill":
        print(f"{fill(sys.argv[2], Path(sys.argv[3]))} translations filled")
    else:
        release()
