"""`make demo`: build (once) and describe the demo district, with commands to try."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, func, select

from kiosk.rocdate import taiwan_today

if TYPE_CHECKING:
    from kiosk.db.store import Store

DEMO_HOUSEHOLDS = 5000
DEMO_SEED = 2026


def describe(store: Store) -> dict[str, int]:
    from kiosk.db.households import Household, Person

    today = taiwan_today()
    senior_birth = date(today.year - 65, today.month, min(today.day, 28))
    with store.read() as session:
        def count(*where: ColumnElement[bool]) -> int:
            return session.execute(select(func.count()).select_from(Person).where(*where)).scalar_one()

        return {
            "households": session.execute(select(func.count()).select_from(Household)).scalar_one(),
            "people": count(Person.registered_here.is_(True)),
            "seniors_65_plus": count(Person.registered_here.is_(True), Person.birth_date <= senior_birth),
            "with_disability_certificate": count(Person.disability_level.is_not(None)),
            "with_care_level": count(Person.ltc_cms_level.is_not(None)),
            "new_immigrants": count(Person.nationality != "TW"),
            "old_resident_numbers": count(Person.legacy_id_no.is_not(None)),
            "regions": session.execute(select(func.count(func.distinct(Household.region)))).scalar_one(),
        }


def display_width(text: str) -> int:
    """Columns a terminal gives the text (CJK characters take two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--households", type=int, default=DEMO_HOUSEHOLDS)
    args = parser.parse_args()
    from kiosk.db.store import Store
    from kiosk.demo.build import build_demo
    from kiosk.i18n import tr

    pin = os.environ.get("KIOSK_PIN", "246810")
    store, created = Store.open_or_create(args.data_dir, pin)
    with store:
        if created:
            print(tr("demo.building", count=args.households))
            build_demo(store, args.households, DEMO_SEED, taiwan_today())
        facts = describe(store)
    print(tr("demo.summary", path=str(args.data_dir)))
    for key, value in facts.items():
        label = tr("demo.fact." + key)
        print(f"  {label}{' ' * (32 - display_width(label))}{value:>8,}")
    print(tr("demo.open_app", pin=pin))
    print(f"  .venv/bin/kiosk --data-dir {args.data_dir}")
    env = f"KIOSK_DATA_DIR={args.data_dir} KIOSK_PIN={pin}"
    print(tr("demo.try"))
    for example in ("search 秀英", "search 0912", "id-check F223456786", "roc 37/3/8 --age-on 115/11/22",
                    "export --out /tmp/district.csv"):
        print(f"  {env} .venv/bin/kiosk {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
