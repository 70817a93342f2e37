"""Fill the core message catalogues (resources/i18n/core) from translation batches.

    python scripts/core_catalog.py status                 # keys missing per language
    python scripts/core_catalog.py merge vi batch.json    # add or replace entries of vi.json

A batch is a JSON object of key -> translation. Every key must exist in zh-TW.json and keep its
placeholders. New keys go in the order of en.json, next to the keys around them, so the file keeps
its order; never after the last few entries, where other branches append their own keys and a
change would collide with theirs at merge.
"""

from __future__ import annotations

import argparse
import json
import string
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "core"
TRANSLATED = ("vi", "id", "th")
UNTOUCHED_TAIL = 3


def load(lang: str) -> dict[str, str]:
    return json.loads((CORE / f"{lang}.json").read_text(encoding="utf-8"))


def save(lang: str, entries: dict[str, str]) -> None:
    text = json.dumps(entries, indent=2, ensure_ascii=False) + "\n"
    (CORE / f"{lang}.json").write_text(text, encoding="utf-8")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def problems(batch: dict[str, str], source: dict[str, str]) -> list[str]:
    found = []
    for key, text in batch.items():
        if key not in source:
            found.append(f"{key}: not in the source catalogue")
        elif not isinstance(text, str) or not text.strip():
            found.append(f"{key}: empty")
        elif placeholders(text) != placeholders(source[key]):
            found.append(f"{key}: placeholders {sorted(placeholders(text))} != {sorted(placeholders(source[key]))}")
    return found


def merged(current: dict[str, str], batch: dict[str, str], order: list[str]) -> dict[str, str]:
    """`current` with `batch` filled in place or inserted after its nearest predecessor in `order`."""
    keys = list(current)
    latest_slot = max(len(keys) - UNTOUCHED_TAIL, 0)
    for key in (k for k in order if k in batch and k not in current):
        rank = order.index(key)
        before = [i for i, k in enumerate(keys) if k in order[:rank]]
        slot = before[-1] + 1 if before else 0
        slot = min(slot, latest_slot)
        keys.insert(slot, key)
        latest_slot += 1
    values = {**current, **batch}
    return {key: values[key] for key in keys}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status")
    merge = commands.add_parser("merge")
    merge.add_argument("lang", choices=TRANSLATED)
    merge.add_argument("batch", type=Path)
    args = parser.parse_args(argv)

    source, order = load("zh-TW"), list(load("en"))
    if args.command == "status":
        for lang in TRANSLATED:
            entries = load(lang)
            missing = [k for k in order if k not in entries]
            bad = problems(entries, source)
            print(f"{lang}: {len(entries)}/{len(order)} keys, {len(missing)} missing, {len(bad)} problems")
            for line in bad:
                print("  ", line)
        return 0

    batch = json.loads(args.batch.read_text(encoding="utf-8"))
    bad = problems(batch, source)
    if bad:
        print("\n".join(bad), file=sys.stderr)
        return 1
    save(args.lang, merged(load(args.lang), batch, order))
    return 0


if __name__ == "__main__":
    sys.exit(main())
