"""UI translations (Qt Linguist): update the .ts sources from the code, fill them from a
translator's JSON, generate the pseudo-locale and compile everything to .qm.

  python scripts/translations.py update            # pyside6-lupdate over ui/ (keeps translations)
  python scripts/translations.py fill vi FILE.json # {"English source": "translation"}
  python scripts/translations.py release           # pseudo .ts, then pyside6-lrelease -> .qm
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
        subprocess.run([tool("lupdate"), *sources, "-ts", str(FOLDER / f"kiosk_{lang}.ts"), "-no-obsolete",
                        "-target-language", lang], check=True, capture_output=True)


def fill(lang: str, table: Path) -> int:
    translations = json.loads(table.read_text(encoding="utf-8"))
    path = FOLDER / f"kiosk_{lang.replace('-', '_')}.ts"
    tree = ET.parse(path)
    done = 0
    for message in tree.getroot().iter("message"):
        text = translations.get(message.findtext("source"))
        target = message.find("translation")
        if text and target is not None:
            target.text = text
            target.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done


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
    for ts in sorted(FOLDER.glob("kiosk_*.ts")):
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "release"
    if command == "update":
        update()
    elif command == "fill":
        print(f"{fill(sys.argv[2], Path(sys.argv[3]))} translations filled")
    else:
        release()
